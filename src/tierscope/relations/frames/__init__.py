"""Frames: pick (source group, target group) around one trigger.

Each trigger of the lexicon names a *frame*; ``resolve`` hands the trigger to the frame's reader,
one module per family: ``supply`` (supplying, buying goods, orders, supply deals), ``nouns`` (the
supplier / customer / shareholder nouns), ``deals`` (acquisitions, stakes, sales, funding),
``ownership`` (parents and units), ``partnership`` (partnerships, joint ventures) and ``talks``
(negotiations with a partner, typed by their purpose). ``common``
holds what they all read (the groups left and right of the trigger, the clause subject).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from . import co_holders, deals, ended_deals, nouns, orders, ownership, partner_next, partnership, powered_by, supply, talks
from .. import gapping
from ..plant_subjects import plant_owner_source, plant_owner_subject
from ..clauses import DE_NEXT_MAIN_CLAUSE, _clause_start
from ..compiled import Compiled
from ..de_purpose import purpose_after
from ..groups import Group, has
from ...scan.sentence_scan import scan_of
from .common import _unmarked
from .fronted_deals import FRONTED_DEAL_OPENERS, subject_after_fronted_phrase


#: frame name (the lexicon's ``frame``) -> the function that reads it
FRAMES: dict[str, Callable] = {
    "SUPPLY": supply.read_supply,
    "RELY": supply.read_rely,
    "PROCURE": supply.read_procure,
    "WIN_ORDER": supply.read_win_order,
    "GOODS_IN": supply.read_goods_in,
    "POWERED_BY": powered_by.read_powered_by,
    "WIN_ORDER_BY": supply.read_win_order_by,
    "AWARD": supply.read_award,
    "DEAL_SUPPLIER": supply.read_deal,
    "DEAL_BUYER": supply.read_deal,
    "DEAL_ENDED": ended_deals.read_ended_deal,
    "ORDER_NOUN": orders.read_order,
    "SUPPLIER_N": nouns.read_supplier_noun,
    "AMONG_BUYERS": nouns.read_among_buyers,
    "SYM": partnership.read_sym,
    "JOINT_OWNERS": partnership.read_joint_owners,
    "JOINT_HOLDERS": partnership.read_joint_holders,
    "CO_HOLDERS": co_holders.read_co_holders,
    "PARTNER_NEXT": partner_next.read_partner_next,
    "ACQ": deals.read_acquisition,
    "INV": deals.read_acquisition,
    "OWN_CR": deals.read_acquisition,
    "SELL": deals.read_sale,
    "RAISE": deals.read_raise,
    "OWN_NOUN": ownership.read_unit_noun,
    "OWN_PR": ownership.read_parent,
    "OWN_ATTR": ownership.read_attributive,
    "BEHIND": ownership.read_behind,
    "TALKS": talks.read_talks,
}


def resolve(frame: str, trig: dict, m: re.Match, groups: list[Group], text: str, lex: Compiled):
    """Return a list of (source_group_names, target_group_names, type_override, conf_delta), with a
    fifth item where the frame knows the status better than the trigger: "active" (what the words
    state when no cue says otherwise: "X is a joint venture of A and B") or "standing" (active, and
    the sentence's own news does not change it: "ACC, the joint venture of A and B, denied ...")."""
    read = FRAMES.get(frame)
    if read is None:
        return []
    whole = groups
    if len(groups) > 2 and ("%" in text or "rozent" in text or "cent" in text or "ciento" in text):
        # the subject of a second clause that leaves out the verb ("..., Kestrel 27%") is not this verb's
        hidden = {id(g) for g in gapping.hidden_subjects(text, groups)}
        if hidden:
            groups = [g for g in groups if id(g) not in hidden]
    cut = _contrast_after(text, m.end())
    if lex.lang == "de" and cut is None and ("–" in text or "—" in text):
        starts = {g.start for g in groups}
        cut = next((d.start() for d in _DE_DASH_CLAUSE.finditer(text, m.end()) if d.end() in starts), None)
    if lex.lang == "de" and cut is None and "," in text[m.end():]:
        starts = {g.start for g in groups}
        cut = next((d.start() for d in DE_NEXT_MAIN_CLAUSE.finditer(text, m.end()) if d.end() in starts), None)
    if cut is not None:
        groups = [g for g in groups if g.start < cut]
    groups = _subject_before_verb(lex, frame, trig, m, groups, text)
    if frame in ("SUPPLY", "PROCURE") and not trig.get("nominal"):
        groups = plant_owner_subject(lex, m, groups, text)  # "L'usine de X livrera des cellules à Y"
        groups = plant_owner_source(lex, m, groups, text)  # "Le celle arrivano dallo stabilimento di X"
    if lex.lang == "de" and frame == "ACQ" and m.group(0)[:1].isupper():
        groups = _subject_after_fronted_deal(lex, m, groups, text)
    elif frame == "ACQ" and lex.lang in FRONTED_DEAL_OPENERS:
        groups = subject_after_fronted_phrase(lex, m, groups, text, _moved_before)
    if lex.lang == "de" and frame == "SYM" and m.group(0)[:1].isupper():
        groups = _subject_after_fronted_tie(lex, m, groups, text)
    if lex.lang == "de" and frame in _VERB_FRAMES and _ZU_INFINITIVE.search(m.group(0)):
        groups = _subject_of_infinitive(lex, m, groups, text)
    out = read(frame, trig, m, groups, text, lex)
    if out and len(whole) > 2:
        # a second clause that leaves out the verb or the object of this one ("Norvik holds 37% of
        # Brixo, Kestrel 27%", "..., while Kestrel holds 37%"): it reads past the contrast's cut
        out = out + gapping.shared(frame, trig, m, whole, text, lex, out)
    return out


#: a clause of contrast ("A builds X in Flins, while B supplies C", "tandis que", "mentre", "während",
#: "mientras"): the trigger's clause ends there, and no name after it is its party
#: the words of a contrast that joins two clauses ("while", "tandis que", "mentre", "mientras", "während"), the
#: French with "que" elided before a vowel; ``lone_makers`` cuts a sentence at them too
CONTRAST_WORDS = r"while|whilst|whereas|mentre|während|wohingegen|tandis\s+qu(?:e\b|['’])|alors\s+qu(?:e\b|['’])|mientras"
_CONTRAST = re.compile(r"(?:,\s*|\s)(?:" + CONTRAST_WORDS + ")", re.IGNORECASE)


#: German: a dash, then a company's name and a lower-case word (its verb) opens a clause of its own
#: ("Y übernimmt das Kommando – Z bleibt an Bord"); a description between dashes goes on ("– den größten ... –")
_DE_DASH_CLAUSE = re.compile(r"\s[–—]\s+(?=[A-ZÄÖÜ][\w.&-]*(?:\s[A-ZÄÖÜ][\w.&-]*){0,3}\s[a-zäöü]+\b)")


def _contrast_after(text: str, t1: int) -> int | None:
    # (asked once for each trigger: whether the sentence can hold a contrast at all is asked once for it,
    # by the literals of the pattern itself, ``SentenceScan.may``)
    memo = scan_of(text).memo
    may = memo.get(_CONTRAST_KEY)
    if may is None:
        may = memo[_CONTRAST_KEY] = scan_of(text).may(_CONTRAST)
    if not may:
        return None
    m = _CONTRAST.search(text, t1)
    return m.start() if m is not None else None


_CONTRAST_KEY = ("frames.contrast",)


#: frames whose triggers include finite verbs (the others are nouns, adjectives, or read the name after
#: the verb themselves: "Seit 2023 gehört Y zu X")
_VERB_FRAMES = frozenset(("SUPPLY", "PROCURE", "RELY", "WIN_ORDER", "AWARD", "ACQ", "INV", "OWN_CR", "SELL", "RAISE", "SYM", "TALKS"))


#: a German object noun phrase opening a clause after a comma: an article or possessive, at most two
#: adjectives, a noun, an adverb at most ("die Zellen", "den neuen Auftrag", "die Zellen dafür")
_FRONTED_OBJECT = re.compile(
    r"\s*(?:die|den|das|diese[n]?|dieses|seine[n]?|ihre[n]?)\s+(?:(?-i:[a-zäöü])[\w-]*\s+){0,2}(?-i:[A-ZÄÖÜ])[\w-]*\s+(?:(?-i:[a-zäöü])\w*\s+)?",
    re.IGNORECASE)


#: German: a dative or accusative article right before (or opening) a fronted name or description: "Dem
#: Konzern liefert Y Zellen", "Den Zulieferer übernimmt Y" - an object, the subject follows the verb
_DE_OBLIQUE = re.compile(r"\s*(?:dem|den|einem|einen)\s+(?:[^\s,;:]+\s+){0,3}?", re.IGNORECASE)


#: German: a comparison opening the clause, then the name compared ("Neben X", "Wie der Rivale X")
_DE_FRONTED_COMPARE = re.compile(
    r"\s*(?:Neben|Wie|Ebenso wie|Genau wie|Ähnlich wie|Anders als)\s+(?:(?:der|dem|den|die)\s+(?:[\w-]+\s+){0,2}?)?(?=[A-ZÄÖÜ])")
#: German: a subordinate clause opening the sentence, closed by a comma right before the finite verb
_DE_SUBORDINATE_FIRST = re.compile(
    r"\s*(?:Wie|Nachdem|Weil|Da|Obwohl|Wenn|Sobald|Seitdem|Bevor|Während)\s[^,;:()]{1,150},\s*")
#: nothing but spaces between the compared name and the verb
_VERB_ONLY_GAP = re.compile(r"\s*")


def _subject_before_verb(lex: Compiled, frame: str, trig: dict, m: re.Match, groups: list[Group], text: str) -> list[Group]:
    """Verb second: when anything else opens the clause, the subject follows the finite verb ("Seit
    2023 liefert Kestrel Zellen an Brixo", "Zudem übernimmt Kestrel Brixo"). The frames read a subject
    before the verb, so the subject right after it is put there: an empty group just before the verb.
    Only a verb (lower case where nouns are capitalised), only with no unmarked name fronted."""
    if (lex.inverted_gap is None or frame not in _VERB_FRAMES or trig.get("nominal")
            or not m.group(0)[:1].islower()):
        return groups
    t0, t1 = m.start(), m.end()
    lo = _clause_start(text, t0)
    comma = text.rfind(",", lo, t0)
    if comma >= 0 and _FRONTED_OBJECT.fullmatch(text, comma + 1, t0) and not any(comma < g.start < t0 for g in groups):
        lo = comma + 1  # "X baut Autos, die Zellen liefert Y": a main clause after the comma, its object first
    if lex.lang == "de":
        # "Neben X liefert auch Y ...", "Wie X beliefert auch Y ...": a name fronted to compare is no subject
        cmp_ = _DE_FRONTED_COMPARE.match(text, lo)
        if cmp_ is not None and text[cmp_.end():t0].strip() == "":
            pass
        elif cmp_ is not None:
            named = next((g for g in groups if g.start >= cmp_.end()), None)
            if named is not None and (named.start - cmp_.end() > 40 or re.search(r"[,;:()]", text[cmp_.end() : named.start])):
                named = None
            if named is not None and _VERB_ONLY_GAP.fullmatch(text, named.end, t0):
                groups = [g for g in groups if g is not named]
    sub = _DE_SUBORDINATE_FIRST.fullmatch(text, lo, t0) if lex.lang == "de" else None
    if sub is not None:
        # "Wie X mitteilte, liefert Y Zellen an Z": a fronted subordinate clause fills the first place;
        # its names are not the main verb's subject when a name follows the verb
        after = next((g for g in groups if g.start >= t1), None)
        if after is not None and _unmarked(lex, after) and lex.inverted_gap.fullmatch(text, t1, after.start):
            groups = [g for g in groups if not (lo <= g.start and g.end <= t0)]
    fronted = [g for g in groups if lo <= g.start and g.end <= t0 and _unmarked(lex, g)]
    # German: a fronted name in the dative or accusative ("Dem Konzern liefert Y Zellen", "Den Zulieferer
    # übernimmt Y") is the verb's object, not its subject: it goes after the verb, the subject before
    objects = [g for g in fronted if lex.lang == "de" and _de_object_first(text, lo, g)]
    if not text[lo:t0].strip() or len(objects) < len(fronted):
        return groups  # the verb opens the clause, or a subject stands before it
    subj = next((g for g in groups if g.start >= t1), None)
    if subj is None or not _unmarked(lex, subj) or not lex.inverted_gap.fullmatch(text, t1, subj.start):
        return groups
    groups = _moved_before(groups, subj, t0)
    for g in objects:
        groups = _moved_after(groups, g, t1)
    return groups


def _de_object_first(text: str, lo: int, g: Group) -> bool:
    """Does the clause open with a dative or accusative article and the group, the article's noun phrase
    ("Dem Konzern", "Den Zulieferer Norvik", "Einem Kunden wie Norvik")? The article opens the clause
    itself: "Von dem Konzern Norvik ..." keeps its preposition's reading."""
    art = _DE_OBLIQUE.match(text, lo)
    if art is None:
        return False
    opening = art.start() + len(text[art.start():art.end()]) - len(text[art.start():art.end()].lstrip())
    if g.start == opening:
        return True  # the description with its article: "Dem Konzern"
    words = text[opening:g.start].split()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() or w.islower() for w in words) and "," not in text[opening:g.start]


