"""The invented German shapes of de_shapes_cases.py read by the whole pipeline: each case's relations
with an accepted status, its plants, and nothing else. Cases the pipeline does not read yet are marked
xfail (strict, so a case that starts passing must lose its mark)."""

from __future__ import annotations

import pytest

from .de_shapes_cases import CASES
from .news_shapes import assert_reads, shape_params

# not read yet: a dative pronoun in a verb-final clause, an order won told in a "dass" clause, a report's
# source that is also the customer, a separable verb ("steuert ... bei"), nominal supplies ("die Belieferung von A durch X"), goods inside a customer's
# models, compounds whose first part is an unknown company ("der Veltrum-Zulieferer"), a list after
# "neben", a customer's noun leading the sentence, the direction of talks on supplying, a partner's noun
# leading the sentence and a shareholder's noun with a stake's size before it.
_NOT_YET = {
    'Die Veltrum AG gab bekannt, dass ihr die Brakenau Zellen GmbH ab 2027 Batteriezellen liefert.',
    'Osmira Automotive bestätigte, dass Kaltenried Elektronik den Zuschlag für die Kabelbäume erhalten hat.',
    'Nach Angaben der Osmira Automotive GmbH hat die Morvik Sensorik GmbH bereits die ersten Radarsensoren geliefert.',
    'Zur neuen Plattform der Veltrum AG steuert die Morvik Sensorik GmbH die Radarsensoren bei.',
    'Die Kaltenried Elektronik GmbH übernimmt für die Tessmar Fahrzeugwerke GmbH die Fertigung der Kabelbäume.',
    'Die Belieferung der Veltrum AG mit Batteriezellen durch die Quellin Batterien GmbH beginnt im Herbst.',
    'In den neuen Modellen der Veltrum AG stecken Chips der Morvik Sensorik GmbH.',
    'Der Osmira-Lieferant Gravia Technik meldet Kurzarbeit an.',
    'Der Veltrum-Zulieferer Stennwald Kunststoffe baut 200 Stellen ab.',
    'Die Radarsensoren der Veltrum-Modelle stammen von der Morvik Sensorik GmbH.',
    'Die Lübbrecht-Tochter Pellaro Chemie schreibt wieder schwarze Zahlen.',
    'Mit Batteriezellen beliefert die Quellin Batterien GmbH neben der Veltrum AG auch die Osmira Automotive GmbH.',
    'Zu den Abnehmern der Gravia Technik GmbH zählen die Veltrum AG, die Osmira Automotive GmbH und die Tessmar Fahrzeugwerke GmbH.',
    'Hauptabnehmer der Zellen der Brakenau Zellen GmbH ist die Osmira Automotive GmbH.',
    'Die Veltrum AG verhandelt mit der Brakenau Zellen GmbH über die Lieferung von Batteriezellen.',
    'Partner der Osmira Automotive GmbH beim Batterierecycling ist die Norvalt Energie AG.',
}


@pytest.mark.parametrize("text, relations, plants", shape_params(CASES, _NOT_YET))
def test_german_press_shape(text, relations, plants, read_page):
    doc = read_page(text, "de")
    assert_reads(doc, relations, plants)
