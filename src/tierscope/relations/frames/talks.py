"""Talks frame (TALKS): a company negotiates with a partner, and what the talks are about names the
relation: "X is in takeover talks with Y", "X tratta con Y per una quota del 20%", "X verhandelt mit Y
über den Verkauf von Z", "X est en discussions avec Y pour racheter Z", "X negocia con Y una alianza".

The trigger is the talks word right before the partner's preposition; the purpose is read in the
word that holds it ("Übernahmegespräche", "merger talks") and in the clause after the partner, with
the lexicon's ``talks_purpose`` regexes. Talks about nothing named yield nothing ("talks with Y", "in
trattativa con Y sul rinnovo"). The status comes from the sentence's cues as for any trigger
(talks, a denial, a report); the trigger's own default is ``in_talks``.
"""

from __future__ import annotations

import re

from ..clauses import _clause_start
from ..compiled import Compiled
from ..groups import Group, has
from ..lexicon import load
from ..products import _PRODUCT_RX
from ..sold_output import output_after
from ..talks_goods import noun_seller, talks_supply
from ...scan.prefilter import may_match, required_of
from .common import _right, _subject, _unmarked

_I = re.IGNORECASE

#: lang -> purpose key -> compiled regex (from the lexicon's ``talks_purpose``)
_PURPOSE: dict[str, dict[str, re.Pattern]] = {}

#: between the talks word's preposition and the partner: the preposition and a short description at most
_PARTNER_GAP = 45
#: how far after the partner the purpose is looked for (its own clause only)
_PURPOSE_REACH = 90
#: the partner described as a fund ("con il fondo Y", "mit dem Finanzinvestor Y")
_FUND = re.compile(r"\b(?:funds?|fond[oi]|fonds|\w*investor(?:s|en)?|investitor[ei]|private equity|gestora|Beteiligungsgesellschaft)\b", _I)
#: a possessive right before a stake noun ("its stake", "la propria quota", "seine Beteiligung")
_OWN_STAKE = re.compile(r"\b(?:its|their|sua|suo|propri[ao]|sa|son|leur|seine[rnms]?|ihre[rnms]?|su)\s+(?:[\w%-]+\s+)?$", _I)
#: the word right before the talks word
_PREV_WORD = re.compile(r"[\w'’-]+\s+$")
#: the partner's description between commas, opened by an article ("with Y, the mirror maker owned by Z, to ...")
_APPOSITION = re.compile(
    r",\s*(?:the|a|an|el|la|los|las|un|una|le|les|l['’]|un|une|il|lo|der|die|das|ein|eine)\s*(?-i:[a-zà-öø-ÿ])[^,;:()]{0,120},", _I)
#: German writes the description's noun with a capital: "mit Y, der Batterietochter von Z, über die Lieferung"
_APPOSITION_DE = re.compile(r",\s*(?:der|die|das|dem|den|des|einem|einer|eines)\s+[^,;:()]{0,120},")
#: the clause after the partner ends at a comma or a stronger break
_CUT = re.compile(r"[,;:()]|\.(?!\d)")


def _purpose(lang: str) -> dict[str, re.Pattern]:
    if lang not in _PURPOSE:
        raw = load(lang).get("talks_purpose", {})
        _PURPOSE[lang] = {k: re.compile(v, _I) for k, v in raw.items()}
    return _PURPOSE[lang]


#: Italian: the talks partner buys together with the subject ("per rilevare insieme Z"): a co-bidder, no seller
_IT_TOGETHER = re.compile(r"\b(?:insieme|congiuntamente|in cordata|in tandem|alleat[oi])\b", re.IGNORECASE)


#: German verb last: "mit Y über die Lieferung von Z verhandelt" (the talks verb closes the clause)
_DE_FINAL_TALKS = re.compile(r"\s+(?:(?-i:[a-zäöü])\w+\s+)?über\s+[^,;:()]{3,80}?\s+$")


def _final_verb_partner(lex: Compiled, groups: list[Group], text: str, t0: int) -> Group | None:
    """German, verb last in a subordinate clause: "..., dass X mit Y über die Lieferung von Zellen
    verhandelt", "weil Norvik derzeit mit Corvalis exklusiv über Zellen verhandelte": the partner is the "mit"
    name before the talks verb, its purpose between the two."""
    lo = _clause_start(text, t0)
    for g in reversed(groups):
        if g.end > t0 or g.start < lo:
            continue
        if not has(lex, "with", g) or not _DE_FINAL_TALKS.match(text, g.end, t0) or not re.match(r"verhandel", text[t0 : t0 + 9], _I):
            return None
        return g
    return None


