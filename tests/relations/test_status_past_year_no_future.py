"""A bare "en <year>" is no cue of a deal to come: "Maltrix, que levantó 200 millones en 2023 con Korvan
entre sus accionistas", "Korvan est devenu en 2022 actionnaire de Maltrix" tell a tie that exists (the
Spanish and French lexicons listed "en 20xx" among the words of "announced"; a start to come is told by a
future or "a partir de" / "à partir de"). Invented companies and sentences (status18)."""

from __future__ import annotations

import pytest

from .helpers import rels


def _statuses(lang, text):
    return {(r.type, r.source, r.target): r.status for r in rels(text, ["Korvan", "Maltrix", "Brixo"], language=lang)}


@pytest.mark.parametrize("lang,text", [
    ("es", "Maltrix, que levantó 200 millones en 2023 con Korvan entre sus accionistas, fabrica ya celdas en serie."),
    ("es", "Korvan se convirtió en 2022 en accionista de Maltrix."),
    ("fr", "Maltrix, qui a levé 200 millions en 2023 avec Korvan parmi ses actionnaires, produit déjà des cellules."),
    ("fr", "Korvan est devenu en 2022 actionnaire de Maltrix."),
])
def test_a_tie_dated_by_a_past_year_exists(lang, text):
    got = _statuses(lang, text)
    assert got.get(("invests_in", "Korvan", "Maltrix")) == "active", got


@pytest.mark.parametrize("lang,text", [
    ("es", "Korvan suministrará celdas a Maltrix en 2027."),
    ("fr", "Korvan livrera des cellules à Maltrix en 2027."),
    ("es", "Korvan suministrará celdas a Maltrix a partir de 2027."),
    ("fr", "Korvan fournira des cellules à Maltrix à partir de 2027."),
])
def test_a_supply_to_come_in_a_year_is_announced(lang, text):
    got = _statuses(lang, text)
    assert got.get(("supplies", "Korvan", "Maltrix")) == "announced", got
