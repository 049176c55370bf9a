"""Goods that come out of a plant or off a line ("le celle che escono dallo stabilimento", "salió de la
línea", "sortent de l'usine") tell where they are made, not a company leaving a tie: the supply told
beside them keeps its own status (``lexicon/_shared.OUT_OF_PLANT``). Invented companies."""

from __future__ import annotations

import pytest

from .helpers import rels

PAIR = ["Orlanda", "Pesqueira"]


@pytest.mark.parametrize("lang, text", [
    ("it", "Le celle che escono dallo stabilimento di Lodi sono vendute da Pesqueira a Orlanda con contratti pluriennali."),
    ("it", "Pesqueira fornisce a Orlanda i moduli che escono dalla fabbrica di Lodi."),
    ("it", "Pesqueira vende a Orlanda le celle che escono dal suo nuovo stabilimento di Lodi."),
    ("it", "Pesqueira fornisce a Orlanda i cerchi che escono ogni giorno dalle linee di Lodi."),
    ("it", "Le scocche che escono da qui sono fornite da Pesqueira a Orlanda."),
    ("it", "Il primo furgone è uscito dalla linea a marzo: Pesqueira fornisce le batterie a Orlanda."),
    ("it", "Le celle sono uscite dall'impianto a marzo: Pesqueira le fornisce a Orlanda."),
    ("it", "Pesqueira fornisce a Orlanda i telai che escono dal reparto di stampaggio."),
    ("es", "Pesqueira suministra a Orlanda las celdas que salen de la planta de Lodi."),
    ("es", "El primer camión salió de la línea en marzo y Pesqueira suministra las baterías a Orlanda."),
    ("es", "Pesqueira suministra a Orlanda los bastidores que salen cada día de la fábrica de Lodi."),
    ("es", "El primer módulo salió de la planta en mayo: Pesqueira lo suministra a Orlanda."),
    ("fr", "Les cellules qui sortent de l'usine de Lodi sont fournies par Pesqueira à Orlanda."),
    ("fr", "Le premier camion est sorti de la chaîne en mars et Pesqueira fournit les batteries à Orlanda."),
    ("fr", "Pesqueira fournit à Orlanda les châssis qui sortent chaque jour de son usine de Lodi."),
    ("fr", "Les modules sortis de l'usine de Lodi sont fournis par Pesqueira à Orlanda."),
])
def test_goods_out_of_a_plant_are_no_end(lang, text):
    assert sorted({r.status for r in rels(text, PAIR, language=lang) if r.type == "supplies"}) == ["active"]


@pytest.mark.parametrize("lang, text", [
    # a company that leaves a tie still ends it
    ("it", "Pesqueira esce dalla joint venture con Orlanda."),
    ("it", "Pesqueira è uscita dal capitale di Orlanda."),
    ("it", "I due soci escono dalla joint venture: Pesqueira e Orlanda non collaborano più."),
    ("es", "Pesqueira salió del capital de Orlanda en 2024."),
    ("fr", "Pesqueira est sortie du capital d'Orlanda en 2024."),
])
def test_a_company_leaving_a_tie_still_ends_it(lang, text):
    assert "ended" in {r.status for r in rels(text, PAIR, language=lang)}
