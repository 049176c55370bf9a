"""Companies of the electric-vehicle chain added to the gazetteer from industry knowledge: each is
known by its name and common short forms, with the sector that sets its place in the chain and its
controlling owner. Sentences are invented."""

from __future__ import annotations

import pytest

from entity_helpers import run as _run
from tierscope.entities import gazetteer


@pytest.mark.parametrize("name,canonical,sector,parent", [
    ("Thermo King", "Thermo King", "supplier", "Trane"),
    ("Carrier Transicold", "Carrier Transicold", "supplier", "Carrier Global"),
    ("BHAP", "Beijing Hainachuan Automotive Parts", "supplier", "BAIC"),
    ("Guardian Glass", "Guardian Industries", "supplier", "Koch Industries"),
    ("Imerys Graphite & Carbon", "Imerys Graphite & Carbon", "battery_materials", "Imerys"),
    ("Q8 Italia", "Kuwait Petroleum Italia", "energy", "Kuwait Petroleum International"),
    ("Petro-Canada", "Petro-Canada", "charging", "Suncor Energy"),
    ("Erwin Hymer", "Erwin Hymer Group", "carmaker", "Thor Industries"),
    ("Universal Robots", "Universal Robots", "machinery", "Teradyne"),
    ("Mercedes-Benz High-Power Charging", "Mercedes-Benz HPC", "charging", "Mercedes-Benz"),
    ("Novamont", "Novamont", "chemicals", "Versalis"),
    ("Cogne Acciai Speciali", "Cogne Acciai Speciali", "steel", "Walsin Lihwa"),
    ("Bosch eBike", "Bosch eBike Systems", "supplier", "Bosch"),
    ("Toyota Material Handling", "Toyota Material Handling", "machinery", "Toyota Industries"),
    ("Husqvarna Motorcycles", "Husqvarna Motorcycles", "carmaker", "Pierer Mobility"),
    ("Yunnan Copper Industry", "Yunnan Copper", "mining", "Chinalco"),
    # units whose owner the gazetteer did not know
    ("Kakao Mobility", "Kakao Mobility", "mobility", "Kakao"),
    ("Horiba Mira", "Horiba Mira", "tech", "Horiba"),
    ("Würth Elektronik", "Würth Elektronik", "electronics", "Würth"),
    ("QJ Motor", "Qianjiang Motorcycle", "mobility", "Geely"),
    ("Kiekert", "Kiekert", "supplier", "Lingyun Industrial"),
    ("Kumho Tire", "Kumho Tire", "tyres", "Qingdao Doublestar"),
    ("Federal Mogul", "Federal-Mogul", "supplier", "Tenneco"),
    ("Cobra Instalaciones y Servicios", "Cobra IS", "machinery", "Vinci"),
    ("Edistribución", "E-Distribución", "energy", "Endesa"),
    ("LX Pantos", "LX Pantos", "logistics", "LX International"),
    ("Kaco", "KACO new energy", "energy", "Siemens"),
    ("E3DC", "E3/DC", "energy", "Hager Group"),
    ("Sanyo Special Steel", "Sanyo Special Steel", "steel", "Nippon Steel"),
    ("Toyota Motor Kyushu", "Toyota Motor Kyushu", "carmaker", "Toyota"),
])
def test_known_with_sector_and_owner(name, canonical, sector, parent):
    entry = gazetteer().entry(name)
    assert entry is not None and entry.name == canonical
    assert sector in entry.sectors
    assert entry.parent == parent


def test_short_forms_and_brands_of_known_companies():
    g = gazetteer()
    assert g.canonical("Wanxiang A123") == "A123 Systems"
    assert g.canonical("BharatBenz") == "Daimler India Commercial Vehicles"
    assert g.canonical("Dongfeng Forthing") == "Dongfeng Liuzhou Motor"
    assert g.canonical("Jianghuai") == "JAC Motors"
    assert g.canonical("Ballard Power") == "Ballard Power Systems"
    assert g.canonical("Vremt") == "Viridi E-Mobility Technology"
    assert g.canonical("Anhui Zhongding") == "Anhui Zhongding Sealing Parts"
    assert g.canonical("Guangdong Hongtu") == "Guangdong Hongtu Technology"
    assert g.canonical("Izera") == "ElectroMobility Poland"
    assert g.canonical("Minda Industries") == "Uno Minda"
    assert g.entry("Rompetrol").parent == "KazMunayGas"
    # a unit's owner is the group the unit belongs to
    assert g.entry("Inalfa Roof Systems").parent == "Beijing Hainachuan Automotive Parts"
    assert g.entry("Lisi Automotive").parent == "Lisi Group"


def _companies(text, language):
    return [m.canonical for m in _run(text, language).mentions if m.label == "COMPANY"]


@pytest.mark.parametrize("language,text,expected", [
    ("en", "Thermo King will fit its electric refrigeration units to the trailers of Great Dane.",
     ["Thermo King", "Great Dane"]),
    ("de", "Keba liefert die Ladestationen, Truma die Heizungen für die Reisemobile von Knaus Tabbert.",
     ["Keba", "Truma", "Knaus Tabbert"]),
    ("it", "Duferco Energia installerà le colonnine nelle stazioni di Italiana Petroli.",
     ["Duferco Energia", "Italiana Petroli"]),
    ("fr", "Trigano achète des châssis électriques pour ses camping-cars.", ["Trigano"]),
    ("es", "Almonty Industries reabrirá la mina de wolframio en Salamanca.", ["Almonty Industries"]),
    ("es", "Telpark y Q-Park instalarán cargadores rápidos en sus aparcamientos de Madrid.", ["Empark", "Q-Park"]),
    ("fr", "Omexom, filiale de Vinci Energies, raccordera la station au réseau.", ["Omexom", "Vinci Energies"]),
])
def test_new_names_are_recognised(language, text, expected):
    assert [c for c in _companies(text, language) if c in expected] == expected


@pytest.mark.parametrize("language,text", [
    ("en", "The carrier said the shipment left Rotterdam on Monday."),
    ("en", "Mr Pierce, the plant manager, said the line would reopen."),
    ("it", "Le api sono tornate negli alveari della Brianza."),
    ("it", "Miele e latte sono saliti di prezzo a ottobre."),
])
def test_names_that_are_words_need_context(language, text):
    assert _companies(text, language) == []