#: between the talks verb and its subject after it: adverbs at most
_DE_VERB_THEN_SUBJECT = re.compile(r"\s+(?:(?-i:[a-zäöüß]+)\s+){0,2}")
#: the talks verb itself (not the noun "Gespräche mit")
_DE_TALKS_VERB = re.compile(r"verhandel|verhandle", _I)


def _de_fronted(lex: Compiled, groups: list[Group], text: str, t0: int, t1: int, partner: Group | None):
    """German verb second, the talks verb after a fronted phrase, its subject after it (the engine has
    put that subject right before the verb, zero width): "Mit Y verhandelt X über die Lieferung von
    Zellen" (the partner fronted) and "Über die Lieferung von Zellen verhandelt X mit Y" (the purpose
    fronted). (partner, (start, end) of the purpose's stretch; end None: up to the clause's end) or None."""
    if lex.lang != "de" or not _DE_TALKS_VERB.match(text, t0, t1):
        return None
    lo = _clause_start(text, t0)
    before = [g for g in groups if lo <= g.start and g.end <= t0 and g.start != g.end]
    if partner is None:
        if len(before) != 1:
            return None
        front = before[0]
        if not has(lex, "with", front) or text[lo : front.marker_start].strip() or text[front.end : t0].strip():
            return None
        return front, (t1, None)
    if before or not re.match(r"\s*(?-i:Ü)ber\s", text[lo:t0]):
        return None
    return partner, (lo, t0)


def _partner_marker(lex: Compiled, trig: dict, g: Group) -> bool:
    """The partner's preposition: "with" and its kin; "to" as well after the verbs of speaking that take
    it ("we are talking to Y about cells": the trigger's ``partner_to``), where "to" never names a
    recipient of the talks."""
    return has(lex, "with", g) or bool(trig.get("partner_to")) and g.marker == "to"


def _affirmed(rx: dict[str, re.Pattern], key: str, s: str) -> bool:
    """The purpose ``key`` is named in ``s`` and not denied right before: "in trattativa con Y per una
    collaborazione ... non si parla di una joint venture" is no venture (the lexicon's optional
    ``negated`` regex, matched against the words before the noun)."""
    neg = rx.get("negated")
    for m in rx[key].finditer(s):
        if neg is None or not neg.search(s[max(0, m.start() - 40) : m.start()]):
            return True
    return False


def _find(rx: re.Pattern, s: str, low: str) -> re.Match | None:
    """``rx.search(s)``, after the test for the literals each match holds (``low``: ``s`` lower-cased;
    speed: most purposes are named in neither stretch)."""
    return rx.search(s) if may_match(required_of(rx), s, low) else None


