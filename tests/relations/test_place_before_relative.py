"""A place phrase between a name and its subject relative ("Kestrel a Torino, che fornirà ...") leaves the
name the relative's antecedent (lexicon ``rel_place``), on sentences written for these tests."""

from __future__ import annotations

import pytest

from .helpers import rels


def supplies(sentence, companies, lang):
    return sorted((r.source, r.target) for r in rels(sentence, companies, language=lang) if r.type == "supplies")


@pytest.mark.parametrize("lang, sentence", [
    ("it", "Nordia ha rinviato il progetto, e la novità è l'impianto di Kestrel a Torino, che fornirà celle a Brixo."),
    ("it", "Nordia ha rinviato il progetto, e la novità è il progetto di Kestrel nella valle del Po, che fornirà celle a Brixo."),
    ("fr", "Nordia a reporté le projet, et la nouveauté est l'usine de Kestrel à Lyon, qui fournira des cellules à Brixo."),
    ("es", "Nordia aplazó el proyecto, y la novedad es la planta de Kestrel en Vigo, que suministrará celdas a Brixo."),
    ("en", "Nordia has delayed the project, and the news is the plant of Kestrel in Leeds, which will supply cells to Brixo."),
])
def test_the_name_before_the_place_supplies(lang, sentence):
    assert supplies(sentence, ["Kestrel", "Nordia", "Brixo"], lang) == [("Kestrel", "Brixo")]
