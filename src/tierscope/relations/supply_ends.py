"""A supply whose end the next sentence tells of "our contract" or "the deliveries".

    "Korvan had delivered the housings for Maltrix's plant. Our contract expired with the halt."
              -> supplies Korvan -> Maltrix: ended

The next-sentence rule of the extractor (``_next_sentence_status``) takes an end that names a party or
says "the contract"; a supplier speaking of its own deal ("unser Vertrag", "notre contrat"), or of the
deliveries themselves ("the deliveries were stopped", "die Lieferungen sind eingestellt"), refers back as
plainly. So a supply of one sentence whose next sentence (same story, no tie of its own, no other company
named) tells an end of such a deal or of its deliveries is ``ended``: the status the article finally asserts.
"""

from __future__ import annotations

import re

from . import engine
from .engine import company_name
from .relative_ends import ends_only_in_relatives

__all__ = ["supply_ends_next"]

#: the deal or its deliveries, referred back to with a possessive or an article, per language
_THE_SUPPLY = {
    "en": r"\b(?:our|their|its|the) (?:supply |delivery )?(?:contract|agreement|deliveries|shipments)\b",
    "de": r"\b(?:unser|ihr|sein|der|die)(?:e|er|en)? (?:Liefer)?(?:[Vv]ertrag|[Vv]erträge|Lieferungen|Auftrag|Aufträge)\b",
    "fr": r"\b(?:notre|leur|son|le|les) (?:contrat|contrats|livraisons|commandes)\b",
    "it": r"\b(?:il nostro|il loro|il suo|il|le) (?:contratto|contratti|forniture|consegne)\b",
    "es": r"\b(?:nuestro|su|el|las|los) (?:contrato|contratos|entregas|suministros|pedidos)\b",
}
_THE_SUPPLY = {lang: re.compile(rx, re.I) for lang, rx in _THE_SUPPLY.items()}


def supply_ends_next(doc, per_sentence, found, lang: str) -> None:
    """Set ``ended`` on a sentence's supplies whose end its next sentence tells (module docstring)."""
    rx = _THE_SUPPLY.get(lang)
    if rx is None:
        return
    lex = engine.compiled(lang)
    for i in list(found):
        j = i + 1
        if j >= len(doc.sentences) or j in found or doc.sentences[j].story != doc.sentences[i].story:
            continue
        text = doc.text[doc.sentences[j].start : doc.sentences[j].end]
        if not rx.search(text) or not engine.has_cue(lex, text, "ended") or ends_only_in_relatives(lex, text):
            continue
        names = {company_name(m) for m in per_sentence[j] if m.label == "COMPANY" and m.source != "coref"}
        for f, _ in found[i]:
            if f.type == "supplies" and f.status in ("active", "announced") and not names - {f.source, f.target}:
                f.status = "ended"
