"""Ownership frames: a parent and its unit named by a noun or participle (OWN_PR: "Y, a subsidiary
of X", "controlled by X") and a name inside a unit's noun phrase (OWN_NOUN: "GM's Cruise unit").
"""

from __future__ import annotations

import re

from ..clauses import _ARTICLE_ONLY, _ARTICLE_WORD, _clause_start
from ..compiled import Compiled
from ..groups import Group, former_unit, has, possessed_name
from ..stake_participles import stake_only
from .common import (
    _APPOSITION, _NEAR_AFTER, _PERCENT, _coordinated_owner, _deal_verb_between, _earlier_object, _governed, _left,
    _RELATIVE, _opening_subject,
    _relative_subject, _right, _subject, _unmarked,
)

_I = re.IGNORECASE


def read_unit_noun(frame: str, trig: dict, m: re.Match, groups: list[Group], text: str, lex: Compiled):
    """"GM's Cruise unit", "Y, a Ford unit": see ``_named_unit``; "Ford subsidiary Brixo": see
    ``_parent_compound``."""
    t0 = m.start()
    out = _parent_compound(groups, t0, m.end(), text) or _named_unit(lex, groups, t0, text)
    if out and former_unit(text, m):
        out = [f + ("former",) for f in out]  # "Brixo, a former Almara subsidiary": owned no more
    return out


def _parent_compound(groups: list[Group], t0: int, t1: int, text: str):
    """"Ford subsidiary Brixo", "the Almara unit Brixo said": the parent's name, the unit noun and the
    unit's name in one noun phrase, nothing but spaces between them (as "Tesla supplier Panasonic")."""
    parent = next((g for g in reversed(groups) if g.end <= t0), None)
    unit = next((g for g in groups if g.start >= t1), None)
    if parent is None or unit is None or len(parent.names) != 1 or len(unit.names) != 1:
        return []
    if not re.fullmatch(r" ", text[parent.end : t0]) or not re.fullmatch(r" ", text[t1 : unit.start]):
        return []
    if re.search(r"['’]s?\s*$", text[max(0, parent.start - 3) : parent.start]):
        return []  # "GM's Cruise unit Brixo": the possessor owns the named unit, read by ``_named_unit``
    return [(parent.names, unit.names, None, -0.05)]


