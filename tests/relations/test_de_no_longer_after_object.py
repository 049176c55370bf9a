"""German tells an end with "keine ... mehr" after the verb and its object, often past a time phrase:
"Brixo liefert seit Januar keine Chips mehr an Kestrel", "liefert keine Leistungshalbleiter mehr an
Kestrel": the tie is ended (not denied, not running).
Invented companies, sentences written for these tests."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

NAMES = ["Brixo", "Kestrel"]


def _statuses(sentence):
    return [st for t, _s, _d, st, _ in triples(rels(sentence, NAMES, language="de")) if t == "supplies"]


@pytest.mark.parametrize("sentence", [
    "Seit Jahresbeginn liefert Brixo keine Chips mehr an Kestrel.",
    "Brixo liefert seit Januar keine Chips mehr an Kestrel.",
    "Brixo liefert keine Leistungshalbleiter mehr an Kestrel.",
    "Brixo liefert keine elektrischen Antriebe mehr an Kestrel.",
])
def test_no_more_after_the_object_is_ended(sentence):
    assert _statuses(sentence) == ["ended"]

