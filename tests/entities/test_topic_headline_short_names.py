"""A headline shortens its company's name ("Kelvara baut aus" over a lead about "die Kelvara Thermal
Systems"): the headline's short name counts for the lead's company whose name it opens, so the story's
topic is that unit, not the group the short name also names (entities/topic.py). Made-up companies;
the headline and lead in each of the five languages."""

from __future__ import annotations

import re

import pytest

from tierscope.doc import Mention, Sentence
from tierscope.entities.topic import story_topics

_GROUP, _UNIT = "Kelvara", "Kelvara Thermal Systems"


def _topics(sentences_text: list[str], names: dict[str, str]):
    text = " ".join(sentences_text)
    sentences, companies, pos = [], {}, 0
    for k, s in enumerate(sentences_text):
        sentences.append(Sentence(pos, pos + len(s)))
        for surface in sorted(names, key=len, reverse=True):
            for m in re.finditer(re.escape(surface) + r"(?![\w])", s):
                if any(o.start <= pos + m.start() < o.end for o in companies.get(k, [])):
                    continue
                companies.setdefault(k, []).append(
                    Mention(pos + m.start(), pos + m.end(), surface, "COMPANY", names[surface], k, "test", {}))
        pos += len(s) + 1
    return story_topics(sentences, companies, {})


_NAMES = {"Kelvara Thermal Systems": _UNIT, "Kelvara AG": _GROUP, "Kelvara-Gruppe": _GROUP, "Kelvara": _GROUP,
          "Kelvara group": _GROUP, "Dornhal": "Dornhal"}


@pytest.mark.parametrize("story", [
    ["Kelvara baut aus: 120 neue Jobs", "Auf dem Gelände der Kelvara Thermal Systems entsteht eine Halle.",
     "Die Kelvara Thermal Systems, eine Tochter der Kelvara AG, erweitert ihren Standort.",
     "Die Kelvara-Gruppe beschäftigt 7.500 Menschen."],
    ["Kelvara expands its plant", "A new hall is rising at the site of Kelvara Thermal Systems.",
     "Kelvara Thermal Systems, a unit of the Kelvara group, is adding 120 jobs.", "The Kelvara group employs 7,500."],
    ["Kelvara amplia lo stabilimento", "Nel sito di Kelvara Thermal Systems sorge un nuovo capannone.",
     "Kelvara Thermal Systems, controllata di Kelvara AG, assume 120 persone.", "La Kelvara-Gruppe conta 7.500 addetti."],
    ["Kelvara agrandit son usine", "Un nouveau hall s'élève sur le site de Kelvara Thermal Systems.",
     "Kelvara Thermal Systems, filiale de Kelvara AG, embauche 120 personnes.", "Le Kelvara group emploie 7 500 personnes."],
    ["Kelvara amplía su planta", "En la parcela de Kelvara Thermal Systems se levanta una nave.",
     "Kelvara Thermal Systems, filial de Kelvara AG, contratará a 120 personas.", "El Kelvara group emplea a 7.500 personas."],
])
def test_the_headline_short_name_counts_for_the_unit_of_the_lead(story):
    assert _topics(story, _NAMES) == {0: _UNIT}


def test_a_headline_name_the_lead_does_not_lengthen_stays_the_group():
    story = ["Kelvara wins order from Dornhal", "Kelvara will supply heat pumps to Dornhal from 2027.",
             "Kelvara Thermal Systems will build them in Poland.", "Kelvara said the order is worth 40 million."]
    assert _topics(story, _NAMES) == {0: _GROUP}