def read_parent(frame: str, trig: dict, m: re.Match, groups: list[Group], text: str, lex: Compiled):
    """"Y, a subsidiary of X", "controlled by X": the child left, the parent right; with "child_after"
    ("gehört Y zu X") both follow the verb."""
    t0, t1 = m.start(), m.end()
    right = _right(groups, t1)
    out: list[tuple[list[str], list[str], str | None, float]] = []
    if trig.get("child_after"):
        # ("child_after": "of": "la filiale Brixo de Vostra", the parent after its "of")
        return _child_then_parent(lex, right, t1, text, trig["child_after"] if trig["child_after"] in ("of", "dative") else "recipient")

    # "der Batterietochter des angeschlagenen Batterieherstellers Varta": a few adjectives between
    parent = next((g for g in right if not re.search(r"[,;:()]", text[t1 : g.start]) and (g.start - t1 <= 28 or (g.start - t1 <= 60 and len(text[t1 : g.start].split()) <= 6 and not re.search(r"[,;:()]", text[t1 : g.start]) and not _NOT_DESCRIPTOR.search(text, t1, g.start)))), None)
    if (parent is not None and parent.marker in ("a", "al", "ad", "à", "to") and parent.marker_start > t1
            and re.search(r"\w", text[t1 : parent.marker_start])):
        parent = None  # "vendió su filial de moldes a Magna": the buyer, after a noun of its own
    if parent is None:
        return _possessed_parent(groups, t0, text)
    if _PARENT_NOUN.search(m.group(0)) and _STAKE_BEFORE.search(text, max(_clause_start(text, t0), t0 - 70), t0):
        # "hat 20 Prozent an der chinesischen Muttergesellschaft Y erworben", "a 20% stake in the parent
        # company Y": the noun names what the stake is in, not the parent of the clause's subject
        return out
    if _WHERE_COMPOUND.match(text, parent.end):
        return out  # "a subsidiary of the ASX-listed group": where the group is listed or based, not who
    parent = possessed_name(text, groups, parent, lex)  # "controlled by Volkswagen's Traton group": Traton
    parent = _apposition_closed(text, parent, t0)
    if _PERSON_AFTER.match(text, parent.end) or _PERSON_BEFORE.search(text, max(t1, parent.start - 40), parent.start):
        return out  # "controlled by Hyundai Motor chairman Chung Eui-sun", "by the founder of X": the owner is the person
    if trig.get("single_parent") and (len(parent.names) > 1 or (lex.staff_nouns is not None and lex.staff_nouns.match(text, parent.end))):
        return out  # "founded by Stellantis and TotalEnergies": a joint venture; "by former Tesla executives": people
    if lex.among.match(text.lstrip(), 0) and not re.search(r"[;:]", text[:t0]):
        return out  # "Zu den Geldgebern des Unternehmens gehört Stellantis": a membership, not a parent
    lefts = _left(groups, t0, text, ("report", "agent"), lex, 90)
    if (len(lefts) > 1 and lefts[0].names == parent.names and text[lefts[0].start].islower()
            and text[lefts[1].end : lefts[0].start].strip() == ","):
        # "FPT, la società controllata dal gruppo" read with "la società" as the group itself:
        # the child is the name the apposition follows
        lefts = lefts[1:]
    child = lefts[0] if lefts else None
    if child is not None and _earlier_object(text, child, t0, groups):
        # "Das Unternehmen beliefert Volkswagen und gehört seit 2023 zu Joyson": Volkswagen is the first
        # verb's object; the second verb's subject is the sentence's opening name, if one opens it
        child = _opening_subject(lex, groups, text, child)
    if child is not None and child is not parent and _closed_relative(text, child, t0):
        # "Y, which X bought from Z in 2008, remains a subsidiary of P": Z belongs to the closed relative;
        # the noun tells of its antecedent, the name right before the relative's comma
        comma = text.rfind(",", 0, child.start)
        child = next((g for g in reversed(groups) if g.end <= comma and not text[g.end : comma].strip()), None)
        if child is None:
            return out
    near = next((g for g in reversed(groups) if g.end <= t0), None)
    if near is not None and _closed_relative(text, near, t0):
        pass  # "Y, which already supplies Z, is a unit of P": Z is inside the relative, no apposition's head
    elif near is not None and near is not child and (_APPOSITION.fullmatch(text, near.end, t0) or _DASH_APPOSITION.fullmatch(text, near.end, t0)
                                                   or _OWNED_APPOSITION.fullmatch(text, near.end, t0)
                                                   or (lex.lang == "de" and _DE_EXTRAPOSED.fullmatch(text, near.end, t0))):
        # "produced by Ampere, the subsidiary of Renault", "managed by Beta, a wholly owned subsidiary of
        # Gamma": the apposition's head; German puts it after the verb that ends the clause ("wird Achsen
        # an Vantor liefern, die Elektroauto- und Softwaretochter von Brixo")
        child = near
    elif _relative_subject(lex, groups, t0, text) is not None:
        child = near  # "acquired by X, which is wholly owned by Y": the relative's antecedent
    elif _governed(lex, text, t0):
        child = None  # "sold NAC to a subsidiary of Y": the noun is an object, said of no name
    elif child is not None and _deal_verb_between(lex, text, child.end, t0):
        child = None  # "X compró la filial de Y", "X vendió su filial a Y": the unit is the deal's object
    if trig.get("adjacent_child") and near is not None:
        # "PowerCo, la compañía de baterías del grupo Volkswagen": only the name the words follow (also
        # when that name stands after an agent's "da": "un ordine da PowerCo, la società ... del gruppo Y")
        adjacent = (re.fullmatch(r"\s*", text[near.end : t0]) or _APPOSITION.fullmatch(text, near.end, t0)
                    or _DASH_APPOSITION.fullmatch(text, near.end, t0))
        child = near if adjacent and near is not parent else None
    if child is None:
        # "La controllata di Almara, Brixo, apre": the unit's name in apposition after its parent
        child = next((g for g in groups if g.start >= parent.end and re.fullmatch(r"\s*,\s*", text[parent.end : g.start])
                      and not lefts and _COMMA_NEXT.match(text, g.end)), None)
    if child is None and not lefts and _FRONTED.fullmatch(text, 0, t0):
        child = _fronted_child(lex, groups, parent, text)
    if child is None:
        return out
    if trig.get("unmarked_child") and not _unmarked(lex, child):
        return out  # "el director de Y se integró en el grupo X": a person of Y joins, not Y
    owner_of = next((g for g in reversed(groups) if g.end <= child.start), None)
    if owner_of is not None and _right_after_of(lex, text, child) and not text[owner_of.end : child.marker_start].strip():
        # "Enel X Way, la società di Enel ..., controllata dal gruppo": "di Enel" complements the
        # noun the name before it ends with; that name is what the participle describes
        child = owner_of
    if child.described >= 0:
        # "con Stellantis, LG Energy Solution, la controllata di LG Chem, e Umicore": one member's description
        k = child.described
        child = Group(child.firsts[k], child.ends[k], [child.names[k]], [child.firsts[k]], [child.ends[k]])
    names = child.names
    if len(names) > 1 and _NAME_TAIL_COMMA.match(text, child.end):
        # "Umicore et PowerCo, la filiale de Volkswagen": the apposition is the last name's (a name's
        # capitalised tail may stand before the comma: "A, B et Joyson Safety Systems, filiale de")
        names = names[-1:]
    if trig.get("compound") and child.end <= t0:
        names = child.names[-1:]  # "LG Energy Solution and SK On parent SK Innovation": the compound's name only
    pct = [float(p.group(1).replace(",", ".")) for p in _PERCENT.finditer(text, t0, parent.start)]
    held = _PERCENT_OF.search(text, max(0, child.start - 24), child.start)
    if held is not None and not pct and re.fullmatch(r"\s*(?:\w{1,3}['’]?)?\s*", text[_clause_start(text, held.start()) : held.start()]):
        pct = [float(held.group(1).replace(",", "."))]  # "Il 20% di Y passa a X": the share opens the clause
    stake = (pct and pct[-1] < 50) or (not pct and stake_only(lex, m.group(0), text, t0, parent.end))
    found = (parent.names, names, "invests_in" if stake else None, 0.0)
    if _FORMER_BEFORE.search(text, max(0, t0 - 30), t0):
        found += ("former",)  # "ex controllata di X", "ancienne filiale de X", "antigua filial de X": owned no more
    out.append(found)
    return out


