"""A joint venture told by its own name and an apposition giving one partner, in a story about the
other ("Delvo, the joint venture with Maltrix, has cut shifts" on a page about Korvan): the venture's
name is a company of its own, not a party; the partner's counterpart is the story's company, as for
"The joint venture with Maltrix ..." (lone_partnerships). Made-up companies, sentences written for
this test."""

from __future__ import annotations

import pytest

from .helpers import rels

_C = ["Korvan", "Maltrix", "Delvo"]

_PAGES = {
    "en": ("Korvan raised its cathode output in Kansas by a third. Korvan expects demand to recover next year. "
           "Delvo, the joint venture with Maltrix, has cut shifts at its Ohio plant."),
    "it": ("Korvan ha aumentato di un terzo la produzione di catodi in Kansas. Korvan prevede una ripresa della domanda. "
           "Delvo, la joint venture con Maltrix, ha ridotto i turni nel suo impianto in Ohio."),
    "fr": ("Korvan a augmenté d'un tiers sa production de cathodes au Kansas. Korvan prévoit une reprise de la demande. "
           "Delvo, la coentreprise avec Maltrix, a réduit les équipes de son usine de l'Ohio."),
    "es": ("Korvan aumentó en un tercio su producción de cátodos en Kansas. Korvan prevé una recuperación de la demanda. "
           "Delvo, la empresa conjunta con Maltrix, ha reducido turnos en su planta de Ohio."),
    "de": ("Korvan hat die Kathodenproduktion in Kansas um ein Drittel erhöht. Korvan erwartet eine Erholung der Nachfrage. "
           "Delvo, das Gemeinschaftsunternehmen mit Maltrix, hat in seinem Werk in Ohio Schichten gestrichen."),
}


def _ventures(found):
    return {frozenset((r.source, r.target)) for r in found if r.type == "joint_venture"}


@pytest.mark.parametrize("language", sorted(_PAGES))
def test_the_apposed_venture_name_is_no_party(language):
    assert _ventures(rels(_PAGES[language], _C, language=language)) == {frozenset(("Korvan", "Maltrix"))}


def test_a_relative_on_the_first_name_keeps_it_a_party():
    # "Sarnet, que selló una empresa conjunta con Maltrix": Sarnet's own venture, no lone reading
    text = ("Korvan aumentó su producción en Kansas. Korvan prevé una recuperación de la demanda. "
            "El ejemplo es Sarnet, que selló en 2024 una empresa conjunta con Maltrix.")
    found = rels(text, _C + ["Sarnet"], language="es")
    assert frozenset(("Korvan", "Maltrix")) not in _ventures(found)
