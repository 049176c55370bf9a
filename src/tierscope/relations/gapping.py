"""Coordinated clauses that leave out a word the first clause gave (gapping).

News lists stakes, customers and ventures in one sentence and writes the shared word once. The
frames read the first clause; ``shared`` reads the second one with the word it leaves out:

* the verb left out: "Norvik holds 37% of Brixo, Kestrel 27%", "Norvik hält 37 Prozent an Brixo,
  Kestrel 27 Prozent", "Norvik detiene il 20% di Brixo e Kestrel il 10%", "Norvik détient 20 % de
  Brixo et Kestrel 10 %", "Norvik posee el 20% de Brixo y Kestrel el 10%"; with a second subject and
  object: "liefert Zellen an Kestrel, Corvalis an Brixo", "holds 37% of Brixo and 20% of Orvale";
* the object left out of a clause of contrast: "Brixo is controlled by Norvik, while Kestrel holds
  37%", "mientras que Kestrel posee el 37%", "mentre Kestrel detiene il 37%", "während Kestrel 37
  Prozent hält", "tandis que Kestrel détient 37 %";
* the verb and its subject shared by a second object ("acquired Corvalis in 2019 and Brixo in 2021",
  "supplies Kestrel and, since 2021, also Corvalis"), by a second venture and its partner ("a créé
  Brixo avec Kestrel, au Canada, et Almara avec Corvalis") or a second source after "partly" ("in
  parte da A e in parte da B").

``split_gapped`` keeps "Brixo and Kestrel 27%" from being read as one list of two objects and
``hidden_subjects`` keeps the second subject away from the first verb. A second clause with a figure
of its own object ("Kestrel 27% of Orvale") or a verb of its own ("Kestrel rose 2%") is left alone.
"""

from __future__ import annotations

import dataclasses
import re

from .compiled import Compiled
from .frames.common import _PERCENT, _unmarked
from .groups import Group, has

_I = re.IGNORECASE

#: approximations, articles and stake nouns that may stand before a bare figure ("about 27%", "il 10%",
#: "rund 27 Prozent", "une part de 10 %", "alrededor del 37%", "a further 5%")
_BEFORE_FIGURE = (
    r"(?:(?:about|around|roughly|nearly|almost|some|over|just|under|another|a|further|stake|share|of|the|remaining|"
    r"rund|etwa|knapp|gut|fast|über|weitere|weiteren|restlichen|übrigen|eine|einen|die|anteil|beteiligung|von|"
    r"circa|quasi|oltre|poco|più|meno|di|del|un|altro|una|quota|partecipazione|restante|rimanente|il|l['’]|"
    r"environ|près|plus|moins|quelque|autres?|une|part|participation|de|d['’]|du|des|les?|"
    r"alrededor|cerca|casi|más|menos|otro|el|la|participación|cuota)(?:\s+|(?<=['’])))*")
#: a verb of holding in the second clause ("while Kestrel holds 37%", "mientras que Kestrel posee el 37%")
_HOLDS = (r"(?:holds?|held|owns?|owned|has|had|controls?|controlled|"
          r"hält|hielt|besitzt|besaß|kontrolliert|"
          r"detiene|deteneva|possiede|possedeva|ha|aveva|controlla|controllava|"
          r"détient|détenait|possède|possédait|a|avait|contrôle|contrôlait|"
          r"posee|poseía|tiene|tenía|controla|controlaba)")
#: after the figure, what it is a share of ("of the capital", "der Anteile", "del capitale", "du capital",
#: "del capital"), a stake noun ("a 27% stake") and a German verb that closes the clause
_OF_CAPITAL = (
    r"(?:[\s-]+(?:stake|share|interest|holding|remaining|restante|rimanente|restant|restants))?"
    r"(?:\s+(?:of|in|der|des|am|di|del|della|nel|de|du|en)\s+(?:(?:the|il|la|le|l['’]|el|los|las|les)\s*)?"
    r"(?:capital|share capital|shares|stock|equity|Kapitals?|Anteile|Aktien|Stimmrechte|capitale|azioni|quote|actions|parts|acciones|participaciones)\b)?")
