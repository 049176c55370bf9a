"""English names a plant by its place before the plant noun ("the Harwick chip plant", "the Ridgeline
campus"): a word the name finder took by position there is a site, not a company
(entities/plant_sites.py), unless the page gives it a company's marks or names a company it opens.
Companies and places made up here."""

from __future__ import annotations

import pytest
from entity_helpers import run


def companies(text: str) -> list[str]:
    return [m.canonical for m in run(text, "en").mentions if m.label == "COMPANY" and m.source != "coref"]


@pytest.mark.parametrize("text, site", [
    ("Renault has agreed to buy power modules from the Harwick chip plant owned by Kestrel Semiconductors.", "Harwick"),
    ("Kestrel Thermal supplies seat sets to the Ridgeline campus of Hyundai.", "Ridgeline"),
    ("Renault will buy cathode material from the Dunmore cathode facility run by Kestrel Minerals.",
     "Dunmore"),
])
def test_the_site_is_no_company(text, site):
    assert site not in companies(text)


def test_a_company_that_acts_keeps_its_name():  # a guard: the subject of a verb is a company
    assert "Velmora" in companies("Velmora said it would expand the Velmora plant in Ohio. Velmora supplies Ford.")


def test_a_short_form_keeps_its_company():  # "the Velmora site" beside "Velmora Motors": the carmaker's site
    from tierscope.doc import Mention
    from tierscope.entities.plant_sites import drop_sites

    text = "Velmora Motors builds pickups in Ohio. Lear will supply seats to Velmora from a plant near the Velmora site."
    def company(word, canonical, source, cue=None):
        at = text.index(word, text.index("supply") if source == "pattern" else 0)
        return Mention(start=at, end=at + len(word), text=word, label="COMPANY", canonical=canonical, sentence=0,
                       source=source, attrs={"cue": cue} if cue else {})
    known = [company("Velmora Motors", "Velmora Motors", "gazetteer")]
    found = [company("Velmora", "Velmora", "pattern", "deal")]
    assert drop_sites(text, "en", found, known) == found
    assert drop_sites(text, "en", found, []) == []  # with no longer name, the site alone