def _moved_after(groups: list[Group], obj: Group, t1: int) -> list[Group]:
    """``groups`` with a fronted object put right after the trigger ending at ``t1``, where the frames read
    an object."""
    n = len(obj.names)
    moved = dataclasses.replace(obj, start=t1 + 1, end=t1 + 1, firsts=[t1 + 1] * n, ends=[t1 + 1] * n,
                                marker=None, marker_start=-1, head_end=-1, described=-1)
    rest = [g for g in groups if g is not obj]
    k = next((i for i, g in enumerate(rest) if g.start > t1), len(rest))
    return rest[:k] + [moved] + rest[k:]


def _moved_before(groups: list[Group], subj: Group, t0: int) -> list[Group]:
    """``groups`` with the subject found after the verb put right before the trigger at ``t0``,
    unmarked, where the frames read a subject."""
    n = len(subj.names)
    moved = dataclasses.replace(subj, start=t0 - 1, end=t0 - 1, firsts=[t0 - 1] * n, ends=[t0 - 1] * n,
                                marker=None, marker_start=-1, head_end=-1, described=-1)
    rest = [g for g in groups if g is not subj]
    k = next((i for i, g in enumerate(rest) if g.start >= t0), len(rest))
    return rest[:k] + [moved] + rest[k:]


