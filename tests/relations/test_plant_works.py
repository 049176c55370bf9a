"""The contractor that builds, or the maker that fits out, the plant a story is about, told with no
customer in its sentence: it supplies the company the story names most (plant_works.py). Invented
companies (Almara, Brixo, Corvalis, Kestrel)."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ["Almara", "Brixo", "Corvalis", "Kestrel"]

_LEAD = {
    "en": "Almara is building its cathode plant near Leeds. Almara expects to start production in 2027. "
          "The plant is Almara's first in Europe. ",
    "es": "Almara construye su planta de cátodos en Teruel. Almara prevé arrancar la producción en 2027. "
          "La planta es la primera de Almara en Europa. ",
    "it": "Almara costruisce il suo stabilimento di catodi a Foggia. Almara prevede di avviare la produzione nel 2027. "
          "L'impianto è il primo di Almara in Europa. ",
    "fr": "Almara construit son usine de cathodes à Calais. Almara prévoit de démarrer la production en 2027. "
          "L'usine est la première d'Almara en Europe. ",
    "de": "Almara baut sein Kathodenwerk in Cottbus. Almara will die Produktion 2027 starten. "
          "Das Werk ist das erste von Almara in Europa. ",
}


@pytest.mark.parametrize("lang,text", [
    ("en", "Kestrel, which secured the general construction contract in 2024, has 700 workers on site."),
    ("en", "The cathode lines will be supplied by the Swiss machinery maker Kestrel."),
    ("es", "Los trabajos los ejecuta Kestrel, que tiene ya 500 operarios en la parcela."),
    ("es", "Las líneas de calcinación las suministrará el fabricante alemán Kestrel."),
    ("it", "I lavori di costruzione sono stati affidati a Kestrel, che ha aperto il cantiere in marzo."),
    ("it", "Le linee di produzione sono state fornite dalla tedesca Kestrel."),
    ("fr", "Les travaux de génie civil seront attribués à Kestrel, dont les grues arrivent en mai."),
    ("fr", "Kestrel a remporté le contrat de construction des bâtiments principaux."),
    ("de", "Generalunternehmer ist Kestrel aus Mannheim."),
    ("de", "Die Beschichtungsanlagen liefert der Maschinenbauer Kestrel."),
])
def test_the_contractor_or_line_maker_supplies_the_company_of_the_story(lang, text):
    doc = RelationExtractor()(make_doc(_LEAD[lang] + text, _NAMES, language=lang))
    got = {(r.type, r.source, r.target) for r in doc.relations}
    assert ("supplies", "Kestrel", "Almara") in got


def test_no_customer_when_the_story_has_no_main_company():
    text = ("Almara and Brixo are building a cathode plant near Leeds. Almara and Brixo expect output in 2027. "
            "Almara and Brixo share the costs. Kestrel, which secured the general construction contract in 2024, has 700 workers on site.")
    doc = RelationExtractor()(make_doc(text, _NAMES, language="en"))
    assert not any(r.source == "Kestrel" for r in doc.relations)


def test_no_customer_when_another_company_is_named_in_the_sentence():
    text = _LEAD["en"] + "Kestrel, which secured the general construction contract in 2024, works with Corvalis on the roof."
    doc = RelationExtractor()(make_doc(text, _NAMES, language="en"))
    assert ("supplies", "Kestrel", "Almara") not in {(r.type, r.source, r.target) for r in doc.relations}


def test_a_peer_builder_of_the_story_company_is_no_contractor_of_it():
    # the story's company and the one named are both builders: a builder's own plant, no supply told
    text = _LEAD["en"] + "Kestrel, which secured the general construction contract in 2024, has 700 workers on site."
    sectors = {"Almara": ["construction"], "Kestrel": ["construction"]}
    doc = RelationExtractor()(make_doc(text, _NAMES, language="en", sectors=sectors))
    assert not any(r.source == "Kestrel" for r in doc.relations)


@pytest.mark.parametrize("lang,text", [
    # the contractor's title opening the sentence, with a capital: the cheap word test before the patterns
    # must not ask for the lower-case word only
    ("es", "Contratista principal de la obra es Kestrel, con sede en Zaragoza."),
    ("fr", "Maître d'œuvre du chantier est Kestrel, présent sur le site depuis mars."),
])
def test_a_contractor_title_opening_the_sentence_is_read(lang, text):
    doc = RelationExtractor()(make_doc(_LEAD[lang] + text, _NAMES, language=lang))
    got = {(r.type, r.source, r.target) for r in doc.relations}
    assert ("supplies", "Kestrel", "Almara") in got
