"""A possessive opening a sentence before a business noun (entities/possessive_openers.py) stands for the
company the sentence before opens with: "Sa coentreprise avec Y", "Su principal cliente es Y", "Sein
Gemeinschaftsunternehmen mit Y", "Il suo cliente principale", read as "X's joint venture with Y"."""

from __future__ import annotations

import pytest
from entity_helpers import run

from tierscope.relations import RelationExtractor

_RX = RelationExtractor()


def _rels(text, language):
    doc = _RX(run(text, language))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("fr", "STMicroelectronics a publié ses résultats. Sa coentreprise avec Sanan Optoelectronics produit des "
               "composants.", ("joint_venture", "STMicroelectronics", "Sanan Optoelectronics")),
        ("fr", "Valeo a publié ses résultats. Son premier client reste Stellantis.", ("supplies", "Valeo", "Stellantis")),
        ("es", "Gestamp presentó sus resultados. Su principal cliente es Renault.", ("supplies", "Gestamp", "Renault")),
        ("de", "ElringKlinger hat seine Zahlen vorgelegt. Sein Gemeinschaftsunternehmen mit OPmobility fertigt "
               "Brennstoffzellen.", ("joint_venture", "ElringKlinger", "OPmobility")),
        ("it", "Brembo ha presentato i conti. La sua joint venture con Ferrari produce freni a Maranello.",
         ("joint_venture", "Brembo", "Ferrari")),
    ],
)
def test_a_possessive_opener_is_the_company_before(language, text, expected):
    got = _rels(text, language)
    assert expected in got or (expected[0], expected[2], expected[1]) in got


@pytest.mark.parametrize(
    "language, text",
    [
        # not a noun of the company's dealings
        ("fr", "Valeo a publié ses résultats. Sa directrice financière a rencontré Stellantis."),
        ("de", "ElringKlinger hat seine Zahlen vorgelegt. Seine Aktie stieg nach dem Auftrag von BMW."),
        # the sentence before opens with no company
        ("es", "El mercado creció un diez por ciento con Gestamp. Su principal cliente es Renault."),
    ],
)
def test_no_possessive_opener_otherwise(language, text):
    assert not [m for m in run(text, language).mentions
                if m.source == "coref" and m.text in ("Sa", "Seine", "Su")]