#: a fronted phrase of means or time around a deal noun opening the clause: "Mit der Übernahme von Y",
#: "Durch den Kauf des Zulieferers Y", "Nach der Übernahme von Y"
_FRONTED_DEAL = re.compile(r"(?:Mit|Durch|Nach)\s+(?:der|dem|den|die|seiner|seinem|ihrer|ihrem)\s+(?:(?-i:[a-zäöü])\w*\s+)?$")
#: after the deal's object: a short tail (a date, a price), a finite verb (lower case), perhaps an adverb
_VERB_THEN_SUBJECT = re.compile(r"(?:\s+(?:[\w.,€$%-]+\s+){0,5}?)?\s*(?-i:[a-zäöüß]+)\s+(?:(?-i:[a-zäöüß]+)\s+)?(?:(?:der|die|das)\s+(?:(?-i:[a-zäöüß][\w-]*)\s+){0,2}(?-i:[A-ZÄÖÜ])[\w-]*\s+)?")


def _subject_after_fronted_deal(lex: Compiled, m: re.Match, groups: list[Group], text: str) -> list[Group]:
    """Verb second after a fronted deal noun: "Mit der Übernahme von Y stärkt X sein Geschäft", "Durch den
    Kauf des Zulieferers Y im Jahr 2013 war X ... aufgestiegen": the buyer is the subject right after
    the finite verb; it is put before the noun, where the frame reads a subject."""
    t0, t1 = m.start(), m.end()
    lo = _clause_start(text, t0)
    if not _FRONTED_DEAL.fullmatch(text, lo, t0) or any(g.end <= t0 and g.start >= lo for g in groups):
        return groups
    right = [g for g in groups if g.start >= t1]
    if len(right) < 2 or right[0].start - t1 > 40 or re.search(r"[,;:()]", text[t1 : right[1].start]):
        return groups
    subj = right[1]
    if not _unmarked(lex, subj) or not _VERB_THEN_SUBJECT.fullmatch(text, right[0].end, subj.start):
        return groups
    return _moved_before(groups, subj, t0)


