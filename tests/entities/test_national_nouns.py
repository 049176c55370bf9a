"""A nationality adjective used as a noun after a singular article ("la japonesa", "la tedesca",
"le sud-coréen", "l'allemand") stands for the latest company of that country (entities/coref.py,
``_national_mentions``). Sentences written for the test; countries from the gazetteer."""

from __future__ import annotations

import pytest
from entity_helpers import run


def corefs(doc):
    return [(m.text, m.canonical) for m in doc.mentions if m.source == "coref"]


@pytest.mark.parametrize("language, text, phrase, company", [
    ("es", "Bridgestone abrirá una planta en Burgos. La japonesa ya suministra neumáticos a Toyota.", "La japonesa", "Bridgestone"),
    ("es", "Bosch invertirá en Madrid. Según la alemana, el mercado crece.", "la alemana", "Bosch"),
    ("es", "CATL y Stellantis firmaron el contrato. El chino fabricará las celdas en Zaragoza.", "El chino", "CATL"),
    ("es", "LG Energy Solution amplía su planta. La surcoreana suministrará celdas a Renault.", "La surcoreana", "LG Energy Solution"),
    ("it", "Bosch ha aperto un impianto a Bari. La tedesca fornirà inverter a Stellantis.", "La tedesca", "Bosch"),
    ("it", "Samsung SDI cresce in Europa. Secondo la coreana, la domanda è forte.", "la coreana", "Samsung SDI"),
    ("it", "Stellantis ha firmato con Panasonic. Dalla giapponese arriveranno le celle.", "Dalla giapponese", "Panasonic"),
    ("it", "Valeo punta sull'Italia. Il francese ha aperto un centro a Torino.", "Il francese", "Valeo"),
    ("fr", "LG Energy Solution construit une usine en Pologne. Le sud-coréen livrera des cellules à Renault.", "Le sud-coréen", "LG Energy Solution"),
    ("fr", "Bosch ouvre une usine à Rodez. L'allemand fournira des capteurs à Stellantis.", "L'allemand", "Bosch"),
    ("fr", "Toyota et Renault discutent. Selon le japonais, un accord est proche.", "le japonais", "Toyota"),
])
def test_nationality_noun_is_the_company_of_that_country(language, text, phrase, company):
    assert (phrase, company) in corefs(run(text, language))


def test_the_latest_company_of_the_country_is_taken():
    doc = run("Bosch e Continental hanno chiuso il trimestre. La tedesca Continental ha anche firmato con Stellantis. "
              "La tedesca fornirà i freni.", "it")
    assert ("La tedesca", "Continental") in corefs(doc)


@pytest.mark.parametrize("language, text", [
    # the adjective before a name is the name's own description, no reference back
    ("es", "Bridgestone crece en Europa. La japonesa Bridgestone suministra neumáticos a Toyota."),
    ("it", "Bosch cresce. La tedesca Bosch fornirà sensori a Stellantis."),
    ("fr", "Bosch ouvre une usine. L'allemand Bosch livrera des capteurs."),
    # no company of that country named: nothing to stand for
    ("es", "Gestamp abre una planta. La japonesa ya suministra neumáticos a Toyota."),
    # an adjective after its own noun ("la industria alemana") or in a plural
    ("es", "Bosch crece. La industria alemana sufre la crisis."),
    ("it", "Bosch cresce. Le aziende tedesche soffrono la crisi."),
])
def test_no_reference_without_a_bare_nationality_noun(language, text):
    assert not [c for c in corefs(run(text, language)) if c[0].casefold() in (
        "la japonesa", "la tedesca", "l'allemand", "alemana", "tedesche")]


@pytest.mark.parametrize("language, text", [
    ("it", "Bosch cresce in Italia. Il gruppo è gestito all'americana."),
    ("it", "Bosch cresce in Italia. La fabbrica lavora alla tedesca."),
    ("es", "Bosch crece en España. La planta trabaja a la alemana."),
    ("fr", "Bosch grandit en France. L'usine tourne à l'allemande."),
])
def test_a_manner_is_no_company(language, text):
    assert not [c for c in corefs(run(text, language)) if c[0].casefold().endswith(("americana", "tedesca", "alemana", "allemande"))]
