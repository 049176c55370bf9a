"""A stake told in a relative clause right after the company held: "Leapmotor, in which it holds 21%",
"di cui possiede il 21%", "de la que posee el 21%", "an dem der Konzern 21 Prozent hält". Invented
companies (Almara, Brixo, Vostra, Kelda)."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor
from tierscope.relations.stake_relatives import stake_relatives

from .helpers import make_doc


def _rels(text, names, lang):
    doc = RelationExtractor()(make_doc(text, names, language=lang))
    return sorted((r.type, r.source, r.target, r.status) for r in doc.relations)


@pytest.mark.parametrize("lang,text", [
    ("en", "Almara tightened its ties with China through Brixo, in which it holds about 21%."),
    ("en", "Almara works with Brixo, of which it owns 21 percent."),
    ("it", "Almara ha rafforzato i legami con la Cina attraverso Brixo, di cui possiede circa il 21%."),
    ("it", "Almara lavora con Brixo, della quale detiene il 21%."),
    ("es", "Almara ha reforzado sus lazos con China a través de Brixo, de la que posee cerca del 21%."),
    ("es", "Almara trabaja con Brixo, del que tiene un 21%."),
    ("de", "Almara setzt auf Brixo, an dem der Konzern rund 21 Prozent hält."),
    ("de", "Almara hat seine Bande nach China über Brixo gestärkt, an dem der Konzern rund 21 Prozent hält."),
])
def test_the_subject_holds_a_stake_in_the_company_before_the_relative(lang, text):
    got = _rels(text, ["Almara", "Brixo"], lang)
    assert ("invests_in", "Almara", "Brixo", "active") in got
    assert not any(r[1:3] == ("Brixo", "Almara") and r[0] in ("invests_in", "owns") for r in got)


@pytest.mark.parametrize("lang,text", [
    ("en", "Vostra buys cells from Brixo, in which Almara holds a 30% stake."),
    ("it", "Vostra compra celle da Brixo, di cui Almara detiene il 30%."),
    ("es", "Vostra compra celdas a Brixo, de la que Almara posee el 30%."),
    ("de", "Vostra kauft Zellen bei Brixo, an dem Almara 30 Prozent hält."),
])
def test_a_holder_named_inside_the_clause_holds_it(lang, text):
    got = _rels(text, ["Vostra", "Almara", "Brixo"], lang)
    assert ("invests_in", "Almara", "Brixo", "active") in got
    assert not any(r[0] in ("invests_in", "owns") and r[1] == "Vostra" for r in got)


def test_a_majority_is_ownership_and_a_past_verb_ends_it():
    spans = [(0, 6, "Almara"), (20, 25, "Brixo")]
    text = "Almara relies on    Brixo, in which it holds 60%."
    assert [(f.type, f.status) for f in stake_relatives(text, spans, "en")] == [("owns", "active")]
    text = "Almara relies on    Brixo, in which it held 20% until 2023."
    assert [(f.type, f.status) for f in stake_relatives(text, spans, "en")] == [("invests_in", "ended")]


@pytest.mark.parametrize("lang,text", [
    ("it", "Almara lavora con Brixo, di cui lo Stato possiede il 20%."),
    ("de", "Almara setzt auf Brixo, an dem die Familie Kelda 20 Prozent hält."),
    ("en", "Almara relies on Brixo, in which the founders hold 20%."),
    ("en", "Almara relies on Brixo, the plant in which it holds 20%."),
])
def test_no_company_holder_or_no_company_antecedent_gives_nothing(lang, text):
    got = _rels(text, ["Almara", "Brixo"], lang)
    assert not any(r[0] in ("invests_in", "owns") for r in got)


@pytest.mark.parametrize("lang,text", [
    ("it", "La joint venture tra Almara e Brixo, di cui Almara detiene il 51%, venderà auto in Europa."),
])
def test_a_clause_after_a_pair_is_about_the_pair(lang, text):
    got = _rels(text, ["Almara", "Brixo"], lang)
    assert not any(r[0] in ("invests_in", "owns") and r[2] == "Brixo" for r in got)
