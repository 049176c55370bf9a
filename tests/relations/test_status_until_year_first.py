"""A tie with its last year told before a past verb ("Y, das bis 2022 Zellen an Z lieferte", "che fino
al 2022 forniva", "which until 2022 supplied", "qui jusqu'en 2022 fournissait", "que hasta 2022
suministraba") is over; the same words with a future verb or a future year still look ahead.
Invented sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _statuses(text, lang):
    doc = RelationExtractor()(make_doc(text, ["Norvik", "Corvalis"], language=lang))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("lang, text", [
    ("de", "Norvik, das bis 2022 Zellen an Corvalis lieferte, hat einen neuen Kunden gefunden."),
    ("de", "Norvik, das bis Ende 2021 die Module für Corvalis lieferte, sucht neue Abnehmer."),
    ("it", "Norvik, che fino al 2022 forniva celle a Corvalis, ha trovato un nuovo cliente."),
    ("en", "Norvik, which until 2022 supplied cells to Corvalis, has found a new customer."),
    ("fr", "Norvik, qui jusqu'en 2022 fournissait des cellules à Corvalis, a trouvé un nouveau client."),
    ("es", "Norvik, que hasta 2022 suministraba celdas a Corvalis, ha encontrado un nuevo cliente."),
])
def test_last_year_before_a_past_verb_ends_the_tie(lang, text):
    assert _statuses(text, lang).get(("supplies", "Norvik", "Corvalis")) == "ended"


@pytest.mark.parametrize("lang, text", [
    ("de", "Norvik soll bis 2030 Zellen an Corvalis liefern."),
    ("it", "Norvik, che fino al 2030 fornirà celle a Corvalis, ha firmato il contratto."),
    ("it", "Norvik fornirà celle a Corvalis fino al 2030."),
    ("es", "Norvik suministrará celdas a Corvalis hasta 2030."),
])
def test_a_future_verb_or_year_is_no_end(lang, text):
    status = _statuses(text, lang).get(("supplies", "Norvik", "Corvalis"))
    assert status is not None and status != "ended"


# --- a stake held "until <year>", the year fronted with a comma; Italian past holding verbs ----------

@pytest.mark.parametrize("lang,text", [
    ("es", "Hasta 2024, Norvik tenía el 49,9% de Brixo."),
    ("it", "Fino al 2024, Norvik deteneva il 49,9% di Brixo."),
])
def test_a_stake_held_until_a_fronted_year_is_over(lang, text):
    rels = RelationExtractor()(make_doc(text, ["Norvik", "Brixo"], language=lang)).relations
    assert [(r.type, r.source, r.target, r.status) for r in rels] == [("invests_in", "Norvik", "Brixo", "ended")]
