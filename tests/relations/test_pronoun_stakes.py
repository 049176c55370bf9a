"""A stake taken in a company named earlier in the sentence only by a pronoun ("..., and Norvik took a 10%
stake in it", "Norvik y a pris", "è entrato nel suo capitale", "de su capital", "daran beteiligt").
Invented sentences, made-up companies."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, lang):
    names = [n for n in ("Norvik", "Brixo", "Kelda") if n in text]
    return {(r.type, r.source, r.target, r.status) for r in RelationExtractor()(make_doc(text, names, language=lang)).relations}


@pytest.mark.parametrize("lang,text", [
    ("en", "Brixo makes gearboxes in Poland, and Norvik took a 10% stake in it last spring."),
    ("it", "Brixo produce motori, e Norvik è entrato nel suo capitale l'anno dopo."),
    ("fr", "Brixo produit des moteurs, et Norvik y a pris une participation de 10 % l'an dernier."),
    ("es", "Brixo fabrica motores y Norvik tomó un 10% de su capital el año pasado."),
    ("de", "Brixo baut Motoren, und Norvik hat sich im Folgejahr mit 10 Prozent daran beteiligt."),
])
def test_stake_in_a_pronoun(lang, text):
    assert ("invests_in", "Norvik", "Brixo", "active") in _rels(text, lang)


def test_pronoun_after_a_colon_is_the_clause_runs_first_company():
    text = "Kelda works with partners elsewhere: Brixo makes gearboxes in Poland, and Norvik took a 10% stake in it in 2022."
    rels = _rels(text, "en")
    assert ("invests_in", "Norvik", "Brixo", "active") in rels
    assert ("invests_in", "Norvik", "Kelda", "active") not in rels
