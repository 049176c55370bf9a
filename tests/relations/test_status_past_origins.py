"""A tie told as what a company was at first or before ("Y was previously a subsidiary of X", "Y était à
l'origine la filiale de X", "Y era en su origen una filial de X", "Y war ursprünglich eine Tochter von X") is over:
ended, in every language; the present ("is still a subsidiary") is not. Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor
from tierscope.relations.past_origins import past_origin

from .helpers import make_doc


def _rels(text, language, names=("Kelvar", "Brixo")):
    doc = RelationExtractor()(make_doc(text, list(names), language=language))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("language,text", [
    ("en", "Kelvar was previously a wholly owned subsidiary of Brixo."),
    ("fr", "Kelvar était à l'origine la filiale batteries de Brixo, avant d'être rachetée par un fonds."),
    ("es", "Kelvar era en su origen una filial de Brixo."),
    ("de", "Kelvar war ursprünglich eine Tochter von Brixo."),
])
def test_what_a_company_was_at_first_is_over(language, text):
    assert _rels(text, language)[("owns", "Brixo", "Kelvar")] == "ended"


@pytest.mark.parametrize("language,text", [
    ("en", "Kelvar is still a wholly owned subsidiary of Brixo."),
    ("en", "Kelvar was previously a supplier and is still a subsidiary of Brixo."),
    ("de", "Kelvar ist eine Tochter von Brixo."),
])
def test_a_present_tie_stays_active(language, text):
    assert _rels(text, language)[("owns", "Brixo", "Kelvar")] == "active"


def test_the_adverb_needs_its_past_copula_close_before_the_noun():
    text = "The originally planned subsidiary of Brixo"
    t0 = text.index("subsidiary")
    assert not past_origin("en", text, t0, t0 + 13)
    text = "Kelvar was previously a wholly owned subsidiary of Brixo"
    t0 = text.index("subsidiary")
    assert past_origin("en", text, t0, t0 + 13)


def test_a_company_born_as_a_venture_may_still_be_one():
    text = "Kelvar, nata nel 2020 come joint venture tra Brixo e Tamsin, ha annunciato una nuova fabbrica."
    rels = _rels(text, "it", names=("Kelvar", "Brixo", "Tamsin"))
    assert rels[("joint_venture", "Brixo", "Tamsin")] == "active"


def test_a_party_named_past_the_nouns_clause_is_another_ties():
    text = "Kelvar was previously a subsidiary of Brixo, before Tamsin bought it"
    t0 = text.index("subsidiary")
    assert past_origin("en", text, t0, t0 + 13, [(0, 6), (38, 43)])
    assert not past_origin("en", text, t0, t0 + 13, [(0, 6), (52, 58)])


@pytest.mark.parametrize("language,text", [
    ("es", "Kelvar nació en 2009 como filial de Brixo y pasó a manos de un fondo en 2019."),
    ("it", "La Kelvar, nata come divisione batterie di Brixo, è stata ceduta nel 2019."),
    ("fr", "Kelvar, née comme filiale de Brixo, a été vendue en 2019."),
    ("en", "Kelvar began life as a subsidiary of Brixo."),
    ("de", "Kelvar entstand als Tochter von Brixo."),
])
def test_a_company_born_as_a_unit_is_one_no_more(language, text):
    assert _rels(text, language)[("owns", "Brixo", "Kelvar")] == "ended"


def test_born_as_reads_only_before_a_unit_noun():
    text = "Kelvar nació como proveedor y hoy es filial de Brixo"
    t0 = text.index("filial")
    assert not past_origin("es", text, t0, t0 + 9)
    text = "Kelvar nació como filial de Brixo"
    t0 = text.index("filial")
    assert past_origin("es", text, t0, t0 + 9)