_AFTER_FIGURE = re.compile(
    _OF_CAPITAL +
    r"(?:\s+(?P<verb>hält|hielt|besitzt|besaß|kontrolliert)\b)?"
    r"\s*(?:[,.;:)]|$|\s(?:and|e|ed|und|et|y)\b)", _I)
#: from the end of a name to its figure: an apposition (no figure in it), a verb of holding, the figure
_TO_FIGURE = re.compile(
    r"(?:\s*,[^,;:()\d]{1,90},)?\s*(?:(?P<verb>" + _HOLDS + r")\s+)?(?:(?:with|mit|con|avec)\s+)?" + _BEFORE_FIGURE + r"(?=\d)", _I)

#: a figure, then the preposition that governs a name (and words describing it): "20% of the
#: German supplier", "al 37% dal fondo", "à 37 % par", "en un 37% por la aseguradora"
_FIGURE_THEN_NAME = re.compile(
    r"(?:(?:al|à|a|en|zu|con|with)\s+)?" + _BEFORE_FIGURE + _PERCENT.pattern + r"(?:[\s-]+(?:stake|share|interest))?\s+(?:[^\W\d][\w'’-]*\s+){1,4}", _I)

_STAKE_NOUN = re.compile(r"(?:[\s-]+(?:stake|share|interest))?\s+", _I)

#: what joins the second clause to the first: a comma or a conjunction (a bare figure follows), or a
#: contrast ("while", "mentre", "während", "wohingegen", "tandis que", "alors que", "mientras que")
_JOIN = re.compile(r"\s*(?:,\s*(?:and|e|ed|und|et|y)\s+|,\s*|\s+(?:and|e|ed|und|et|y)\s+)", _I)
_CONTRAST = re.compile(
    # between the first clause and the contrast, the first holder's figure only ("controlled by X, with 61%
    # of the capital, while"): a clause of its own there ("X, which holds 20% of Y, has a 15% share,
    # while Z 12%") is no clause the contrast shares a word with
    r"(?:\s*,?\s*(?:with|con|mit|avec|à|al|a|zu)\s+" + _BEFORE_FIGURE + _PERCENT.pattern + _OF_CAPITAL + r"\s*,?)?"
    r"(?:\s+(?:in|since|nel|dal|im|seit|en|depuis|desde)\s+(?:19|20)\d\d)?"
    r"(?:,\s*|\s)(?:while|whilst|whereas|mentre|während|wohingegen|tandis\s+qu(?:e\s+|['’])|"
    r"alors\s+qu(?:e\s+|['’])|mientras(?:\s+que)?)\s*", _I)
#: a year that dates the first clause before the join ("took 37% of Brixo in 2021, Kestrel 27%")
_DATE = re.compile(r"\s+(?:in|since|nel|dal|im|seit|en|depuis|desde)\s+(?:19|20)\d\d", _I)
#: at most four words describing the second subject ("the US fund", "la gestora estadounidense")
_DESCRIBED = re.compile(r"(?:[^\W\d][\w'’.-]*\s+){0,4}")


class Gapped(tuple):
    """A reading of the frame's tuple form that a second clause gave: its pair may span a contrast."""


_STAKE_TYPES = frozenset(("invests_in", "owns", "acquires"))


def _figure(text: str, g: Group) -> tuple[float, bool] | None:
    """The figure that closes the clause after name ``g`` ("Kestrel, its holding, about 27%", "Kestrel
    posee el 37%") and whether a verb of holding of its own states it; None where there is no figure
    or where more follows it ("Kestrel 27% of Orvale", "Kestrel rose 2%")."""
    m = _TO_FIGURE.match(text, g.end)
    if m is None:
        return None
    p = _PERCENT.match(text, m.end())
    after = _AFTER_FIGURE.match(text, p.end()) if p is not None else None
    if after is None:
        return None
    return float(p.group(1).replace(",", ".")), m.group("verb") is not None or after.group("verb") is not None


