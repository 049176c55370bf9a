"""Readers that search each sentence of a page for a rare phrase ("the same company", a plant a supply
goes to, a dative in a passive of supplying, a person's role) search only the sentences that hold one of
the literals every match holds: a page without them is not searched at all, and what they find where the
phrase stands is unchanged. Invented companies, sentences written for these tests."""

from __future__ import annotations

import pytest
from entity_helpers import run

from tierscope.entities import non_companies, passive_datives, plant_objects, same_company


class _CountingPattern:
    """A compiled pattern that counts its searches (the literal gates read its ``pattern`` and ``flags``)."""

    def __init__(self, rx):
        self.rx, self.pattern, self.flags, self.searches = rx, rx.pattern, rx.flags, 0

    def finditer(self, *args):
        self.searches += 1
        return self.rx.finditer(*args)

    def search(self, *args):
        self.searches += 1
        return self.rx.search(*args)


_PLAIN = ("Vardelo Batteries opened a cell plant in Ohio last year. Kestrin Motors buys its cells from "
          "Vardelo Batteries. Orlanto Steel reported higher sales in the third quarter.")


@pytest.mark.parametrize("module, table, lang", [
    (same_company, "_SAME_RX", "en"),
    (plant_objects, "_SUPPLY_RX", "en"),
    (passive_datives, "_PASSIVE_RX", "en"),
])
def test_a_page_without_the_phrase_is_not_searched(monkeypatch, module, table, lang):
    rx = getattr(module, table)
    spy = _CountingPattern(rx[lang])
    monkeypatch.setitem(rx, lang, spy)
    text = _PLAIN.replace("plant", "line") if module is plant_objects else _PLAIN
    run(text, lang)
    assert spy.searches == 0


def test_the_same_company_is_still_read_where_it_stands(monkeypatch):
    spy = _CountingPattern(same_company._SAME_RX["en"])
    monkeypatch.setitem(same_company._SAME_RX, "en", spy)
    doc = run("Vardelo Batteries opened a cell plant in Ohio. The same company also supplies modules to Kestrin Motors.", "en")
    assert spy.searches == 1  # (the one sentence that holds "same")
    assert [m.canonical for m in doc.mentions if m.text == "The same company"] == ["Vardelo Batteries"]


def test_the_role_pattern_is_searched_once_per_page(monkeypatch):
    role_first = _CountingPattern(non_companies._ROLE_THEN_NAME)
    monkeypatch.setattr(non_companies, "_ROLE_THEN_NAME", role_first)
    run("Analyst Dorvin Pallask said Kestrin Motors would buy cells from Vardelo Batteries. "
        "Pallask Marlo expects more orders.", "en")
    assert role_first.searches <= 1


def test_a_page_without_role_words_is_not_searched_for_people(monkeypatch):
    role_first = _CountingPattern(non_companies._ROLE_THEN_NAME)
    name_first = _CountingPattern(non_companies._NAME_THEN_ROLE)
    monkeypatch.setattr(non_companies, "_ROLE_THEN_NAME", role_first)
    monkeypatch.setattr(non_companies, "_NAME_THEN_ROLE", name_first)
    run("Kestrin Motors will buy cells from Vardelo Batteries, said Dorvin Pallask. Pallask Marlo expects more orders.", "en")
    assert role_first.searches == 0 and name_first.searches == 0
