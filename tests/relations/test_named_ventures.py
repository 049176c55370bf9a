"""A joint venture named after its parents ("their joint venture Korvan Maltrix eDrive", "la
coentreprise Korvan Maltrix Chassis"): the two parents form a joint venture (relations/named_ventures.py).
Sentences written for these tests with made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Ostero"]


def _t(sentence, language):
    return [(t, s, d, st) for t, s, d, st, _p in triples(rels(sentence, _C, language=language))]


def _ventures(sentence, language):
    return {(frozenset((s, d)), st) for t, s, d, st in _t(sentence, language) if t == "joint_venture"}


@pytest.mark.parametrize("sentence,language,status", [
    ("The joint venture Korvan Maltrix eDrive makes inverters in Hungary.", "en", "active"),
    ("Ostero will buy motors from Korvan Maltrix Powertrain, the joint venture of the two groups.", "en", "active"),
    ("In 2022 Korvan bought out the 50% stake that its partner held in their joint venture Korvan Maltrix eDrive.", "en", "ended"),
    ("Das Gemeinschaftsunternehmen Korvan Maltrix Antriebe beschäftigt 900 Menschen.", "de", "active"),
    ("La coentreprise à parts égales, baptisée Korvan Maltrix Chassis Modules, fournit trois constructeurs.", "fr", "active"),
    ("Korvan a racheté les 50 % que Maltrix détenait dans leur coentreprise Korvan Maltrix eAutomotive.", "fr", "ended"),
    ("La joint venture paritetica Korvan-Maltrix Veicoli Speciali sarà operativa da marzo.", "it", "active"),
    ("La empresa conjunta Korvan Maltrix e-Powertrain ampliará su planta de Coahuila.", "es", "active"),
])
def test_a_venture_named_after_its_parents(sentence, language, status):
    assert (frozenset(("Korvan", "Maltrix")), status) in _ventures(sentence, language)


@pytest.mark.parametrize("sentence,language", [
    # names side by side with no word for a venture: a list, a headline, share prices
    ("Shares of Korvan Maltrix and Ostero rose on Monday.", "en"),
    ("Korvan Maltrix Ostero: the week in batteries.", "en"),
    # a venture word, but the names are a list, not one name
    ("The joint venture will supply Korvan, Maltrix and Ostero.", "en"),
    # one parent only: the venture's name carries one company
    ("La coentreprise Korvan Energies produit des cathodes.", "fr"),
    ("Die Aktie von Korvan Maltrix stieg um drei Prozent.", "de"),
])
def test_names_side_by_side_without_a_named_venture(sentence, language):
    assert not _ventures(sentence, language)
