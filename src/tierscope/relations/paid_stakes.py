"""A stake told by the price paid for it:

    "Corvalis paid about 1.5 billion euros in 2023 for around 21% of Brixo."
    "Corvalis a payé environ 1,5 milliard d'euros pour 21 % du capital de Brixo."
    "Corvalis ha pagato circa 1,5 miliardi per il 21% di Brixo."
    "Corvalis pagó en 2023 unos 1.500 millones de euros por alrededor del 21% del capital de Brixo."
    "Corvalis zahlte rund 1,5 Milliarden Euro für 21 Prozent an Brixo."

The verb of paying is no deal trigger, and the share with its company stands far from it, past the
price and a date. The payer is the company right before the verb; the company held follows the
share. Up to half: ``invests_in``; above: ``acquires``. A payment to come ("will pay", "pagará") is
announced, one made is active.
"""

from __future__ import annotations

import re

from . import engine
from .capital_relatives import PERCENT

__all__ = ["paid_stakes"]

_ABOUT = r"(?:(?:about|around|roughly|some|nearly|almost|just\s+over|just\s+under|circa|quasi|oltre|environ|près\s+de|plus\s+de|"
_ABOUT += r"alrededor|cerca|casi|más|rund|etwa|knapp|gut|mehr\s+als|fast)\s+)?"
#: the price and a date between ("about 1.5 billion euros in 2023"): no sentence stop, a figure's point allowed
_GAP = r"\b(?:[^.;:!?]|(?<=\d)[.,](?=\d)){0,90}?"
_RX = {
    "en": re.compile(r"\b(?P<verb>paid|pays|will\s+pay|agreed\s+to\s+pay)" + _GAP + r"\bfor\s+(?:a\s+)?" + _ABOUT + PERCENT
                     + r"\s+(?:stake\s+in|of(?:\s+the\s+(?:capital|shares)\s+of)?)\s+(?:the\s+)?$", re.I),
    "fr": re.compile(r"\b(?P<verb>payé|paie|paiera|versé|déboursé|débourse|déboursera)" + _GAP + r"\bpour\s+" + _ABOUT + PERCENT
                     + r"\s+(?:du\s+capital\s+)?(?:de|du|d['’])\s*$", re.I),
    "it": re.compile(r"\b(?P<verb>pagato|pagò|paga|pagherà|sborsato|sborsò|sborserà)" + _GAP + r"\bper\s+" + _ABOUT
                     + r"(?:il|l['’]|una\s+quota\s+del)\s*" + PERCENT + r"\s+(?:del\s+capitale\s+)?(?:di|del|della|dell['’])\s*$", re.I),
    "es": re.compile(r"\b(?P<verb>pagó|pagado|paga|pagará|desembolsó|desembolsado|desembolsará)" + _GAP + r"\bpor\s+" + _ABOUT
                     + r"(?:del?|el|un)\s+" + PERCENT + r"\s+(?:del\s+capital\s+)?(?:de|del)\s+(?:la\s+|el\s+)?$", re.I),
    "de": re.compile(r"\b(?P<verb>zahlte|zahlten|zahlt|gezahlt|bezahlt|bezahlte|zahlen\s+wird|zahlen\s+will)" + _GAP + r"\bfür\s+" + _ABOUT + PERCENT
                     + r"\s+(?:der\s+Anteile\s+|des\s+Kapitals\s+)?(?:an|von)\s+(?:der|dem|den)?\s*$", re.I),
}
_FUTURE = re.compile(r"\b(?:will|agreed|paiera|déboursera|pagherà|sborserà|pagará|desembolsará|wird)\b", re.I)


def paid_stakes(text: str, spans: list[tuple[int, int, str]], lang: str) -> list[engine.Found]:
    """``spans``: (start, end, canonical) of the sentence's companies, in text order."""
    rx = _RX.get(lang)
    if rx is None or len(spans) < 2:
        return []
    out = []
    for k, (s, e, held) in enumerate(spans):
        if k == 0:
            continue
        lo = spans[k - 1][1]
        m = rx.search(text, lo, s)
        if m is None:
            continue
        payer = next((n for a, b, n in reversed(spans[:k]) if b <= m.start("verb") and not re.search(r"[;:]", text[b : m.start("verb")])), None)
        if payer is None or payer == held or any(m.start("verb") <= a < s for a, _, _ in spans[:k]):
            continue  # (a company between the verb and the share: not plain "X paid ... for N% of Y")
        pct = float(m.group("pct").replace(",", "."))
        typ = "acquires" if pct > 50 else "invests_in"
        status = "announced" if _FUTURE.search(m.group("verb")) else "active"
        out.append(engine.Found(typ, payer, held, status, 0.6, None, (m.start("verb"), m.end("verb"))))
    return out
