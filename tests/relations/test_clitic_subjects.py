"""A name right after an object clitic and a verb of supplying is the verb's subject, so the supplier
(``relations/clitic_subjects.py``), on sentences written for these tests; the company before the verb
is a subject left out ("usiamo", "usamos"), as the entity stage marks it."""

from __future__ import annotations

import pytest

from .helpers import rels
from .test_implied_subject import _with_implied


@pytest.mark.parametrize("lang, sentence, before", [
    ("it", "Norvik produce carrelli a Lodi. Le celle che usiamo ce le fornisce Corvalis, con un contratto firmato nel 2023.", "usiamo"),
    ("it", "Norvik produce carrelli a Lodi. Gli inverter che installiamo ce li consegna Corvalis ogni settimana.", "installiamo"),
    ("it", "Norvik produce carrelli a Lodi. Le batterie che utilizza gliele fornisce la tedesca Corvalis dal 2021.", "utilizza"),
    ("it", "Norvik produce carrelli a Lodi. Il litio che raffiniamo ce lo fornisce Corvalis dal 2020.", "raffiniamo"),
    ("it", "Norvik produce carrelli a Lodi. I cavi che usiamo ce li fornisce la torinese Corvalis.", "usiamo"),
    ("es", "Norvik fabrica autobuses en Vitoria. Las celdas que usamos nos las suministra Corvalis desde 2022.", "usamos"),
    ("es", "Norvik fabrica autobuses en Vitoria. Los motores que montamos nos los vende Corvalis desde hace tres años.", "montamos"),
    ("es", "Norvik fabrica autobuses en Vitoria. Los inversores que instala se los entrega la alemana Corvalis cada mes.", "instala"),
    ("es", "Norvik fabrica autobuses en Vitoria. El aluminio que utilizamos nos lo proporciona Corvalis con un contrato anual.", "utilizamos"),
])
def test_the_name_after_the_clitic_and_the_verb_supplies(lang, sentence, before):
    found = _with_implied(sentence, ["Norvik", "Corvalis"], lang, before, "Norvik")
    assert sorted((r.source, r.target) for r in found if r.type == "supplies") == [("Corvalis", "Norvik")]


@pytest.mark.parametrize("lang, sentence", [
    ("it", "Norvik fornisce le celle a Corvalis dal 2022."),
    ("it", "Norvik ha detto che gli fornirà le batterie per i nuovi carrelli di Corvalis."),
    ("es", "Norvik le suministra las celdas a Corvalis desde 2022."),
    ("es", "A Corvalis le vende los motores Norvik desde 2021."),
    ("es", "Norvik les vende motores a Corvalis y a otros fabricantes."),
])
def test_a_customer_after_a_preposition_stays_the_customer(lang, sentence):
    assert sorted((r.source, r.target) for r in rels(sentence, ["Norvik", "Corvalis"], language=lang)
                  if r.type == "supplies") == [("Norvik", "Corvalis")]
