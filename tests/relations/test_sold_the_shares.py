"""A holder that "sold the shares" later in the sentence of its stake holds it no more ("took a 3% stake
in Y in 2020, but sold the shares in 2024", "ma ha venduto le azioni nel 2024", "pero vendió las acciones",
"verkaufte die Aktien aber 2024"); the shares of another company named after the verb are another matter.
Invented companies and sentences."""

from __future__ import annotations

import pytest

from .helpers import rels


@pytest.mark.parametrize("lang,text", [
    ("en", "Korvan took a 3% stake in Maltrix in 2020, but sold the shares in 2024."),
    ("fr", "Korvan a pris 3 % du capital de Maltrix en 2020, mais a vendu ses actions en 2024."),
    ("it", "Korvan ha rilevato il 3% di Maltrix nel 2020, ma ha venduto le azioni nel 2024."),
    ("es", "Korvan tomó un 3% de Maltrix en 2020, pero vendió las acciones en 2024."),
    ("de", "Korvan übernahm 2020 drei Prozent an Maltrix, verkaufte die Aktien aber 2024."),
])
def test_the_shares_sold_end_the_stake(lang, text):
    got = {(r.type, r.source, r.target): r.status for r in rels(text, ["Korvan", "Maltrix"], language=lang)}
    assert got.get(("invests_in", "Korvan", "Maltrix")) == "ended", got


@pytest.mark.parametrize("lang,text", [
    ("en", "Korvan holds 3% of Maltrix and sold the shares of Brixo in 2024."),
    ("it", "Korvan detiene il 3% di Maltrix e ha venduto le azioni di Brixo nel 2024."),
    ("es", "Korvan posee un 3% de Maltrix y vendió las acciones de Brixo en 2024."),
])
def test_the_shares_of_another_company(lang, text):
    got = {(r.type, r.source, r.target): r.status for r in rels(text, ["Korvan", "Maltrix", "Brixo"], language=lang)}
    assert got.get(("invests_in", "Korvan", "Maltrix")) == "active", got
