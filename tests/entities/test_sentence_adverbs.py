"""An adverb opening a sentence before its verb is no company, in the five languages: a subject cue
("<Name> fornirà", "<Name> kooperiert") must not take "Tuttavia" or "Dafür" for a name. Invented
companies (Almara, Brixo, Vostra)."""

from __future__ import annotations

import pytest

from entity_helpers import run, spans


@pytest.mark.parametrize("language,text,word", [
    ("de", "Dafür kooperiert die Tochter seit 2024 mit dem Entwickler Brixo.", "Dafür"),
    ("de", "Deshalb liefert die Tochter Zellen an Brixo.", "Deshalb"),
    ("de", "Inzwischen gehört die Tochter zu Brixo.", "Inzwischen"),
    ("de", "Almara bleibt an Bord, teilte das Unternehmen mit.", "Bord"),
    ("it", "Tuttavia fornirà celle a Brixo dal 2027.", "Tuttavia"),
    ("it", "Successivamente acquisirà Brixo per 40 milioni.", "Successivamente"),
    ("es", "Asimismo suministrará celdas a Brixo desde 2027.", "Asimismo"),
    ("es", "Posteriormente adquirirá Brixo por 40 millones.", "Posteriormente"),
    ("fr", "Désormais fournira des cellules à Brixo.", "Désormais"),
    ("en", "Separately supplies cells to Brixo from 2027.", "Separately"),
])
def test_an_adverb_opening_the_sentence_is_no_company(language, text, word):
    assert word not in [surface for surface, _ in spans(run(text, language), "COMPANY")]


@pytest.mark.parametrize("language,text,name", [
    ("de", "Dafür liefert Bosch Steuergeräte an Almara.", "Bosch"),
    ("it", "Tuttavia Brixo Energy fornirà celle ad Almara.", "Brixo Energy"),
    ("es", "Asimismo Brixo Energy suministrará celdas a Almara.", "Brixo Energy"),
])
def test_a_name_after_the_adverb_is_still_found(language, text, name):
    assert name in [surface for surface, _ in spans(run(text, language), "COMPANY")]


@pytest.mark.parametrize("text,word", [
    ("Stuttgarter Zulieferer meldet den größten Auftrag seiner Geschichte", "Stuttgarter Zulieferer"),
    ("Münchner Autobauer bestellt Zellen in Ungarn", "Münchner Autobauer"),
    ("Der Autozulieferer Almara hat einen großen Auftrag an Land gezogen.", "Land"),
])
def test_a_german_headline_description_or_idiom_is_no_company(text, word):
    assert word not in [surface for surface, _ in spans(run(text, "de"), "COMPANY")]


def test_a_name_after_a_city_adjective_and_its_noun_is_still_found():
    assert "Almara" in [surface for surface, _ in spans(run("Der Stuttgarter Zulieferer Almara baut ein Werk.", "de"),
                                                        "COMPANY")]


@pytest.mark.parametrize("language,text,word", [
    ("de", "Wir liefern ab 2027 Zellen an Brixo, sagte der Chef.", "Wir"),
    ("it", "Noi forniremo celle a Brixo, ha detto il capo.", "Noi"),
    ("fr", "Nous livrerons des cellules à Brixo, a dit le patron.", "Nous"),
])
def test_a_pronoun_is_no_company(language, text, word):
    assert word not in [surface for surface, _ in spans(run(text, language), "COMPANY")]


@pytest.mark.parametrize("text,word", [
    ("Almara buys the cells from South Korean and Chinese suppliers.", "South Korean"),
    ("The deal was the first struck by the Anglo-Australian miner since it bought Brixo.", "Anglo-Australian"),
    ("Sales to North American carmakers rose, said Almara.", "North American"),
])
def test_a_nationality_of_several_words_is_no_company(text, word):
    assert word not in [surface for surface, _ in spans(run(text, "en"), "COMPANY")]


def test_a_description_with_a_compound_nationality_still_points_back():
    text = ("Rio Tinto has signed a deal to supply lithium to LG Energy Solution. Rio Tinto will ship "
            "30,000 tonnes a year to the South Korean cell maker's plants in Poland.")
    assert ("the South Korean cell maker", "LG Energy Solution") in spans(run(text, "en"), "COMPANY")
