"""Goods told going to their customers alone, in a story about the company that makes them: the mirror
of lone_makers.py.

    "Maltrix opened its cathode plant. The material is destined for Korvan."   -> supplies Maltrix Korvan
    "... Las primeras celdas ya se envían a Korvan y a Tessaro."                -> supplies Maltrix Korvan, Tessaro
    "... Les cathodes seront livrées à Korvan."                                  -> supplies Maltrix Korvan
    "... Il materiale è destinato a Korvan."                                     -> supplies Maltrix Korvan
    "... Aus dem Werk gehen die Zellen an Korvan und Tessaro."                   -> supplies Maltrix Korvan, Tessaro

The goods open the clause and name no company; the sentence names only the customers, as one list
right after the verb and its preposition; the supplier is the story's topic or the company the sentence
before is about (lone_driver.counterpart: not when the two disagree). No sale of a business ("sold
to"): only goods that travel. A cross-sentence reading: low confidence.
"""

from __future__ import annotations

import re

from ..doc import Document, Mention
from . import engine
from .engine import company_name as _name
from .known_roles import belongs_to
from .lone_driver import counterpart, lone_sentences, peers, story_context
from .lone_makers import FIRST_PERSON, goods_named
from .members import _JOINED
from .part_makers import _OPENS

__all__ = ["lone_customers"]

#: the verb and its preposition, ending where the first customer's name starts (a description between)
_TO = {
    "en": re.compile(r"\b(?:(?:is|are|was|were|will\s+be|is\s+being|are\s+being)\s+(?:(?:now|also|mainly|largely|mostly|already)\s+)?"
                     r"(?:destined|earmarked|intended|bound)\s+for|(?:is|are|was|were|will\s+be|is\s+being|are\s+being)\s+"
                     r"(?:(?:now|also|mainly|largely|mostly|already)\s+)?(?:shipped|delivered|sent|supplied|exported)\s+to"
                     r"|(?:go|goes|went|will\s+go)\s+to)\s+(?:the\s+)?(?:(?-i:[a-z])[\w-]*\s+){0,3}$", re.IGNORECASE),
    "fr": re.compile(r"\b(?:(?:est|sont|sera|seront|était|étaient)\s+(?:(?:déjà|aussi|surtout|désormais)\s+)?"
                     r"(?:destinée?s?|livrée?s?|expédiée?s?|envoyée?s?|fournie?s?)\s+(?:à|aux?)|(?:va|vont|ira|iront)\s+(?:à|aux?|chez))"
                     r"\s*(?:(?:la|le|les|l['’])\s*)?(?:(?-i:[a-zàâçéèêëîïôûù])[\w'’-]*\s+){0,3}$", re.IGNORECASE),
    "it": re.compile(r"\b(?:(?:è|sono|sarà|saranno|viene|vengono|verrà|verranno)\s+(?:(?:già|anche|soprattutto|ora)\s+)?"
                     r"(?:destinat|consegnat|spedit|inviat|fornit)[aoei]\s+(?:a|ad|al|alla|allo|all['’]|ai|agli|alle)"
                     r"|(?:va|vanno|andrà|andranno)\s+(?:a|ad|al|alla|allo|all['’]|ai|agli|alle))"
                     r"\s*(?:(?-i:[a-zàèéìòù])[\w'’-]*\s+){0,3}$", re.IGNORECASE),
    "es": re.compile(r"\b(?:se\s+(?:envía|envían|enviarán|enviará|exporta|exportan|entrega|entregan|destina|destinan)"
                     r"|(?:está|están|estará|estarán|es|son|será|serán)\s+(?:(?:ya|también)\s+)?(?:destinad|enviad|entregad|suministrad)[oa]s?"
                     r"|(?:va|van|irá|irán))\s+(?:(?:ya|también)\s+)?(?:a|al)\s+(?:(?:la|el|los|las)\s+)?(?:(?-i:[a-záéíóúñ])[\w-]*\s+){0,3}$",
                     re.IGNORECASE),
    "de": re.compile(r"\b(?:gehen|geht|gingen|ging|wird|werden|wurde|wurden)\s+(?:[\w-]+\s+){0,6}?an\s+(?:(?:den|die|das|dem)\s+)?"
                     r"(?:(?-i:[a-zäöü])[\w-]*\s+){0,2}$", re.IGNORECASE),
}
#: a German passive's participle after the customers ("werden ... an Y geliefert"); "gehen an Y" needs none
_DE_PARTICIPLE = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:geliefert|verschickt|versandt|exportiert|verkauft)\b")
_DE_PASSIVE = re.compile(r"\b(?:wird|werden|wurde|wurden)\b", re.IGNORECASE)


