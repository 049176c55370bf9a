"""An owner named by a person's title next to a company ("controlled by Corvalis chairman Marco
Bianchi", "owned by the founder of Corvalis") is the person: the company owns nothing."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _pairs(text, language):
    doc = RelationExtractor()(make_doc(text, ["Norvik", "Corvalis"], language=language))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("language,text", [
    ("en", "Norvik, controlled by Corvalis chairman Marco Bianchi, plans a plant in Georgia."),
    ("en", "Norvik is owned by the founder of Corvalis, Marco Bianchi."),
    ("fr", "Norvik est contrôlée par le fondateur de Corvalis, Marco Bianchi."),
    ("it", "Norvik è controllata dal fondatore di Corvalis, Marco Bianchi."),
    ("es", "Norvik está controlada por el presidente de Corvalis, Marco Bianchi."),
    ("de", "Norvik gehört dem Gründer von Corvalis, Marco Bianchi."),
])
def test_a_person_owns_it(language, text):
    assert ("owns", "Corvalis", "Norvik") not in _pairs(text, language)


@pytest.mark.parametrize("language,text", [
    ("en", "Norvik, controlled by Corvalis, plans a plant in Georgia, chairman Marco Bianchi said."),
    ("en", "Norvik is owned by Corvalis, whose founder Marco Bianchi lives in Turin."),
    ("it", "Norvik è controllata da Corvalis, il cui presidente è Marco Bianchi."),
])
def test_the_company_still_owns_it(language, text):
    assert ("owns", "Corvalis", "Norvik") in _pairs(text, language)