def split_gapped(text: str, groups: list[Group]) -> list[Group]:
    """The last name of a list that opens a second clause is no member of the list; it becomes a group
    of its own: followed by a bare figure after a figure earlier in the sentence ("Norvik holds 37% of
    Brixo and Kestrel 27%": the verb is left out), or by "with" and a name after a list that follows
    "with" ("a créé Brixo avec Kestrel, au Canada, et Almara avec Corvalis": a second venture)."""
    if not any(len(g.names) > 1 for g in groups):
        return groups
    out = []
    for i, g in enumerate(groups):
        nxt = groups[i + 1] if i + 1 < len(groups) else None
        if len(g.names) > 1 and (_figure_after_last(text, g) or _pair_after_last(text, g, nxt) or _marked_after_last(text, g, nxt)):
            k = len(g.names) - 1
            head = dataclasses.replace(g, end=g.ends[k - 1], names=g.names[:k], firsts=g.firsts[:k], ends=g.ends[:k],
                                       member_sectors=g.member_sectors[:k], described=-1 if g.described >= k else g.described)
            sectors = list(g.member_sectors[k]) if k < len(g.member_sectors) else []
            out.extend((head, Group(g.firsts[k], g.ends[k], [g.names[k]], [g.firsts[k]], [g.ends[k]], sectors=sectors,
                                    member_sectors=[list(sectors)])))
        else:
            out.append(g)
    return out


def _figure_after_last(text: str, g: Group) -> bool:
    end = g.ends[-1]
    m = _TO_FIGURE.match(text, end)
    return (m is not None and "," not in text[end : m.end()] and _PERCENT.match(text, m.end()) is not None
            and _PERCENT.search(text, 0, g.start) is not None)


def _pair_after_last(text: str, g: Group, nxt: Group | None) -> bool:
    return (nxt is not None and "," in text[g.ends[-2] : g.firsts[-1]] and _WITH_ONLY.fullmatch(text, g.ends[-1], nxt.start) is not None
            and _WITH_BEFORE.search(text, max(0, g.start - 60), g.start) is not None)


_WORD_BEFORE = re.compile(r"([^\W\d]+['’]?)\s*$")
_WORD_BETWEEN = re.compile(r"\s+([^\W\d]+['’]?)\s*(?:(?:the|il|lo|la|l['’]|le|les|el|los|las|der|die|das|den|dem)\s*)?")


def _marked_after_last(text: str, g: Group, nxt: Group | None) -> bool:
    """"supplies cells to Kestrel, and Corvalis to Brixo", "a Kestrel y Corvalis a Brixo": the last name
    is followed by the preposition the list opened with and another name, a second subject and object."""
    if nxt is None:
        return False
    before = _WORD_BEFORE.search(text, max(0, g.start - 20), g.start)
    between = _WORD_BETWEEN.fullmatch(text, g.ends[-1], nxt.start)
    return (before is not None and between is not None and before.group(1).lower() == between.group(1).lower()
            and _PAIR_END.match(text, nxt.end) is not None)


def hidden_subjects(text: str, groups: list[Group]) -> list[Group]:
    """Groups that open a second clause whose verb or object is left out ("..., Kestrel 27%", "...,
    während Kestrel 37 Prozent hält"): the subject of that clause is no party of the first one's verb
    ("ist mit 37 Prozent an Corvalis beteiligt, Kestrel mit 20 Prozent" gives no Norvik-Kestrel)."""
    out = []
    for k, g in enumerate(groups):
        if k == 0 or len(g.names) != 1 or not _OPENS.search(text, max(0, g.start - 30), g.start):
            continue
        if (g.marker or "").lower().replace("’", "'") in _OF_MARKERS:
            continue  # "..., prima azionista di Y con il 24%": a name governed by "of" opens no clause
        if _PERCENT.search(text, 0, g.start) and _figure(text, g) is not None:
            out.append(g)
    return out


_OF_MARKERS = frozenset("of di del della dello dell' dei degli delle de du des d' von vom".split())


