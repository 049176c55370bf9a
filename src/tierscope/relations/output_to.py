"""A company's output told by where it goes: the company supplies the one it goes to.

    "Most of Maltrix's output goes to Korvan."                  -> supplies Maltrix Korvan
    "La production de Maltrix ira à Korvan."                    -> supplies Maltrix Korvan
    "Gran parte della produzione di Maltrix andrà a Korvan."    -> supplies Maltrix Korvan
    "La producción de Maltrix está destinada a Korvan."          -> supplies Maltrix Korvan
    "Die Produktion von Maltrix geht vor allem an Korvan."       -> supplies Maltrix Korvan

The output (or goods the product list knows) opens the clause and names one company as its owner
("Maltrix's", "de Maltrix"); the company named right after the verb of going and its preposition
receives it. Nothing else may stand in the output's phrase: no comma, no second company. The mirror
of ``goods_from`` ("Korvan's cells come from Maltrix").
"""

from __future__ import annotations

import re

from . import engine
from .goods_from import _LEAD, _OWNER_AFTER, _OWNER_BEFORE
from .products import products_in

__all__ = ["output_to"]

_DESC = r"(?:(?:the|la|le|les|l['’]|il|lo|el|los|las|der|die|das|den|dem)\s*)?(?:(?-i:[a-zàâçéèêëîïôûùáíóúñäöüß])[\w'’-]*\s+){0,3}"
_VERB = {
    "en": re.compile(r"\s+(?:(?:will|would|also|still|now|mainly|largely|mostly|currently|already)\s+)*(?:go|goes|went|(?:is|are|was|were|will\s+be)\s+"
                     r"(?:going|destined|earmarked|reserved|sold|shipped))\s+(?:(?:mainly|largely|mostly)\s+)?(?:to|for)\s+" + _DESC + "$", re.IGNORECASE),
    "fr": re.compile(r"\s+(?:(?:aussi|déjà|désormais|surtout|principalement)\s+)*(?:va|vont|ira|iront|allait|allaient|(?:est|sont|sera|seront)\s+(?:destinée?s?|réservée?s?))"
                     r"\s+(?:(?:surtout|principalement|en\s+priorité)\s+)?(?:à|au|aux)\s*" + _DESC + "$", re.IGNORECASE),
    "it": re.compile(r"\s+(?:(?:anche|già|ora|soprattutto|principalmente)\s+)*(?:va|vanno|andrà|andranno|andava|andavano|(?:è|sono|sarà|saranno)\s+(?:destinat|riservat)[aoie])"
                     r"\s+(?:(?:soprattutto|principalmente|in\s+gran\s+parte)\s+)?(?:a|ad|al|alla|allo|ai|agli|alle|all['’])\s*" + _DESC + "$", re.IGNORECASE),
    "es": re.compile(r"\s+(?:(?:también|ya|ahora|principalmente)\s+)*(?:va|van|irá|irán|iba|iban|(?:está|están|estará|estarán|será|serán)\s+(?:destinad|reservad)[ao]s?)"
                     r"\s+(?:(?:principalmente|sobre\s+todo)\s+)?(?:a|al)\s+" + _DESC + "$", re.IGNORECASE),
    "de": re.compile(r"\s+(?:geht|gehen|ging|gingen|wird|werden|soll|sollen)\s+(?:(?:auch|bereits|schon|künftig|derzeit|vor\s+allem|zunächst|überwiegend|größtenteils|komplett|vollständig)\s+)*"
                     r"(?:(?:gehen)\s+)?(?:an|zu)\s+" + _DESC + "$", re.IGNORECASE),
}
_GATE = {"en": re.compile(r"\b(?:go|goes|went|going|destined|earmarked|reserved|sold|shipped)\b", re.IGNORECASE),
         "fr": re.compile(r"\b(?:va|vont|ira|iront|allai\w+|destiné|réservé)", re.IGNORECASE),
         "it": re.compile(r"\b(?:va|vanno|andr|andav|destinat|riservat)", re.IGNORECASE),
         "es": re.compile(r"\b(?:va|van|ir[áa]n?|iba|destinad|reservad)", re.IGNORECASE),
         "de": re.compile(r"\b(?:geht|gehen|ging)", re.IGNORECASE)}
#: what goes: a company's output, or goods the product list knows
_OUTPUT = re.compile(r"\b(?:output|production|produzione|producción|Produktion|Fertigung|volumes?|volumi|volúmenes)\b", re.IGNORECASE)


def output_to(text: str, spans, lex) -> list[engine.Found]:
    """supplies Found for each "OUTPUT OF X goes to Y" in the sentence ``text``; ``spans`` are
    (start, end, name, sectors) of its companies, in text order."""
    lang = lex.lang
    verb_rx, gate = _VERB.get(lang), _GATE.get(lang)
    if verb_rx is None or len(spans) < 2 or not gate.search(text):
        return []
    out: list[engine.Found] = []
    for k, (m0, m1, customer, _sec) in enumerate(spans):
        if k == 0:
            continue
        v = verb_rx.search(text, max(0, m0 - 90), m0)
        if v is None or v.end() != m0:
            continue
        lo = max(text.rfind(c, 0, v.start()) for c in ".;:!?\n")
        lo = 0 if lo < 0 else lo + 1
        phrase = text[lo : v.start()]
        if "," in phrase or len(phrase) > 100:
            continue
        inside = [(s, e, n) for s, e, n, _ in spans if lo <= s and e <= v.start()]
        if len(inside) != 1:
            continue
        s, e, maker = inside[0]
        if maker == customer or not (_OWNER_AFTER.match(text, e) or _OWNER_BEFORE[lang].search(text, lo, s)):
            continue
        what = _OUTPUT.search(phrase)
        goods = products_in(phrase)
        first = min([p for p, _ in goods] + ([what.start()] if what else []), default=None)
        if first is None or not _LEAD.fullmatch(phrase, 0, first):
            continue  # the output (or the goods) must be what goes
        status, dconf = engine.status_for(lex, text, v.start(), v.end(), "active", [(s, e), (m0, m1)])
        if status is None:
            continue
        out.append(engine.Found("supplies", maker, customer, status, 0.65 + dconf, goods[0][1] if goods else None, v.span()))
    return out
