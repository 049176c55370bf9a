""""The unit of <a description> <parent>" opening a sentence stands for the parent's unit named just before
(entities/unit_parents.py, ``parent_description``): "La filial checa del grupo alemán Volkswagen", "Die
Tochter des Wolfsburger Autobauers Volkswagen". The phrase states the parent's ownership, and the
sentence's supply is the unit's, not the parent's (relations/unit_references.py)."""

from __future__ import annotations

import pytest
from entity_helpers import run

from tierscope.relations import RelationExtractor

_RX = RelationExtractor()


def _doc(text, language):
    return _RX(run(text, language))


@pytest.mark.parametrize(
    "language, text, phrase, customer",
    [
        ("es", "Skoda Auto ha cerrado un buen trimestre. La filial checa del grupo alemán Volkswagen suministrará "
               "doscientos coches a Sixt desde marzo.", "La filial", "Sixt"),
        ("it", "Skoda Auto ha chiuso un buon trimestre. La controllata ceca del gruppo tedesco Volkswagen fornirà "
               "duecento auto a Sixt da marzo.", "La controllata", "Sixt"),
        ("fr", "Skoda Auto a bouclé un bon trimestre. La filiale tchèque du constructeur allemand Volkswagen fournira "
               "deux cents voitures à Sixt dès mars.", "La filiale", "Sixt"),
        ("de", "Skoda Auto hat ein gutes Quartal hinter sich. Die tschechische Tochter des Wolfsburger Autobauers "
               "Volkswagen liefert ab März zweihundert Autos an Sixt.", "Die tschechische Tochter", "Sixt"),
        ("en", "Skoda Auto closed a strong quarter. The Czech subsidiary of the German carmaker Volkswagen will "
               "supply two hundred cars to Sixt from March.", "The Czech subsidiary", "Sixt"),
    ],
)
def test_the_unit_of_a_described_parent_is_the_unit_named_before(language, text, phrase, customer):
    doc = _doc(text, language)
    assert (phrase, "Skoda") in [(m.text, m.canonical) for m in doc.mentions if m.source == "coref"]
    got = {(r.type, r.source, r.target) for r in doc.relations}
    assert ("owns", "Volkswagen", "Skoda") in got
    assert ("supplies", "Skoda", customer) in got
    assert ("supplies", "Volkswagen", customer) not in got


@pytest.mark.parametrize(
    "language, text",
    [
        # the described company is no parent of the company named before: no reference
        ("es", "Skoda Auto ha cerrado un buen trimestre. La filial checa del grupo alemán BMW suministrará coches a Sixt."),
        ("de", "Skoda Auto hat ein gutes Quartal hinter sich. Die Tochter des Münchner Autobauers BMW liefert Autos an Sixt."),
        # a comma before the parent: a list, not a description
        ("fr", "Skoda Auto a bouclé un bon trimestre. La filiale tchèque du constructeur, Volkswagen, a parlé à Sixt."),
    ],
)
def test_no_unit_where_the_description_names_another_company(language, text):
    doc = _doc(text, language)
    assert not [m for m in doc.mentions if m.source == "coref" and m.canonical == "Skoda"
                and m.text.split()[-1].casefold() in ("filial", "filiale", "tochter")]
    assert ("owns", "BMW", "Skoda") not in {(r.type, r.source, r.target) for r in doc.relations}


def test_a_former_unit_states_no_ownership():
    doc = _doc("Skoda Auto hat ein gutes Quartal hinter sich. Die frühere Tochter des Wolfsburger Autobauers "
               "Volkswagen liefert ab März Autos an Sixt.", "de")
    assert ("owns", "Volkswagen", "Skoda", "active") not in {(r.type, r.source, r.target, r.status) for r in doc.relations}
