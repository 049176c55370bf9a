"""The clause cuts of the status scope (``status._SCOPE_CUT``) open with one character class, a space or a
comma, which ``re`` skips to at once (speed); the cuts, where they start and which kind each is, as before.
Invented sentences and companies."""

from __future__ import annotations

from re import _constants as C
from re import _parser

import pytest

from tierscope.relations import status


def test_scope_cut_opens_with_one_character_class():
    # (``re`` searches a pattern that opens with a character class by skipping to that class: the cuts are
    # found twice as fast as by alternatives tried one by one at every character)
    first = _parser.parse(status._SCOPE_CUT.pattern, status._SCOPE_CUT.flags).data[0]
    assert first[0] is C.IN


@pytest.mark.parametrize("text, cut, group", [
    ("Quillmark supplies Toverne while Bravesse builds its own packs.", " while ", None),
    ("Quillmark talks to Toverne, although it denied taking a stake.", ", although ", "conc"),
    ("Quillmark left Toverne, claiming that the contract had lapsed.", ", claiming ", "tail"),
    ("Quillmark supplies Toverne, and Bravesse supplies Orlix.", ", and ", "conj"),
    ("Quillmark secures supplies but denies bid for Toverne.", " but ", "butdeny"),
    ("Quillmark supplies Toverne, but has denied a new plant.", ", but ", "butdeny"),
    ("Quillmark liefert an Toverne, dementiert aber eine Übernahme.", ", ", "butdeny"),
])
def test_scope_cut_starts_ends_and_kinds(text, cut, group):
    m = status._SCOPE_CUT.search(text)
    assert m is not None and m.start() == text.index(cut)
    assert m.group(0).startswith(cut.rstrip()) or cut.startswith(m.group(0))
    for name in ("conc", "tail", "conj", "butdeny"):
        assert bool(m.group(name)) == (name == group)


def test_scope_cut_none_in_a_plain_sentence():
    assert status._SCOPE_CUT.search("Quillmark supplies Toverne with pumps from its Lisbon plant.") is None
