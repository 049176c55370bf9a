"""A bare "the business", "la casa", "die Marke" stands for a company only when it acts like one right
after it; an adverb may stand before the verb ("the business also won", "la casa ha già firmato")."""

from __future__ import annotations

import pytest
from entity_helpers import run


def corefs(doc):
    return [(m.text, m.canonical) for m in doc.mentions if m.source == "coref"]


@pytest.mark.parametrize(
    "language, text, noun",
    [
        ("en", "Autoliv opened a plant in Romania. The business also signed a deal with Velqua Motors.",
         "The business"),
        ("en", "Autoliv opened a plant in Romania. The business already supplies seat belts to Velqua Motors.",
         "The business"),
        ("it", "Ferrari ha presentato i conti. La casa ha già firmato un accordo con Velqua.", "La casa"),
        ("es", "Seat presentó sus resultados. La marca ya firmó un acuerdo con Velqua.", "La marca"),
    ],
)
def test_a_bare_noun_acting_after_an_adverb_is_a_company(language, text, noun):
    assert any(c[0] == noun for c in corefs(run(text, language)))


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "Autoliv opened a plant in Romania. The business also grew by ten percent in Asia."),
        ("it", "Ferrari ha presentato i conti. La casa già venduta resta vuota."),
    ],
)
def test_a_bare_noun_that_does_not_act_is_no_company(language, text):
    assert not any(c[0] in ("The business", "La casa") for c in corefs(run(text, language)))
