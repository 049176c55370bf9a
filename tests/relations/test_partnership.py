"""Partnerships and joint ventures: how news in five languages names the partners, on sentences
written for these tests with made-up companies (positive rows and near misses that must not link)."""

from __future__ import annotations

import pytest

from .helpers import rels, triples


def _t(sentence, companies, lang, **kw):
    return [(t, s, d, st) for t, s, d, st, _ in triples(rels(sentence, companies, language=lang, **kw))]


def _family(sentence, companies, lang, **kw):
    return [x for x in _t(sentence, companies, lang, **kw) if x[0] in ("joint_venture", "partners_with")]


# --- a conjunction may carry a description of the next partner --------------------------------------

@pytest.mark.parametrize("lang,sentence", [
    ("en", "Norvik and the Finnish cell maker Tessaro have signed an agreement to form a joint venture."),
    ("en", "Norvik and Finland's Tessaro have signed an agreement to form a joint venture."),
    ("it", "Norvik e la finlandese Tessaro hanno firmato un accordo per costituire una joint venture."),
    ("de", "Norvik und der finnische Zellhersteller Tessaro gründen ein Gemeinschaftsunternehmen."),
    ("fr", "Norvik et le finlandais Tessaro ont signé un accord pour créer une coentreprise."),
    ("es", "Norvik y la finlandesa Tessaro acordaron crear una empresa conjunta."),
])
def test_described_second_partner(lang, sentence):
    assert _family(sentence, ["Norvik", "Tessaro"], lang) == [("joint_venture", "Norvik", "Tessaro", "announced")]


@pytest.mark.parametrize("lang,sentence", [
    # the words after the article do not end in a kind of company or a nationality
    ("en", "Norvik and the banks that lend to Tessaro signed an agreement."),
    ("it", "Norvik e le banche che finanziano Tessaro hanno firmato un accordo."),
    ("es", "Norvik y los bancos que financian a Tessaro firmaron un acuerdo."),
])
def test_description_must_name_a_company_kind(lang, sentence):
    assert _family(sentence, ["Norvik", "Tessaro"], lang) == []


@pytest.mark.parametrize("lang,sentence", [
    ("en", "Vostra supplies Norvik and the Finnish automaker Tessaro with modules, the contract runs until 2030."),
    ("de", "Vostra beliefert Norvik und die Schwesterfirma Tessaro mit Modulen, der Vertrag läuft bis 2030."),
])
def test_weak_deal_noun_needs_its_pair_as_subject(lang, sentence):
    # a supplier's two customers are not partners because a contract is named after a comma
    assert _family(sentence, ["Vostra", "Norvik", "Tessaro"], lang) == []
