"""A German plural of goods standing alone where a name could stand ("liefert der Konzern Bänder und
Bleche an Y") is no company, whatever its length (entities/recognizer.py `_goods`). Sentences written
for the test."""

from __future__ import annotations

import pytest
from entity_helpers import run


def companies(text: str, language: str) -> list[str | None]:
    return [m.canonical for m in run(text, language).mentions if m.label == "COMPANY"]


@pytest.mark.parametrize(
    "text, goods",
    [
        ("Ab 2027 liefert der Stahlkonzern Bänder und Bleche für Batteriewannen an Nemak.", ("Bänder", "Bleche")),
        ("Künftig liefert der Kupferkonzern Drähte und Profile an die Firma Leoni.", ("Drähte", "Profile")),
        ("Seit Mai liefert der Metallkonzern Rohre und Barren an Nemak.", ("Rohre", "Barren")),
    ],
)
def test_german_goods_alone_are_no_company(text, goods):
    names = companies(text, "de")
    assert not set(goods) & set(names)


def test_a_name_ending_in_goods_stays_a_name():
    names = companies("Die Velmora Profile GmbH liefert Aluminium an BMW.", "de")
    assert any(n and n.startswith("Velmora Profile") for n in names)
