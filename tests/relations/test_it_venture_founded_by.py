"""Italian: a joint venture told by its founders, the agent of its founding participle, perhaps after
its business: "Kelda, la società comune per le celle a combustibile creata da Almara e Brixo".
Invented companies (Almara, Brixo, Kelda) and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text):
    doc = RelationExtractor()(make_doc(text, ["Almara", "Brixo", "Kelda"], language="it"))
    return sorted((r.type, r.source, r.target, r.status) for r in doc.relations)


@pytest.mark.parametrize("text", [
    "Resta da decidere il futuro di Kelda, la società comune per le celle a combustibile creata da Almara e Brixo, che ha appena ridotto il personale.",
    "Kelda, la joint venture creata da Almara e Brixo, ha chiuso il bilancio in perdita.",
    "Kelda, la joint venture per le batterie fondata nel 2019 da Almara e Brixo, cerca un nuovo amministratore.",
    "Kelda, la società mista costituita dalla Almara e dalla Brixo, assume 200 persone.",
])
def test_the_founders_are_the_venture_partners(text):
    got = _rels(text)
    assert any(r[0] == "joint_venture" and {r[1], r[2]} == {"Almara", "Brixo"} for r in got)


@pytest.mark.parametrize("text", [
    # the participle belongs to another clause: the venture of Brixo was created, by Almara, later
    "Kelda, la joint venture per le batterie di Brixo, è stata creata da Almara.",
    # customers of the venture, not its founders
    "Kelda, la società comune per la fornitura di celle alla Almara e alla Brixo, ha chiuso.",
])
def test_no_founders_without_the_founding_agent(text):
    got = _rels(text)
    assert not any(r[0] == "joint_venture" and {r[1], r[2]} == {"Almara", "Brixo"} for r in got)
