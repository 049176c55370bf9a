"""Plants: a known company that bears a town's name ("Salzgitter") is the town where a plant is
placed there ("Werk in X", "stabilimento di X", "l'usine de X", "laufen in X die ersten Zellen vom
Band"), not where money goes to it ("invests in X") or where it is the subject.

Every sentence here is written for the test; the company named after a town is invented (a steel
maker "Zwickau", as Salzgitter AG is named after its town), and none comes from the dev or golden
pages. The town must be one the place list knows.
"""

from __future__ import annotations

from .helpers import facs


def _where(fs):
    return [(f.owner, f.location) for f in fs]


def test_it_stabilimento_di_town():
    text = "Dallo stabilimento di Zwickau, dove la produzione è cominciata nel 2025, Kornex rifornisce già Velora."
    assert _where(facs(text, ["Kornex", "Zwickau", "Velora"], "it")) == [("Kornex", "Zwickau")]


def test_en_plant_in_town():
    text = "Kornex has started series production at its cell plant in Zwickau."
    assert _where(facs(text, ["Kornex", "Zwickau"])) == [("Kornex", "Zwickau")]


def test_fr_usine_de_town():
    text = "Kornex a lancé la production en série dans son usine de Zwickau."
    assert _where(facs(text, ["Kornex", "Zwickau"], "fr")) == [("Kornex", "Zwickau")]


def test_es_planta_de_town():
    text = "Kornex ha iniciado la producción en serie en su planta de Zwickau."
    assert _where(facs(text, ["Kornex", "Zwickau"], "es")) == [("Kornex", "Zwickau")]


def test_de_headline_then_the_plant():
    text = "Kornex startet Serienfertigung in Zwickau. Die erste Ausbaustufe der Fabrik ist auf 20 GWh ausgelegt."
    fs = facs(text, ["Kornex", "Zwickau"], "de", capacity={"20 GWh": (20, "GWh")})
    assert [(f.owner, f.location, f.capacity and f.capacity["value"]) for f in fs] == [("Kornex", "Zwickau", 20)]


# ---------------------------------------------------------------- must not fire

def test_en_invests_in_the_company():
    fs = facs("Kornex invests in Zwickau to build a steel plant.", ["Kornex", "Zwickau"])
    assert all(f.location != "Zwickau" for f in fs)


def test_the_company_as_subject_owns_its_plant():
    fs = facs("Zwickau is building a steel plant in Peine.", ["Zwickau"], places=["Peine"])
    assert _where(fs) == [("Zwickau", "Peine")]


def test_a_company_that_is_no_town_stays_a_company():
    fs = facs("Velora will supply the cell plant of Kornex in Brelix.", ["Kornex", "Velora", "Brelix"])
    assert all(f.location != "Brelix" or f.owner is not None for f in fs)


def test_it_landmark_plant_of_the_company_stays_its():
    text = "Voltaria produce in Cina. Accanto allo stabilimento di Zwickau a Termoli il gruppo costruirà una fabbrica di celle."
    fs = facs(text, ["Voltaria", "Zwickau"], "it", places=["Termoli"])
    assert _where(fs) == [("Voltaria", "Termoli")]
