"""Gaps the probe set (probe_supply_cases.py) found beside the order nouns (test_order_both_sides.py): a
German participle of making before its goods ("die von X für Y gefertigten Zellen"), cathode and anode
material named in the singular ("materiale catodico", "material catódico", "matériau cathodique"), and a
mobility operator that buys its vehicles from a carmaker."""

from __future__ import annotations

import pytest

from .helpers import rels


def _supplies(text, names, lang, **kw):
    return {(r.source, r.target) for r in rels(text, names, lang, **kw) if r.type == "supplies"}


@pytest.mark.parametrize("text", [
    "Die von Orlen Cells für Fabbro Auto produzierten Batteriemodule gehen im Herbst in Serie.",
    "Laut Fabbro Auto sind die von Orlen Cells für Fabbro Auto entwickelten Batterien sicherer.",
])
def test_de_participle_of_making_before_goods(text):
    assert ("Orlen Cells", "Fabbro Auto") in _supplies(text, ["Orlen Cells", "Fabbro Auto"], "de")


def test_de_participle_without_customer_reads_nothing():
    assert _supplies("Die von Orlen Cells hergestellten Batteriemodule gelten als sicher.", ["Orlen Cells", "Fabbro Auto"], "de") == set()


@pytest.mark.parametrize("lang,text", [
    ("it", "Fabbro Auto ha scelto Orlen Cells per la fornitura di materiale catodico."),
    ("fr", "Fabbro Auto a retenu Orlen Cells pour la fourniture de matériau cathodique."),
    ("fr", "Orlen Cells livrera du matériau anodique à Fabbro Auto dès 2027."),
    ("es", "Fabbro Auto ha elegido a Orlen Cells para el suministro de material catódico."),
    ("es", "Orlen Cells venderá material anódico a Fabbro Auto durante cinco años."),
])
def test_electrode_material_in_the_singular(lang, text):
    assert ("Orlen Cells", "Fabbro Auto") in _supplies(text, ["Orlen Cells", "Fabbro Auto"], lang)


@pytest.mark.parametrize("lang,text", [
    ("it", "Lumo Trasporti ha firmato un accordo per l'acquisto di 300 autobus da Fabbro Auto."),
    ("es", "Lumo Trasporti ha firmado un acuerdo con Fabbro Auto para la compra de 300 autobuses."),
])
def test_mobility_operator_buys_from_carmaker(lang, text):
    sectors = {"Lumo Trasporti": ["mobility"], "Fabbro Auto": ["carmaker"]}
    assert _supplies(text, ["Lumo Trasporti", "Fabbro Auto"], lang, sectors=sectors) == {("Fabbro Auto", "Lumo Trasporti")}


@pytest.mark.parametrize("lang,text", [
    ("de", "Lumo Trasporti hat mit Fabbro Auto einen Vertrag über den Kauf von 80 Elektrobussen geschlossen."),
    ("de", "Lumo Trasporti hat mit Fabbro Auto eine Vereinbarung zum Kauf von Batteriezellen getroffen."),
    ("fr", "Lumo Trasporti a signé un contrat pour l'achat de 80 bus électriques à Fabbro Auto."),
])
def test_deal_to_buy_goods(lang, text):
    assert _supplies(text, ["Lumo Trasporti", "Fabbro Auto"], lang) == {("Fabbro Auto", "Lumo Trasporti")}


@pytest.mark.parametrize("lang,text", [
    ("de", "Lumo Trasporti hat mit Fabbro Auto einen Vertrag über den Kauf von 30 Prozent der Aktien geschlossen."),
    ("fr", "Le bus CAN de Lumo Trasporti relie les capteurs de Fabbro Auto."),
])
def test_no_goods_bought(lang, text):
    assert _supplies(text, ["Lumo Trasporti", "Fabbro Auto"], lang) == set()


@pytest.mark.parametrize("lang,text", [
    ("en", "Fabbro Auto's first hydrogen bus is powered by fuel cells from Orlen Cells."),
    ("it", "Il nuovo furgone di Fabbro Auto sarà alimentato da batterie di Orlen Cells."),
    ("de", "Der neue Transporter von Fabbro Auto wird von Batterien von Orlen Cells angetrieben."),
    ("fr", "Le premier bus de Fabbro Auto est propulsé par des piles à combustible d'Orlen Cells."),
    ("es", "La nueva furgoneta de Fabbro Auto está impulsada por baterías de Orlen Cells."),
])
def test_vehicle_run_on_goods(lang, text):
    assert _supplies(text, ["Orlen Cells", "Fabbro Auto"], lang) == {("Orlen Cells", "Fabbro Auto")}


@pytest.mark.parametrize("lang,text", [
    # no goods named before the second company, or no vehicle of the first: nothing
    ("en", "Fabbro Auto's race car, driven by Orlen Cells' test pilot, won."),
    ("en", "Fabbro Auto's plant is powered by electricity from Orlen Cells."),
    ("it", "Il camion di Fabbro Auto è alimentato da idrogeno, come quelli di Orlen Cells."),
])
def test_vehicle_run_on_goods_needs_both(lang, text):
    assert ("Orlen Cells", "Fabbro Auto") not in _supplies(text, ["Orlen Cells", "Fabbro Auto"], lang)
