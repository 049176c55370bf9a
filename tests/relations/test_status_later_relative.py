"""A relative clause opened after a tie and both its companies tells a matter of its own (status.
_later_relative): a company's own past ("Nel 2024 X ha rilevato Y, che fino ad allora era controllata da Z":
the end is Z's tie, not X's purchase), a figure that others give ("X suministrará a Y ..., un contrato que
fuentes del sector valoran en 60 millones": the value is reported, the deal is not). A denial there still
speaks of the deal. Invented companies and sentences (status18)."""

from __future__ import annotations

import pytest

from .helpers import rels


def _statuses(lang, text):
    return {(r.type, r.source, r.target): r.status for r in rels(text, ["Korvan", "Maltrix", "Brixo"], language=lang)}


@pytest.mark.parametrize("lang,text", [
    ("it", "Nel 2024 Korvan ha rilevato la maggioranza di Maltrix, che fino ad allora era interamente controllata da Brixo."),
    ("de", "Korvan hat 2024 die Mehrheit an Maltrix übernommen, die bis dahin vollständig Brixo gehörte."),
    ("en", "In 2024 Korvan acquired a majority of Maltrix, which until then had been wholly owned by Brixo."),
    ("es", "En 2024 Korvan compró la mayoría de Maltrix, que hasta entonces estaba controlada por Brixo."),
])
def test_the_end_in_a_later_relative_is_not_the_purchases(lang, text):
    got = _statuses(lang, text)
    assert got.get(("acquires", "Korvan", "Maltrix")) == "active", got


@pytest.mark.parametrize("lang,text", [
    ("es", "Korvan suministrará a Maltrix los soportes de la suspensión a partir de 2027, un contrato que fuentes del "
           "sector valoran en unos 60 millones."),
    ("en", "Korvan will supply suspension parts to Maltrix from 2027, a contract which people familiar with the matter "
           "value at about $60m."),
    ("it", "Korvan fornirà a Maltrix i supporti delle sospensioni dal 2027, un contratto che fonti del settore valutano "
           "in circa 60 milioni."),
    ("fr", "Korvan fournira à Maltrix des pièces de suspension à partir de 2027, un contrat que des sources du secteur "
           "évaluent à 60 millions."),
])
def test_a_figure_reported_in_a_later_relative_leaves_the_deal_announced(lang, text):
    got = _statuses(lang, text)
    assert got.get(("supplies", "Korvan", "Maltrix")) == "announced", got


def test_a_report_and_a_denial_of_the_deal_stay():
    assert _statuses("en", "Korvan would buy Maltrix, people familiar with the matter said.")[
        ("acquires", "Korvan", "Maltrix")] == "rumoured"
    got = _statuses("en", "Korvan would buy Maltrix, according to people familiar with the matter, which denied the report.")
    assert got[("acquires", "Korvan", "Maltrix")] == "denied", got