#: a comma, a conjunction or a contrast, and at most four words describing the name, before it
_OPENS = re.compile(r"(?:,|\b(?:and|e|ed|und|et|y|while|whereas|mentre|während|wohingegen|tandis\s+que|alors\s+que|mientras(?:\s+que)?))\s+(?:[^\W\d][\w'’.-]*\s+){0,4}$", _I)


def shared(frame: str, trig: dict, m: re.Match, groups: list[Group], text: str, lex: Compiled, out: list) -> list:
    """Relations of a second clause that takes the verb or the object of the first one (the frame's
    reading ``out``), in the frame's tuple form."""
    more = []
    for src_names, tgt_names, typ, _dconf, *_rest in out:
        typ = typ or trig["type"]
        src = next((g for g in groups if g.names == src_names), None)
        tgt = next((g for g in groups if g.names == tgt_names), None)
        if src is None or tgt is None:
            continue
        if src is tgt:  # the parents of one venture, pairwise ("the joint venture of A and B")
            if typ == "joint_venture":
                more.extend(_third_partner(text, groups, src))
            continue
        sibling = _partly_sibling(text, groups, src, tgt)
        if sibling is not None:
            more.append(sibling)
        more.extend(_second_object(text, groups, m, src, tgt))
        if typ == "supplies" and lex.lang == "it":
            more.extend(_it_goods_of_second_customer(text, groups, m, src, tgt))
        more.extend(_second_pair(lex, text, groups, m, src, tgt))
        if typ in _STAKE_TYPES:
            more.extend(_stake_clause(lex, text, groups, m, src, tgt, typ))
        elif typ in ("joint_venture", "partners_with"):
            # the partner after "with" (its marker, or the trigger's last word: "partners with")
            partner = tgt if tgt.start > src.start else src
            if has(lex, "with", partner) or _WITH_BEFORE.search(text, max(0, partner.start - 60), partner.start):
                more.extend(_partner_pair(lex, text, groups, src if partner is tgt else tgt, partner, typ))
    return more


def _stake_clause(lex: Compiled, text: str, groups: list[Group], m: re.Match, src: Group, tgt: Group, typ: str) -> list:
    """A second holder of the company held: its figure bare ("..., Kestrel 27%") or with a verb of holding
    after a contrast ("..., while Kestrel holds 37%"); or a second figure with a name ("and 20% of Z")."""
    anchor = max(src.end, tgt.end, m.end())
    nxt = next((g for g in groups if g.start >= anchor), None)
    if nxt is None:
        return []
    contrast = _CONTRAST.match(text, anchor, nxt.start)
    if contrast is None:
        date = _DATE.match(text, anchor)
        join = _JOIN.match(text, date.end() if date else anchor, nxt.start)
        if join is None or not _PERCENT.search(text, min(m.start(), src.start, tgt.start), anchor):
            return []  # a bare figure after a comma follows a first clause with a figure
        if _FIGURE_THEN_NAME.fullmatch(text, join.end(), nxt.start):
            return _figure_and_name(lex, text, m, src, tgt, typ, nxt, join.end())
        lead = join.end()
    else:
        lead = contrast.end()
    if len(nxt.names) != 1 or not _unmarked(lex, nxt):
        return []  # the second clause's subject: one name, no preposition
    if not _DESCRIBED.fullmatch(text, lead, nxt.start) or any(ch.isdigit() for ch in text[lead : nxt.start]):
        return []
    fig = _figure(text, nxt)
    if fig is None or nxt.names == src.names or nxt.names == tgt.names:
        return []
    pct, held = fig
    new = "invests_in" if pct <= 50 else ("acquires" if typ == "acquires" else "owns")
    # a verb of holding of its own states a standing stake ("while Kestrel holds 37%"); a verb left out
    # is the first clause's, with its status
    return [Gapped((nxt.names, tgt.names, new, -0.05) + (("active",) if held else ()))]