#: German: a tie's noun fronted as the object ("Ein zweites Joint Venture", "Eine Partnerschaft"), then the
#: finite verb and adverbs before the subject
_FRONTED_TIE = re.compile(r"\W*(?:Ein|Eine|Einen|Das|Die|Den|Dieses|Diese|Diesen)\s+(?:(?-i:[a-zäöü])[\w-]*\s+){0,2}")
_TIE_VERB_THEN_SUBJECT = re.compile(
    r"\s+(?:hat|haben|hatte|hatten|gründete|gründeten|gründet|gründen|vereinbarte|vereinbarten|vereinbart|vereinbaren"
    r"|schloss|schlossen|schließt|schließen|bildete|bildeten|bildet|bilden|betreibt|betreiben|unterhält|unterhalten)"
    r"\s+(?:(?-i:[a-zäöü])\w*\s+){0,2}")


def _subject_after_fronted_tie(lex: Compiled, m: re.Match, groups: list[Group], text: str) -> list[Group]:
    """Verb second after a fronted tie's noun: "Ein zweites Joint Venture haben die Koreaner 2023 mit Y
    vereinbart", "Eine Partnerschaft schloss X mit Y": the subject after the verb is put before the
    noun, where the frame reads a subject; the partner is the "mit" after it."""
    t0, t1 = m.start(), m.end()
    lo = _clause_start(text, t0)
    if not _FRONTED_TIE.fullmatch(text, lo, t0) or any(lo <= g.start < t0 for g in groups):
        return groups
    right = [g for g in groups if g.start >= t1]
    if len(right) < 2 or not _unmarked(lex, right[0]) or not _TIE_VERB_THEN_SUBJECT.fullmatch(text, t1, right[0].start):
        return groups
    if not any(has(lex, "with", g) and not re.search(r"[,;:()]", text[right[0].end : g.start]) for g in right[1:]):
        return groups
    return _moved_before(groups, right[0], t0)


