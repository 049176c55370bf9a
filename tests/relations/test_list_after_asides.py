"""A list of customers or suppliers that goes on after an aside on its first member ("Y, which fits
them to its vans, and Z"): the later member takes the first one's role (relations/list_after_asides.py);
invented sentences and companies. A company after "and" that opens a clause of its own, or that a
preposition other than the first member's introduces, is no member."""

from __future__ import annotations

import pytest

from tierscope.doc import Document
from tierscope.pipeline import default_pipeline

_PIPELINE = default_pipeline()


def supplies(text, language):
    doc = _PIPELINE(Document(id="t", source="t.txt", format="txt", text=text))
    assert doc.language == language
    return {(r.source, r.target) for r in doc.relations if r.type == "supplies"}


@pytest.mark.parametrize("language, text, pair", [
    # the aside names the supplier itself
    ("it", "Varden Batterie fornisce da anni Brixo SpA, che è il primo cliente di Varden Batterie, e Tarsel SpA.",
     ("Varden Batterie", "Tarsel")),
    # the aside holds a comma of its own
    ("de", "Varden Leitungen GmbH beliefert die Brixo Trucks GmbH, die die Module in Ulm, Bayern, verbaut, und die "
           "Tarsel Bus GmbH.", ("Varden Leitungen", "Tarsel Bus")),
    # a description before the later member, no preposition before either
    ("fr", "Varden SA compte parmi ses clients Brixo Motors, qui lui achète des batteries, et le carrossier "
           "britannique Tarsel Automobiles.", ("Varden", "Tarsel Automobiles")),
])
def test_the_member_after_the_aside_is_supplied_too(language, text, pair):
    assert pair in supplies(text, language)


@pytest.mark.parametrize("language, text, company", [
    ("en", "Varden Components supplies packs to Brixo Motors, which has a plant in Leeds, and with Tarsel Cars it "
           "develops software.", "Tarsel Cars"),
    ("fr", "Varden SA livre des cellules à Brixo Motors, qui les monte à Douai, et Tarsel Automobiles a annoncé "
           "une baisse de ses ventes.", "Tarsel Automobiles"),
])
def test_a_company_that_opens_a_clause_or_has_another_preposition_is_no_member(language, text, company):
    assert not any(company in pair for pair in supplies(text, language))
