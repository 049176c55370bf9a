"""The invented French news shapes of fr_shapes_cases.py read by the whole pipeline: each case's
relations with an accepted status, its plants, and nothing else. Cases the pipeline does not read yet
are marked xfail (strict, so a case that starts passing must lose its mark)."""

from __future__ import annotations

import pytest

from .fr_shapes_cases import CASES
from .news_shapes import assert_reads, shape_params

# not read yet: goods of a chemistry's initials before the customer ("les cellules LFP de Y"), seats (no
# product word) of a customer after a description subject.
_NOT_YET = {
    "Le géant chinois Haldor Power fournira les cellules LFP de Kervan Motors.",
    "Orvault Industries a publié ses résultats annuels. Le groupe fournira aussi les sièges de Kervan Motors.",
}


@pytest.mark.parametrize("text, relations, plants", shape_params(CASES, _NOT_YET))
def test_french_news_shape(text, relations, plants, read_page):
    doc = read_page(text, "fr")
    assert_reads(doc, relations, plants)
