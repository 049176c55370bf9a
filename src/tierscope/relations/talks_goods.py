"""Talks about goods: who would supply whom when the talks name goods but no verb of supplying.

    "Korvan is in talks with Maltrix about a third source of LFP cells"       -> Maltrix supplies Korvan
    "Korvan sarebbe in trattative con Maltrix per una fornitura di concentrato" (Maltrix a miner,
     Korvan a refiner)                                                        -> Maltrix supplies Korvan
    "Ein Korvan-Sprecher bestätigte Gespräche mit Maltrix über zusätzliche Zellen" (Maltrix a cell
     maker, Korvan a truck maker)                                             -> Maltrix supplies Korvan

``frames/talks.py`` reads a supply only where the purpose says the subject will deliver ("per
fornirgli", "to supply"). Talks about "a second source" name the partner as the one who would
supply: the subject looks for a source. Talks about a supply noun ("a supply of", "la fornitura",
"die Lieferung", "l'approvisionnement", "el suministro") or about goods right after the partner
("über zusätzliche Zellen", "about LFP cells") leave the direction open: the gazetteer's chain sets it
(a miner, cell maker or parts maker sells up the chain), and with no such difference nothing is read.
"""

from __future__ import annotations

import re

from .products import _PRODUCT_RX, tier

__all__ = ["talks_supply"]

_I = re.IGNORECASE

#: a further source the subject looks for: the partner would be it
_SOURCE = {
    "en": r"\b(?:second|third|fourth|another|new|additional|alternative|backup)\s+(?:[\w-]+\s+)?(?:source|supplier)s?\b",
    "it": r"\b(?:second[oa]|terz[oa]|quart[oa]|altr[oa]|nuov[oa]|ulterior[ei])\s+(?:font[ei]|fornitor[ei])\b",
    "de": r"\b(?:zweite[nr]?|dritte[nr]?|weitere[nr]?|neue[nr]?|alternative[nr]?)\s+(?:Quelle|Bezugsquelle|Lieferanten?)\b|\b(?:Zweit|Dritt)lieferanten?\b",
    "fr": r"\b(?:seconde|deuxième|troisième|autre|nouvelle)\s+source\b|\b(?:second|deuxième|troisième|autre|nouveau)\s+fournisseur\b",
    "es": r"\b(?:segunda|tercera|otra|nueva)\s+fuente\b|\b(?:segundo|tercer|otro|nuevo)\s+proveedor\b",
}
#: a supply noun: the talks are about a supply, its direction not said
_SUPPLY_NOUN = {
    "en": r"\b(?:supply|supplies|deliver(?:y|ies)|offtake|purchases?)\s+(?:deal\s+|agreement\s+|contract\s+)?of\b|\b(?:supply|offtake|purchase|sourcing)\s+(?:deal|agreement|contract)\b|\b(?:a|an|another|new|second|third)\s+(?:[\w-]+\s+)?contract\b",
    "it": r"\b(?:fornitur[ae]|approvvigionament[oi]|consegn[ae])\b|\b(?:un|nuovo|secondo|terzo|altro)\s+(?:[\w-]+\s+)?contratto\b",
    "de": r"\b(?:Lieferung(?:en)?|Belieferung|Abnahme|Bezug|Liefervertrag|Abnahmevertrag)\b|\b(?:einen|neuen|zweiten|dritten|weiteren)\s+(?:[\w-]+\s+)?Vertrag\b",
    "fr": r"\b(?:fournitures?|livraisons?|approvisionnement|enlèvement)\b|\b(?:un|nouveau|second|deuxième|troisième|autre)\s+(?:[\w-]+\s+)?contrat\b",
    "es": r"\b(?:suministros?|entregas?|abastecimiento)\b|\b(?:un|nuevo|segundo|tercer|otro)\s+(?:[\w-]+\s+)?contrato\b",
}
#: a prototype or a car on test: development work, no supply (the words of part_makers._TRIAL, which
#: this module cannot import: the frames load before part_makers)
_TRIAL = re.compile(r"\b(?:prototyp\w*|prototip\w*|test(?!imon|ament|if)\w*|essais?|collaud\w*|in\s+prova|prueba|pruebas|probando"
                    r"|erprob\w*)\b", _I)
_SOURCE_RX = {k: re.compile(v, _I) for k, v in _SOURCE.items()}
_SUPPLY_NOUN_RX = {k: re.compile(v, _I) for k, v in _SUPPLY_NOUN.items()}


#: the goods right after the partner: at most three words (an article, "additional", "LFP") first
_GOODS_FIRST = re.compile(r"\s*(?:[\w'’-]+\s+){0,3}$")


def talks_supply(lang: str, subj_sectors: list[str], partner_sectors: list[str], fwd: str) -> str | None:
    """Who would supply in talks whose purpose (``fwd``, the words after the partner up to the clause's
    end) names goods: "partner", "subject", or None when the talks say nothing of goods or the chain
    cannot tell."""
    if _TRIAL.search(fwd):
        return None  # "to fit its cells in a test vehicle": development work, no supply
    source = _SOURCE_RX.get(lang)
    if source is not None and source.search(fwd):
        return "partner"
    noun = _SUPPLY_NOUN_RX.get(lang)
    goods = noun is not None and noun.search(fwd) is not None
    if not goods:
        pm = _PRODUCT_RX.search(fwd, 0, min(len(fwd), 60))
        # "über zusätzliche Zellen", "about LFP cells": the product is what the talks are about
        goods = pm is not None and _GOODS_FIRST.fullmatch(fwd, 0, pm.start()) is not None
    if not goods:
        return None
    ts, tp = tier(subj_sectors), tier(partner_sectors)
    if ts is None or tp is None or ts == tp:
        return None
    return "partner" if tp < ts else "subject"
