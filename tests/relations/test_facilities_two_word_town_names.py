"""Plants: a town the place lists do not know whose name opens with "New", "North", "Old"... ("in
New Harlow, Indiana", "a North Brenton"): the word opens no place alone, but a town's name of two
capitalised words. "its new plant in X" is still no place "new".

Every sentence here is written for the test (invented companies and towns); none comes from the dev
or golden pages.
"""

from __future__ import annotations

import pytest

from .helpers import facs


def _where(fs):
    return [(f.owner, f.location) for f in fs]


@pytest.mark.parametrize("lang, text", [
    ("en", "Kornex and Brelix signed an agreement to build a cell plant in New Harlow, Indiana."),
    ("en", "Kornex will open a cathode factory near North Brenton next year."),
    ("it", "Kornex costruirà uno stabilimento di celle a New Harlow, nell'Indiana."),
    ("fr", "Kornex construira une usine de cellules à New Harlow, dans l'Indiana."),
    ("es", "Kornex levantará una planta de celdas en New Harlow, Indiana."),
])
def test_a_town_named_new_or_north(lang, text):
    fs = facs(text, ["Kornex", "Brelix"], lang, places={"Indiana": "US", "Indiana.": "US"})
    assert [w for _, w in _where(fs)][:1] in (["New Harlow"], ["North Brenton"])


def test_new_alone_is_no_place():
    text = "Kornex is building its new plant in New. The site was chosen last year."
    assert "New" not in [w for _, w in _where(facs(text, ["Kornex"]))]


def test_a_lowercase_new_stays_an_adjective():
    text = "Kornex is building a new plant in Ashby."
    assert _where(facs(text, ["Kornex"], places=["Ashby"])) == [("Kornex", "Ashby")]
