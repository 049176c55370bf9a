"""A joint company of the industry named beside its parents: the parents' joint venture.

    "General Motors and LG Energy Solution were already building Ultium Cells in Ohio", "Il gruppo è
    socio di ACC insieme a Mercedes-Benz e TotalEnergies", "Mit ACC, an dem Mercedes neben Stellantis
    und Saft beteiligt ist", "Volvo Cars, che con Northvolt aveva fondato Novo Energy"

News names the big ventures of the battery chain (Ultium Cells, BlueOval SK, ACC, StarPlus Energy,
NextStar Energy, Leapmotor International, ...) in passing, with their parents in any of many shapes:
pooling money in it, being its shareholders, having set it up, running it together. The frames read
a few of those shapes; a reader who knows the venture reads them all. ``data/ventures.tsv`` holds who
founded each venture, and a sentence that names the venture and two of its parents says they are its
parents. Nothing is told for a parent the sentence does not name, nor for a venture the list does not
hold.

The status is the sentence's: ended when the venture was broken up or one parent bought the other out
("completed the breakup of BlueOval SK", "a racheté la moitié du capital ... de Novo Energy"),
otherwise active: the list holds ventures that were formed, and a rumour, talks, a plan, a denial or an
end in the sentence are its other news (the venture exists: "tuvo un contrato con ACC, la empresa de Stellantis, Mercedes-Benz y
TotalEnergies, pero el acuerdo expiró").
"""

from __future__ import annotations

import re
from itertools import combinations

from ..doc import Document, Mention
from ..entities.gazetteer import known_ventures
from . import engine
from .engine import company_name
from .former_ties import former_named
from .named_ventures import BOUGHT_OUT
from .known_roles import page_ventures
from .owner_named_units import names_a_unit

__all__ = ["known_venture_parents"]

#: the parents parted: "breakup", "divorce", "Trennung", "scission", "divorzio", "separación"
_PARTED = re.compile(
    r"\b(?:break-?up|broke\s+up|split\s+up|divorc\w*|dissolv\w*|unwind\w*|mettent\s+fin|mis\s+fin|soldent|scission|"
    r"Trennung|getrennt|aufgelöst|aufzulösen|divorzi\w*|separazione|separad\w+|separación|disoluci[oó]n)\b",
    re.IGNORECASE)
#: "TotalEnergies' battery unit Saft": the possessor names whose unit takes part, not the party
_POSSESSIVE = re.compile(r"['’]s?\s")
#: one parent took the other's half: "bought out Northvolt's half", "übernahm ... die Hälfte", "a racheté la
#: moitié", "ha traspasado ... el 50 %"; or holds it alone now ("unique propriétaire", "owns it outright")
_TOOK_HALF = re.compile(
    r"\b(?:bought|took\s+over|acquired|sold|übernahm\w*|übernommen|kaufte|verkaufte|racheté|rachète|cédé|rilevat\w*|"
    r"acquisit\w*|ceduto|traspas\w+|compr[óa]\w*|vendi[óo])\b[^.;]{0,60}?\b(?:half|moitié|Hälfte|metà|mitad|50\s*(?:%|per\s*cent|Prozent))|"
    r"\b(?:b(?:ought|uy)|took|take|rilevar\w*|rilevat\w*|racheter|racheté|übernahm\w*|übernehmen|übernommen|compr[aó]\w*|adquiri\w+|"
    r"hacerse\s+con)\b[^.;]{0,30}?\b(?:the\s+whole|the\s+entire|full\s+control|l['’]intera|la\s+totalité|die\s+gesamte|"
    r"das\s+gesamte|toda\s+la|la\s+totalidad)|"
    r"\b(?:owns\s+it\s+outright|sole\s+owner|(?:seul|unique)\s+propriétaire|unico\s+proprietario|alleinige[rn]?\s+Eigentümer|"
    r"vollständig\s+(?:dem|der|gehört)|únic[oa]\s+propietari[oa]|(?:filial|filiale)\s+al\s+(?:cien|100)\s*(?:por\s+cien|%)?)",
    re.IGNORECASE)
_CONFIDENCE = 0.5


