"""The invented English shapes of en_recall_cases.py (customer lists, a supplier chosen, contracts with the
goods after the party, talks, a head's first person, passives and possessives, stakes) read by the whole
pipeline: each case's relations with an accepted status, and nothing else. Cases not read yet are strict
xfails, so a case that starts passing must lose its mark."""

from __future__ import annotations

import pytest

from .en_recall_cases import CASES
from .news_shapes import assert_reads, shape_params

# not read yet: a supplier chosen "as the sole supplier" or "named supplier" (read as running, not as news),
# a supplier chosen "over" a rival (the rival read as a party), a head's "we" in a quote, goods that
# "power" a customer's vehicle, a vehicle "from" its maker using another's goods, "30% owned by" (read as
# control).
_NOT_YET = {
    "Pellham Motors has chosen Oskarby Cells as the sole supplier of cells for its electric pickup.",
    "Oskarby Cells has been named supplier of battery modules to Pellham Motors.",
    "Pellham Motors selected Fennick Materials over Lorcan Power as its cathode supplier.",
    "'We supply Pellham Motors and Trevane Motors today,' said Mara Ellwood, chief executive of Oskarby Cells.",
    "Cells from Oskarby Cells power Pellham Motors' new SUV.",
    "The new van from Pellham Motors uses batteries made by Oskarby Cells.",
    "Oskarby Cells, which is 30% owned by Pellham Motors, is hiring engineers.",
}


@pytest.mark.parametrize("text, relations, plants", shape_params(CASES, _NOT_YET))
def test_english_recall_shape(text, relations, plants, read_page):
    doc = read_page(text, "en")
    assert_reads(doc, relations, plants)
