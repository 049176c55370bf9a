"""Talks about selling or buying a company's output: a supply, not a sale of the company.

    "Maltrix is in talks with Korvan about the sale of part of its future output"   -> Maltrix supplies Korvan
    "Maltrix est en discussions avec Korvan pour la vente d'une partie de sa production"
    "Korvan negocia con Maltrix la compra de una parte de la producción de la planta" -> Maltrix supplies Korvan
    "Maltrix verhandelt mit Korvan über den Verkauf eines Teils der Produktion"

Producers of raw materials and cells place their output before the plant runs: journalists write the
talks as a sale or a purchase of "(part of) the production", a noun the product lexicon does not hold.
Read as goods, the sale goes from the seller to the buyer (``frames/talks.py``); read as nothing, a
purchase of "part of the production" was taken for a takeover of the partner. A production site,
line or unit ("la vente de son site de production", "the sale of its production unit") is a business
sold, not goods.
"""

from __future__ import annotations

import re

__all__ = ["output_after"]

_I = re.IGNORECASE

#: the production noun of each language, its plural and compounds
_OUTPUT = {
    "en": r"(?:output|production|volumes?|offtake)",
    "fr": r"(?:production|volumes?)",
    "it": r"(?:produzione|volumi)",
    "es": r"(?:producción|volúmenes|volumen)",
    "de": r"(?:\w*produktion|Ausstoß(?:es)?|Fördermengen?|Produktionsmengen?|Mengen)",
}
#: a site, line, unit or capacity noun before the production noun ("site de production", "linea di
#: produzione", "planta de producción"): the production noun names a business or a plant
_SITE_BEFORE = r"(?:site|usine|unité|ligne|outil|capacité|filiale|impianto|stabilimento|linea|linee|unità|sito|capacità|planta|línea|centro|unidad|capacidad|filial|plant|line|unit|facility|capacity|business|Anlage|Werk|Sparte)s?\s+(?:de|di|del|della|de la|du|des|d['’])?\s*$"
#: a site noun right after it ("production plant", "Produktionsstandort" is one word: not matched)
_SITE_AFTER = re.compile(r"\s*(?:plants?|sites?|lines?|units?|facilit(?:y|ies)|capacity|business|assets?|company|subsidiary)\b", _I)
#: a stretch of at most six words right after the purpose word ending in the production noun
_RX = {k: re.compile(r"\s*((?:[\w'’%,-]+\s+){0,6}?)" + v + r"\b", _I) for k, v in _OUTPUT.items()}
_SITE_BEFORE_RX = re.compile(_SITE_BEFORE, _I)


def output_after(lang: str, text: str, a: int, b: int) -> bool:
    """The words right after a purpose word of selling or buying (``text[a:b]``, its clause) name the
    output of a plant or a company, a part of it at most ("d'une partie de sa production", "di parte
    della produzione futura", "part of the plant's output"), not a production site or unit."""
    rx = _RX.get(lang)
    if rx is None:
        return False
    m = rx.match(text, a, b)
    if m is None:
        return False
    if _SITE_BEFORE_RX.search(m.group(1)) or _SITE_AFTER.match(text, m.end(), b):
        return False
    return True
