"""A supply contract told with one party alone, in a story about the other:

    "Maltrix makes cathodes in Poland. A supply contract with Korvan expired last year."
    "... Ein Liefervertrag mit dem US-Konzern Korvan ist Ende 2024 ausgelaufen."
    "... Il contratto di fornitura con Korvan non è stato rinnovato."
    "... Le contrat d'approvisionnement avec Korvan court jusqu'en 2030."
    "... El contrato de suministro con Korvan vence en 2027."

The sentence names only the contract's one party, right after the contract noun and "with"; the other
is the story's topic or the company the sentence before is about (lone_driver.counterpart: not when
the two disagree). Who sells to whom is the gazetteer's chain, as in chain_supply.py (a cell maker
sells to a carmaker); nothing when it cannot tell. A cross-sentence reading: low confidence.

A bare contract noun with a definite article ("The contract with Korvan ran out", "Der entsprechende
Vertrag mit Korvan", "Le contrat avec Korvan", "Il contratto con Korvan", "El contrato con Korvan")
points back to a supply the sentence right before tells: read only where that sentence names goods and
a verb of supplying or sourcing them, and its company is the other party.
"""

from __future__ import annotations

import re

from ..doc import Document, Mention
from . import engine
from .chain_supply import supply_direction
from .lone_driver import lone_pairs, lone_party, related, with_status
from .lone_makers import FIRST_PERSON

__all__ = ["lone_contracts"]

#: a short phrase of what the contract covers, between the noun and "with" ("for cathode material")
_COVERS = r"(?:(?:for|over|on|of|über|für|von|pour|de|sur|per|su|di|para|sobre)\s+[^,;:()]{1,50}?\s+)?"
#: the supply contract noun and "with", ending where the party's name starts (a description between)
_CONTRACT = {
    "en": re.compile(r"\b(?:supply|offtake|off-take|purchase|purchasing|delivery|sourcing)\s+(?:contract|agreement|deal)s?\s+" + _COVERS
                     + r"with\s+(?:the\s+)?(?:(?-i:[a-z])[\w-]*\s+){0,3}$", re.IGNORECASE),
    "de": re.compile(r"\b(?:Liefer|Abnahme|Bezugs)[\w-]*(?:vertrag|verträge|vertrages|vereinbarung|vereinbarungen|abkommen)\s+"
                     + _COVERS + r"mit\s+(?:(?:dem|der|den)\s+)?(?:[\w-]+\s+){0,3}?$", re.IGNORECASE),
    "fr": re.compile(r"\bcontrats?\s+(?:d['’]approvisionnement|de\s+fourniture|d['’]achat|de\s+livraison)\s+" + _COVERS
                     + r"avec\s*(?:(?:la|le|les|l['’])\s*)?(?:(?-i:[a-zàâçéèêëîïôûù])[\w'’-]*\s+){0,3}$", re.IGNORECASE),
    "it": re.compile(r"\b(?:contratt[oi]|accord[oi]|intes[ae])\s+di\s+(?:fornitura|approvvigionamento|acquisto|offtake)\s+" + _COVERS
                     + r"con\s*(?:(?:il|la|lo|l['’]|i|gli|le)\s*)?(?:(?-i:[a-zàèéìòù])[\w'’-]*\s+){0,3}$", re.IGNORECASE),
    "es": re.compile(r"\b(?:contratos?|acuerdos?)\s+de\s+(?:suministro|compra|compraventa|abastecimiento)\s+" + _COVERS
                     + r"con\s+(?:(?:el|la|los|las)\s+)?(?:(?-i:[a-záéíóúñ])[\w-]*\s+){0,3}$", re.IGNORECASE),
}
#: a bare contract noun with its definite article, a word or two between ("the corresponding contract with")
_BARE = {
    "en": re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}?(?:contract|agreement)\s+with\s+(?:the\s+)?(?:(?-i:[a-z])[\w-]*\s+){0,3}$", re.IGNORECASE),
    "de": re.compile(r"\b(?:der|den|dem|des)\s+(?:[\w-]+\s+){0,2}?(?-i:Vertrag|Vertrages|Vertrags)\s+mit\s+(?:(?:dem|der|den)\s+)?(?:[\w-]+\s+){0,3}?$", re.IGNORECASE),
    "fr": re.compile(r"\b(?:le|du|au)\s+contrat\s+(?:[\w'’-]+\s+){0,2}?avec\s*(?:(?:la|le|les|l['’])\s*)?(?:(?-i:[a-zàâçéèêëîïôûù])[\w'’-]*\s+){0,3}$", re.IGNORECASE),
    "it": re.compile(r"\b(?:il|del|al|nel)\s+contratto\s+(?:[\w'’-]+\s+){0,2}?con\s*(?:(?:il|la|lo|l['’]|i|gli|le)\s*)?(?:(?-i:[a-zàèéìòù])[\w'’-]*\s+){0,3}$", re.IGNORECASE),
    "es": re.compile(r"\b(?:el|del|al)\s+contrato\s+(?:[\w-]+\s+){0,2}?con\s+(?:(?:el|la|los|las)\s+)?(?:(?-i:[a-záéíóúñ])[\w-]*\s+){0,3}$", re.IGNORECASE),
}
#: a verb of supplying or sourcing goods in the sentence before a bare contract noun
_SUPPLIED_BEFORE = {
    "en": re.compile(r"\b(?:suppl(?:y|ies|ied|ying)|deliver(?:s|ed|ing)?|sourc(?:e|es|ed|ing)|bought|buys|purchased)\b", re.IGNORECASE),
    "de": re.compile(r"\b(?:(?:be|zu)?liefer(?:t|te|ten|n)|(?:ge|zuge)liefert|bezieht|bezog|bezogen|beziehen|eingekauft|kauft\w*\s+\w+\s+ein)\b"),
    "fr": re.compile(r"\b(?:fourni\w*|livr\w*|approvisionn\w*|achet\w*|achète\w*)\b", re.IGNORECASE),
    "it": re.compile(r"\b(?:forni(?:sce|scono|va|vano|to|ta|ti|te|rà|ranno)|consegn\w*|approvvigion\w*|acquista\w*|comprava\w*)\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:suministr\w*|abastec\w*|entreg\w*|compraba\w*|adquiría\w*)\b", re.IGNORECASE),
}


