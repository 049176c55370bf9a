"""A trade description two companies of the window fit: the one the story is about, not one named once in
passing nearer (entities/trade_salience.py). Invented sentences."""

from __future__ import annotations

import pytest
from entity_helpers import run


def corefs(doc):
    return [(m.text, m.canonical, m.sentence) for m in doc.mentions if m.source == "coref"]


@pytest.mark.parametrize(
    "language, text, description, company",
    [
        ("en", "Scania opened a test track near Oslo. Scania said the first runs start in May. "
               "The software comes from a venture shared with Iveco Group. The truck maker is also in talks on axles.",
         "The truck maker", "Scania"),
        ("de", "Scania eröffnet eine Teststrecke bei Oslo. Scania rechnet mit ersten Fahrten im Mai. "
               "Die Software stammt aus einem Projekt zusammen mit der Iveco Group. Der Lkw-Bauer verhandelt zudem über Achsen.",
         "Der Lkw-Bauer", "Scania"),
        ("it", "Scania apre una pista di prova vicino a Oslo. Scania prevede le prime corse a maggio. "
               "Il software arriva da un progetto condiviso con Iveco Group. Il costruttore di camion tratta anche per gli assali.",
         "Il costruttore di camion", "Scania"),
        ("fr", "Scania ouvre une piste d'essai près d'Oslo. Scania prévoit les premiers essais en mai. "
               "Le logiciel vient d'un projet partagé avec Iveco Group. Le fabricant de camions négocie aussi des essieux.",
         "Le fabricant de camions", "Scania"),
        ("es", "Scania abre una pista de pruebas cerca de Oslo. Scania prevé las primeras pruebas en mayo. "
               "El software procede de un proyecto compartido con Iveco Group. El fabricante de camiones negocia también ejes.",
         "El fabricante de camiones", "Scania"),
        ("en", "CATL will build a cell plant in Hungary. CATL expects output to start in 2027. "
               "Its separators come from a venture run with LG Energy Solution. The battery maker also buys lithium.",
         "The battery maker", "CATL"),
    ],
)
def test_a_trade_noun_goes_to_the_company_the_story_names_not_one_passing_by(language, text, description, company):
    assert (description, company, 3) in corefs(run(text, language))


def test_a_company_named_once_near_stays_where_the_other_is_named_once_too():
    doc = run("Scania opened a test track near Oslo. The software comes from Iveco Group. "
              "The truck maker is also in talks on axles.", "en")
    assert ("The truck maker", "Iveco", 2) in corefs(doc)


def test_a_nearer_subject_of_the_trade_stays():
    doc = run("Scania opened a test track near Oslo. Scania said the first runs start in May. "
              "Iveco Group is testing its own trucks there. The truck maker is also in talks on axles.", "en")
    assert ("The truck maker", "Iveco", 3) in corefs(doc)
