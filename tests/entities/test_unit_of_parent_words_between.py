"""A sentence that opens with "the unit ... of <parent>" stands for the unit of that parent named just
before, also when words stand between the unit noun and its parent: what the unit does, where it is, a
group noun (unit_parents.py). Inside a sentence such a phrase is left as it stands (an apposition or a
predicate the relation frames read)."""

from __future__ import annotations

import pytest
from entity_helpers import run


def corefs(doc):
    return [(m.text, m.canonical) for m in doc.mentions if m.source == "coref"]


@pytest.mark.parametrize(
    "language, text, description",
    [
        ("es", "PowerCo abre su planta en Sagunto. La filial de celdas de Volkswagen fabricará celdas para Seat.",
         "La filial"),
        ("es", "PowerCo abre su planta en Sagunto. La filial alemana del grupo Volkswagen fabricará celdas para Seat.",
         "La filial"),
        ("it", "PowerCo apre lo stabilimento di Sagunto. La controllata per le batterie di Volkswagen fornirà celle a Seat.",
         "La controllata"),
        ("it", "PowerCo apre lo stabilimento di Sagunto. La controllata tedesca del gruppo Volkswagen fornirà celle a Seat.",
         "La controllata"),
        ("fr", "PowerCo ouvre son usine de Sagunto. La filiale énergie de Volkswagen fournira des cellules à Seat.",
         "La filiale"),
        ("fr", "PowerCo ouvre son usine de Sagunto. La filiale allemande du groupe Volkswagen fournira des cellules à Seat.",
         "La filiale"),
        ("en", "PowerCo opened its plant in Sagunto. The German subsidiary of the Volkswagen group will supply cells "
               "to Seat.", "The German subsidiary"),
        ("de", "PowerCo eröffnet sein Werk in Sagunto. Die spanische Tochter des Volkswagen-Konzerns liefert Zellen an Seat.",
         "Die spanische Tochter"),
    ],
)
def test_the_unit_of_a_parent_past_other_words_is_the_unit_named_before(language, text, description):
    assert (description, "PowerCo") in corefs(run(text, language))


@pytest.mark.parametrize(
    "language, text",
    [
        ("es", "Iberdrola vende electricidad a PowerCo, la filial de celdas de Volkswagen, desde 2024."),
        ("fr", "Iberdrola vend son courant à PowerCo, la filiale énergie de Volkswagen, depuis 2024."),
        ("it", "PowerCo è la controllata per le batterie di Volkswagen."),
    ],
)
def test_inside_a_sentence_it_is_left_as_it_stands(language, text):
    assert not any(surface.casefold().endswith(("filial", "filiale", "controllata")) for surface, _ in corefs(run(text, language)))
