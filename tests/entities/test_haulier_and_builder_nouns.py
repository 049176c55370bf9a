"""Local firms a plant hires are named by their trade: "the haulier Velmora", "Velmora, the
Leeds-based builder,", "Velmora Services, transporteur installé à Douai,", "Velmora, constructora
afincada en Plasencia," (vocab.SECTOR_NOUNS, names._BARE_APPOSITION). A person so described stays a
person. Sentences and companies invented for the test."""

from __future__ import annotations

import pytest
from entity_helpers import run


def companies(text, lang):
    return {m.canonical for m in run(text, lang).mentions if m.label == "COMPANY" and m.source != "coref"}


@pytest.mark.parametrize(
    "text, lang, name",
    [
        ("The haulier Velmora moved cells between the two sites.", "en", "Velmora"),
        ("Velmora, the Halifax-based builder, will put up the hall.", "en", "Velmora"),
        ("Velmora Services, transporteur installé à Douai, assure les navettes.", "fr", "Velmora Services"),
        ("Velmora, constructora afincada en Plasencia, levantó las oficinas.", "es", "Velmora"),
        ("Velmora, spedizioniere con sede a Nola, porta le celle a Termoli.", "it", "Velmora"),
    ],
)
def test_a_trade_noun_names_a_local_firm(text, lang, name):
    assert name in companies(text, lang)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Tom Quarrell, the builder, said the site was ready.", "en"),
        ("Jean Quarrell, transporteur installé à Douai, raconte la grève.", "fr"),
    ],
)
def test_a_person_so_described_is_no_company(text, lang):
    assert not any("Quarrell" in c for c in companies(text, lang))