def _second_object(text: str, groups: list[Group], m: re.Match, src: Group, tgt: Group) -> list:
    """The verb and its subject serve a second object, a date or "also" between: "acquired Corvalis in
    2019 and Brixo in 2021", "supplies Kestrel and, since 2021, also Corvalis", "liefert Zellen an
    Kestrel und Module an Corvalis", "ha rilevato Corvalis nel 2019 e Brixo nel 2021", "übernahm 2019
    Corvalis und 2021 Brixo". The second object takes the preposition of the first (or none, as it
    does) and closes its clause ("and Corvalis buys ..." has a verb of its own)."""
    obj, other = (tgt, src) if tgt.start >= m.end() and src.end <= m.start() else (src, tgt) if src.start >= m.end() and tgt.end <= m.start() else (None, None)
    if obj is None:
        return []
    i = groups.index(obj)
    if i + 1 >= len(groups):
        return []
    nxt = groups[i + 1]
    if not _same_marker(obj.marker, nxt.marker) or nxt.names == other.names:
        return []
    # goods before the second object's preposition only where the first has some ("cells to Kestrel
    # and modules to Corvalis"; not "a partnership with Kestrel and competes with Corvalis")
    goods = obj.marker is not None and obj.marker_start > m.end() and text[m.end() : obj.marker_start].strip() != ""
    between = _SECOND_OBJECT_MARKED if goods else _SECOND_OBJECT
    if not between.fullmatch(text, obj.end, nxt.marker_start if nxt.marker else nxt.start) or not _PAIR_END.match(text, nxt.end):
        return []
    if (other.end <= m.start() and _SUBJECT_RELATIVE.match(text, other.end) and text[obj.end : nxt.start].lstrip().startswith(",")
            and _SUBJECT_RELATIVE.match(text, nxt.end)):
        # "X, which supplies Y, and Z, which supplies W": the comma closes X's relative, and Z with a
        # relative of its own is a second antecedent, not a second object ("supplies Y and Z, which ..." is)
        return []
    pair = (other.names, nxt.names) if other is src else (nxt.names, other.names)
    return [Gapped(pair + (None, -0.05))]


#: Italian: the first customer after "a", then "e" and the second one's goods "of" it: "sensori a Kestrel
#: e dei sistemi di illuminazione della Corvalis", "e i fari della Corvalis" (goods of a few words, no
#: clause of their own, no stake)
_IT_FIRST_CUSTOMER = re.compile(r"a|al|alla|allo|ai|agli|alle|all['’]", _I)
_IT_SECOND_GOODS = re.compile(
    r"\s+e\s+(?:di|dei|degli|delle|del|della|dello|dell['’]|i|il|gli|le|la|lo|l['’])\s*(?:(?!(?:ha|hanno|è|sono|era|aveva|controllo|capitale"
    r"|maggioranza|quot[ae]|azion[ei]|partecipazion[ei]|vendite|ricavi|clienti|attività)\b)[^\W\d][\w'’-]*\s+){1,7}?", _I)
_IT_OF = re.compile(r"di|del|della|dello|dei|degli|delle|dell['’]", _I)


def _it_goods_of_second_customer(text: str, groups: list[Group], m: re.Match, src: Group, tgt: Group) -> list:
    """"Kestrel, fornitrice di sensori a Brixo e dei sistemi di illuminazione della Corvalis": a second
    customer named after its own goods with "di" ("the lighting systems of Corvalis"), the supplier
    and the verb or noun left out. Only after a first customer with "a" and goods of its own."""
    if not (tgt.start >= m.end() and src.end <= m.start()) or tgt.marker is None:
        return []
    if not _IT_FIRST_CUSTOMER.fullmatch(tgt.marker.strip()) or text[m.end() : tgt.marker_start].strip() == "":
        return []
    i = groups.index(tgt)
    if i + 1 >= len(groups):
        return []
    nxt = groups[i + 1]
    if nxt.marker is None or not _IT_OF.fullmatch(nxt.marker.strip()) or nxt.names in (src.names, tgt.names):
        return []
    if not _IT_SECOND_GOODS.fullmatch(text, tgt.end, nxt.marker_start) or not _PAIR_END.match(text, nxt.end):
        return []
    return [Gapped((src.names, nxt.names, None, -0.05))]


