"""Statuses in French and Italian news: a sale told in the (plu)perfect passive is done ("era stata
ceduta a Y", "è stata venduta", "a été cédée"); a deal signed ("ha chiuso con Y un accordo") is announced,
not a completed takeover; a stake "azzerata" is over; a denial after "but" ("..., mais a démenti un accord
avec Z") speaks of its own object, not of the talks before it. Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, language, names=("Almara", "Brixo", "Kelda")):
    doc = RelationExtractor()(make_doc(text, list(names), language=language))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("language,text", [
    ("it", "Kelda era stata ceduta ad Almara già nel 2025."),
    ("it", "La divisione Kelda era stata ceduta dal curatore ad Almara già nell'estate del 2025."),
    ("it", "Kelda è stata venduta ad Almara."),
    ("fr", "Kelda a été cédée à Almara en 2024."),
])
def test_a_sale_in_the_perfect_passive_is_done(language, text):
    assert _rels(text, language)[("acquires", "Almara", "Kelda")] == "active"


@pytest.mark.parametrize("text", [
    "Kelda sarà ceduta ad Almara entro l'estate.",
    "Kelda dovrebbe essere ceduta ad Almara entro l'estate.",
])
def test_a_sale_to_come_is_not_done(text):
    assert _rels(text, "it").get(("acquires", "Almara", "Kelda"), "none") != "active"


@pytest.mark.parametrize("text", [
    "Kelda ha chiuso con Almara un accordo decennale per l'acquisto di elettricità, che entrerà in vigore nel 2027.",
    "Kelda ha concluso un accordo con Almara per la fornitura di celle.",
    "Kelda ha chiuso un contratto con Almara per la fornitura di celle dal 2027.",
])
def test_a_deal_signed_is_announced(text):
    got = _rels(text, "it")
    assert any(k[0] == "supplies" and v == "announced" for k, v in got.items()), got


def test_closing_a_takeover_is_still_done():
    assert _rels("Kelda ha chiuso l'acquisizione di Almara.", "it")[("acquires", "Kelda", "Almara")] == "active"


@pytest.mark.parametrize("text", [
    "Almara, che con una quota del 21% era il primo azionista di Kelda, ha visto la sua partecipazione azzerata.",
    "Almara, azionista di Kelda con il 10%, ha visto la quota azzerata dopo il fallimento.",
])
def test_a_stake_wiped_out_is_ended(text):
    assert _rels(text, "it")[("invests_in", "Almara", "Kelda")] == "ended"


@pytest.mark.parametrize("language,text", [
    ("fr", "Kelda a confirmé être en discussions avec Almara pour lui fournir du lithium, mais a démenti avoir conclu un accord avec Brixo."),
    ("it", "Kelda ha confermato di essere in trattative con Almara per fornirle litio, ma ha smentito di aver firmato un accordo con Brixo."),
    ("en", "Kelda confirmed it is in talks with Almara to supply lithium, but denied it had signed a deal with Brixo."),
])
def test_a_denial_after_but_is_of_its_own_object(language, text):
    got = _rels(text, language)
    assert got[("supplies", "Kelda", "Almara")] == "in_talks"
    assert all(v == "denied" for k, v in got.items() if "Brixo" in k)


@pytest.mark.parametrize("language,text", [
    ("fr", "Kelda a démenti avoir signé un accord avec Almara pour lui fournir du lithium."),
    ("it", "Kelda ha smentito di aver firmato un accordo con Almara per fornirle litio."),
])
def test_a_denial_before_the_deal_still_denies_it(language, text):
    got = _rels(text, language)
    assert got and all(v == "denied" for v in got.values())


@pytest.mark.parametrize("language,text", [
    ("it", "Kelda verrà venduta ad Almara entro l'estate."),
    ("fr", "Kelda sera cédée à Almara en 2027 selon le plan."),
    ("fr", "Kelda doit être vendue à Almara l'an prochain."),
])
def test_a_sale_in_the_future_passive_is_not_done(language, text):
    assert _rels(text, language).get(("acquires", "Almara", "Kelda"), "none") != "active"
