"""A bare deal noun with one party alone (lone_deals.py): "the agreement signed in 2021 with Y, which
covered deliveries of ..., expired", "l'intesa con Y prevedeva la consegna di ...". Read as supply when
the sentence tells goods or a word of supply and no other kind of tie; the other party is the story's,
who sells is the gazetteer's chain; the status is the sentence's (a signed deal: announced). Real companies, sentences made up."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_PARTIES = ["CATL", "BMW", "Samsung SDI", "Mercedes-Benz"]


def _ties(text, language):
    return {(t, s, d, st) for t, s, d, st, _p in triples(rels(text, _PARTIES, language=language))}


@pytest.mark.parametrize("language, text, status", [
    ("en", "CATL makes cells in Hungary. The agreement signed in 2021 with BMW, which covered cell deliveries, "
           "expired last year.", "ended"),
    ("de", "CATL fertigt Zellen in Ungarn. Die Vereinbarung mit BMW über die Lieferung von Zellen lief Ende Juni aus.",
     "ended"),
    ("it", "CATL produce celle in Ungheria. L'intesa siglata nel 2022 con BMW, che prevedeva la consegna di celle "
           "prismatiche, è scaduta a ottobre senza essere rinnovata.", "ended"),
    ("fr", "CATL fabrique des cellules en Hongrie. L'accord signé avec BMW porte sur la livraison de cellules "
           "jusqu'en 2030.", "announced"),
    ("es", "CATL fabrica celdas en Hungría. El acuerdo firmado con BMW en 2023 incluye el suministro de baterías "
           "para sus modelos eléctricos.", "announced"),
])
def test_a_bare_deal_that_delivers_goods(language, text, status):
    assert ("supplies", "CATL", "BMW", status) in _ties(text, language)


@pytest.mark.parametrize("language, text", [
    # nothing says what the deal is about
    ("en", "CATL makes cells in Hungary. The agreement with BMW expired last year."),
    ("it", "CATL produce celle in Ungheria. L'accordo con BMW è stato firmato a marzo."),
    # a deal of another kind: a cooperation, a development, a licence
    ("de", "CATL fertigt Zellen in Ungarn. Die Vereinbarung mit BMW über die gemeinsame Entwicklung von Zellen "
           "lief Ende Juni aus."),
    ("fr", "CATL fabrique des cellules en Hongrie. L'accord de licence signé avec BMW porte sur des cellules."),
    ("es", "CATL fabrica celdas en Hungría. El acuerdo de colaboración con BMW incluye baterías."),
    ("fr", "CATL fabrique des cellules en Hongrie. Le protocole d'accord signé avec BMW vise à développer des cellules."),
    ("it", "CATL produce celle in Ungheria. L'accordo con BMW servirà a sviluppare nuove celle."),
    # two makers of one kind: the chain cannot tell who sells
    ("en", "CATL makes cells in Hungary. The contract with Samsung SDI, for cell deliveries, expired."),
    # the speaker's deal
    ("it", "CATL produce celle in Ungheria. Il nostro accordo con BMW per la fornitura di celle è scaduto."),
])
def test_no_bare_deal_reading(language, text):
    assert not {t for t in _ties(text, language) if t[0] == "supplies"}


@pytest.mark.parametrize("language, text", [
    ("it", "CATL produce celle in Ungheria. CATL ha chiuso accordi analoghi anche con BMW e con il gruppo tedesco "
           "Mercedes-Benz, per la consegna di celle dal 2027."),
    ("de", "CATL fertigt Zellen in Ungarn. Liefervereinbarungen bestehen bereits mit BMW und Mercedes-Benz."),
    ("en", "CATL makes cells in Hungary. It has signed similar agreements with BMW and Mercedes-Benz for cell deliveries "
           "from 2027."),
])
def test_a_list_of_parties_after_with(language, text):
    got = {(s, d) for t, s, d, _st in _ties(text, language) if t == "supplies"}
    assert {("CATL", "BMW"), ("CATL", "Mercedes-Benz")} <= got


def test_a_parent_in_apposition_is_no_party():
    # "BMW, the group of ..." names the party's parent: it gets nothing of its own (Mini: BMW's unit)
    text = ("CATL makes cells in Hungary. The agreement with Mini, the brand unit of the BMW group, covers cell "
            "deliveries from 2027.")
    got = rels(text, ["CATL", "Mini", "BMW"], language="en", sectors={"Mini": ["carmaker"]})
    assert ("supplies", "CATL", "BMW") not in {(t, s, d) for t, s, d, _st, _p in triples(got)}
