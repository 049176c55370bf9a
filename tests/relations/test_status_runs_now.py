"""A tie said to run already, beside the signing or deal word that reads "announced": "is already
operational", "still holds it", "è già operativa", "travaillent déjà ensemble", "en reste actionnaire",
"ya es accionista", "läuft bereits": active. Not a cue told after a future ("will ... already") nor one of
the next conjunct (", and the partnership with Z, already active"). Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, language, names=("Almara", "Brixo", "Kelda")):
    doc = RelationExtractor()(make_doc(text, list(names), language=language))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


def _pair(got, a, b):
    return got.get(("partners_with", a, b)) or got.get(("partners_with", b, a))


@pytest.mark.parametrize("language,text", [
    ("en", "Almara signed a development partnership with Brixo in 2024, which is already operational in Lyon."),
    ("it", "Almara ha firmato nel 2024 un accordo di collaborazione con Brixo, che è già operativa a Torino."),
    ("fr", "Almara a signé en mai un partenariat industriel avec Brixo ; leurs ingénieurs travaillent déjà ensemble à Nantes."),
    ("es", "Almara firmó en 2024 un acuerdo de colaboración con Brixo, que ya está en marcha en Vigo."),
    ("de", "Almara hat 2024 eine Kooperation mit Brixo vereinbart, die bereits läuft."),
])
def test_a_partnership_said_to_run_is_active(language, text):
    assert _pair(_rels(text, language), "Almara", "Brixo") == "active"


@pytest.mark.parametrize("language,text", [
    ("fr", "Almara, qui avait participé à un tour de table de Brixo en 2019, en reste actionnaire."),
    ("es", "Almara se comprometió a invertir 200 millones en Brixo, de la que ya es accionista minoritario."),
])
def test_a_stake_said_to_be_kept_is_active(language, text):
    assert _rels(text, language)[("invests_in", "Almara", "Brixo")] == "active"


@pytest.mark.parametrize("language,text", [
    ("en", "Almara signed a development partnership with Brixo, and the alliance with Kelda is already operational."),
    ("it", "Almara ha ricordato l'accordo firmato con Brixo per i furgoni, e la collaborazione con Kelda, già attiva su alcuni modelli."),
])
def test_the_next_conjunct_keeps_its_cue(language, text):
    got = _rels(text, language)
    assert _pair(got, "Almara", "Brixo") == "announced"


@pytest.mark.parametrize("language,text", [
    ("fr", "Almara, monté au capital de Brixo en 2020 et qui en reste l'un des principaux actionnaires, avait promis "
           "d'acheter ses premiers modules."),
    ("fr", "Almara, entré au capital de Brixo en 2021, en demeure le premier actionnaire."),
])
def test_one_of_the_main_shareholders_still_is_active(language, text):
    assert _rels(text, language)[("invests_in", "Almara", "Brixo")] == "active"
