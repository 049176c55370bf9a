"""``FacilityExtractor``: plants and gigafactories with owner, place, product, capacity, money, status.

One candidate per sentence that names a plant ("gigafactory", "stabilimento", "Werk", "usine",
"planta"...). Facts about the same plant in the next sentences of the same story ("The plant will
have a capacity of 40 GWh") are merged into it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..doc import Document, Evidence, Facility
from ..errors import ContractError
from . import engine
from .extractor import company_name, sentence_index

__all__ = ["FacilityExtractor"]

_STATUS_ORDER = ("denied", "rumoured", "ended", "under_construction", "active", "announced", "planned")
_JV = re.compile(r"\bjoint[- ]?venture\b|\bJV\b|\bGemeinschaftsunternehmen\b|\bcoentreprise\b|\bempresa conjunta\b|\bsociet[àa] (?:mista|comune)\b", re.I)


@dataclass
class _Cand:
    story: int
    first: int  # first sentence index
    last: int
    start: int
    end: int
    owner: str | None
    location: str | None
    product: str | None
    status: str
    explicit: bool
    capacity: dict | None
    investment: dict | None
    confidence: float


class FacilityExtractor:
    name = "tierscope.facilities.v1"
    requires = ("sentences", "mentions", "language")
    produces = ("facilities",)

    def warm_up(self) -> None:
        for lang in engine.languages_for(None):
            engine.compiled(lang)

    def __call__(self, doc: Document) -> Document:
        if doc.sentences is None or doc.mentions is None:
            raise ContractError(f"{self.name} needs sentences and mentions")
        doc.facilities = self.extract(doc)
        return doc

    def extract(self, doc: Document) -> list[Facility]:
        langs = [engine.compiled(lang) for lang in engine.languages_for(doc.language)]
        per = sentence_index(doc)
        cands: list[_Cand] = []
        for i, sent in enumerate(doc.sentences):
            text = doc.text[sent.start : sent.end]
            ms = per[i]
            noun = None
            lex_used = None
            for lex in langs:
                noun = _facility_noun(text, lex, ms, sent.start)
                if noun:
                    lex_used = lex
                    break
            prev = cands[-1] if cands and cands[-1].story == sent.story and i - cands[-1].last <= 2 else None
            if noun is None:
                # follow-up facts: "It will have a capacity of 40 GWh and cost EUR 2bn."
                if prev is not None and i - prev.last == 1:
                    cap = _nearest(ms, "CAPACITY", 0, sent.start)
                    money = _nearest(ms, "MONEY", 0, sent.start)
                    if cap is not None and prev.capacity is None:
                        prev.capacity = _cap(cap)
                        prev.last, prev.end = i, sent.end
                    if money is not None and prev.investment is None and cap is not None:
                        prev.investment = _money(money)
                continue
            cand = self._candidate(doc, i, sent, text, ms, noun, lex_used)
            if cand is None:
                continue
            if prev is not None and _compatible(prev, cand):
                _merge(prev, cand)
                continue
            if cand.owner is None and cand.location is None:
                continue
            cands.append(cand)
        out = []
        for c in cands:
            if c.owner is None and c.location is None:
                continue
            ev_text = doc.text[c.start : c.end]
            out.append(
                Facility(
                    owner=c.owner,
                    location=c.location,
                    product=c.product,
                    status=c.status,
                    evidence=Evidence(ev_text, c.start, c.end),
                    capacity=c.capacity,
                    investment=c.investment,
                    confidence=round(c.confidence, 3),
                    component=self.name,
                )
            )
        return out

    def _candidate(self, doc, i, sent, text, ms, noun, lex) -> _Cand | None:
        base = sent.start
        n0, n1 = noun
        comps = [m for m in ms if m.label == "COMPANY" and company_name(m)]
        owner = _owner(text, base, comps, n0, n1, lex)
        places = [m for m in ms if m.label == "PLACE"]
        location = _location(text, base, places, n0, n1)
        prods = engine.products_in(text)
        product = engine.nearest_product(prods, max(0, n0 - 50), min(len(text), n1 + 60), n0)
        if product in ("electric vehicles", "vehicles") and re.search(r"batter|cell|zell|celle|cellul|celda|akku", text, re.I):
            product = engine.nearest_product(prods, 0, len(text), n0)
        cap = _nearest(ms, "CAPACITY", n0 + base, base)
        money = _nearest(ms, "MONEY", n0 + base, base)
        party = [(m.start - base, m.end - base) for m in comps if owner and company_name(m) == owner]
        status, explicit = _status(text, lex, party)
        conf = 0.55 + (0.15 if owner else 0) + (0.1 if location else 0) + (0.05 if explicit else 0)
        s, e = _trim(doc.text, sent.start, sent.end)
        return _Cand(sent.story, i, i, s, e, owner, location, product, status, explicit,
                     _cap(cap) if cap else None, _money(money) if money else None, min(conf, 0.95))


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    raw = text[s:e]
    return s + (len(raw) - len(raw.lstrip())), e - (len(raw) - len(raw.rstrip()))


def _facility_noun(text: str, lex: engine.Compiled, ms, base) -> tuple[int, int] | None:
    fac = lex.facility
    if not fac["nouns"].search(text) and not fac["weak_nouns"].search(text):
        return None
    blocked = [(m.start - base, m.end - base) for m in ms if m.label in ("COMPANY", "PERSON")]
    cleaned = fac["exclude"].sub(lambda m: " " * len(m.group(0)), text)
    for rx, strong in ((fac["nouns"], True), (fac["weak_nouns"], False)):
        for m in rx.finditer(cleaned):
            if any(s < m.end() and m.start() < e for s, e in blocked):
                continue
            if not strong and not (fac["build"].search(text) and any(x.label in ("PLACE", "CAPACITY") for x in ms)):
                continue
            return m.start(), m.end()
    return None


def _owner(text, base, comps, n0, n1, lex) -> str | None:
    if not comps:
        return None
    spans = sorted(((m.start - base, m.end - base, company_name(m)) for m in comps), key=lambda x: x[0])
    jv = _JV.search(text)
    if jv:
        # "Ultium Cells, the joint venture of GM and LG" / "the joint venture Ultium Cells"
        for s, e, name in spans:
            if 0 <= jv.start() - e <= 12 or 0 <= s - jv.end() <= 3:
                return name
        return spans[0][2]
    left = [x for x in spans if x[1] <= n0]
    if left:
        s, e, name = left[-1]
        gap = text[e:n0]
        if engine._adjacent(text, e, n0):  # "Tesla's plant", "the CATL plant"
            return name
        if re.match(r"\s*,?\s*", gap) and engine._RELATIVE.match(gap.lstrip(" ,")):
            return name  # "ACC, which opened its first factory"
        # subject of the clause: the first company of the sentence before the noun that is not
        # introduced by a preposition such as "for", "to", "with"
        for s, e, name in reversed(left):
            before = text[max(0, s - 12) : s].lower().split()
            if not before or before[-1] not in lex.markers.get("recipient", []) + lex.markers.get("with", []) + lex.markers.get("report", []):
                return name
        return left[0][2]
    right = [x for x in spans if x[0] >= n1]
    if right:
        s, e, name = right[0]
        if s - n1 <= 40:
            return name
    return None


def _location(text, base, places, n0, n1) -> str | None:
    if not places:
        return None
    best = None
    for m in places:
        s, e = m.start - base, m.end - base
        if s >= n1:
            d = s - n1
        elif e <= n0:
            d = (n0 - e) * 1.5
        else:
            d = 0
        if best is None or d < best[0]:
            best = (d, m)
    return best[1].text.strip() if best else None


def _nearest(ms, label, pos, base):
    cands = [m for m in ms if m.label == label]
    if not cands:
        return None
    return min(cands, key=lambda m: abs(m.start - pos))


def _cap(m) -> dict:
    return {"value": m.attrs.get("value"), "unit": m.attrs.get("unit")}


def _money(m) -> dict:
    return {"amount": m.attrs.get("amount"), "currency": m.attrs.get("currency")}


def _status(text: str, lex: engine.Compiled, party) -> tuple[str, bool]:
    st = lex.status
    fs = lex.facility["status"]
    if st["denied"].search(text):
        return "denied", True
    if engine._search_outside(fs.get("rumoured", st["rumoured"]), text, party):
        return "rumoured", True
    for name in ("ended", "under_construction", "active", "announced", "planned"):
        if fs[name].search(text):
            return name, True
    return "announced", False


def _compatible(prev: _Cand, cand: _Cand) -> bool:
    if cand.owner and prev.owner and cand.owner != prev.owner:
        return False
    if cand.location and prev.location and cand.location != prev.location:
        return False
    # a new sentence naming both a new owner and place is a new plant
    if cand.owner and cand.location and not (cand.owner == prev.owner or cand.location == prev.location):
        return False
    return True


def _merge(prev: _Cand, cand: _Cand) -> None:
    prev.owner = prev.owner or cand.owner
    prev.location = prev.location or cand.location
    prev.product = prev.product or cand.product
    prev.capacity = prev.capacity or cand.capacity
    prev.investment = prev.investment or cand.investment
    if cand.explicit and (not prev.explicit or cand.status in ("denied", "ended")):
        prev.status = cand.status
        prev.explicit = True
    prev.last = cand.last
    prev.end = cand.end
    prev.confidence = max(prev.confidence, cand.confidence)
