"""A tie told as a past state with its start or length: the imperfect with "since" ("qui fournissait Y depuis
2015", "que suministraba a Y desde 2015", "che forniva Y dal 2015"), the German preterite with "seit" or
"lange" ("das seit 2015 an Y lieferte", "der lange für Y fertigte"), the English "used to supply": the tie
is over. The present with "since" runs on. Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, language, names=("Almara", "Brixo", "Kelda")):
    doc = RelationExtractor()(make_doc(text, list(names), language=language))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("language,text", [
    ("fr", "Kelda, qui fournissait des sièges à Brixo depuis 2015, a fermé son usine de Dole."),
    ("es", "Kelda, que suministraba asientos a Brixo desde 2015, ha cerrado su fábrica de Lugo."),
    ("es", "Kelda, que desde 2015 abastecía a Brixo, ha cerrado su fábrica de Lugo."),
    ("it", "Kelda, che forniva sedili a Brixo dal 2015, ha chiuso la fabbrica di Asti."),
    ("de", "Kelda, das seit 2015 Sitze an Brixo lieferte, hat sein Werk in Hof geschlossen."),
    ("de", "Kelda, das lange Sitze für Brixo fertigte, hat sein Werk in Hof geschlossen."),
    ("en", "Kelda, which used to supply seats to Brixo, has closed its plant in Derby."),
])
def test_a_past_habit_is_ended(language, text):
    assert _rels(text, language)[("supplies", "Kelda", "Brixo")] == "ended"


@pytest.mark.parametrize("language,text", [
    ("fr", "Kelda fournit des sièges à Brixo depuis 2015."),
    ("es", "Kelda suministra asientos a Brixo desde 2015."),
    ("it", "Kelda fornisce sedili a Brixo dal 2015."),
    ("de", "Kelda liefert seit 2015 Sitze an Brixo."),
    ("en", "Kelda has supplied seats to Brixo since 2015."),
])
def test_the_present_since_runs_on(language, text):
    assert _rels(text, language)[("supplies", "Kelda", "Brixo")] == "active"


@pytest.mark.parametrize("language,text", [
    ("en", "Among the sellers was Kelda, which held about a quarter of Brixo."),
    ("fr", "Parmi les vendeurs figure Kelda, qui détenait environ 6 % de Brixo."),
])
def test_a_holding_told_in_the_past_in_a_relative_is_ended(language, text):
    assert _rels(text, language)[("invests_in", "Kelda", "Brixo")] == "ended"


@pytest.mark.parametrize("language,text", [
    ("es", "Kelda, que poseía cerca del 8 % de Brixo, vendió su parte en junio."),
    ("it", "Tra i venditori c'è anche Kelda, che deteneva circa il 6% di Brixo."),
    ("de", "Zu den Verkäufern gehört auch Kelda, das rund 6 Prozent an Brixo hielt."),
])
def test_the_cue_reads_a_past_holding_in_a_relative(language, text):
    from tierscope.relations.compiled import compiled
    from tierscope.relations.status import cue_spans
    assert cue_spans(compiled(language), text, "ended_imperfect")


def test_a_holding_said_is_no_past_holding():
    assert _rels("Kelda said it held a 6% stake in Brixo.", "en")[("invests_in", "Kelda", "Brixo")] != "ended"