def read_talks(frame: str, trig: dict, m: re.Match, groups: list[Group], text: str, lex: Compiled):
    """(subject, partner) of the talks, typed by their purpose; a named third company (the unit sold or
    bought) replaces the partner as the deal's object."""
    t0, t1 = m.start(), m.end()
    rx = _purpose(lex.lang)
    if not rx:
        return []
    partner = next((g for g in _right(groups, t1, _PARTNER_GAP) if _partner_marker(lex, trig, g)), None)
    if partner is not None and re.search(r"[,;:()]", text[t1 : partner.start]):
        partner = None
    final = partner is None and lex.lang == "de" and _final_verb_partner(lex, groups, text, t0)
    if final:
        partner = final
    # German verb second after a fronted partner or purpose: the subject follows the verb
    fronted = None if final else _de_fronted(lex, groups, text, t0, t1, partner)
    if fronted is not None:
        partner = fronted[0]
    included = partner is None and _included(lex, rx, groups, text, t1)
    if included:
        partner = included
    if partner is None:
        return []
    subj = _subject(lex, groups, partner.start if final else t0, text)
    if subj is None and fronted is not None:
        # the subject after the verb, before the partner ("Über die Lieferung verhandelte X mit Y")
        subj = next((g for g in groups if t1 <= g.start < partner.start and _unmarked(lex, g)
                     and _DE_VERB_THEN_SUBJECT.fullmatch(text, t1, g.start)), None)
    if subj is None and not final and not included:
        return _stake_without_subject(lex, rx, groups, text, partner)
    if subj is None or subj is partner or set(subj.names) & set(partner.names):
        return []
    # the word that holds the trigger and the one word before it ("merger talks", "toute négociation",
    # "Übernahmegespräche"), not across a comma: what the talks noun itself is about
    ws = t0
    while ws > 0 and (text[ws - 1].isalnum() or text[ws - 1] == "-"):
        ws -= 1
    prev = _PREV_WORD.search(text, max(0, ws - 30), ws)
    lo = max(_clause_start(text, t0), prev.start() if prev else ws)
    back = text[lo:t1]
    f0 = partner.end
    if included and text[f0 : f0 + 1] in (",", ")"):
        f0 += 1  # "with several carmakers, including Y, to supply them": the list's close
    appos_rx = _APPOSITION_DE if lex.lang == "de" else _APPOSITION
    appos = appos_rx.match(text, partner.head_end if partner.head_end >= 0 and not included else f0)
    if appos is not None:
        f0 = appos.end()  # "con Y, el fabricante barcelonés controlado por Z, para suministrarle": past the partner's description
    if fronted is not None:
        f0 = fronted[1][0]  # after the verb ("Mit Y verhandelt X über ..."), or the fronted purpose itself
    cut = _CUT.search(text, f0, min(len(text), f0 + _PURPOSE_REACH))
    fwd_hi = cut.start() if cut else min(len(text), f0 + _PURPOSE_REACH)
    if fronted is not None and fronted[1][1] is not None:
        fwd_hi = fronted[1][1]  # "Über die Lieferung von Zellen verhandelt": the purpose ends at the verb
    fwd = text[f0:fwd_hi]

    # (each purpose pattern searched in the two stretches after a literal test: ``_find``)
    low_back, low_fwd = back.lower(), fwd.lower()
    enters = _find(rx["enters"], fwd, low_fwd) if "enters" in rx else None
    if enters is not None:
        # "per farla entrare nel capitale", "para darle entrada con un 30% en Z": the partner buys in,
        # to the named company or to the subject
        third = _third(lex, groups, text, f0 + enters.end(), fwd_hi, subj, partner)
        typ = "acquires" if lex.majority.search(fwd) else "invests_in"
        return [(partner.names, (third or subj).names, typ, -0.1)]

    sell = _find(rx["sell"], back, low_back) or _find(rx["sell"], fwd, low_fwd)
    stake = _find(rx["stake"], back, low_back) or _find(rx["stake"], fwd, low_fwd)
    acq = _find(rx["acquire"], back, low_back) or _find(rx["acquire"], fwd, low_fwd)
    if stake and not sell and stake.string is fwd and _OWN_STAKE.search(fwd, max(0, stake.start() - 25), stake.start()):
        # "sulla sua partecipazione in Z", "über seine Beteiligung an Z": the subject holds the stake
        # already; the talks are about selling it
        sell = stake
    if sell or stake or acq:
        word = sell or acq or stake
        # where the purpose word ends in the sentence (in the forward window when it is there)
        w_end = f0 + word.end() if word.string is fwd else lo + word.end()
        third = _third(lex, groups, text, max(w_end, f0), fwd_hi, subj, partner)
        if third is None and word.string is fwd and "unit" in rx and rx["unit"].match(text, w_end, fwd_hi):
            return []  # "to buy its battery unit": a unit of the partner, unnamed, not the partner
        if not stake and third is None and word.string is fwd and (
                _goods_after(text, w_end, fwd_hi) or output_after(lex.lang, text, w_end, fwd_hi)):
            # "to buy cells", "per vendere celle a", "la venta de parte de su producción": goods, not a
            # company
            return [(partner.names, subj.names, "supplies", -0.1)] if acq and not sell else (
                [(subj.names, partner.names, "supplies", -0.1)])
        if sell and third is None and (sell.string is fwd or stake):
            # "per la cessione della maggioranza", "to sell its stake": what is sold is a holding or a
            # unit, unnamed; only the talks word's own compound sells the subject ("Verkaufsgespräche")
            return []
        majority = lex.majority.search(back + " " + fwd) is not None
        typ = "invests_in" if stake and not majority else "acquires"
        if sell:
            return [(partner.names, (third or subj).names, typ, -0.05)]
        if third is None and (_investor(partner) or _FUND.search(text, t1, partner.start)) and not _investor(subj):
            # "Norvik tratta con il fondo Tessaro per una quota": a fund in talks with a company about a
            # stake or a takeover is the one that buys in
            return [(partner.names, subj.names, typ, -0.1)]
        if (lex.lang == "it" and third is not None and typ == "acquires" and not stake
                and not _IT_TOGETHER.search(back + " " + fwd)):
            # "X tratta con Y per rilevare il controllo di Z": Y, who is asked to sell, owns Z now
            return [(subj.names, third.names, typ, -0.05), (partner.names, third.names, "owns", -0.1, "standing")]
        return [(subj.names, (third or partner).names, typ, -0.05)]
    if _affirmed(rx, "venture", back) or _affirmed(rx, "venture", fwd):
        return [(subj.names, partner.names, "joint_venture", -0.1)]
    if _find(rx["partner"], back, low_back) or _find(rx["partner"], fwd, low_fwd):
        return [(subj.names, partner.names, "partners_with", -0.1)]
    to = _find(rx["supply_to"], fwd, low_fwd)
    if to is not None:
        if noun_seller(lex.lang, subj.sectors, partner.sectors, fwd, to.start(),
                       (*subj.names, *partner.names)) == "partner":
            # "Gespräche mit dem Bergbaukonzern Y über die Lieferung von Spodumen": a supply noun
            # leaves the direction open, and the goods are the partner's trade, not the subject's
            return [(partner.names, subj.names, "supplies", -0.15)]
        return [(subj.names, partner.names, "supplies", -0.1)]
    if "supply_from" in rx and rx["supply_from"].search(fwd):
        # talks about taking the partner's goods ("über die Abnahme von Lithium", "to source cells"):
        # the partner supplies the subject
        return [(partner.names, subj.names, "supplies", -0.1)]
    # talks about goods with no verb of supplying ("about a third source of cells", "per una fornitura
    # di concentrato"): the partner as a source, else the chain (relations/talks_goods.py)
    who = talks_supply(lex.lang, subj.sectors, partner.sectors, fwd, (*subj.names, *partner.names))
    if who == "partner":
        return [(partner.names, subj.names, "supplies", -0.15)]
    if who == "subject":
        return [(subj.names, partner.names, "supplies", -0.15)]
    return []