def _closed_relative(text: str, g: Group, t0: int) -> bool:
    """Does ``g`` stand inside a relative clause that a comma opens right before its pronoun and another
    comma closes before the noun ("Y, which X bought from Z in 2008, remains a subsidiary of P")? Not a
    complement clause ("a report that it would buy Z, the maker controlled by P")."""
    opened = text.rfind(",", 0, g.start)
    if opened < 0 or "," not in text[g.end : t0] or re.search(r"[;:()]", text[opened:t0]):
        return False
    if _BARE_APPOSITION.fullmatch(text, g.end, t0):
        # "Y, que compraba los módulos a Z, filial de P, busca…": the noun is apposed to Z itself
        return False
    pronoun = len(text) - len(text[opened + 1 :].lstrip())
    return _RELATIVE.match(text, pronoun) is not None


#: a comma, then at most an article and one word, right before the unit noun: an apposition to the name
#: before it ("Z, filial de", "Z, the German unit of"), not a relative closing on a verb ("Z, remains a")
_BARE_APPOSITION = re.compile(
    r"\s*,\s*(?:(?:a|an|the|its|un|una|une|uno|il|lo|la|le|el|l['’]|der|die|das|ein|eine|einer|eines)\s+)?"
    r"(?:(?-i:[a-zäöüßéèàìòùíóúñç])[\w'’-]*\s+)?", _I)
#: a comma, then a conjunction: where a list of owners would not go on ("the arm of P, and B")
_COMMA_AND = re.compile(r"\s*,\s*(?:and|und|sowie|et|e|ed|y)\s", _I)
#: an apposition's opening comma before the unit noun ("A, the venture arm of", "A, die Beteiligungsgesellschaft des")
_OPEN_COMMA = re.compile(r",\s*(?:[^\W\d_][\w'’-]*\s+){1,4}$")


def _apposition_closed(text: str, parent: Group, t0: int) -> Group:
    """"Porsche Ventures, the venture arm of Porsche, and Microsoft's fund took part", "A, die
    Beteiligungsgesellschaft von P, und B": the comma before "and" closes the apposition, so the name
    after it joins the list the apposition's head stands in, not the owners. Only the first owner
    is kept (a list of owners reads "the joint venture of P and B")."""
    if len(parent.names) < 2 or len(parent.ends) < 2 or not _COMMA_AND.fullmatch(text, parent.ends[0], parent.firsts[1]):
        return parent
    if not _OPEN_COMMA.search(text, max(0, t0 - 60), t0):
        return parent
    return Group(parent.firsts[0], parent.ends[0], parent.names[:1], parent.firsts[:1], parent.ends[:1],
                 marker=parent.marker, marker_start=parent.marker_start)


