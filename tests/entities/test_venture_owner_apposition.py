""""La coentreprise, détenue par A, B et C, ..." is the joint venture the story named before, though its
sentence names three other companies: an ownership apposition right after the noun names its owners,
not companies the noun may belong to. A venture the venture table lists is known as a joint venture
wherever the story names it. Invented companies throughout."""

from __future__ import annotations

import pytest
from entity_helpers import run


def refs(doc):
    return [(m.text, m.canonical) for m in doc.mentions if m.source == "coref" and m.canonical == "Velaris Cells"]


@pytest.mark.parametrize("language,text,noun", [
    ("fr", "Brenta Motors, Kelvo et Ardan ont créé une coentreprise, Velaris Cells, en 2020. "
           "La coentreprise, détenue par Brenta Motors, Kelvo et Ardan, produit depuis 2023 des cellules.",
     "La coentreprise"),
    ("en", "Brenta Motors and Kelvo set up a joint venture, Velaris Cells, in 2021. "
           "The joint venture, owned equally by Brenta Motors and Kelvo, makes battery cells.",
     "The joint venture"),
    ("it", "Brenta Motori e Kelvo hanno creato una joint venture, Velaris Cells, nel 2021. "
           "La joint venture, controllata da Brenta Motori e Kelvo, produce celle.",
     "La joint venture"),
    ("es", "Brenta Motores y Kelvo crearon una empresa conjunta, Velaris Cells, en 2021. "
           "La empresa conjunta, participada al 50 % por Brenta Motores y Kelvo, fabrica celdas.",
     "La empresa conjunta"),
])
def test_owners_in_apposition_do_not_count(language, text, noun):
    assert refs(run(text, language)) == [(noun, "Velaris Cells")]


def test_two_companies_outside_an_apposition_still_block():
    # "A and B said the joint venture ...": the noun may be theirs
    text = ("Brenta Motors and Kelvo set up a joint venture, Velaris Cells, in 2021. "
            "Brenta Motors and Kelvo said the joint venture would make battery cells.")
    assert refs(run(text, "en")) == []


def test_a_tabled_venture_is_known_as_one(monkeypatch):
    import importlib

    gazetteer = importlib.import_module("tierscope.entities.gazetteer")  # (the module, not its function)
    monkeypatch.setattr(gazetteer, "known_ventures", lambda: {"Velaris Cells": (("Brenta Motors",), ("Kelvo",))})
    text = "Brenta Motors mise désormais sur Velaris Cells. La coentreprise produit des cellules depuis 2023."
    assert refs(run(text, "fr")) == [("La coentreprise", "Velaris Cells")]


def test_a_stated_venture_beats_a_tabled_one(monkeypatch):
    import importlib

    gazetteer = importlib.import_module("tierscope.entities.gazetteer")
    monkeypatch.setattr(gazetteer, "known_ventures", lambda: {"Ardan Cells": (("Brenta Motors",), ("Kelvo",))})
    text = ("Velaris Cells est une coentreprise de Brenta Motors et de Kelvo. Ardan Cells fournit des modules à Norpa. "
            "La coentreprise s'approvisionne auprès de Norpa.")
    assert refs(run(text, "fr")) == [("La coentreprise", "Velaris Cells")]
