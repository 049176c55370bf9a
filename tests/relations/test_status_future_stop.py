"""A stop told in the future ("will stop supplying Y at the end of the year", "cessera de fournir Y",
"smetterà di fornire Y", "dejará de suministrar a Y", "wird die Lieferungen an Y einstellen", "wird Y nicht
mehr beliefern"): the tie runs until then, so it is active; a stop told in the past is an end. Invented
companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, language, names=("Kelda", "Brixo")):
    doc = RelationExtractor()(make_doc(text, list(names), language=language))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("language,text", [
    ("en", "Kelda said it would stop supplying foils to Brixo when the present contract runs out in June."),
    ("en", "Kelda will stop supplying film to Brixo at the end of the year."),
    ("fr", "Kelda cessera de fournir des séparateurs à Brixo à la fin de l'année."),
    ("it", "Kelda smetterà di fornire separatori a Brixo alla fine dell'anno."),
    ("es", "Kelda dejará de suministrar separadores a Brixo a finales de año."),
    ("de", "Kelda wird die Lieferungen an Brixo zum Jahresende einstellen."),
    ("de", "Kelda wird Brixo ab Dezember nicht mehr beliefern."),
])
def test_a_stop_to_come_leaves_the_tie_active(language, text):
    assert _rels(text, language)[("supplies", "Kelda", "Brixo")] == "active"


@pytest.mark.parametrize("language,text", [
    ("en", "Kelda stopped supplying film to Brixo at the end of last year."),
    ("es", "Kelda dejó de suministrar separadores a Brixo el año pasado."),
    ("de", "Kelda beliefert Brixo seit Dezember nicht mehr."),
])
def test_a_stop_told_in_the_past_is_an_end(language, text):
    assert _rels(text, language)[("supplies", "Kelda", "Brixo")] == "ended"
