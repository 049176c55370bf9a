"""The invented English shapes of en_shapes_cases.py (funding rounds, supplies told from the buyer's side,
talks) read by the whole pipeline: each case's relations with an accepted status, and nothing else.
Cases the pipeline does not read yet are marked xfail (strict, so a case that starts passing must lose
its mark)."""

from __future__ import annotations

import pytest

from .en_shapes_cases import CASES
from .news_shapes import assert_reads, shape_params

# not read yet: a round joined in the past told as news, the investor "came in" (its status stays
# "announced"; a round "led" is read: relations/kept_stakes.py), a round
# raised "by" its company, goods "used by" a customer, "sell Y" with two objects, a takeover approach
# "for it", a supplier weighed "as a source".
_NOT_YET = {
    "Harrowgate Capital came in as a minority investor in Brindle Cells' Series B.",
    "Harrowgate Capital participated in the $30 million round raised by Brindle Cells.",
    "Quarrel Metals' cathode material is already used by Tamworth Motors in its compact vans.",
    "Under the offtake agreement, Quarrel Metals will sell Tamworth Motors most of the mine's first output.",
    "Quarrel Metals denied a report that Harrowgate Capital had made a takeover approach for it.",
    "Tamworth Motors was weighing Brindle Cells as a source of cells for its compact models, a trade paper reported.",
}


@pytest.mark.parametrize("text, relations, plants", shape_params(CASES, _NOT_YET))
def test_english_news_shape(text, relations, plants, read_page):
    doc = read_page(text, "en")
    assert_reads(doc, relations, plants)
