"""A tie whose start is dated in the past runs: its noun with a relative that dates it ("a collaboration
that began in 2023", "eine Kooperation, die 2023 begann", "une collaboration qui a débuté en 2022",
"una colaboración que comenzó en 2022", "una partnership nata nel 2022"), "since <year>" after the
trigger where "since" cannot mean "from" (en, de, fr), a contract or agreements one has ("has a contract
to supply", "has offtake agreements with"), and Italian "da oltre un anno lavora con". A first or a
record told with "since" stays as it was. Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, language, names=("Almara", "Brixo", "Kelda")):
    doc = RelationExtractor()(make_doc(text, list(names), language=language))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("language,text", [
    ("en", "Almara also works with Brixo on battery chips, a collaboration that began in 2023."),
    ("en", "The assistant is the result of a cooperation between Almara and Brixo that has been running since 2023."),
    ("en", "Almara has been assembling cars with Brixo under a manufacturing partnership since 2024."),
    ("de", "Almara arbeitet mit Brixo an Batteriechips, eine Kooperation, die 2023 begann."),
    ("es", "Almara trabaja con Brixo en un motor eléctrico, en una colaboración que comenzó en 2022."),
    ("it", "Almara si appoggia all'accordo di collaborazione con Brixo, avviato due anni fa."),
    ("it", "Almara collabora con Brixo sulle celle, una partnership nata nel 2022."),
    ("it", "Almara, che da oltre un anno lavora con Brixo alla progettazione delle linee, proseguirà la collaborazione."),
])
def test_a_partnership_dated_in_the_past_is_active(language, text):
    got = _rels(text, language)
    assert "active" == (got.get(("partners_with", "Almara", "Brixo")) or got.get(("partners_with", "Brixo", "Almara")))


def test_a_joint_venture_the_two_created_is_active():
    text = "La fábrica avanza según fuentes de la empresa conjunta que Almara y Brixo crearon a finales de 2024."
    got = _rels(text, "es")
    assert "active" == (got.get(("joint_venture", "Almara", "Brixo")) or got.get(("joint_venture", "Brixo", "Almara")))


@pytest.mark.parametrize("text,pairs", [
    ("Almara has a contract to supply lithium to Brixo in the United States.", [("Almara", "Brixo")]),
    ("Brixo has offtake agreements with Almara and Kelda.", [("Almara", "Brixo"), ("Kelda", "Brixo")]),
])
def test_a_contract_one_has_is_running(text, pairs):
    got = _rels(text, "en")
    assert [got[("supplies", a, b)] for a, b in pairs] == ["active"] * len(pairs)


@pytest.mark.parametrize("text", [
    "Almara has a new contract to supply lithium to Brixo.",
    "Almara has signed agreements with Brixo to supply lithium.",
])
def test_a_new_or_signed_contract_is_not_running(text):
    assert _rels(text, "en").get(("supplies", "Almara", "Brixo"), "none") != "active"


def test_a_first_since_a_year_is_no_start():
    text = "Almara will supply cells to Brixo, its first contract since 2019."
    assert _rels(text, "en")[("supplies", "Almara", "Brixo")] == "announced"