#: a participle phrase opening the sentence, an adverb or two before it ("Controlled by X since 2015, Y ...")
_FRONTED = re.compile(r"[\W_]*(?:[^\W\d_]+[-\s]+){0,2}")
#: between the comma that closes such a phrase and the main clause's subject: an article and adjectives
_SUBJECT_LEAD = re.compile(
    r"\s*,\s*(?:(?:the|le|la|les|l['’]|il|lo|el|der|die|das)\s*)?"
    r"(?:(?!(?:which|that|who|qui|que|dont|whose)\b)(?:(?-i:[a-zàâçéèêëîïôûù])[\w-]*|(?-i:[A-Z])[a-z]+(?:ish|ese|an|ian|ch|ic))\s+){0,3}")
#: right after that subject, its verb (a lowercase word, not a comma or a list)
_VERB_NEXT = re.compile(r"\s+(?!(?:and|et|e|y|und|or|ou|o|oder)\b)(?-i:[a-zàâçéèêëîïôûù])")


def _fronted_child(lex: Compiled, groups: list[Group], parent: Group, text: str) -> Group | None:
    """"Controlled by X since 2015, Y has ...", "Contrôlée par X, la holding de la famille, Y a ...": the
    subject of the main clause after the opening participle phrase is the child (the last comma of the
    phrase before it; an apposition of the owner may stand between)."""
    for g in groups:
        if g.start <= parent.end or g.start - parent.end > 160:
            continue
        if re.search(r"[;:()]", text[parent.end : g.start]):
            return None
        comma = text.rfind(",", parent.end, g.start)
        if comma >= 0 and _SUBJECT_LEAD.fullmatch(text, comma, g.start) and _VERB_NEXT.match(text, g.end) and _unmarked(lex, g):
            return g
    return None


#: a word of "former" right before the unit noun, an article or an adjective between
_FORMER_BEFORE = re.compile(
    r"\b(?:former|ex|anciens?|ancienne?s?|antigu[ao]s?|ehemalige[rnms]?|frühere[rnms]?|einstige[rnms]?|vormalige[rnms]?)"
    r"(?:-|\s+(?:[\w'’]+\s+)?)$", _I)
_COMMA_NEXT = re.compile(r"\s*,")
#: a name inside a compound that says where a company is listed or based ("ASX-listed", "Tokyo-based")
_WHERE_COMPOUND = re.compile(r"-(?:listed|quoted|based|registered|headquartered)\b", re.IGNORECASE)
#: an apposition that says how much is owned before its noun: ", an indirect wholly-owned ", ", a 100%-owned "
_OWNED_APPOSITION = re.compile(r"\s*,\s*(?:(?:a|an|the|its)\s+)?(?:(?:indirect|direct|indirectly|directly|wholly|fully|majority|100\s?%)[\s-]+){1,2}(?:owned\s+)?", re.IGNORECASE)
#: German: the verb (one or two lower-case words) that ends the clause between a name and the apposition
#: on it, then an article and at most two words, a compound's "und" between ("an Y liefern, die
#: Elektroauto- und Softwaretochter von X", "von Y bezogen, einer Tochter des X")
_DE_EXTRAPOSED = re.compile(
    r"(?:\s+(?-i:[a-zäöüß])\w*){1,2}\s*,\s*(?:(?:der|die|das|einer?|eine)\s+)?(?:[\w'’]+-?\s+(?:und\s+)?){0,2}", re.IGNORECASE)
#: an apposition set off by a dash: "Traton – la filiale poids lourds de Volkswagen –", "Kestrel — a unit of Y —"
_DASH_APPOSITION = re.compile(r"\s+[–—]\s+(?:[\w'’]+\s+){0,2}")
_NAME_TAIL_COMMA = re.compile(r"(?:\s+(?-i:[A-Z])[\w&.-]*){0,3}\s*(?:,|[–—](?=\s))")
#: a share named right before the company it is a share of ("il 20% di", "30% of", "49 % de la")
_PERCENT_OF = re.compile(_PERCENT.pattern + r"\s+\w{1,3}['’]?(?:\s+(?:la|el|l['’]))?\s*$", _I)


#: titles of the people who own or run a company
_TITLES = (r"(?:(?:co-?)?founder|chairman|chairwoman|chief executive|CEO|boss|president|heir|Chef|Gründer|Vorstandschef|"
           r"Aufsichtsratschef|Firmenchef|Konzernchef|Erbe|Patriarch|patron|fondateur|PDG|président|héritier|presidente|"
           r"fondatore|amministratore delegato|erede|fundador|consejero delegado|heredero)")
