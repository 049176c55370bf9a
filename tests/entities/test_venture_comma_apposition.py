"""A joint venture named between commas after an indefinite joint-venture noun ("hanno creato una
joint venture, X, nel 2022") is known as one, so "la joint venture" later in the story is it.
Sentences written for the test."""

from __future__ import annotations

import pytest
from entity_helpers import run


def refs(doc):
    return [(m.text, m.canonical) for m in doc.mentions if m.source == "coref" and m.label == "COMPANY"]


@pytest.mark.parametrize("text,language,noun", [
    ("Stellantis e Samsung SDI hanno creato una joint venture, StarPlus Energy, nel 2022. "
     "La joint venture fornirà le celle a Stellantis dal 2026.", "it", "La joint venture"),
    ("Stellantis et Samsung SDI ont créé une coentreprise, StarPlus Energy, en 2022. "
     "La coentreprise livrera des cellules à Stellantis dès 2026.", "fr", "La coentreprise"),
    ("Stellantis y Samsung SDI crearon una empresa conjunta, StarPlus Energy, en 2022. "
     "La empresa conjunta suministrará celdas a Stellantis desde 2026.", "es", "La empresa conjunta"),
])
def test_venture_between_commas(text, language, noun):
    assert (noun, "StarPlus Energy") in refs(run(text, language))


@pytest.mark.parametrize("text,language", [
    # a clause after the comma: the name is its subject, no joint venture
    ("Samsung SDI a publié ses comptes. Pour financer la coentreprise, Stellantis a levé deux milliards. "
     "La coentreprise livrera des cellules à Renault.", "fr"),
    ("Per finanziare una joint venture, Stellantis ha raccolto due miliardi. La joint venture fornirà le celle a Renault.", "it"),
])
def test_no_venture_when_a_clause_follows_the_comma(text, language):
    assert not any(c == "Stellantis" for _, c in refs(run(text, language)) if _ != "Stellantis")
