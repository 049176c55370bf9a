"""A tie told after the end of an old one, with "since <a time>" or "now" between the end and the
trigger, is the new tie that runs, not an ended one (relations/new_after_end.py). Invented companies and
sentences."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Korvan", "Maltrix", "Brixo"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Until last year Brixo made the seats, but the contract was not renewed, and since March Korvan has supplied them to Maltrix."),
    ("de", "Maltrix hat die Lieferbeziehung mit Brixo beendet; seit dem Frühjahr liefert Korvan die Sitze an Maltrix."),
    ("fr", "Le contrat de Brixo n'a pas été renouvelé et depuis septembre Korvan fournit les sièges à Maltrix."),
    ("it", "Il contratto con Brixo è scaduto e da settembre Korvan fornisce i sedili a Maltrix."),
    ("es", "El contrato con Brixo no fue renovado y, desde enero, Korvan suministra celdas a Maltrix."),
])
def test_the_new_supplier_after_an_end_is_active(lang, text):
    got = {(r.type, r.source, r.target): r.status for r in rels(text, NAMES, language=lang)}
    assert got.get(("supplies", "Korvan", "Maltrix")) == "active", got


@pytest.mark.parametrize("lang,text", [
    ("en", "Since March Korvan no longer supplies seats to Maltrix."),
    ("es", "Desde septiembre, Korvan ya no suministra celdas a Maltrix."),
])
def test_an_end_told_after_since_stays_ended(lang, text):
    got = {(r.type, r.source, r.target): r.status for r in rels(text, NAMES, language=lang)}
    assert got.get(("supplies", "Korvan", "Maltrix")) == "ended", got
