"""A pair named earlier in the sentence, then "both companies" as the subject of a supply verb: each
of the two supplies ("frames/supply.py": ``_pair_subject``)."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _supplies(text, companies, language):
    doc = RelationExtractor()(make_doc(text, companies, language=language))
    return {(r.source, r.target) for r in doc.relations if r.type == "supplies"}


@pytest.mark.parametrize("language,text", [
    ("en", "The volume is split between Norvik and Tessaro; both companies supply BMW from their European plants."),
    ("en", "BMW has picked Norvik and Tessaro, and the two manufacturers will supply it with cells from 2027."),
    ("fr", "Le volume est partagé entre Norvik et Tessaro ; les deux groupes livrent BMW depuis leurs usines européennes."),
    ("it", "Il volume è diviso tra Norvik e Tessaro; entrambi i gruppi riforniscono BMW dai loro stabilimenti europei."),
    ("es", "El volumen se reparte entre Norvik y Tessaro; ambos grupos suministran a BMW desde sus fábricas europeas."),
    ("de", "Norvik und Tessaro teilen sich das Volumen, beide Hersteller beliefern BMW aus Europa."),
])
def test_both_members_supply(language, text):
    got = _supplies(text, ["BMW", "Norvik", "Tessaro"], language)
    assert {("Norvik", "BMW"), ("Tessaro", "BMW")} <= got
    assert ("Norvik", "Tessaro") not in got


@pytest.mark.parametrize("language,text", [
    # the anaphor is not the verb's subject
    ("en", "The volume is split between Norvik and Tessaro, and BMW supplies both companies with tooling."),
])
def test_no_pair_no_guess(language, text):
    got = _supplies(text, ["BMW", "Norvik", "Tessaro", "Corvalis"], language)
    assert ("Norvik", "BMW") not in got and ("Tessaro", "BMW") not in got
