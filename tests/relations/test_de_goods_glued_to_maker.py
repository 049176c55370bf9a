"""German names a make by gluing the maker to the goods: "BMW bezieht die Vostra-Zellen aus China",
"verbaut Vostra-Chips", "setzt auf Vostra-Zellen" (invented sentences, made-up companies). After a verb of
buying or using, the maker glued to the goods supplies the subject; the compound is not a company
bought, and other compounds ("Vostra-Aktien", "Vostra-Modelle", "Vostra-Plattform") name no make."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Norvik", "Corvalis", "Tessaro", "Brixo")


def _rels(text):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language="de"))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("text", [
    "Brixo bezieht die Norvik-Zellen aus China.",
    "Bis dahin bezieht Brixo die Norvik-Zellen aus China.",
    "Brixo verbaut Norvik-Zellen in seinen Kompaktmodellen.",
    "Brixo verbaut künftig Norvik-Chips.",
    "Für das Assistenzsystem nutzt Brixo Norvik-Chips.",
    "Brixo setzt auf Norvik-Zellen.",
    "Seit 2023 verwendet Brixo die Norvik-Steuergeräte.",
])
def test_goods_glued_to_their_maker_are_bought_from_it(text):
    assert ("supplies", "Norvik", "Brixo") in _rels(text)


@pytest.mark.parametrize("text", [
    "Brixo bezieht die Norvik-Aktien.",                       # shares, not goods
    "Brixo nutzt die Norvik-Plattform.",                      # a platform shared, no make bought
    "Brixo bezieht die Zellen für die Norvik-Modelle von Tessaro.",  # Norvik's cars are the customer's
    "Norvik-Zellen sind in China gefragt, sagte Brixo.",     # no verb of buying before the name
])
def test_no_make_bought(text):
    assert ("supplies", "Norvik", "Brixo") not in _rels(text)


def test_buying_goods_glued_to_a_maker_is_no_takeover():
    assert not any(r[0] == "acquires" and r[2] == "Norvik" for r in _rels("Brixo kauft Norvik-Zellen von Tessaro."))


def test_compound_chip_words_are_chips():
    # German compounds of "Chips" name the goods of a verb of use
    assert ("supplies", "Norvik", "Brixo") in _rels("Brixo nutzt Rechnerchips von Norvik.")
    assert ("supplies", "Norvik", "Brixo") in _rels("Brixo verwendet Systemchips von Norvik.")