#: a title and a person's name right after a company's name ("controlled by Hyundai Motor chairman Chung
#: Eui-sun"): the company only qualifies the title, the owner is the person
_PERSON_AFTER = re.compile(r"\s+" + _TITLES + r"\s+(?-i:[A-ZÀ-Ý])[\w.'’-]*(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]*)?", _I)
#: the same title before the company ("owned by the founder of Corvalis", "controllata dal fondatore di X")
_PERSON_BEFORE = re.compile(r"\b" + _TITLES + r"s?\s+(?:of|de|du|des|di|del|della|dello|dell['’]|von|vom)\s*(?:(?:the|la|le|il|el|l['’])\s*)?$", _I)
#: Between "owned by" and the owner only a description of the owner may stand, never a clause or a number.
#: a stake and its preposition right before a parent noun (an article, a possessive, two adjectives
#: between): "20 Prozent an der chinesischen", "a 20% stake in its", "il 20% della", "20 % de la",
#: "el 20% de la"; a German stake noun may close a compound ("eine Minderheitsbeteiligung an der")
_STAKE_BEFORE = re.compile(
    r"(?:\d\s*%|\d\s+(?:Prozent|per\s?cent|percent|pour\s?cent|por\s?ciento|per\s?cento)|\b(?:stake|shares|"
    r"quota|partecipazione|participation|participación|capital|capitale)|Beteiligung|Anteile?|Kapital)\s+"
    r"(?:an|am|in|of|at|di|del|della|dello|nella|nel|de|du|des|dans|en)\s+(?:[\w'’-]+\s+){0,3}$", _I)
#: the parent nouns the guard above is for (not a verb: "Il 20% di Y passa a X" tells a stake changing hands);
#: whole words ("apparent" is no "parent"), but German glues them ("Konzernmutter", "Finanzholding")
_PARENT_NOUN = re.compile(r"\b(?:parent|madre|capogruppo|mère|matriz)|holding|Mutter", re.IGNORECASE)
_NOT_DESCRIPTOR = re.compile(r"\d|\b(?:and|or|e|o|und|oder|et|ou|y|u|which|that|che|der|die|das|qui|que)\b", _I)


def _right_after_of(lex: Compiled, text: str, g: Group) -> bool:
    """The name follows its "of" preposition directly ("di Enel", "de la Renault"), not across words."""
    return has(lex, "of", g) and _ARTICLE_ONLY.fullmatch(text, g.marker_start + len(g.marker), g.start) is not None


def _child_then_parent(lex: Compiled, right: list[Group], t1: int, text: str, role: str = "recipient"):
    """"gehört Leoni seit 2023 mehrheitlich zu Luxshare": the subject follows the verb, the parent
    comes after its preposition, all in one clause; "la filiale Brixo de Vostra", "la controllata
    Brixo di Vostra": the unit's name after the noun, its parent after "of" (``role``)."""
    child = next((g for g in right if _unmarked(lex, g) and _NEAR_AFTER.fullmatch(text, t1, g.start)), None)
    # ("dative": "gehört Leoni mehrheitlich der Beteiligungsgesellschaft Pierer": the owner has no preposition)
    parent = next((g for g in right if child is not None and g.start > child.end and (
        _unmarked(lex, g) if role == "dative" else has(lex, role, g))), None)
    if parent is None or re.search(r"[,;:()]", text[child.end : parent.start]):
        return []
    return [(parent.names, child.names, None, 0.0)]


def _possessed_parent(groups: list[Group], t0: int, text: str):
    """"Almara, Brixo's parent company, said": the apposition's head is the parent of the possessor."""
    poss = next((g for g in reversed(groups) if g.end == t0), None)
    head = next((g for g in reversed(groups) if poss is not None and g.end <= poss.start), None)
    if poss is None or head is None or text[t0 : t0 + 1] not in ("'", "’") or not re.fullmatch(r"\s*,\s*", text[head.end : poss.start]):
        return []
    return [(head.names, poss.names, None, 0.0)]