def _stake_without_subject(lex: Compiled, rx: dict[str, re.Pattern], groups: list[Group], text: str, partner: Group):
    """"Ein Sprecher bestätigte Gespräche mit Y über eine Beteiligung an Z", "A spokesman confirmed talks
    with Y about a stake in Z", "Un portavoce ha confermato trattative con Y per una quota di Z": no company
    holds the talks (a spokesman, a person), so the partner is the one that would buy into the company
    named after the purpose word; a sale, or no company named there, reads nothing."""
    f0 = partner.end
    appos = (_APPOSITION_DE if lex.lang == "de" else _APPOSITION).match(text, partner.head_end if partner.head_end >= 0 else f0)
    if appos is not None:
        f0 = appos.end()
    cut = _CUT.search(text, f0, min(len(text), f0 + _PURPOSE_REACH))
    fwd_hi = cut.start() if cut else min(len(text), f0 + _PURPOSE_REACH)
    fwd = text[f0:fwd_hi]
    low = fwd.lower()
    if _find(rx["sell"], fwd, low):
        return []
    word = _find(rx["stake"], fwd, low) or _find(rx["acquire"], fwd, low)
    if word is None or _OWN_STAKE.search(fwd, max(0, word.start() - 25), word.start()):
        return []
    third = _third(lex, groups, text, f0 + word.end(), fwd_hi, None, partner)
    if third is None:
        return []
    typ = "invests_in" if rx["stake"].search(fwd) and not lex.majority.search(fwd) else "acquires"
    return [(partner.names, third.names, typ, -0.1)]


def _third(lex: Compiled, groups: list[Group], text: str, a: int, b: int, subj: Group | None, partner: Group) -> Group | None:
    """A company named after the purpose word, in its clause ("per la cessione di Plenitude"), neither
    party of the talks; unmarked or governed by "of"."""
    for g in groups:
        if g.start < a or g.start > b or g.start - a > 70 or g is subj or g is partner:
            continue
        if g.marker is None or has(lex, "of", g) or has(lex, "in", g):
            return g
        return None
    return None


def _included(lex: Compiled, rx: dict[str, re.Pattern], groups: list[Group], text: str, t1: int) -> Group | None:
    """"en discussions avec plusieurs constructeurs, dont Y, pour ...": a company named among the
    partners the talks word's preposition governs."""
    if "including" not in rx:
        return None
    words = text[t1 : t1 + 20].split(maxsplit=1)
    if not words or words[0].lower() not in lex.markers.get("with", ()):
        return None
    a = t1 + text[t1:].find(words[0]) + len(words[0])
    g = next((g for g in _right(groups, t1, 90)), None)
    if g is None or not rx["including"].fullmatch(text, a, g.start):
        return None
    return g


def _investor(g: Group) -> bool:
    return any("investor" in s for s in g.sectors)


def _goods_after(text: str, a: int, b: int) -> bool:
    """A product within the next few words after the purpose word ("to buy battery cells")."""
    pm = _PRODUCT_RX.search(text, a, min(b, a + 30))
    if pm is None or (pm.end() < len(text) and text[pm.end()].isalnum()):
        return False  # ("Stahlsparte": a unit, not steel)
    return re.fullmatch(r"\s*(?:[\w'’-]+\s+){0,2}", text[a : pm.start()]) is not None
