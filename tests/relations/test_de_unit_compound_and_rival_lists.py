"""Two ways a clause names companies side by side without tying them: a subsidiary compound in the
singular ("die Vostra-Tochter Brixo und die Handelskette Kestrel") owns only the first name after it,
the second is its companion in the clause; and rivals given as examples ("Wettbewerber wie Brixo und
Kestrel haben ebenfalls Verträge abgeschlossen", "rivals such as ...") are no partners of each other.
Invented companies, sentences written for these tests."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

NAMES = ["Brixo", "Kestrel", "Vostra", "Almara"]


def _t(sentence, language="de"):
    return [(t, s, d) for t, s, d, _st, _ in triples(rels(sentence, NAMES, language=language))]


def test_a_singular_subsidiary_compound_owns_the_first_name_only():
    got = _t("Die Vostra-Tochter Brixo und die Handelskette Kestrel haben eine Vereinbarung unterzeichnet.")
    assert ("owns", "Vostra", "Brixo") in got
    assert ("owns", "Vostra", "Kestrel") not in got


def test_the_compound_after_a_list_still_owns_its_name():
    got = _t("Almara, Kestrel und die Vostra-Tochter Brixo haben eine Vereinbarung unterzeichnet.")
    assert ("owns", "Vostra", "Brixo") in got
    assert ("owns", "Vostra", "Kestrel") not in got


@pytest.mark.parametrize("sentence, language", [
    ("Wettbewerber wie Brixo und Kestrel haben in den vergangenen Monaten ebenfalls Verträge für ihre Ladenetze "
     "abgeschlossen.", "de"),
    ("Konkurrenten wie Brixo und Kestrel haben ebenfalls Partnerschaften vereinbart.", "de"),
    ("Rivals such as Brixo and Kestrel have also signed agreements for their networks.", "en"),
])
def test_rivals_named_as_examples_are_no_partners(sentence, language):
    assert not any(t == "partners_with" for t, _s, _d in _t(sentence, language))


def test_a_pair_that_signs_together_stays_partners():
    got = _t("Brixo und Kestrel haben eine Vereinbarung über den Ausbau von Ladepunkten unterzeichnet.")
    assert any(t == "partners_with" and {s, d} == {"Brixo", "Kestrel"} for t, s, d in got)
