"""Italian and Spanish: a subject left out before a verb that raises a stake or takes control ("Salirà
inoltre al 25% nel capitale di Y", "Además, elevará al 30 % su participación en Y", "Tomó el control
de Y"). Sentences written for the test; positives and near misses."""

from __future__ import annotations

import pytest
from entity_helpers import run

from tierscope.relations import RelationExtractor

_RX = RelationExtractor()


def found(text, language, story_starts=()):
    doc = _RX(run(text, language, story_starts))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("text,language,rel", [
    ("Stellantis ha presentato i conti del trimestre. Salirà inoltre al 25% nel capitale di Leapmotor.", "it", "invests_in"),
    ("Stellantis ha chiuso il bilancio in utile. Aumenterà la sua quota in Leapmotor al 30%.", "it", "invests_in"),
    ("Stellantis presentó resultados trimestrales. Además, elevará al 30 % su participación en Leapmotor.", "es", "invests_in"),
    ("Stellantis cerró el ejercicio con beneficios. En 2024 aumentó su participación en Leapmotor.", "es", "invests_in"),
    ("Stellantis cerró el ejercicio con beneficios. Por otra parte, tomará el control de Leapmotor.", "es", "acquires"),
])
def test_dropped_subject_of_a_stake_verb(text, language, rel):
    assert (rel, "Stellantis", "Leapmotor") in found(text, language)


@pytest.mark.parametrize("text,language", [
    # after a sentence about a person
    ("Carlos Tavares ha presentato i conti del trimestre. Salirà inoltre al 25% nel capitale di Leapmotor.", "it"),
    ("Carlos Tavares presentó los resultados. Además, elevará al 30 % su participación en Leapmotor.", "es"),
    # the subject follows the verb
    ("Stellantis ha presentato i conti del trimestre. Salirà al 25% nel capitale di Leapmotor anche Renault.", "it"),
])
def test_no_company_subject_left_out(text, language):
    assert not any(s == "Stellantis" for _, s, _ in found(text, language))


def test_a_second_story_is_no_antecedent():
    text = "Stellantis cerró el ejercicio con beneficios. Además, elevará al 30 % su participación en Leapmotor."
    assert not any(s == "Stellantis" for _, s, _ in found(text, "es", story_starts=(1,)))
