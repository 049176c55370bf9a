"""The short-name helpers the name finder, the recognizer, the known first words and the topic share."""

from tierscope.doc import Mention, Sentence
from tierscope.entities.short_names import first_word, is_bare_short, opens_name, story_heads


def _m(text, canonical, source="pattern", attrs=None, label="COMPANY"):
    return Mention(0, len(text), text, label, canonical, 0, source, attrs or {})


def test_first_word():
    assert first_word("Quorvel Gießtechnik") == "Quorvel"
    assert first_word("  ") == ""


def test_opens_name_needs_a_word_of_its_own():
    assert opens_name("Quorvel", "Quorvel Gießtechnik")
    assert not opens_name("Quorvel", "Quorvelwerk Süd")
    assert not opens_name("Quorvel", "Quorvel")


def test_bare_short_is_a_word_found_by_position_as_found():
    assert is_bare_short(_m("Quorvel", "Quorvel"))
    assert not is_bare_short(_m("Quorvel", "Quorvel Gießtechnik"))  # already renamed
    assert not is_bare_short(_m("Quorvel Gießtechnik", "Quorvel Gießtechnik"))
    assert not is_bare_short(_m("Quorvel", "Quorvel", attrs={"known": True}))
    assert not is_bare_short(_m("Quorvel", "Quorvel", source="gazetteer"))
    assert not is_bare_short(_m("Quorvel", "Quorvel", label="PERSON"))


def test_story_heads_are_each_story_s_first_sentence():
    sents = [Sentence(0, 5, story=0), Sentence(6, 9, story=0), Sentence(10, 15, story=1), Sentence(16, 20, story=1)]
    assert story_heads(sents) == frozenset({0, 2})
