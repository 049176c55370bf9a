"""Goods a company works with, told with their maker: the maker supplies the clause's subject.

    "Korvan builds the Vela with cells from Maltrix."           -> supplies Maltrix Korvan
    "Korvan produit la Vela avec des cellules de Maltrix."       -> supplies Maltrix Korvan
    "Korvan produce la Vela con celle fornite da Maltrix."       -> supplies Maltrix Korvan
    "Korvan fabrica el Vela con celdas de la coreana Maltrix."   -> supplies Maltrix Korvan
    "Korvan baut den Vela mit Zellen von Maltrix."               -> supplies Maltrix Korvan

"with" (avec, con, mit, grâce à, gracias a, grazie a, dank), goods (a product the product list knows),
the maker's preposition or participle, the maker. The subject is the only company named in the clause
before "with" ("Almara supplies Korvan with cells from Maltrix" names two: no reading). The frames
read the goods' "de X" as the owner of the verb's object ("produit les voitures de X": X is supplied);
past "avec" that reading is left (``frames.supply._makes_goods_of``).
"""

from __future__ import annotations

import re

from . import engine
from ..scan.prefilter import any_in
from .later_triggers import named_within, triggers_at
from .products import products_in

__all__ = ["with_goods"]

_DESC = r"(?:(?-i:[a-zàâçéèêëîïôûùáíóúñäöüß])[\w'’-]*\s+){0,3}"
#: "with", the goods (three words at most, one of them a product), the maker's preposition, a
#: description; it must end where the maker's name starts
_WITH = {
    "en": re.compile(r"\bwith\s+((?:[\w-]+\s+){1,4}?)(?:from|made\s+by|supplied\s+by|produced\s+by|built\s+by)\s+(?:(?:the|its)\s+)?"
                     r"(?:(?:(?-i:[a-z])[\w-]*|(?-i:[A-Z])[a-z]+(?:n|an|ese|ish))\s+){0,3}$", re.IGNORECASE),
    "fr": re.compile(r"\b(?:avec|grâce\s+à|grâce\s+aux)\s+((?:[\w'’-]+\s+){1,4}?)(?:de|du|des|d['’]|(?:fournie?s?|fabriquée?s?|produite?s?|livrée?s?)\s+par)\s*(?:(?:la|le|les|l['’])\s*)?" + _DESC + "$", re.IGNORECASE),
    "it": re.compile(r"\b(?:con|grazie\s+a(?:lle|gli|i)?)\s+((?:[\w'’-]+\s+){1,4}?)(?:di|del|della|dello|dei|degli|delle|dell['’]|(?:fornit|prodott|realizzat)[eiao]\s+(?:da|dalla|dal|dall['’]))\s*(?:(?:la|il|lo|l['’])\s*)?" + _DESC + "$", re.IGNORECASE),
    "es": re.compile(r"\b(?:con|gracias\s+a)\s+((?:[\w'’-]+\s+){1,4}?)(?:de|del|(?:fabricad|suministrad|producid)[ao]s?\s+por)\s+(?:(?:la|el|los|las)\s+)?" + _DESC + "$", re.IGNORECASE),
    "de": re.compile(r"\b(?:mit|dank)\s+((?:[\w-]+\s+){1,4}?)(?:von|vom)\s+(?:(?:der|dem|den)\s+)?" + _DESC + "$", re.IGNORECASE),
}
#: a cheap test before any search
_GATE = {"en": ("with",), "fr": ("avec", "grâce"), "it": ("con ", "grazie"), "es": ("con ", "gracias"), "de": ("mit ", "dank")}
#: words that may open the clause before its subject: an article and a description, a date
_CLAUSE_OPEN = re.compile(r"\s*(?:[\w'’,-]+\s+){0,4}$")


def with_goods(text: str, spans, lex) -> list[engine.Found]:
    """supplies Found for each "SUBJECT ... with GOODS from MAKER" in the sentence ``text``; ``spans``
    are (start, end, name, sectors) of its companies, in text order."""
    lang = lex.lang
    rx, gate = _WITH.get(lang), _GATE.get(lang)
    if rx is None or len(spans) < 2:
        return []
    if not any_in(gate, text.lower()):
        return []
    out: list[engine.Found] = []
    for m0, m1, maker, w in triggers_at(text, spans, rx, 90):
        goods = products_in(w.group(1))
        if not goods:
            continue
        lo = engine.clause_opening(text, w.start(), ".;:!?\n()")
        before = named_within(spans, lo, w.start())
        if len(before) != 1 or any(w.start() <= s < m0 for s, _, _, _ in spans):
            continue
        s, e, customer = before[0]
        if customer == maker or not _CLAUSE_OPEN.fullmatch(text, lo, s):
            continue
        status, dconf = engine.status_for(lex, text, w.start(), w.end(), "active", [(s, e), (m0, m1)])
        if status is None:
            continue
        out.append(engine.Found("supplies", maker, customer, status, 0.65 + dconf, goods[0][1], w.span()))
    return out