def known_venture_parents(doc: Document, per_sentence: list[list[Mention]], lex,
                          told: set[frozenset[str]]) -> list[tuple[int, engine.Found]]:
    """(sentence index, joint_venture Found) for each pair of a known venture's parents named in a
    sentence with it; ``told`` holds the pairs a partnership or joint venture was already read for
    (left alone)."""
    ventures = page_ventures(known_ventures())  # (as the page names the companies)
    if not any(m.label == "COMPANY" and company_name(m) in ventures for ms in per_sentence for m in ms):
        return []  # (speed) the page names no venture of the list: no sentence below would read one
    found: dict[frozenset[str], tuple[int, engine.Found]] = {}
    for i, mentions in enumerate(per_sentence):
        comps = [m for m in mentions if m.label == "COMPANY" and company_name(m) and not m.attrs.get("implied")]
        names = {company_name(m) for m in comps}
        for venture in dict.fromkeys(n for n in map(company_name, comps) if n in ventures):  # (in text order, not a set's)
            sent = doc.sentences[i]
            text = doc.text[sent.start : sent.end]
            sides = [_side_named(side, names - {venture}, comps, text, sent.start, lex.lang) for side in ventures[venture]]
            parents = [_nearest(side, sides, comps, text, sent.start, lex.lang) for side in sides if side]
            if len(parents) < 2:
                continue
            v = next(m for m in comps if company_name(m) == venture)
            v0, v1 = v.start - sent.start, v.end - sent.start
            spans = [(m.start - sent.start, m.end - sent.start) for m in comps if company_name(m) in parents]
            if engine.status_for(lex, text, v0, v1, "active", spans, refusable=True)[0] is None:
                continue  # a question, a condition, a venture called unlikely: the sentence asserts no tie
            # The list holds ventures that were formed: a rumour, talks, a denial, an end or a plan in the
            # sentence are its other news ("setting up Leapmotor International, a joint venture in which
            # ...", "Stellantis fabricará por encargo los vehículos de Leapmotor International"); every
            # known venture read as announced on the dev and held-out pages was labelled active or not at all.
            parted = _PARTED.search(text) or BOUGHT_OUT.search(text) or _TOOK_HALF.search(text) \
                or former_named(lex.lang, text, v0, v1)  # "dem früheren Gemeinschaftsunternehmen Y"
            status = "ended" if parted else "active"
            for a, b in combinations(sorted(parents), 2):
                key = frozenset((a, b))
                if key in told or (key in found and (status != "ended" or found[key][1].status == "ended")):
                    continue  # (a later sentence that tells the parents parted has the last word)
                found[key] = (i, engine.Found("joint_venture", a, b, status, _CONFIDENCE, None, (v0, v1)))
    return list(found.values())


def _side_named(side: tuple[str, ...], names: set[str], comps: list[Mention], text: str, base: int,
                lang: str) -> list[str]:
    """The names of one parent's side the sentence names; a group named only as the owner of a unit it does
    not name ("its joint venture with the Volkswagen unit", "mit der Volkswagen-Tochter", "avec la filiale
    de Volkswagen") stands for the side's unit, where the side lists one (the unit holds the stake)."""
    named = [n for n in side if n in names]
    if len(named) == 1 and len(side) == 2 and all(
            names_a_unit(text, m.start - base, m.end - base, lang) for m in comps if company_name(m) == named[0]):
        return [n for n in side if n != named[0]]
    return named


def _nearest(side: list[str], sides: list[list[str]], comps: list[Mention], text: str, base: int, lang: str) -> str:
    """The name that stands for one parent's side where the sentence names two ("Stellantis, Mercedes-Benz
    et Saft, la filiale de TotalEnergies", "avec TotalEnergies et Mercedes-Benz, TotalEnergies y étant
    représenté par sa filiale Saft"): the one named nearest another parent, not a possessor nor the owner
    a unit noun names ("der TotalEnergies-Tochter Saft", "PowerCo, la filial del grupo Volkswagen")."""
    if len(side) == 1:
        return side[0]
    others = [m for m in comps if any(company_name(m) in s for s in sides if s is not side)]

    def distance(name: str) -> float:
        spans = [m for m in comps if company_name(m) == name]
        if all(_POSSESSIVE.match(text, m.end - base) or names_a_unit(text, m.start - base, m.end - base, lang)
               for m in spans):
            return float("inf")
        return min((max(o.start - m.end, m.start - o.end) for m in spans for o in others), default=float("inf"))

    return min(side, key=lambda n: (distance(n), side.index(n)))