def _named_unit(lex: Compiled, groups: list[Group], t0: int, text: str):
    """A name inside a unit's noun phrase: "its Ampere unit" (the clause's owner owns Ampere), "GM's
    Cruise unit" (GM owns Cruise), "Y is a wholly owned Ford subsidiary", "Y, a Ford unit," (Ford
    owns Y)."""
    named = next((g for g in reversed(groups) if g.end <= t0), None)
    if named is None or len(named.names) != 1 or not re.fullmatch(r"\s+", text[named.end : t0]):
        return []
    # walk back over lower-case modifiers ("wholly owned", "electric-vehicle") to the determiner
    pos, word, word_start = named.start, "", named.start
    for _ in range(4):
        tok = re.search(r"(\S+)\s+$", text[:pos])
        if tok is None:
            return []
        word, word_start = tok.group(1), tok.start(1)
        if lex.possessive.fullmatch(word) or _ARTICLE_WORD.fullmatch(word) or not re.fullmatch(r"(?-i:[a-z][\w-]*)", word):
            break
        pos = word_start
    owner = next((g for g in reversed(groups) if g.end <= pos), None)
    if owner is not None and re.fullmatch(r"['’]s?\s+", text[owner.end : pos]):
        return [(owner.names, named.names, None, 0.0)]  # "GM's Cruise unit"
    if lex.possessive.fullmatch(word):
        parent = _coordinated_owner(lex, groups, word_start, text) or _subject(lex, groups, word_start, text)
        return [(parent.names, named.names, None, -0.05)] if parent is not None and parent is not named else []
    if not _ARTICLE_WORD.fullmatch(word):
        return []
    child = next((g for g in reversed(groups) if g.end <= word_start), None)
    if child is not None and not re.fullmatch(r"\s*,\s*", text[child.end : word_start]) and not (
            lex.copula is not None and lex.copula.search(text, 0, word_start) and (_unmarked(lex, child) or lex.rel_subject.match(text, child.end))):
        child = None  # only the name the copula or the apposition is said of, nothing past another name
    if child is None or child is named:
        return []
    return [(named.names, child.names, None, -0.05)]  # "Y is (now) a Ford subsidiary", "Y, a Ford unit,"


#: between the agent and a German attributive participle: a year or an adverb at most ("von Almara
#: 2019 übernommene", "von Almara mehrheitlich kontrollierte")
_AGENT_GAP = re.compile(r"\s+(?:(?:\d{4}|(?-i:[a-zäöü])[\wäöüß]*)\s+)?")
#: between the participle and the company it describes: a noun or two ("Zulieferer", "Start-up")
_NOUN_GAP = re.compile(r"\s+(?:(?-i:[A-ZÄÖÜ])[\wäöüß-]*\s+){0,2}")


def read_attributive(frame: str, trig: dict, m: re.Match, groups: list[Group], text: str, lex: Compiled):
    """A German participle before its noun, its agent before it: "die von Almara übernommene Brixo",
    "der von Almara kontrollierte Zulieferer Brixo", "das 2019 von Almara finanzierte Start-up Brixo":
    the agent acts on the company the noun phrase names."""
    t0, t1 = m.start(), m.end()
    agent = next((g for g in reversed(groups) if g.end <= t0), None)
    if agent is None or not has(lex, "agent", agent) or not _AGENT_GAP.fullmatch(text, agent.end, t0):
        return []
    target = next((g for g in groups if g.start >= t1), None)
    if target is None or not _unmarked(lex, target) or not _NOUN_GAP.fullmatch(text, t1, target.start):
        return []
    return [(agent.names, target.names, None, 0.0, "active")]


#: the verb of "Hinter Y steht X" and a short stretch after it before the backer's name
_BEHIND_VERB = re.compile(r"\s+(?:steht|stehen|stand|standen)\b(?:\s+(?:[\w.,%-]+\s+){0,8}?)?\s*")


def read_behind(frame: str, trig: dict, m: re.Match, groups: list[Group], text: str, lex: Compiled):
    """German: "Hinter Y steht (mit knapp 20 Prozent) X", "Hinter Y stehen X und Z": the names after the
    verb back the company named after "Hinter" - a stake, a majority with its word."""
    t1 = m.end()
    right = [g for g in groups if g.start >= t1]
    if len(right) < 2 or right[0].start - t1 > 60 or re.search(r"[,;:()]", text[t1 : right[0].start]):
        return []
    held, backer = right[0], right[1]
    if _BEHIND_VERB.fullmatch(text, held.end, backer.start) is None or re.search(r"[,;:()]", text[held.end : backer.start]):
        return []
    typ = "owns" if lex.majority.search(text, held.end, backer.start) else "invests_in"
    return [(backer.names, held.names, typ, 0.0)]