def _customers(doc: Document, sent, text: str, comps: list[Mention], language: str):
    """(customers, trigger span) when the sentence tells goods going to its only companies, else None."""
    first = comps[0]
    if not all(_JOINED.fullmatch(doc.text, a.end, b.start) or _SECOND_TO[language].fullmatch(doc.text, a.end, b.start)
               for a, b in zip(comps, comps[1:])):
        return None  # one list, nothing else named
    m0 = first.start - sent.start
    v = engine.ending_at(_DELIVERIES[language], text, m0, 60)
    if v is not None:
        lo = max([0, *(o.end() for o in _OPENS.finditer(text, 0, v.start()))])
        if not text[lo : v.start()].strip() and not FIRST_PERSON[language].search(text, 0, v.start()):
            return comps, v.span()  # the deliveries open the clause: they are the goods
    v = engine.ending_at(_TO[language], text, m0, 90)
    if v is None:
        return None
    if language == "de" and _DE_PASSIVE.match(text, v.start()) and not _DE_PARTICIPLE.match(text, comps[-1].end - sent.start):
        return None
    lo = max([0, *(o.end() for o in _OPENS.finditer(text, 0, v.start()))])
    if FIRST_PERSON[language].search(text, 0, v.start()):
        return None
    if v.start() - lo > 110 or not goods_named(text, language, lo, m0 if language == "de" else v.start()):
        return None  # (German puts the goods after the verb: "Aus dem Werk gehen die Zellen an Y")
    return comps, v.span()


#: deliveries to the customers opening the clause ("Deliveries to Korvan continue until 2029")
_DELIVERIES = {
    "en": re.compile(r"\b(?:deliveries|shipments|sales)\s+(?:of\s+[\w-]+(?:\s+[\w-]+)?\s+)?to\s+(?:the\s+)?$", re.IGNORECASE),
    "fr": re.compile(r"\b(?:les\s+)?(?:livraisons|expéditions)\s+(?:de\s+[\w'’-]+\s+)?(?:à|aux?)\s*(?:la\s+|l['’])?$", re.IGNORECASE),
    "it": re.compile(r"\b(?:le\s+)?(?:consegne|forniture|spedizioni)\s+(?:di\s+[\w'’-]+\s+)?(?:a|ad|al|alla|allo|all['’]|ai|agli|alle)\s*$", re.IGNORECASE),
    "es": re.compile(r"\b(?:las\s+)?(?:entregas|envíos|ventas)\s+(?:de\s+[\w-]+\s+)?(?:a|al)\s+(?:la\s+|el\s+)?$", re.IGNORECASE),
    "de": re.compile(r"\b(?:die\s+)?(?:Lieferungen|Auslieferungen)\s+(?:von\s+[\w-]+\s+)?an\s+(?:(?:den|die|das|dem)\s+)?$", re.IGNORECASE),
}
#: "a Korvan y a Tessaro", "to Korvan and to Tessaro": the preposition again before the next customer
_SECOND_TO = {
    "en": re.compile(r"\s*,?\s*(?:and|or)\s+to\s+(?:the\s+)?", re.IGNORECASE),
    "fr": re.compile(r"\s*,?\s*(?:et|ou)\s+(?:à|aux?|chez)\s+(?:la\s+|l['’])?", re.IGNORECASE),
    "it": re.compile(r"\s*,?\s*(?:e|o)\s+(?:a|ad|al|alla|allo|all['’]|ai|agli|alle)\s*", re.IGNORECASE),
    "es": re.compile(r"\s*,?\s*(?:y|o)\s+(?:a|al)\s+(?:la\s+|el\s+)?", re.IGNORECASE),
    "de": re.compile(r"\s*,?\s*(?:und|oder)\s+an\s+(?:den|die|das|dem)?\s*", re.IGNORECASE),
}


def lone_customers(doc: Document, per_sentence: list[list[Mention]], language: str):
    """(sentence, supplier's sentence, Found) for each customer of goods so told."""
    if language not in _TO:
        return []
    lex = engine.compiled(language)
    topics, sectors = story_context(doc, per_sentence)
    out = []
    for i, sent, text, comps in lone_sentences(doc, per_sentence, (_DELIVERIES[language], _TO[language])):
        if len(comps) > 5:
            continue
        got = _customers(doc, sent, text, comps, language)
        if got is None:
            continue
        listed, trigger = got
        names = list(dict.fromkeys(_name(c) for c in listed))
        found = counterpart(doc, per_sentence, i, names, topics, sectors, upstream=False)
        if found is None:
            continue
        supplier, origin = found
        spans = [(c.start - sent.start, c.end - sent.start) for c in listed]
        status, dconf = engine.status_for(lex, text, trigger[0], trigger[1], "active", spans)
        if status is None:
            continue
        product = engine.products_in(text[max(0, trigger[0] - 80) : trigger[1]])
        for name in names:
            if name == supplier or belongs_to(name, supplier) or belongs_to(supplier, name) or peers(supplier, name, sectors):
                continue
            out.append((i, origin, engine.Found("supplies", supplier, name, status, 0.45 + dconf,
                                                product[-1][1] if product else None, trigger)))
    return out
