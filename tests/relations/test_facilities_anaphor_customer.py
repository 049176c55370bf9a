"""Plants: "The plant ..." right after the plant's sentence is that plant even when it names another
company, if that company is not attached to the noun but only a customer or a subject far from it
("La planta ... producirá las celdas de los eléctricos de X").

Every sentence here is written for the test (invented companies and places); none comes from the dev
or golden pages.
"""

from __future__ import annotations

from .helpers import facs

_CAP = {"20 GWh": (20, "GWh")}


def _f(fs):
    return [(f.owner, f.location, f.capacity and f.capacity["value"]) for f in fs]


def test_es_la_planta_makes_cells_for_a_customer():
    text = ("Velora ha completado la estructura de su gigafactoría de Cortes. La planta, todavía en obras, tendrá "
            "una primera fase de 20 GWh y producirá a partir de 2027 las celdas de los futuros eléctricos de Norcell.")
    assert _f(facs(text, ["Velora", "Norcell"], "es", places=["Cortes"], capacity=_CAP)) == [("Velora", "Cortes", 20)]


def test_en_the_plant_makes_cells_for_a_customer():
    text = ("Kornex has topped out its gigafactory in Ashby. The plant, still under construction, will have 20 GWh "
            "in a first phase and will make cells for the future electric models of Brightline.")
    assert _f(facs(text, ["Kornex", "Brightline"], places=["Ashby"], capacity=_CAP)) == [("Kornex", "Ashby", 20)]


def test_de_das_werk_supplies_a_customer():
    text = ("Kornex hat den Rohbau seiner Zellfabrik in Kolkwitz abgeschlossen. Das Werk soll in der ersten Stufe "
            "20 GWh erreichen und ab 2027 Zellen für die künftigen Elektroautos von Brightline liefern.")
    assert _f(facs(text, ["Kornex", "Brightline"], "de", places=["Kolkwitz"], capacity=_CAP)) == [("Kornex", "Kolkwitz", 20)]


def test_fr_l_usine_supplies_a_customer():
    text = ("Velora a achevé le gros œuvre de son usine de Sorbiers. L'usine aura une capacité de 20 GWh et "
            "fournira à partir de 2027 les cellules des futurs modèles électriques de Norcell.")
    assert _f(facs(text, ["Velora", "Norcell"], "fr", places=["Sorbiers"], capacity=_CAP)) == [("Velora", "Sorbiers", 20)]


# ---------------------------------------------------------------- must not fire

def test_a_company_attached_to_the_noun_is_a_new_plant():
    text = "Kornex has topped out its gigafactory in Ashby. The plant that Brightline is building in Preston will have 20 GWh."
    fs = facs(text, ["Kornex", "Brightline"], places=["Ashby", "Preston"], capacity=_CAP)
    assert ("Brightline", "Preston", 20) in _f(fs)
