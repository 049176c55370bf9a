"""The "e-" part names ("Kelvin e-Drive") are looked for only in sentences whose text holds one of the
shapes ``e_part`` asks for (a space, a lone "e" or "E", a hyphen): a sentence without one has no token it
can accept, so the names found are the same, and the sentences without one are not walked token by token."""

import pytest

from tierscope.entities import name_joins
from tierscope.entities.matcher import tokenize

from entity_helpers import run, spans


def test_the_gate_covers_every_word_an_e_part_opens_with():
    # (derived from the words ``e_part`` itself tests: a word added there is in the gate's shapes too)
    for word in name_joins.E_WORDS:
        assert f" {word}-" in name_joins.E_PART_SHAPES, word


@pytest.mark.parametrize("sentence", [
    "Shares of Brackwell Motors e-Axle rose.",
    "The Ostrava Kessel E-mobility unit grew.",
    "Vantor e-Drive and Lumeno E-Power signed.",
    "An e-bike is no name, nor is e-mail.",
    "Quellin Werk e-Antrieb GmbH liefert.",
])
def test_no_sentence_the_gate_turns_away_holds_a_token_e_part_accepts(sentence):
    text = "Intro line. " + sentence
    start = len("Intro line. ")
    tokens = tokenize(text, start, len(text))
    accepted = any(name_joins.e_part(text, tokens, k) for k in range(len(tokens)))
    if accepted:
        assert name_joins._may_hold_e_part(text, start, len(text))
    # and the first sentence, with no such shape, is turned away
    assert not name_joins._may_hold_e_part(text, 0, start)


def test_names_with_an_e_part_are_still_found():
    doc = run("Dravon e-Axle opened a plant in Ulm. Analysts said Dravon e-Axle will hire 300 people.", "en")
    assert ("Dravon e-Axle", "Dravon e-Axle") in spans(doc, "COMPANY")


def test_sentences_without_the_shape_are_not_walked(monkeypatch):
    calls = []
    real = name_joins.e_part

    def counting(text, tokens, k):
        calls.append(k)
        return real(text, tokens, k)

    monkeypatch.setattr(name_joins, "e_part", counting)
    name_joins_calls_before = len(calls)
    run("Torvane signed a supply deal with Belmark. The two firms will build cells together in Porto.", "en")
    # (``walk_back`` in names.py asks ``e_part`` of its own tokens; only e_part_names' scan of every token
    # goes through this module's name)
    assert len(calls) == name_joins_calls_before
