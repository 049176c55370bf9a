"""A deal the company itself reports is announced, not rumoured: "según ha informado la compañía",
"secondo quanto riferito dall'azienda" are the company's own statement; a newspaper or sources named
after the same words still make a rumour. And talks about a supply noun between a parts maker and a
carmaker that also makes cells (BYD) read the parts maker as the supplier. Real companies, invented
sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _one(text, names, lang, sectors=None):
    rels = RelationExtractor()(make_doc(text, names, language=lang, sectors=sectors)).relations
    return [(r.type, r.source, r.target, r.status) for r in rels]


@pytest.mark.parametrize("lang,text", [
    ("es", "Gestamp suministrará piezas a Volvo Cars, según ha informado este martes la compañía española."),
    ("es", "Gestamp suministrará piezas a Volvo Cars, según ha informado la empresa en un comunicado."),
    ("it", "Brembo fornirà freni a BMW, secondo quanto riferito dall'azienda."),
    ("it", "Brembo fornirà freni a BMW, secondo quanto riferito dal gruppo in una nota."),
])
def test_the_company_reporting_its_own_deal_announces_it(lang, text):
    names = ["Gestamp", "Volvo Cars"] if lang == "es" else ["Brembo", "BMW"]
    assert [r[3] for r in _one(text, names, lang)] == ["announced"]


@pytest.mark.parametrize("lang,text", [
    ("es", "Gestamp suministrará piezas a Volvo Cars, según ha informado el diario Expansión."),
    ("es", "Gestamp suministrará piezas a Volvo Cars, según ha informado Expansión."),
    ("it", "Brembo fornirà freni a BMW, secondo quanto riportato dal Sole 24 Ore."),
    ("it", "Brembo fornirà freni a BMW, secondo quanto riferito da fonti sindacali."),
])
def test_a_newspaper_or_sources_still_make_a_rumour(lang, text):
    names = ["Gestamp", "Volvo Cars"] if lang == "es" else ["Brembo", "BMW"]
    assert [r[3] for r in _one(text, names, lang)] == ["rumoured"]


@pytest.mark.parametrize("lang,text", [
    ("it", "Brembo è in trattativa con BYD per la fornitura del sistema frenante."),
    ("it", "BYD è in trattativa con Brembo per la fornitura di freni."),
    ("es", "Brembo negocia con BYD el suministro de frenos."),
])
def test_talks_about_parts_with_a_carmaker_that_makes_cells(lang, text):
    got = _one(text, ["Brembo", "BYD"], lang, {"Brembo": ["supplier"], "BYD": ["carmaker", "battery_cells"]})
    assert ("supplies", "Brembo", "BYD", "in_talks") in got
