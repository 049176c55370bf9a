"""LanguageDetector on short and long texts in the five languages, and on other languages."""

from __future__ import annotations

import pytest

from tierscope.doc import Document
from tierscope.language import LanguageDetector, main_text

SHORT = {
    "en": "The carmaker signed a supply deal with the battery maker.",
    "it": "Pirelli ha firmato un accordo con Enel per la fornitura di energia.",
    "de": "Der Autobauer hat einen Liefervertrag mit dem Zulieferer unterzeichnet.",
    "fr": "Le constructeur a signé un contrat avec le fournisseur.",
    "es": "El grupo ha firmado un acuerdo de suministro con la empresa catalana.",
}
LONG = {
    "en": "LG Energy Solution will supply cylindrical battery cells to Tesla from its new plant in Arizona, the "
    "companies said on Wednesday. The deal covers about 20 GWh a year from 2025, according to a filing. "
    "Panasonic, Tesla's oldest cell supplier, is also expanding in Kansas, where it is building a factory.",
    "it": "Pirelli fornirà a Volkswagen gli pneumatici per i nuovi modelli elettrici prodotti nello stabilimento "
    "di Zwickau. L'accordo, del valore di circa 300 milioni di euro, ha una durata di cinque anni, ha precisato "
    "la società milanese in una nota diffusa dopo la chiusura della Borsa.",
    "de": "Der Zulieferer Bosch wird Mercedes-Benz ab 2025 mit Radarsensoren für die neue Elektro-Plattform "
    "beliefern. Das Auftragsvolumen liegt nach Angaben aus Branchenkreisen bei rund 1,5 Milliarden Euro. Die "
    "Produktion soll im Werk Reutlingen anlaufen, teilte das Unternehmen am Dienstag mit.",
    "fr": "Renault a signé avec la start-up grenobloise Verkor un contrat d'approvisionnement en cellules pour ses "
    "futures voitures électriques. L'usine de Dunkerque doit produire 16 GWh par an à partir de 2025, a indiqué "
    "le constructeur dans un communiqué publié mardi.",
    "es": "Iberdrola suministrará energía renovable a la planta de Seat en Martorell durante los próximos diez "
    "años. El contrato prevé la construcción de un parque solar de 250 MW en Aragón, según informó la eléctrica "
    "en un comunicado remitido a la Comisión Nacional del Mercado de Valores.",
}


@pytest.fixture(scope="module")
def detector():
    d = LanguageDetector()
    d.warm_up()
    return d


def detect(detector, text, boilerplate=()):
    return detector(Document(id="t", source="t", text=text, boilerplate=list(boilerplate)))


@pytest.mark.parametrize("lang", sorted(SHORT))
def test_short_texts(detector, lang):
    doc = detect(detector, SHORT[lang])
    assert doc.language == lang and doc.errors == []


@pytest.mark.parametrize("lang", sorted(LONG))
def test_long_texts(detector, lang):
    doc = detect(detector, LONG[lang])
    assert doc.language == lang and doc.errors == []


@pytest.mark.parametrize(
    "code, text",
    [
        ("pt", "A Petrobras assinou um contrato de fornecimento com a Vale para a entrega de minério de ferro "
               "nos próximos cinco anos, informou a empresa em comunicado."),
        ("nl", "Het bedrijf heeft een nieuwe fabriek geopend in Eindhoven voor de productie van batterijen, "
               "meldde de directie dinsdag in een persbericht."),
    ],
)
def test_other_language_is_kept_with_a_note(detector, code, text):
    doc = detect(detector, text)
    assert doc.language == code
    assert doc.errors == [f"language '{code}' is not supported; extracted with general rules only"]


def test_boilerplate_is_ignored(detector):
    menu = "Startseite | Wirtschaft | Politik | Sport | Auto | Digital | Kultur | Wissen | Panorama\n" * 5
    text = menu + LONG["en"]
    doc = detect(detector, text, [(0, len(menu) - 1)])
    assert doc.language == "en"


def test_main_text_skips_ranges_and_caps_length():
    text = "aaa|bbb|ccc"
    assert main_text(text, [(3, 8)]) == "aaa\nccc"
    assert len(main_text("x" * 5000, [])) == 1000


def test_model_not_loaded_at_import():
    import subprocess
    import sys

    code = "import sys, tierscope.language as l; assert l._identifier is None and 'py3langid' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)
