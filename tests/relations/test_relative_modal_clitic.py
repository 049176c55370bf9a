"""A subject relative after the partner of a deal supplies the deal's maker, with an English modal
before the verb (", which will supply it with cells"), the French elided clitic (", qui l'approvisionnera")
or an interview's "us" (", che ci fornirà", ", que nos suministrará"): frames/supply.py (_REL_SUBJECT)."""

from __future__ import annotations

import pytest

from tierscope.doc import Mention
from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _supplies(text, language, coref=None):
    doc = make_doc(text, ["Korvan", "Maltrix"], language=language, coref=coref)
    return {(r.source, r.target) for r in RelationExtractor()(doc).relations if r.type == "supplies"}


@pytest.mark.parametrize("text, language", [
    ("Korvan signed a contract with Maltrix, which will supply it with cathode from 2027.", "en"),
    ("Korvan signed a deal with Maltrix, which is to deliver cathode to it from 2027.", "en"),
    ("Korvan a signé un contrat avec Maltrix, qui l'approvisionnera en cathodes dès 2027.", "fr"),
])
def test_the_partner_of_the_deal_supplies(text, language):
    found = _supplies(text, language)
    assert ("Maltrix", "Korvan") in found
    assert ("Korvan", "Maltrix") not in found


@pytest.mark.parametrize("text, language, we", [
    ("A gennaio abbiamo firmato un contratto con Maltrix, che ci fornirà i catodi dal 2027.", "it", "abbiamo"),
    ("En enero firmamos un contrato con Maltrix, que nos suministrará cátodos desde 2027.", "es", "firmamos"),
])
def test_us_in_an_interview_is_the_customer(text, language, we):
    # the interview's "we" is Korvan, an implied subject right before its verb (entities/interview.py)
    doc = make_doc(text, ["Maltrix"], language=language)
    at = text.index(we)
    doc.mentions.append(Mention(start=at, end=at, text="", label="COMPANY", canonical="Korvan", sentence=0,
                                source="coref", attrs={"implied": True}))
    doc.mentions.sort(key=lambda m: (m.start, -m.end))
    found = {(r.source, r.target) for r in RelationExtractor()(doc).relations if r.type == "supplies"}
    assert ("Maltrix", "Korvan") in found
    assert ("Korvan", "Maltrix") not in found
