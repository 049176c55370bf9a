"""An interview's answer that opens with a verb of wanting in the first person before a Romance
infinitive of building ("Queremos construir una planta en X", "Vorremmo costruire un impianto a X",
"Vogliamo costruire a X un impianto") names no company: the capitalised verb is no plant's owner;
the plant is the company's the interview is about."""

from __future__ import annotations

import pytest

from .helpers import facs

_STORIES = {
    "es": "Kornex produce hidróxido de litio en Portugal. ¿Tendrán una fábrica en España? Queremos construir una planta de 10 GWh en Ashby, pero la decisión llegará en 2027.",
    "it": "Kornex estrae litio in Germania. Ci sarà un impianto? Vorremmo costruire un impianto pilota a Ashby, ma non abbiamo ancora deciso.",
}


@pytest.mark.parametrize("lang", sorted(_STORIES))
def test_a_verb_of_wanting_owns_no_plant(lang):
    fs = facs(_STORIES[lang], ["Kornex"], lang, places=["Ashby", "Portugal", "España", "Germania"])
    owners = [f.owner for f in fs if f.location == "Ashby"]
    assert owners and all(o == "Kornex" for o in owners), [(f.owner, f.location) for f in fs]


def test_a_company_before_a_verb_of_intent_still_owns_the_plant():
    text = "Vexa va construire une usine de cellules à Ashby, a annoncé le groupe lundi."
    fs = facs(text, [], "fr", places=["Ashby"])
    assert [(f.owner, f.location) for f in fs] == [("Vexa", "Ashby")]
