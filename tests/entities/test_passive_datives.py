"""A dative pronoun in a passive of supplying (entities/passive_datives.py: "La technologie lui a été
fournie par Y") stands for the company that opens the sentence before. Real companies, sentences written
for these tests."""

from __future__ import annotations

import pytest
from entity_helpers import run

from tierscope.relations import RelationExtractor

_RX = RelationExtractor()


def _rels(text, language):
    doc = _RX(run(text, language))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("language, text", [
    ("en", "Verkor started its pilot line in Grenoble last year. The coating machines were supplied to it by Dürr."),
    ("fr", "Verkor a démarré sa ligne pilote à Grenoble l'an dernier. Les matériaux de cathode lui ont été fournis par Umicore."),
    ("fr", "Verkor a démarré sa ligne pilote à Grenoble. Le matériau de cathode lui est fourni par Umicore depuis 2023."),
    ("es", "Verkor puso en marcha su línea piloto en Grenoble el año pasado. Las máquinas le fueron suministradas por Dürr."),
    ("it", "Verkor ha avviato la linea pilota a Grenoble l'anno scorso. Le macchine gli sono state fornite da Dürr."),
    ("de", "Verkor hat im vergangenen Jahr in Grenoble eine Pilotlinie gestartet. Die Kathodenmaterialien wurden ihm von Umicore geliefert."),
])
def test_the_dative_of_a_passive_supply_is_the_company_before(language, text):
    got = _rels(text, language)
    assert ("supplies", "Dürr", "Verkor") in got or ("supplies", "Umicore", "Verkor") in got


@pytest.mark.parametrize("language, text", [
    # a company named before the pronoun: the passive's recipient is read there, not the company before
    ("fr", "Verkor a démarré sa ligne pilote à Grenoble. Chez Renault, la technologie lui a été fournie par Dürr."),
    # no agent named after the verb
    ("it", "Verkor ha avviato la linea pilota a Grenoble. Le macchine gli sono state fornite dalla casa madre."),
    # German "ihr" before a noun is a possessive, no dative
    ("de", "Verkor hat in Grenoble eine Pilotlinie gestartet. Dort wurde ihr Werk von Dürr ausgestattet und geliefert."),
])
def test_no_dative_reading(language, text):
    assert not any(t == "supplies" and s == "Dürr" and g == "Verkor" for t, s, g in _rels(text, language))
