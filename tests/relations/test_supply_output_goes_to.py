"""A company's output told by where it goes ("Kestrel's output goes to Brixo", "La production de
Kestrel ira à Brixo", "la produzione di Kestrel è destinata a Brixo", "La producción de Kestrel
irá a Brixo", "Die Produktion von Kestrel geht vor allem an Brixo"): the owner of the output
supplies the one it goes to (relations/output_to.py, the mirror of goods_from). The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from .helpers import rels, triples


def supplies(sentence, companies, lang):
    return sorted((t[1], t[2]) for t in triples(rels(sentence, companies, language=lang)) if t[0] == "supplies")


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Kestrel's output goes to Brixo."),
    ("en", "Most of Kestrel's output will go to Brixo."),
    ("en", "Kestrel's cells are destined for Brixo."),
    ("fr", "La production de Kestrel ira à Brixo."),
    ("it", "La produzione di Kestrel andrà a Brixo."),
    ("it", "Gran parte della produzione di Kestrel è destinata a Brixo."),
    ("es", "La producción de Kestrel irá a Brixo."),
    ("es", "La producción de Kestrel está destinada a la alemana Brixo."),
    ("de", "Die Produktion von Kestrel geht an Brixo."),
    ("de", "Die gesamte Produktion von Kestrel geht vor allem an Brixo."),
])
def test_the_output_goes_to_a_customer(lang, sentence):
    assert supplies(sentence, ["Brixo", "Kestrel"], lang) == [("Kestrel", "Brixo")]


@pytest.mark.parametrize("lang, sentence", [
    # people and shares are no output
    ("en", "Kestrel's chief executive went to Brixo."),
    ("en", "Kestrel's shares went to Brixo."),
    ("fr", "Le patron de Kestrel va à Brixo."),
])
def test_what_goes_must_be_output_or_goods(lang, sentence):
    assert supplies(sentence, ["Brixo", "Kestrel"], lang) == []


# --- "our output": on an interview page the first person plural's possessive names the speaker's company
# (the entity stage's mention), as goods_from reads "Our cells come from Y" ---------------------------------

@pytest.mark.parametrize("text, language, our", [
    ("Sì, fino al 2024 una parte della nostra produzione andava a Lomar Refining.", "it", "nostra"),
    ("Una parte della nostra produzione va a Lomar Refining.", "it", "nostra"),
    ("Most of our output goes to Lomar Refining.", "en", "our"),
    ("Une partie de notre production va à Lomar Refining.", "fr", "notre"),
    ("La mayor parte de nuestra producción va a Lomar Refining.", "es", "nuestra"),
])
def test_our_output_goes_to_a_customer(text, language, our):
    found = [(r.type, r.source, r.target) for r in
             rels(text, {our: "Varenna Batterie", "Lomar Refining": "Lomar Refining"}, language=language)]
    assert ("supplies", "Varenna Batterie", "Lomar Refining") in found


def test_a_possessive_before_another_noun_is_no_output():
    text = "La nostra attenzione va a Lomar Refining, che ha appena aperto un impianto."
    found = rels(text, {"nostra": "Varenna Batterie", "Lomar Refining": "Lomar Refining"}, language="it")
    assert not [r for r in found if r.type == "supplies"]
