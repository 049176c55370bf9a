"""Equipment whose installation is still to begin is sold, not yet running: announced (the lexicon's
"starts_later" reads the installation or commissioning beside the deliveries: "installation is set to
begin in 2027", "die Installation soll 2028 starten", "l'installation doit débuter en 2027",
"l'installazione dovrà iniziare nel 2027", "la instalación comenzará en 2027"). Invented companies and
sentences."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Korvan", "Maltrix"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Korvan supplies the coating lines to Maltrix, and installation is set to begin in 2027."),
    ("de", "Die Pressen liefert Korvan an Maltrix; die Installation soll 2028 starten."),
    ("fr", "Korvan fournit les lignes d'enduction à Maltrix ; l'installation doit débuter en 2027."),
    ("it", "Korvan fornisce le linee di spalmatura a Maltrix; l'installazione dovrà iniziare nel 2027."),
    ("es", "Korvan suministra las líneas de recubrimiento a Maltrix; la instalación comenzará en 2027."),
])
def test_equipment_whose_installation_begins_later(lang, text):
    got = {(r.type, r.source, r.target): r.status for r in rels(text, NAMES, language=lang)}
    assert got.get(("supplies", "Korvan", "Maltrix")) == "announced", got
