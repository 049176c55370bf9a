"""Two gaps the probe set (probe_supply_cases.py) found: goods fitted in one vehicle of the customer
(the singular: "el nuevo camión de Y", "im neuen Modell von Y"), and an order noun naming both sides
("el pedido de Y a X", "der Auftrag von Y an X", "la commande de Y attribuée à X")."""

from __future__ import annotations

import pytest

from .helpers import rels


def _supplies(text, names, lang):
    return {(r.source, r.target) for r in rels(text, names, lang) if r.type == "supplies"}


@pytest.mark.parametrize("lang,text", [
    ("es", "Las baterías de Orlen Cells irán en el próximo modelo de Fabbro Auto."),
    ("es", "Los frenos de Orlen Cells equiparán la nueva furgoneta de Fabbro Auto."),
    ("fr", "Les batteries d'Orlen Cells équiperont la nouvelle voiture de Fabbro Auto."),
    ("fr", "Les sièges d'Orlen Cells seront installés dans le prochain utilitaire de Fabbro Auto."),
    ("it", "I sedili di Orlen Cells saranno montati sulla nuova vettura di Fabbro Auto."),
    ("it", "Le batterie di Orlen Cells equipaggeranno il prossimo modello di Fabbro Auto."),
    ("de", "Die Batterien von Orlen Cells stecken im neuen Modell von Fabbro Auto."),
    ("de", "Die Sitze von Orlen Cells kommen im neuen Transporter von Fabbro Auto zum Einsatz."),
])
def test_goods_in_one_vehicle(lang, text):
    assert ("Orlen Cells", "Fabbro Auto") in _supplies(text, ["Orlen Cells", "Fabbro Auto"], lang)


@pytest.mark.parametrize("lang,text", [
    ("es", "El pedido de Fabbro Auto a Orlen Cells asciende a 80 millones de euros."),
    ("es", "El encargo de Fabbro Auto adjudicado a Orlen Cells abarca 400 vagones."),
    ("de", "Der Auftrag von Fabbro Auto an Orlen Cells hat ein Volumen von 80 Millionen Euro."),
    ("de", "Die Bestellung von Fabbro Auto bei Orlen Cells umfasst 400 Waggons."),
    ("fr", "La commande de Fabbro Auto attribuée à Orlen Cells représente 80 millions d'euros."),
    ("fr", "La commande de Fabbro Auto confiée au belge Orlen Cells porte sur 400 wagons."),
    ("it", "La commessa di Fabbro Auto assegnata a Orlen Cells vale 80 milioni di euro."),
    ("it", "La commessa di Fabbro Auto affidata alla belga Orlen Cells riguarda 400 carri."),
])
def test_order_naming_both_sides(lang, text):
    assert _supplies(text, ["Orlen Cells", "Fabbro Auto"], lang) == {("Orlen Cells", "Fabbro Auto")}


@pytest.mark.parametrize("lang,text", [
    # one side of the order only, and the subject a bidder: nothing
    ("de", "Orlen Cells hofft auf einen Auftrag von Fabbro Auto."),
    ("es", "Orlen Cells confía en llevarse una parte del pedido, según Fabbro Auto."),
])
def test_order_naming_one_side(lang, text):
    assert ("Orlen Cells", "Fabbro Auto") not in _supplies(text, ["Orlen Cells", "Fabbro Auto"], lang)
