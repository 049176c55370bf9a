"""A carmaker the page calls a unit of its carmaker group is owned by it (relations/called_units.py):
``_known_units`` otherwise takes a carmaker named beside its group for a marque. Sentences and
companies made up for these tests; the gazetteer's parent and marque tests are replaced for them."""

from __future__ import annotations

import pytest

from tierscope.doc import Mention
from tierscope.relations import extractor
from tierscope.relations.called_units import called_unit

from .helpers import rels, triples

_PARENTS = {"Vantor": "Brixo Motors"}


@pytest.fixture
def _invented_group(monkeypatch):
    monkeypatch.setattr(extractor, "known_parent", lambda name: _PARENTS.get(name))
    monkeypatch.setattr(extractor, "carmakers_brand", lambda parent, unit: _PARENTS.get(unit) == parent)


def _owns(text, language, **kw):
    return {(s, d) for t, s, d, _st, _p in triples(rels(text, ["Brixo Motors", "Vantor", "Maltrix"], language=language, **kw))
            if t == "owns"}


@pytest.mark.usefixtures("_invented_group")
@pytest.mark.parametrize("text,language,coref", [
    ("Chez Brixo Motors, la réponse passe par Vantor, la filiale dédiée aux véhicules électriques.", "fr", None),
    ("Brixo Motors presentó sus cuentas. Su filial Vantor compra celdas a Maltrix.", "es", {"Su": "Brixo Motors"}),
    ("Die Elektroauto-Tochter Vantor kauft ihre Zellen bei Maltrix, teilte Brixo Motors am Montag mit.", "de", None),
    ("Brixo Motors said on Monday that its electric-vehicle unit Vantor would buy cells from Maltrix.", "en", None),
    ("Per Brixo Motors conta soprattutto Vantor, la controllata che produce le auto elettriche.", "it", None),
])
def test_a_carmaker_called_a_unit_is_owned(text, language, coref):
    assert ("Brixo Motors", "Vantor") in _owns(text, language, coref=coref)


@pytest.mark.usefixtures("_invented_group")
@pytest.mark.parametrize("text,language", [
    # a marque named beside its group
    ("Brixo Motors sells its cars under the Brixo Motors, Vantor and Ostra names.", "en"),
    ("Les ventes de Brixo Motors et de Vantor ont progressé en Europe.", "fr"),
])
def test_a_marque_beside_its_group_stays_a_marque(text, language):
    assert ("Brixo Motors", "Vantor") not in _owns(text, language)


def _mention(text, name):
    k = text.index(name)
    return Mention(k, k + len(name), name, "COMPANY", name, 0, "test", {})


@pytest.mark.parametrize("text,expected", [
    ("Vantor, the EV arm of Brixo, builds cars.", True),
    ("Vantor (the software unit of Brixo) builds cars.", True),
    ("Die Batterietochter Vantor baut Zellen.", True),
    ("Vantor, die Elektroauto- und Softwaretochter von Brixo, baut Autos.", True),
    ("La sua controllata Vantor produce auto.", True),
    ("Vantor, which sold its unit to Brixo, builds cars.", False),
    ("Vantor, the carmaker, builds cars.", False),
    ("Vantor, la joint venture controllata al 51% da Brixo, produce auto.", False),
    ("Vantor, der die Sparte verkauft hat, baut Autos.", False),
])
def test_called_unit(text, expected):
    assert called_unit(text, [_mention(text, "Vantor")]) is expected
