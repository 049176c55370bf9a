"""What a denial speaks of: "dismissed as groundless a report that ..." denies what the report says; a
denial told before a dash that opens another piece of news ("X weist Bericht über Y zurück – Liefervertrag
mit Z steht") does not deny that news (relations/status.py, ``_DASH``). Invented companies and sentences."""

from __future__ import annotations

import pytest

from .helpers import rels


def _got(text, lang, names=("Korvan", "Maltrix", "Brixo")):
    return {(r.type, r.source, r.target): r.status for r in rels(text, list(names), language=lang)}


def test_dismissed_as_groundless_a_report():
    got = _got('Korvan on Monday dismissed as "groundless" a report that it was setting up a joint venture with Maltrix.', "en")
    assert got.get(("joint_venture", "Korvan", "Maltrix")) == "denied", got


@pytest.mark.parametrize("lang,text", [
    ("de", "Korvan weist Bericht über Übernahme von Brixo zurück – Korvan unterzeichnet Liefervertrag mit Maltrix"),
    ("en", "Korvan denies report of Brixo takeover – Korvan signs supply contract with Maltrix"),
    ("fr", "Korvan dément le rachat de Brixo – Korvan signe un contrat de fourniture avec Maltrix"),
    ("it", "Korvan smentisce l'acquisizione di Brixo – Korvan firma un contratto di fornitura con Maltrix"),
    ("es", "Korvan desmiente la compra de Brixo – Korvan firma un contrato de suministro con Maltrix"),
])
def test_a_denial_before_a_dash_is_not_the_next_news(lang, text):
    got = _got(text, lang)
    assert got.get(("supplies", "Korvan", "Maltrix")) == "announced", got
