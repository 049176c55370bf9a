"""A family that controls a company through its holding: the holding owns the company.

    "The founding family controls Norvik through Corvalis, its holding company."
    "La famille contrôle Norvik via sa holding Corvalis."
    "La famiglia controlla Norvik tramite la holding Corvalis."
    "La familia controla Norvik a través de la sociedad Corvalis."
    "Die Familie kontrolliert Norvik über ihre Holding Corvalis."
    "Norvik wird über die Familienholding Corvalis kontrolliert."
    "Norvik, que está controlada por la familia Ortiz a través de la sociedad Corvalis, ..."

A family is no company: the company named after "through" is the vehicle that holds the shares, and
control is ownership (owns). The frames read "controls Norvik ... Corvalis" the other way round in
German ("kontrolliert Norvik über Corvalis"); the tie told here replaces that reading (extractor).
"""

from __future__ import annotations

import re

from ..doc import Document, Mention
from . import engine
from ..scan.page_words import present
from .engine import company_name as _name
from .members import named_companies

__all__ = ["family_vehicles"]

_I = re.IGNORECASE

_FAMILY = r"(?:famil(?:y|ies|le|les|ia|ias|ie|ien)|famigli[ae]|founders?|fondat(?:eurs?|ori|ore)|fundador(?:es)?|Gründer(?:familie|familien)?|Eigentümerfamilie)"
# between the company controlled and the vehicle: "through its holding company", "via sa holding",
# "tramite la holding", "a través de la sociedad", "über ihre Holding"
_THROUGH = {
    "en": r"(?:through|via|by\s+way\s+of)\s+(?:(?:its|their|the)\s+)?(?:(?:family\s+)?(?:holding(?:\s+company)?|vehicle|investment\s+company)\s+)?",
    "fr": r"(?:via|par\s+l['’]intermédiaire\s+de|par\s+le\s+biais\s+de|à\s+travers)\s+(?:(?:sa|son|leur|la|le|l['’])\s*)?(?:(?:holding|société|véhicule)(?:\s+familiale)?\s+)?",
    "it": r"(?:tramite|attraverso|per\s+il\s+tramite\s+di|mediante)\s+(?:(?:la\s+sua|la\s+propria|la|il|l['’])\s*)?(?:(?:holding|società|finanziaria|veicolo)(?:\s+di\s+famiglia)?\s+)?",
    "es": r"(?:a\s+través\s+de|mediante|vía)\s+(?:(?:su|la|el)\s+)?(?:(?:sociedad|holding|vehículo|patrimonial)(?:\s+familiar)?\s+)?",
    "de": r"(?:über|durch)\s+(?:(?:ihre|seine|die|deren|dessen)\s+)?(?:(?:Familien)?(?:[Hh]olding|Beteiligungsgesellschaft|Gesellschaft|Vermögensverwaltung)\s+)?",
}
# "the family controls Y through X", "Y is controlled by the family through X"
_ACTIVE = {
    "en": r"\b" + _FAMILY + r"\b[^.;]{0,50}?\b(?:controls|controlled|owns|owned|holds|held)\s+{Y}\s*,?\s+" + _THROUGH["en"] + r"{X}",
    "fr": r"\b" + _FAMILY + r"\b[^.;]{0,50}?\b(?:contrôle|contrôlent|contrôlait|contrôlaient|détient|détiennent|possède|possèdent)\s+{Y}\s*,?\s+" + _THROUGH["fr"] + r"{X}",
    "it": r"\b" + _FAMILY + r"\b[^.;]{0,50}?\b(?:controlla|controllano|controllava|controllavano|detiene|detengono|possiede|possiedono)\s+{Y}\s*,?\s+" + _THROUGH["it"] + r"{X}",
    "es": r"\b" + _FAMILY + r"\b[^.;]{0,50}?\b(?:controla|controlan|controlaba|controlaban|posee|poseen)\s+(?:a\s+)?{Y}\s*,?\s+" + _THROUGH["es"] + r"{X}",
    "de": r"\b" + _FAMILY + r"\b[^.;]{0,50}?\b(?:kontrolliert|kontrollieren|kontrollierte|kontrollierten|beherrscht|beherrschen|hält|halten)\s+{Y}\s*,?\s+" + _THROUGH["de"] + r"{X}",
}
_PASSIVE = {
    "es": r"{Y}(?:\s*,\s*que)?\s+(?:está|estaba|sigue|es)\s+(?:todavía\s+)?(?:siendo\s+)?controlad[oa]\s+(?:por\s+(?:la\s+|los\s+)?[^.;,]{0,40}?" + _FAMILY + r"(?:\s+(?-i:[A-ZÀ-Ý])[\w-]+)?\s+)?" + _THROUGH["es"] + r"{X}",
    "en": r"{Y}(?:\s*,\s*which)?\s+(?:is|was|has\s+been|remains)\s+(?:still\s+)?controlled\s+(?:by\s+(?:the\s+)?[^.;,]{0,40}?" + _FAMILY + r"(?:\s+(?-i:[A-ZÀ-Ý])[\w-]+)?\s+)?" + _THROUGH["en"] + r"{X}",
    "fr": r"{Y}(?:\s*,\s*qui)?\s+(?:est|était|reste)\s+(?:toujours\s+)?contrôlée?\s+(?:par\s+(?:la\s+|les\s+)?[^.;,]{0,40}?" + _FAMILY + r"(?:\s+(?-i:[A-ZÀ-Ý])[\w-]+)?\s+)?" + _THROUGH["fr"] + r"{X}",
    "it": r"{Y}(?:\s*,\s*che)?\s+(?:è|era|resta)\s+(?:ancora\s+)?controllat[ao]\s+(?:dall?a?\s+[^.;,]{0,40}?" + _FAMILY + r"(?:\s+(?-i:[A-ZÀ-Ý])[\w-]+)?\s+)?" + _THROUGH["it"] + r"{X}",
    "de": r"{Y}\s+(?:wird|wurde|ist)\s+(?:von\s+der\s+[^.;,]{0,40}?" + _FAMILY + r"(?:\s+(?-i:[A-ZÀ-Ý])[\w-]+)?\s+)?" + _THROUGH["de"] + r"{X}\s+(?:kontrolliert|beherrscht)\b",
}
_STEMS = ("famil", "famigli", "founder", "fondat", "fundador", "gründer", "eigentümer")
_SLOT = r"(?P<{}>\x00\d+\x00\x01*)"  # a company's place in the masked sentence (its length kept)