def _second_pair(lex: Compiled, text: str, groups: list[Group], m: re.Match, src: Group, tgt: Group) -> list:
    """A second subject and a second object with the first object's preposition, the verb left out:
    "Norvik liefert Zellen an Kestrel, Corvalis an Brixo", "fornisce celle a Kestrel, Corvalis a Brixo",
    "supplies cells to Kestrel, and Corvalis to Brixo", "livre des cellules à Kestrel, Corvalis à Brixo",
    "suministra celdas a Kestrel y Corvalis a Brixo"."""
    if tgt.start >= m.end() and src.end <= m.start():
        subj, obj = src, tgt
    elif src.start >= m.end() and tgt.end <= m.start():
        subj, obj = tgt, src
    else:
        return []
    if obj.marker is None or not _unmarked(lex, subj):
        return []
    i = groups.index(obj)
    if i + 2 >= len(groups):
        return []
    subj2, obj2 = groups[i + 1], groups[i + 2]
    if len(subj2.names) != 1 or subj2.names in (subj.names, obj.names) or not _SUBJECT_JOIN.fullmatch(text, obj.end, subj2.start):
        return []
    if not _same_marker(obj.marker, obj2.marker) or not _MARKER_ONLY.fullmatch(text, subj2.end, obj2.marker_start) \
            or not _OBJECT_ONLY.fullmatch(text, obj2.marker_start + len(obj2.marker), obj2.start) or not _PAIR_END.match(text, obj2.end):
        return []
    pair = (subj2.names, obj2.names) if subj is src else (obj2.names, subj2.names)
    return [Gapped(pair + (None, -0.05))]


#: between the first object and the second subject: a comma, a conjunction
_SUBJECT_JOIN = re.compile(r"\s*,\s*(?:(?:and|e|ed|und|et|y)\s+)?|\s+(?:and|e|ed|und|et|y)\s+", _I)
_MARKER_ONLY = re.compile(r"\s+")
#: between the second object's preposition and its name: an article at most
_OBJECT_ONLY = re.compile(r"\s*(?:(?:the|il|lo|la|l['’]|le|les|el|los|las|der|die|das|den|dem)\s*)?")


def _same_marker(a: str | None, b: str | None) -> bool:
    """The same preposition, whatever article it fuses with ("a" / "al", "da" / "dal", "von" / "vom")."""
    if a is None or b is None:
        return a is b
    return a.startswith(b) or b.startswith(a) or a[:2] == b[:2]


#: after the first object, before the second: a date or a place, "and", an aside ("since March", "it
#: said"), "also"
_TIME = r"(?:(?:in|since|from|nel|dal|dall['’]|im|seit|ab|en|depuis|dès|desde)\s+)?(?:19|20)\d\d"
_PLACE = r"(?:in|nel|negli|nella|im|in den|en|au|aux|dans)\s+(?-i:[A-ZÄÖÜÉ])[\w-]+(?:\s+(?-i:[A-ZÄÖÜÉ])[\w-]+)?"
_ALSO = r"(?:also|too|auch|ebenfalls|anche|pure|aussi|également|también|además)"
_JOIN_SECOND = (r"(?:\s+(?:" + _TIME + "|" + _PLACE + r"))?\s*,?\s+(?:and|und|e|ed|et|y)(?:\s*,\s*" + _TIME + r"\s*,|\s*,[^,;:()\d]{1,40},|\s+" + _TIME + r")?"
                r"(?:\s+" + _ALSO + r")?\s+")
_SECOND_OBJECT = re.compile(_JOIN_SECOND, re.I)
#: ... with a marker: the goods of the second object may come before it ("and modules to Corvalis")
_SECOND_OBJECT_MARKED = re.compile(_JOIN_SECOND + r"(?:(?:des|de|del|dei|degli|delle|die|der|the|los|las|les)\s+)?(?:[^\W\d][\w-]*\s+){0,2}?", re.I)


