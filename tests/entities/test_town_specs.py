"""A description's town that the place list does not know ("il gruppo di Curno", "der Hersteller aus
Ormaiztegi") points to the company the gazetteer knows at home there, past a nearer company known to be at
home elsewhere (town_specs.py); with no such company in the story the town is not read."""

from __future__ import annotations

import pytest
from entity_helpers import run


def corefs(doc):
    return [(m.text, m.canonical) for m in doc.mentions if m.source == "coref"]


@pytest.mark.parametrize("lang, text, description, company", [
    ("it", "Brembo ha chiuso un buon anno. Pirelli ha aperto un reparto. "
           "Un portavoce del gruppo di Curno ha confermato.", "del gruppo di Curno", "Brembo"),
    ("es", "Irizar presentó sus cuentas. Gestamp abrió una planta. El grupo de Ormaiztegi prevé más pedidos.",
     "El grupo de Ormaiztegi", "Irizar"),
    ("fr", "Forvia a publié ses comptes. Valeo a ouvert une ligne. Un porte-parole du groupe de Nanterre l'a confirmé.",
     "du groupe de Nanterre", "Forvia"),
    ("de", "Irizar hat Zahlen vorgelegt. Gestamp eröffnet ein Werk. Der Hersteller aus Ormaiztegi erwartet neue Aufträge.",
     "Der Hersteller aus Ormaiztegi", "Irizar"),
    ("en", "Brembo reported results. Pirelli opened a plant. The group from Curno expects new orders.",
     "The group from Curno", "Brembo"),
])
def test_an_unlisted_town_points_to_the_company_known_there(lang, text, description, company):
    assert (description, company) in corefs(run(text, lang))


def test_a_town_no_named_company_is_known_at_is_not_read():
    # "Ratisbonne" is Regensburg, a name the place list lacks: the description stays as it was
    doc = run("Vitesco Technologies a publié ses comptes. Un porte-parole de l'équipementier de Ratisbonne l'a "
              "confirmé.", "fr")
    assert ("l'équipementier", "Vitesco Technologies") in corefs(doc)


@pytest.mark.parametrize("text, description, company", [
    # a town's adjective that is not the town plus "-er" (Darmstadt, Karlsruhe), or a town the place list lacks
    ("Akasol hat Zahlen vorgelegt. Bosch eröffnet ein Werk. Das Darmstädter Unternehmen erwartet neue Aufträge.",
     "Das Darmstädter Unternehmen", "Akasol"),
    ("Irizar hat Zahlen vorgelegt. Gestamp eröffnet ein Werk. Der Ormaiztegier Hersteller erwartet neue Aufträge.",
     "Der Ormaiztegier Hersteller", "Irizar"),
])
def test_a_german_town_adjective_points_to_the_company_known_there(text, description, company):
    assert (description, company) in corefs(run(text, "de"))


def test_a_german_er_word_no_named_company_is_known_at_is_not_read():
    # no company of the story is known at home in Hanau: the description is read as before, without a town
    doc = run("Akasol hat Zahlen vorgelegt. Der Hanauer Zulieferer erwartet neue Aufträge.", "de")
    assert ("Der Hanauer Zulieferer", "Akasol") in corefs(doc)
