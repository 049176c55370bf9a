"""A deal signed between two companies in one sentence, the goods it covers told in the next.

    "Korvan signed a five-year contract with Maltrix. The contract covers battery cells."  -> a supply
    "Korvan hat mit Maltrix einen Vertrag geschlossen. Der Vertrag umfasst Batteriezellen." -> the same
    "Korvan a signé un contrat avec Maltrix. Les premières livraisons porteront sur des cellules."
    "Korvan ha firmato un contratto con Maltrix. Le prime consegne riguarderanno celle ad alta potenza."
    "Korvan firmó un contrato con Maltrix. El contrato cubre el suministro de celdas."

The first sentence names the two parties and a deal noun but no goods and no verb of supplying, so no
frame reads a supply there; the next opens with the deal noun (definite or demonstrative) or the first
deliveries, a verb of covering and goods, and names no other company. Who sells is the gazetteer's chain
(chain_supply.supply_direction: nothing where it does not set the two apart, nor for two of one group).
Not across a paragraph break or a story, not after a question, not where the first sentence names a
third company. A cross-sentence reading: low confidence; the evidence runs from the deal's sentence.
"""

from __future__ import annotations

import re

from ..doc import Document, Mention
from . import engine
from .chain_supply import supply_direction
from .engine import company_name as _name
from .lone_driver import related
from .lone_makers import goods_named
from .members import named_companies

__all__ = ["deal_contents"]

#: a verb of supplying in the deal's sentence: a frame's reading, not this one's
_SUPPLY_WORD = re.compile(
    r"\b(?:suppl\w*|deliver\w*|provid\w*|ship\w*|fourni\w*|livr\w*|approvision\w*|fornir\w*|fornit\w*|fornisc\w*|fornitur\w*"
    r"|consegn\w*|suministr\w*|entreg\w*|abastec\w*|provee\w*|\w*liefer\w*)", re.IGNORECASE)
#: the next sentence: the deal noun or the first deliveries opening it, then a verb of covering
_CONTENT = {
    "en": re.compile(r"(?:(?:the|this|that)\s+(?:[\w-]+\s+)?(?:contract|order|agreement|deal)|(?:the\s+)?(?:first\s+|initial\s+)?deliveries)"
                     r"\b[^.;:?]{0,60}?\b(?:covers?|covering|provides?\s+for|concerns?|involves?|includes?|comprises?|consists?\s+of"
                     r"|will\s+(?:cover|include|involve|consist\s+of|concern))\b", re.IGNORECASE),
    # (not "le marché", far more often the market than a contract: "Le marché européen concerne ...")
    "fr": re.compile(r"(?:(?:le|ce|cet)\s+(?:[\w-]+\s+)?(?:contrat|accord)|l['’]accord|(?:la|cette)\s+(?:[\w-]+\s+)?commande"
                     r"|les\s+(?:premières\s+)?livraisons)\b[^.;:?]{0,60}?\b(?:porte|portera|portent|porteront|prévoit|prévoient"
                     r"|concerne|concernera|concernent|concerneront|comprend|comprennent|comprendra|comprendront|inclut|incluent|inclura|incluront"
                     r"|couvre|couvrent|couvrira|couvriront)\b", re.IGNORECASE),
    "it": re.compile(r"(?:(?:il|questo)\s+(?:[\w-]+\s+)?(?:contratto|ordine)|l['’](?:accordo|intesa|ordine)|(?:la|questa)\s+(?:[\w-]+\s+)?commessa"
                     r"|(?:le\s+)?(?:prime\s+)?(?:consegne|forniture))\b[^.;:?]{0,60}?\b(?:riguarda|riguarderà|riguardano|riguarderanno"
                     r"|prevede|prevedono|comprende|comprendono|comprenderà|comprenderanno|include|includono|includerà|includeranno|copre|coprono|coprirà|copriranno)\b", re.IGNORECASE),
    "es": re.compile(r"(?:(?:el|este)\s+(?:[\w-]+\s+)?(?:contrato|acuerdo|pedido)|(?:las\s+)?(?:primeras\s+)?entregas)"
                     r"\b[^.;:?]{0,60}?\b(?:cubren?|cubrirán?|prevén?|contemplan?|incluyen?|incluirán?|comprenden?|comprenderán?|abarcan?|abarcarán?)\b",
                     # (the plural for "las primeras entregas")
                     re.IGNORECASE),
    "de": re.compile(r"(?:(?:der|dieser)\s+(?:[\w-]+\s+)?(?:Vertrag|Auftrag|Liefervertrag)|(?:die|diese)\s+(?:[\w-]+\s+)?(?:Vereinbarung|Bestellung)"
                     r"|(?:die\s+)?(?:ersten\s+)?Lieferungen)\b[^.;:?]{0,60}?\b(?:umfasst|umfassen|betrifft|betreffen|beinhaltet"
                     r"|beinhalten|sieht|sehen)\b", re.IGNORECASE),
}
#: what may open the next sentence before the deal noun: a short phrase closed by a comma
_OPENER = re.compile(r"\W*(?:[^,;:.?!]{0,40},\s*)?")
_GOODS_REACH = 90  # characters after the verb of covering


def _pair(doc: Document, per_sentence, k: int) -> tuple[str, str] | None:
    """The two companies the deal's sentence ``k`` names, where it names a deal noun and no goods or
    verb of supplying, else None."""
    comps = [c for c in named_companies(per_sentence[k]) if not c.attrs.get("implied")]
    names = list(dict.fromkeys(_name(c) for c in comps))
    if len(names) != 2 or related(names[0], names[1]):
        return None
    sent = doc.sentences[k]
    text = doc.text[sent.start : sent.end]
    names_at = [(c.start - sent.start, c.end - sent.start) for c in comps]  # ("Volvo Cars" names no cars)
    if "?" in text or _SUPPLY_WORD.search(text) or engine.products_outside(text, names_at):
        return None
    deal = engine.compiled(doc.language).deal  # (the lexicon's deal nouns, "contract", "Vertrag", "accordo")
    if deal is None or not deal.search(text):
        return None
    return names[0], names[1]


def deal_contents(doc: Document, per_sentence: list[list[Mention]], language: str):
    """(the content's sentence, the deal's sentence, Found) for each deal so told."""
    rx = _CONTENT.get(language)
    if rx is None or doc.language != language:
        return []
    lex = engine.compiled(language)
    out = []
    for i in range(1, len(doc.sentences)):
        sent, before = doc.sentences[i], doc.sentences[i - 1]
        if sent.story != before.story or "\n" in doc.text[before.end : sent.start]:
            continue
        text = doc.text[sent.start : sent.end]
        opener = _OPENER.match(text)
        m = rx.match(text, opener.end()) if opener else None
        if m is None:
            m = rx.match(text)
        if m is None or "?" in text:
            continue
        if not goods_named(text, language, m.end(), min(len(text), m.end() + _GOODS_REACH)):
            continue
        pair = _pair(doc, per_sentence, i - 1)
        if pair is None:
            continue
        named = {_name(c) for c in named_companies(per_sentence[i])}
        if named - set(pair):
            continue  # another company named with the goods: whose deal is it?
        way = supply_direction(*pair)
        if way is None:
            continue
        status, dconf = engine.status_for(lex, text, m.start(), m.end(), "announced", [])
        if status is None:
            continue
        product = engine.products_in(text[m.end() : m.end() + _GOODS_REACH])
        out.append((i, i - 1, engine.Found("supplies", way[0], way[1], status, 0.45 + dconf,
                                            product[0][1] if product else None, m.span())))
    return out