def _supply_before(doc: Document, pair, language: str) -> bool:
    """Whether a bare contract noun's sentence follows one, of its other party, that tells goods supplied
    or sourced."""
    if pair.origin != pair.i - 1:
        return False
    prev = doc.sentences[pair.i - 1]
    ptext = doc.text[prev.start : prev.end]
    return _SUPPLIED_BEFORE[language].search(ptext) is not None and bool(engine.products_in(ptext))


def lone_contracts(doc: Document, per_sentence: list[list[Mention]], language: str):
    """(sentence, other party's sentence, Found) for each supply contract so told."""
    rx = _CONTRACT.get(language)
    if rx is None:
        return []

    def read(sent, text, comps):
        """(the party, the contract's match, the party's span), the party alone (its parent in an
        apposition at most) right after the contract noun."""
        party = lone_party(comps, text, sent.start)
        if party is None:
            return None
        m0 = comps[0].start - sent.start
        v, bare = engine.ending_at(rx, text, m0, 130), False
        if v is None:
            v, bare = engine.ending_at(_BARE[language], text, m0, 90), True
        if v is None or FIRST_PERSON[language].search(text, 0, v.start()):
            return None
        return party, v, (m0, comps[0].end - sent.start), bare

    lex = engine.compiled(language)
    out = []
    for pair in lone_pairs(doc, per_sentence, (rx, _BARE[language]), read, lambda reading: [reading[0]]):
        party, v, span, bare = pair.reading
        if related(pair.other, party) or (bare and not _supply_before(doc, pair, language)):
            continue
        way = supply_direction(pair.other, party)
        if way is None:
            continue
        product = engine.products_in(pair.text[v.start() : min(len(pair.text), span[1] + 60)])
        got = with_status(lex, pair, v.start(), v.end(), [span],
                          lambda status, dconf: engine.Found("supplies", way[0], way[1], status, 0.45 + dconf,
                                                             product[0][1] if product else None, v.span()))
        if got is not None:
            out.append(got)
    return out
