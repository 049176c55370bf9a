"""A Romance firm named after the river or region of its trade ("Chimica del Volturno", "Aceros del
Cinca", "Câbles du Jura") and a family firm so named after its trade ("Construcciones Velmora del
Cinca") are one company, the place inside included (entities/trade_heads.py, read by names.works); a
bare "di <town>" stays the home town, and goods of a known company stay goods. Sentences and companies
invented for the test."""

from __future__ import annotations

import pytest
from entity_helpers import run


def companies(text, lang):
    return {m.canonical for m in run(text, lang).mentions if m.label == "COMPANY" and m.source != "coref"}


@pytest.mark.parametrize(
    "text, lang, name",
    [
        ("Il gruppo tratta con una società campana, la Metalli del Sarno, per la fornitura dei precursori.", "it",
         "Metalli del Sarno"),
        ("Cátodos del Jalón, una sociedad de nueva creación, ha firmado un acuerdo con Ortiga.", "es",
         "Cátodos del Jalón"),
        ("Entre las empresas locales figura también Construcciones Velmora del Alberche, una constructora.", "es",
         "Construcciones Velmora del Alberche"),
        ("Câbles du Vercors a signé un contrat avec Orvanel.", "fr", "Câbles du Vercors"),
    ],
)
def test_a_trade_named_after_its_place_is_one_company(text, lang, name):
    assert name in companies(text, lang)


def test_goods_of_a_known_company_stay_goods():
    assert companies("Baterías de Tesla llegan a Europa.", "es") == {"Tesla"}


def test_a_bare_home_town_stays_apart():
    found = companies("Abbiamo firmato con Trasporti Velmora di Brescia un contratto.", "it")
    assert "Trasporti Velmora di Brescia" not in found
