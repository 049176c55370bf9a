"""Plants: a plant that no sentence near it gives an owner to ("Il cantiere della raffineria di X è
aperto ...", several sentences after the company was named) belongs to the company that owns every
plant the story named before it; with plants of two owners before it, it stays without one.

Every sentence here is written for the test (invented companies and places); none comes from the dev
or golden pages.
"""

from __future__ import annotations

from .helpers import facs

_FILLER = {
    "en": "The round was led by pension funds. They did not comment. Analysts called it a good sign. ",
    "it": "Il denaro arriva da alcuni fondi. Non hanno commentato. Gli analisti parlano di un buon segnale. ",
    "de": "Das Geld kommt von Pensionsfonds. Sie äußerten sich nicht. Analysten sprechen von einem guten Zeichen. ",
    "fr": "L'argent vient de fonds de pension. Ils n'ont pas commenté. Les analystes y voient un bon signe. ",
    "es": "El dinero procede de fondos de pensiones. No hicieron comentarios. Los analistas ven una buena señal. ",
}


def _where(fs):
    return [(f.owner, f.location) for f in fs]


def test_en_refinery_three_sentences_on():
    text = "Kornex raised $300 million for its cell plant in Ashby. " + _FILLER["en"] + "Work on the refinery in Preston began in spring."
    assert _where(facs(text, ["Kornex"], places=["Ashby", "Preston"])) == [("Kornex", "Ashby"), ("Kornex", "Preston")]


def test_it_cantiere_della_raffineria():
    text = ("Velora raccoglie 280 milioni di euro per la fabbrica di Cortona. " + _FILLER["it"]
            + "Il cantiere della raffineria di Arezzo è aperto dalla primavera.")
    assert _where(facs(text, ["Velora"], "it", places=["Cortona", "Arezzo"])) == [("Velora", "Cortona"), ("Velora", "Arezzo")]


def test_de_raffinerie():
    text = "Kornex baut eine Zellfabrik in Kolkwitz. " + _FILLER["de"] + "Die Bauarbeiten an der Raffinerie in Cottbus laufen seit dem Frühjahr."
    assert _where(facs(text, ["Kornex"], "de", places=["Kolkwitz", "Cottbus"])) == [("Kornex", "Kolkwitz"), ("Kornex", "Cottbus")]


def test_fr_raffinerie():
    text = "Velora construit une usine de cellules à Sorbiers. " + _FILLER["fr"] + "Le chantier de la raffinerie de Tulle a commencé au printemps."
    assert _where(facs(text, ["Velora"], "fr", places=["Sorbiers", "Tulle"])) == [("Velora", "Sorbiers"), ("Velora", "Tulle")]


def test_es_refineria():
    text = "Velora construye una planta de celdas en Cortes. " + _FILLER["es"] + "Las obras de la refinería de Tudela empezaron en primavera."
    assert _where(facs(text, ["Velora"], "es", places=["Cortes", "Tudela"])) == [("Velora", "Cortes"), ("Velora", "Tudela")]


# ---------------------------------------------------------------- must not fire

def test_two_owners_before_leave_it_without_one():
    text = ("Kornex raised $300 million for its cell plant in Ashby. Brightline runs a cathode plant in Leeds. "
            + _FILLER["en"] + "Work on the refinery in Preston began in spring.")
    fs = facs(text, ["Kornex", "Brightline"], places=["Ashby", "Leeds", "Preston"])
    assert (None, "Preston") in _where(fs)


def test_no_owner_from_a_plant_named_after_it():
    text = "The refinery in Preston began work in spring, officials said. Kornex raised $300 million for its cell plant in Ashby."
    fs = facs(text, ["Kornex"], places=["Ashby", "Preston"])
    assert (None, "Preston") in _where(fs)


def test_another_story_gives_no_owner():
    text = ["Kornex raised $300 million for its cell plant in Ashby.", _FILLER["en"] + "Work on the refinery in Preston began in spring."]
    fs = facs(text, ["Kornex"], places=["Ashby", "Preston"])
    assert (None, "Preston") in _where(fs)