#: German: an infinitive with "zu" ("zu übernehmen", "einzusteigen", "zu beliefern")
_ZU_INFINITIVE = re.compile(r"(?:^|\s)zu\s+\w+$|^\w+zu\w+en$")
#: what a main clause says of an infinitive after its comma: a plan, an announcement, an agreement
_INTENT = re.compile(
    r"\b(?:plant|planen|plante|planten|geplant|angekündigt|kündigt\w*(?:\s+\w+){0,3}\s+an|beabsichtigt\w*|erwägt|erwägen|erwog\w*|"
    r"(?:hat|haben|hatte|hatten)\s+(?:\w+\s+){0,3}vor|strebt\w*(?:\s+\w+){0,3}\s+an|bereit\s+erklärt|vereinbart\w*|beschlossen|"
    r"entschieden|entschloss\w*|sich\s+verpflichtet|zugesagt|"
    # an order won to do it: "hat den Auftrag erhalten, Y ab 2026 zu beliefern"
    r"(?:Auftrag|Zuschlag)\s+(?:\w+\s+){0,3}(?:erhalten|bekommen|gewonnen)|(?:erhielt|erhält|bekam|bekommt|gewann)\s+(?:\w+\s+){0,3}(?:Auftrag|Zuschlag))\b")


def _subject_of_infinitive(lex: Compiled, m: re.Match, groups: list[Group], text: str) -> list[Group]:
    """"Norvik hat angekündigt, Brixo zu übernehmen", "Norvik plant, Zellen an Brixo zu liefern": the
    infinitive after the comma has the main clause's subject; it is put right after the comma, where
    the frame reads a subject. Only where the main clause states a plan or an announcement and the
    infinitive clause names no subject of its own (one name at most: its object)."""
    t0 = m.start()
    comma = text.rfind(",", 0, t0)
    if comma < 0 or re.search(r"[;:()]", text[comma:t0]):
        return groups
    inner = [g for g in groups if comma < g.start and g.end <= t0]
    if len(inner) > 1 or any(g.start <= comma < g.end for g in groups):
        return groups
    lo = max(text.rfind(";", 0, comma), text.rfind(":", 0, comma)) + 1
    if not (_INTENT.search(text, lo, comma) or purpose_after(text, comma)):
        return groups
    subj = next((g for g in groups if lo <= g.start and g.end <= comma), None)
    if subj is None or not _unmarked(lex, subj):
        return groups
    n = len(subj.names)
    at = comma + 1
    moved = dataclasses.replace(subj, start=at, end=at, firsts=[at] * n, ends=[at] * n,
                                marker=None, marker_start=-1, head_end=-1, described=-1)
    k = next((i for i, g in enumerate(groups) if g.start > comma), len(groups))
    return groups[:k] + [moved] + groups[k:]