def family_vehicles(doc: Document, per_sentence: list[list[Mention]], language: str):
    """(sentence, sentence, Found) for each holding through which a family controls a company."""
    if language not in _ACTIVE:
        return []
    out = []
    stems = present(_STEMS, doc.text)  # (speed) a sentence holds none of the words its page lacks
    for i, sent in enumerate(doc.sentences):
        if not stems:
            continue
        text = doc.text[sent.start : sent.end]
        lower = text.lower()
        if not any(s in lower for s in stems):
            continue
        comps = named_companies(per_sentence[i])
        if len(comps) < 2:
            continue
        masked, names = _masked(text, sent.start, comps)
        for rx in _compiled(language):
            for m in rx.finditer(masked):
                y, x = names[m.group("Y").rstrip("\x01")], names[m.group("X").rstrip("\x01")]
                if x == y:
                    continue
                status, _ = engine.status_for(engine.compiled(language), masked, m.start(), m.end(), "active", [])
                if status == "announced" and language == "de" and re.match(r"\s*wird\b", masked[m.end("Y"):]):
                    status = "active"  # "Y wird über X kontrolliert": a present passive
                if status is not None:
                    out.append((i, i, engine.Found("owns", x, y, status, 0.7, None, (m.start(), m.end()), "family")))
    return out


def _masked(text: str, offset: int, comps: list[Mention]) -> tuple[str, dict[str, str]]:
    """The sentence with each company replaced by a numbered slot of its length (offsets kept)."""
    chars, names = list(text), {}
    for k, c in enumerate(sorted(comps, key=lambda c: c.start)):
        lo, hi = c.start - offset, c.end - offset
        tag = f"\x00{k}\x00"
        if hi - lo < len(tag) or any(ch == "\x00" for ch in chars[lo:hi]):
            continue  # (too short to hold its slot: left as written)
        chars[lo:hi] = list(tag.ljust(hi - lo, "\x01")[: hi - lo])
        names[tag] = _name(c)
    return "".join(chars), names


_CACHE: dict[str, list[re.Pattern]] = {}


def _compiled(language: str) -> list[re.Pattern]:
    if language not in _CACHE:
        slots = {"Y": _SLOT.format("Y"), "X": _SLOT.format("X")}
        _CACHE[language] = [re.compile(p.replace("{Y}", slots["Y"]).replace("{X}", slots["X"]), _I)
                            for p in (_ACTIVE.get(language), _PASSIVE.get(language)) if p]
    return _CACHE[language]
