"""Italian names a description's sector with the article fused to "di" ("il colosso dei
semiconduttori", "il produttore delle batterie"), also after an adjective we do not know ("il colosso
californiano dei semiconduttori"): the sector picks the company, not the one named nearest. Real names
for the gazetteer's kinds (Qualcomm makes chips, BMW cars, CATL cells), invented sentences."""

from __future__ import annotations

import pytest
from entity_helpers import run, spans


@pytest.mark.parametrize("text,description,company", [
    ("BMW ha firmato un accordo con Qualcomm. Il colosso californiano dei semiconduttori fornirà i processori.",
     "Il colosso californiano dei semiconduttori", "Qualcomm"),
    ("BMW ha firmato un accordo con Qualcomm. Il colosso dei semiconduttori fornirà i processori.",
     "Il colosso dei semiconduttori", "Qualcomm"),
    ("CATL ha firmato un contratto con BMW. Il gruppo bavarese delle auto di lusso comprerà celle per tre anni.",
     "Il gruppo bavarese delle auto", "BMW"),
    ("BMW ha firmato un contratto con CATL. Il produttore delle batterie aprirà una fabbrica in Ungheria.",
     "Il produttore delle batterie", "CATL"),
])
def test_the_sector_after_the_noun_picks_the_company(text, description, company):
    got = dict(spans(run(text, "it"), "COMPANY"))
    assert got.get(description) == company


def test_an_adjective_of_place_still_counts_without_a_sector():
    got = dict(spans(run("BMW ha firmato con Qualcomm. Il gruppo tedesco fornirà i sedili.", "it"), "COMPANY"))
    assert got.get("Il gruppo tedesco") == "BMW"