def _partly_sibling(text: str, groups: list[Group], src: Group, tgt: Group):
    """"buys its wafers partly from Kestrel, with which ..., and partly from Corvalis", "in parte da A e
    in parte da B", "teils von A, teils von B", "en partie auprès de A et en partie auprès de B", "en parte
    de A y en parte de B": the second name after "partly" takes the place of the first in the relation."""
    for party, other in ((src, tgt), (tgt, src)):
        lead = _PARTLY.search(text, max(0, party.start - 40), party.start)
        if lead is None:
            continue
        # the same preposition, whatever article it fuses with ("dall'americana A e da B", "von A, vom B")
        words = lead.group("prep").lower()[:2]
        for g in groups:
            if g.start <= party.end or g is other:
                continue
            again = _PARTLY.search(text, max(party.end, g.start - 40), g.start)
            if again is not None and again.group("prep").lower()[:2] == words and not _OTHER_PARTY.search(text, party.end, again.start()):
                pair = (g.names, other.names) if party is src else (other.names, g.names)
                return Gapped(pair + (None, -0.05))
        return None
    return None


#: "partly", then the preposition the names take ("partly from", "in parte dall'", "teils von", "en
#: partie auprès de", "en parte de"), and at most three words describing the name
_PARTLY = re.compile(
    r"\b(?:partly|in part|in parte|per metà|teils|zum teil|en partie|pour partie|en parte)\s+(?P<prep>\w+['’]?)\s*(?:(?:de|d['’]|du|des)\s*)?"
    r"(?:(?:the|il|la|lo|l['’]|gli|le|les|el|los|las|der|die|dem|den)\s*)?(?:[^\W\d][\w'’-]*\s+){0,3}$", _I)
#: a clause break that ends the first clause for good: another subject's sentence
_OTHER_PARTY = re.compile(r"[;:]|\.\s")


def _figure_and_name(lex: Compiled, text: str, m: re.Match, src: Group, tgt: Group, typ: str, nxt: Group, lo: int) -> list:
    """A second figure with a name of its own and the subject or the verb left out: "Norvik holds 37%
    of Corvalis and 20% of Brixo" (another company held), "Corvalis is 61% owned by Norvik and 37% by
    Kestrel" (another holder: "al 37% da", "à 37 % par", "en un 37% por")."""
    fig = _PERCENT.search(text, lo, nxt.start)
    if not _PAIR_END.match(text, nxt.end) or nxt.marker_start < 0 or not _STAKE_NOUN.fullmatch(text, fig.end(), nxt.marker_start):
        return []  # the name's preposition right after the figure ("20% of the supplier Z", not "20% of the sales of Z")
    pct = float(fig.group(1).replace(",", "."))
    new = "invests_in" if pct <= 50 else ("acquires" if typ == "acquires" else "owns")
    if has(lex, "agent", nxt) and tgt.end <= m.start() < src.start:
        return [Gapped((nxt.names, tgt.names, new, -0.05))]
    if (has(lex, "of", nxt) or has(lex, "in", nxt)) and src.end <= m.start() < tgt.start and src.names != nxt.names:
        return [Gapped((src.names, nxt.names, new, -0.05))]
    return []


def _third_partner(text: str, groups: list[Group], parents: Group) -> list:
    """"the joint venture of A and B ..., C joined a year later as a third partner", "C stieg ein Jahr
    später als dritter Gesellschafter ein", "C è entrata come terzo socio", "C l'a rejointe comme troisième
    actionnaire", "C entró como tercer socio": the venture shared, C is a parent beside A and B."""
    i = groups.index(parents)
    if i + 1 >= len(groups):
        return []
    nxt = groups[i + 1]
    if len(nxt.names) != 1 or nxt.names[0] in parents.names or not _THIRD_JOIN.fullmatch(text, parents.end, nxt.start):
        return []
    if not _THIRD_PARTNER.match(text, nxt.end):
        return []
    return [Gapped((nxt.names, parents.names, None, -0.05))]


