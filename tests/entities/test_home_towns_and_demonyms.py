"""Words a cue would take for a name and that name none (session 14): an adverb opening the sentence
before a comma ("Surtout, le constructeur ..."), the home town after a group noun ("il gruppo di
Yongin fornisce", "le groupe de Wolfsbourg achètera"), an English demonym before a company noun
("the Californian electric-vehicle maker", "a Texan start-up"). Invented companies (Almara, Brixo)."""

from __future__ import annotations

import pytest

from entity_helpers import run, spans


def _companies(text, language):
    return [surface for surface, _ in spans(run(text, language), "COMPANY")]


@pytest.mark.parametrize("language,text,word", [
    ("fr", "Surtout, le constructeur de camions a conclu un contrat avec Brixo.", "Surtout"),
    ("fr", "Notamment, le groupe fournit des cellules à Brixo.", "Notamment"),
    ("de", "Parallel dazu liefert die Tochter Zellen an Brixo.", "Parallel"),
    ("it", "Ancora oggi la società fornisce celle a Brixo.", "Ancora"),
    ("es", "Así, la empresa suministrará celdas a Brixo.", "Así"),
])
def test_an_opening_adverb_is_no_company(language, text, word):
    assert word not in _companies(text, language)


@pytest.mark.parametrize("language,text,town", [
    ("it", "Almara fornisce Brixo dal 2020. Il gruppo di Ulsanico fornisce anche altri costruttori.", "Ulsanico"),
    ("fr", "Almara a signé avec Brixo. Le groupe de Wolfsbourg achètera aussi des cellules.", "Wolfsbourg"),
    ("es", "Almara firmó con Brixo. El grupo de Ulsanico comprará también celdas.", "Ulsanico"),
])
def test_the_home_town_after_a_group_noun_is_no_company(language, text, town):
    assert town not in _companies(text, language)


@pytest.mark.parametrize("text,word", [
    ("Almara raised its investment in the Californian electric-vehicle maker to $2bn.", "Californian"),
    ("Almara invested in the Texan start-up last year.", "Texan"),
])
def test_an_english_demonym_before_a_company_noun_is_no_company(text, word):
    assert word not in _companies(text, "en")


def test_a_name_before_a_company_noun_is_still_found():
    # (a name, not a demonym: no article, or no company noun after it)
    assert "Brixan" in _companies("Almara said Brixan supplies cells to Vostra.", "en")


@pytest.mark.parametrize("text,word", [
    ("Brixo werde von 2028 an Zellkontaktiersysteme für eine neue Generation von Hochvoltspeichern beziehen.", "Hochvoltspeichern"),
    ("Brixo werde von 2028 an Zellkontaktiersysteme für eine neue Generation von Hochvoltspeichern beziehen.", "Zellkontaktiersysteme"),
    ("Der Auftrag über Brennstoffzellenmodule von Almara ist der größte.", "Brennstoffzellenmodule"),
    # after a description the German noun reads like the name of an apposition ("der Konzern Kühlplatten")
    ("Almara ist kein Neuling. Seit 2023 liefert der Konzern Kühlplatten an Vostra.", "Kühlplatten"),
    ("Seit Jahren liefert das Unternehmen Wärmepumpen an Vostra.", "Wärmepumpen"),
    ("Künftig liefert der Zulieferer Steuergeräte an Vostra.", "Steuergeräte"),
])
def test_a_german_compound_naming_goods_is_no_company(text, word):
    assert word not in _companies(text, "de")
