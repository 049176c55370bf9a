""""Already" told of a signing ("has already signed a supply contract with Y", "ya firmó un contrato", "ya
adjudicó los arneses a Y", "a déjà signé un contrat") says the deal is signed, not that the tie runs:
announced; "already" before a verb of supplying or holding still reads active. The verb of having reads a
deal in force only before a whole article ("has a contract"), not before a word that opens with one
("has already signed a contract"). Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor
from tierscope.relations.held_deals import held_deal
from tierscope.relations.signed_already import without_signed_already

from .helpers import make_doc


def _statuses(text, language):
    doc = RelationExtractor()(make_doc(text, ["Kelvar", "Brixo"], language=language))
    return {r.status for r in doc.relations}


@pytest.mark.parametrize("language,text", [
    ("en", "Brixo has already signed a supply contract with Kelvar."),
    ("es", "Brixo ya firmó un contrato de suministro con Kelvar."),
    ("es", "Para su próximo modelo, Brixo ya adjudicó los arneses a Kelvar, que empezará a surtirlos en 2028."),
    ("fr", "Brixo a déjà signé un contrat d'approvisionnement avec Kelvar."),
])
def test_a_signing_told_as_done_is_announced(language, text):
    assert _statuses(text, language) == {"announced"}


@pytest.mark.parametrize("language,text", [
    ("en", "Kelvar already supplies cells to Brixo."),
    ("es", "Kelvar ya suministra celdas a Brixo."),
])
def test_already_before_a_running_tie_stays_active(language, text):
    assert _statuses(text, language) == {"active"}


def test_already_is_blanked_only_before_or_after_a_signing():
    text = "Brixo ya adjudicó los arneses"
    assert "ya" not in without_signed_already("es", text, 0, len(text)).split()
    text = "Kelvar ya suministra celdas"
    assert without_signed_already("es", text, 0, len(text)) == text


def test_having_reads_only_a_whole_article():
    text = "Brixo has already signed a supply contract with Kelvar."
    t0 = text.index("supply")
    assert held_deal("en", text, 0, t0, t0 + 15) is None
    text = "Brixo has a supply contract with Kelvar."
    t0 = text.index("supply")
    assert held_deal("en", text, 0, t0, t0 + 15) == "active"


def test_a_deal_kept_is_held():
    text = "Brixo has kept its development partnership with Kelvar for sodium-ion cells."
    assert _statuses(text, "en") == {"active"}