#: the end of the venture's clause ("gegründet worden", "in 2020"), then a comma or a conjunction
_THIRD_JOIN = re.compile(r"[^,;:()]{0,40}?(?:\s*,\s*(?:(?:and|e|ed|und|et|y)\s+)?|\s+(?:and|e|ed|und|et|y)\s+)", _I)
#: the verb of joining and "as a third (fourth) partner", in the clause after the name
_THIRD_PARTNER = re.compile(
    r"[^,;:()]{0,60}?\b(?:as\s+(?:a|the)|als|come|comme|como)\s+(?:third|fourth|dritter|vierter|terzo|quarto|troisième|quatrième|tercer|cuarto)\s+"
    r"(?:partner|shareholder|member|owner|investor|Gesellschafter|Partner|Anteilseigner|Eigentümer|socio|azionista|"
    r"partenaire|actionnaire|associé|accionista)\b", _I)


def _partner_pair(lex: Compiled, text: str, groups: list[Group], src: Group, partner: Group, typ: str) -> list:
    """"Norvik a créé Brixo avec Kestrel, au Canada, et Almara avec Corvalis", "formed ventures with
    Kestrel in Canada and with Corvalis in the US": the verb and its subject serve a second partner
    (with the venture it names, or with the preposition repeated)."""
    i = groups.index(partner)
    join = _PAIR_JOIN.match(text, partner.end)
    if join is None or i + 1 >= len(groups):
        return []
    nxt = groups[i + 1]
    if _WITH_ONLY.fullmatch(text, join.end(), nxt.start):
        other = nxt  # "and with Corvalis"
    elif join.end() == nxt.start and i + 2 < len(groups) and _WITH_ONLY.fullmatch(text, nxt.end, groups[i + 2].start):
        other = groups[i + 2]  # "and Almara with Corvalis" (the venture's own marker is not read: "au Canada et" lends it one)
    else:
        return []
    if not has(lex, "with", other) or src.names == other.names or not _PAIR_END.match(text, other.end):
        return []
    return [Gapped((src.names, other.names, typ, -0.05))]


#: between the first partner and the second venture: a place or a date, then "and" ("au Canada, et")
_PAIR_JOIN = re.compile(r"(?:\s*,?\s*(?:in|en|au|aux|à|a|nel|negli|nella|im|in den|dans|desde|since|depuis|dal|seit)\s+[^,;:()\d]{1,30}?|\s*,?\s*(?:in|en|nel|im|dès|depuis|dal|seit)\s+(?:19|20)\d\d)?(?:\s*,\s*|\s+)(?:and|et|e|ed|y|und)\s+", _I)
#: "with" before a partner, an article or a description between
_WITH_BEFORE = re.compile(r"\b(?:with|avec|con|mit|insieme a|junto a|junto con|zusammen mit|gemeinsam mit)\s+(?:[^\W\d][\w'’-]*\s+){0,3}$", _I)
#: between the second venture and its partner: the marker only (an article, a word of nationality)
_WITH_ONLY = re.compile(r"\s*(?:with|avec|con|mit|insieme a|junto a|junto con|zusammen mit|gemeinsam mit)\s+(?:[^\W\d][\w'’-]*\s+){0,3}", _I)
#: what may follow the second partner: the clause's end, a place or a date
#: a subject relative opened right after a name ("X, which", "X, che", "X, qui", "X, que", "X, der")
_SUBJECT_RELATIVE = re.compile(
    r"\s*,\s*(?:which|who|that|che|il\s+quale|la\s+quale|qui|lequel|laquelle|que|quien|el\s+cual|la\s+cual|der|die|das|welche[rs]?)\s", _I)
_PAIR_END = re.compile(
    r"\s*(?:[,.;:)]|$)|\s+(?:in|en|au|aux|à|a|nel|negli|nella|im|in den|dans|since|seit|dal|depuis|desde)\s+"
    r"(?:(?:the|le|la|les|l['’]|den|der|dem|el|los|las|gli)\s*)?(?:(?-i:[A-ZÄÖÜÉ])|(?:19|20)\d\d)", _I)
