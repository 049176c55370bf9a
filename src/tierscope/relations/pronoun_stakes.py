"""A stake taken in a company named earlier in the sentence by a pronoun only:

    "Brixo builds engines in Spain, and Norvik took a 10% stake in it the following year."
    "Brixo produit des moteurs, et Norvik y a pris une participation de 10 %."
    "Brixo produce motori, e Norvik è entrato nel suo capitale l'anno dopo."
    "Brixo fabrica motores y Norvik tomó un 10% de su capital el año pasado."
    "Brixo baut Motoren, und Norvik hat sich im Folgejahr mit 10 Prozent daran beteiligt."

The pronoun ("it", "y", "suo capitale", "su capital", "daran") stands for the first company of the
clause run the holder's clause continues: the first company after the last colon or semicolon before
the holder, else the sentence's first. Over half: ``owns``; else ``invests_in``; active.
"""

from __future__ import annotations

import re

from . import engine

__all__ = ["pronoun_stakes"]

_I = re.IGNORECASE
_PCT = r"(?P<pct>\d{1,3}(?:[.,]\d+)?)\s*(?:%|percent\b|per cent\b|per cento\b|por ciento\b|pour cent\b|Prozent\b)"
_RX = {
    "en": re.compile(r"\s+(?:(?:has|had|then|later|also|subsequently)\s+)*(?:took|bought|acquired|taken|holds|held|owns)\s+(?:an?\s+)?"
                     r"(?:(?:small|minority|majority|controlling)\s+)?(?:" + _PCT + r"\s+)?(?:stake|holding|interest)\s+in\s+it\b", _I),
    "fr": re.compile(r"\s+y\s+(?:a\s+|avait\s+)?(?:(?:ensuite|aussi|également)\s+)?(?:pris|acquis|détient|possède|détenait)\s+"
                     r"(?:une\s+participation\s+(?:minoritaire\s+|majoritaire\s+)?(?:de\s+)?)?(?:(?:environ|près de)\s+)?" + _PCT, _I),
    "it": re.compile(r"\s+(?:è|era)\s+(?:poi\s+|anche\s+)?entrat[oa]\s+nel\s+(?:suo|loro)\s+capitale(?:\s+con\s+(?:il\s+|l['’]\s*|una\s+quota\s+del\s+)" + _PCT + r")?", _I),
    "es": re.compile(r"\s+(?:(?:tomó|adquirió|compró|ha tomado|ha adquirido|ha comprado)\s+(?:un|el)\s+" + _PCT + r"\s+de\s+su\s+capital"
                     r"|(?:entró|ha entrado)\s+en\s+su\s+capital)", _I),
    "de": re.compile(r"\s+(?:hat\s+sich|ist)\s+(?:[^,;.]{0,30}?\s+)?(?:mit\s+(?:rund\s+|etwa\s+|knapp\s+)?" + _PCT + r"\s+)?daran\s+beteiligt", _I),
}
#: German also "X hält rund 10 Prozent daran"
_DE_HOLDS = re.compile(r"\s+hält\s+(?:(?:rund|etwa|knapp)\s+)?" + _PCT + r"\s+daran\b", _I)
_BREAK = re.compile(r"[:;]")


def pronoun_stakes(text: str, spans: list[tuple[int, int, str]], language: str) -> list[engine.Found]:
    rx = _RX.get(language)
    if rx is None or len(spans) < 2:
        return []
    out: list[engine.Found] = []
    for k, (start, end, holder) in enumerate(spans):
        if k == 0:
            continue
        m = rx.match(text, end) or (_DE_HOLDS.match(text, end) if language == "de" else None)
        if m is None:
            continue
        lo = max((b.end() for b in _BREAK.finditer(text, 0, start)), default=0)
        held = next((n for s, _e, n in spans if s >= lo and n != holder), None)
        if held is None or held == holder or not any(s < start for s, _e, n in spans if n == held):
            continue
        pct = m.group("pct")
        kind = "owns" if pct is not None and float(pct.replace(",", ".")) > 50 else "invests_in"
        out.append(engine.Found(kind, holder, held, "active", 0.7, None, (end, m.end())))
    return out
