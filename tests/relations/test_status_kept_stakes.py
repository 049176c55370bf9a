"""A stake its holder kept, or a funding round it led, told in the past ("kept a stake of about 20% in Y",
"led Y's last funding round", "conservó una participación", "ha guidato il round", "a mené le tour de
table", "behielt eine Beteiligung") is a shareholding held now: active, where the stake's noun alone reads
as a deal to come. A round still being led, or a stake to be taken, stays announced. Invented companies
and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor
from tierscope.relations.kept_stakes import kept_or_led

from .helpers import make_doc


def _status(text, language):
    doc = RelationExtractor()(make_doc(text, ["Kelvar", "Brixo"], language=language))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}[("invests_in", "Brixo", "Kelvar")]


@pytest.mark.parametrize("language,text", [
    ("en", "Brixo kept a stake of about 15% in Kelvar after the sale of its cell business."),
    ("en", "Brixo retained a 12% stake in Kelvar."),
    ("en", "Brixo led Kelvar's last funding round in 2023 and has a seat on its board."),
    ("en", "Brixo led a $40 million round in Kelvar."),
    ("en", "Brixo led the Series C of Kelvar last autumn."),
    ("es", "Brixo lideró la ronda de financiación de Kelvar en 2023."),
    ("es", "Brixo conservó una participación del 15% en Kelvar tras la venta."),
    ("it", "Brixo ha mantenuto una quota del 15% in Kelvar dopo la cessione."),
    ("it", "Brixo ha guidato il round di finanziamento di Kelvar nel 2023."),
    ("fr", "Brixo a conservé une participation de 15 % dans Kelvar après la vente."),
    ("fr", "Brixo a mené le tour de table de Kelvar en 2023."),
    ("de", "Brixo behielt eine Beteiligung von 15 Prozent an Kelvar."),
])
def test_a_stake_kept_or_a_round_led_is_held_now(language, text):
    assert _status(text, language) == "active"


@pytest.mark.parametrize("language,text", [
    ("en", "Brixo is leading a $40 million round in Kelvar."),
    ("en", "Brixo will take a 12% stake in Kelvar."),
    ("es", "Brixo tomará una participación del 15% en Kelvar."),
])
def test_a_round_still_open_or_a_stake_to_come_stays_announced(language, text):
    assert _status(text, language) == "announced"


def test_the_verb_must_govern_a_stake_or_a_round():
    text = "Brixo kept its supply contract with Kelvar"
    t0 = text.index("contract")
    assert not kept_or_led("en", text, 0, t0, t0 + 8)
    text = "Brixo led the talks on a stake in Kelvar"
    t0 = text.index("led")
    assert not kept_or_led("en", text, 0, t0, t0 + 3)
