"""How journalists hedge, report, confirm, sign, run, end and deny a tie, in the five languages: the
status of each invented sentence of ``hedge_cases`` (statuses as tests/golden/README.md defines them)."""

from __future__ import annotations

import pytest

from tierscope.doc import FAMILIES as FAMILY

from .hedge_cases import CASES
from .helpers import rels

#: cases whose tie the frames do not read at all (no status to check): talks on a supply told with the
#: good's noun after the partner ("in trattativa con Y per la fornitura di celle", "dass man mit Y über die
#: Lieferung von Zellen verhandle")
UNREAD = {"it04", "de05"}


def _statuses(lang, text, companies, family):
    a, b = companies[0], companies[1]
    return sorted({r.status for r in rels(text, companies, language=lang)
                   if {r.source, r.target} == {a, b} and FAMILY[r.type] == family})


@pytest.mark.parametrize("cid, lang, text, companies, family, status",
                         [pytest.param(*c, marks=pytest.mark.xfail(strict=True, reason="tie not read"))
                          if c[0] in UNREAD else c for c in CASES], ids=[c[0] for c in CASES])
def test_status_of_a_hedged_or_plain_tie(cid, lang, text, companies, family, status):
    assert _statuses(lang, text, companies, family) == [status]


@pytest.mark.parametrize("lang, text, companies, status", [
    # a party that neither confirms nor denies leaves the report standing
    ("en", "Orlanda neither confirmed nor denied reports that it is in talks to buy Pesqueira.", ["Orlanda", "Pesqueira"], "rumoured"),
    ("es", "Orlanda ni confirma ni desmiente que negocie la compra de Pesqueira.", ["Orlanda", "Pesqueira"], "rumoured"),
    ("fr", "Orlanda n'a ni confirmé ni démenti être en discussions pour racheter Pesqueira.", ["Orlanda", "Pesqueira"], "rumoured"),
    ("it", "Orlanda non ha né confermato né smentito di essere in trattativa per rilevare Pesqueira.", ["Orlanda", "Pesqueira"], "rumoured"),
    ("de", "Orlanda hat Berichte über eine Übernahme von Pesqueira weder bestätigt noch dementiert.", ["Orlanda", "Pesqueira"], "rumoured"),
    # a confirmation on the record after the media's report: talks, not hearsay
    ("en", "Orlanda confirmed it is in talks to buy Pesqueira, following media reports.", ["Orlanda", "Pesqueira"], "in_talks"),
    ("en", "Orlanda is in talks to buy Pesqueira, the company confirmed on Monday, after Bloomberg reported the talks.", ["Orlanda", "Pesqueira"], "in_talks"),
    # ... but not a confirmation refused
    ("en", "Orlanda did not confirm reports that it is in talks to buy Pesqueira.", ["Orlanda", "Pesqueira"], "rumoured"),
    # a denial that points back to the deal still denies it
    ("en", "Orlanda would buy Pesqueira, sources said, but it denied the report.", ["Orlanda", "Pesqueira"], "denied"),
    ("en", "Orlanda is in talks to buy Pesqueira, Bloomberg reported, but the company denied it.", ["Orlanda", "Pesqueira"], "denied"),
    # a report moving a market is a report
    ("en", "Shares of Orlanda rose on reports that Orlanda is in talks to buy Pesqueira.", ["Orlanda", "Pesqueira"], "rumoured"),
    # a venture founded whose work comes later; one that runs already
    ("it", "Orlanda e Pesqueira hanno costituito una joint venture che produrrà celle in Piemonte.", ["Orlanda", "Pesqueira"], "announced"),
    ("de", "Orlanda und Pesqueira haben ein Gemeinschaftsunternehmen gegründet, das ab 2027 Kathoden fertigen soll.", ["Orlanda", "Pesqueira"], "announced"),
    ("en", "Orlanda and Pesqueira set up a joint venture that has already made cells since 2022.", ["Orlanda", "Pesqueira"], "active"),
])
def test_reports_confirmations_and_ventures(lang, text, companies, status):
    got = sorted({r.status for r in rels(text, companies, language=lang)})
    assert got == [status]


@pytest.mark.parametrize("lang, text", [
    # a relative of a holding inside a report tells a standing fact of its own
    ("fr", "Selon nos informations, Orlanda discuterait avec Pesqueira, dont Corvane détient un quart du capital, d'un contrat de cellules."),
    ("it", "Secondo indiscrezioni, Orlanda starebbe trattando con Pesqueira, di cui Corvane detiene un quarto del capitale, per un contratto di celle."),
    ("es", "Según fuentes del sector, Orlanda negocia con Pesqueira, en la que Corvane tiene una participación del 25%, un contrato de celdas."),
])
def test_a_holding_told_in_a_relative_is_no_report(lang, text):
    got = {r.status for r in rels(text, ["Orlanda", "Pesqueira", "Corvane"], language=lang)
           if r.type == "invests_in" and {r.source, r.target} == {"Corvane", "Pesqueira"}}
    assert got == {"active"}
