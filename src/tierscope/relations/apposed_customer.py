"""A customer told by a possessive customer noun whose owner is the company named in the subject's
apposition:

    "Korvan, a minority shareholder in Maltrix, is so far its only customer."      -> Maltrix supplies Korvan
    "Korvan, actionnaire minoritaire de Maltrix, est pour l'instant son unique client."
    "Korvan, azionista di minoranza di Maltrix, è per ora il suo unico cliente."
    "Korvan, accionista minoritario de Maltrix, es por ahora su único cliente."
    "Korvan, Minderheitsaktionär von Maltrix, ist bislang dessen einziger Kunde."

The subject, a comma, an apposition naming one company (the possessive's owner: the subject cannot be
its own customer), a comma, a verb of being and the possessive customer noun ("its customer", "son
client", "il suo cliente", "su cliente", "dessen Kunde"). The frames read "customer of Maltrix"; this
reads the possessive they leave unowned.
"""

from __future__ import annotations

import re

from . import engine

__all__ = ["apposed_customer"]

_I = re.IGNORECASE
_PRED = {
    "en": r"(?:is|was|remains|will\s+be|has\s+been|becomes|became)\s+(?:[\w'’-]+\s+){0,3}?(?:its|their)\s+"
          r"(?:(?:only|sole|first|main|biggest|largest|key|anchor|principal|lead|leading)\s+)?(?:customer|client|buyer)\b",
    "fr": r"(?:est|était|reste|restera|sera|demeure|devient|est\s+devenu)\s+(?:[\w'’-]+\s+){0,4}?(?:son|leur)\s+"
          r"(?:(?:unique|seul|premier|principal|plus\s+gros|plus\s+grand|grand)\s+)?client\b",
    "it": r"(?:è|era|resta|rimane|sarà|diventa|è\s+diventat[oa])\s+(?:[\w'’-]+\s+){0,3}?(?:il\s+|l['’]\s*)?(?:suo|loro)\s+"
          r"(?:(?:unico|primo|principale|maggiore|più\s+grande)\s+)?cliente\b",
    "es": r"(?:es|era|sigue\s+siendo|será|se\s+convierte\s+en)\s+(?:[\w'’-]+\s+){0,3}?su\s+"
          r"(?:(?:único|primer|principal|mayor)\s+)?cliente\b",
    "de": r"(?:ist|war|bleibt|wird)\s+(?:[\w'’-]+\s+){0,3}?(?:dessen|deren|sein|seine[nr]?|ihr|ihre[nr]?)\s+"
          r"(?:(?:einzige|erste|wichtigste|größte)[nr]?\s+)?(?:Kunde|Abnehmer)\b",
}
#: after the apposition's company: the rest of the apposition (no clause break), its closing comma, the predicate
_AFTER = {k: re.compile(r"[^,;:()]{0,40}?,\s*" + v, _I) for k, v in _PRED.items()}
#: between the subject and the apposition's company: the apposition's opening comma and a few words
_BEFORE = re.compile(r"\s*,\s*[^,;:()]{0,50}$")


def apposed_customer(text: str, spans, lex) -> list[engine.Found]:
    """supplies Found for "CUSTOMER, <apposition naming SUPPLIER>, is its only customer" in the sentence
    ``text``; ``spans`` are (start, end, name, sectors) of its companies, in text order."""
    after_rx = _AFTER.get(lex.lang)
    if after_rx is None or len(spans) < 2:
        return []
    out: list[engine.Found] = []
    for k in range(len(spans) - 1):
        (a0, a1, cust, _), (b0, b1, sup, _) = spans[k], spans[k + 1]
        if cust == sup or not _BEFORE.fullmatch(text, a1, b0):
            continue
        pred = after_rx.match(text, b1)
        if pred is None or any(b1 <= s < pred.end() for s, _e, _n, _ in spans):
            continue
        status, dconf = engine.status_for(lex, text, pred.start(), pred.end(), "active", [(a0, a1), (b0, b1)])
        if status is None:
            continue
        out.append(engine.Found("supplies", sup, cust, status, 0.6 + dconf, None, pred.span()))
    return out
