"""A supply told with the year its deliveries start ("with deliveries starting in 2028", "avec des
livraisons à partir de 2028", "con consegne a partire dal 2028", "con entregas a partir de 2028", "mit
Lieferungen ab 2028") is signed, not yet running: announced (lexicon key "starts_later_year"). Invented
companies and sentences."""

from __future__ import annotations

import pytest

from .helpers import rels


@pytest.mark.parametrize("lang,text", [
    ("en", "Korvan has added Maltrix as a customer for its cells, with deliveries starting in 2028."),
    ("fr", "Korvan a signé avec Maltrix un contrat de fourniture de cellules, avec des livraisons à partir de 2028."),
    ("it", "Korvan ha firmato con Maltrix un contratto di fornitura di celle, con consegne a partire dal 2028."),
    ("es", "Korvan ha sumado a Maltrix como cliente de sus celdas, con entregas a partir de 2028."),
    ("de", "Korvan hat Maltrix als Kunden für seine Zellen gewonnen, mit Lieferungen ab 2028."),
])
def test_deliveries_from_a_year_to_come(lang, text):
    got = {(r.type, r.source, r.target): r.status for r in rels(text, ["Korvan", "Maltrix"], language=lang)}
    assert got.get(("supplies", "Korvan", "Maltrix")) == "announced", got


def test_deliveries_running_since_a_year():
    got = {(r.type, r.source, r.target): r.status
           for r in rels("Korvan has supplied cells to Maltrix since 2021.", ["Korvan", "Maltrix"])}
    assert got.get(("supplies", "Korvan", "Maltrix")) == "active", got
