"""Talks a party tells in the first person plural, as interviews quote it ("nous discutons avec Y",
"stiamo trattando con Y", "negociamos con Y") are talks on the record: in_talks, also where no tie frame
reads the sentence and the status of a pair between its two names is asked (as the pair admitter does).
Italian "trattiamo" only before "con" (it is also "we process"). Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations.compiled import compiled
from tierscope.relations.status import status_for


def _status(language, text):
    a, b = text.index("Brixo"), text.index("Kelvar")
    lo, hi = min(a + 5, b + 6), max(a, b)
    return status_for(compiled(language), text, lo, hi, "active", [(a, a + 5), (b, b + 6)], refusable=True)[0]


@pytest.mark.parametrize("language,text", [
    ("fr", "Je le confirme, chez Brixo nous discutons avec Kelvar pour des applications dans le camion."),
    ("fr", "Chez Brixo, nous négocions avec Kelvar pour une seconde usine."),
    ("it", "Per Brixo stiamo trattando con Kelvar per una seconda fonte di celle."),
    ("it", "In Brixo discutiamo con Kelvar dei volumi del prossimo anno."),
    ("es", "En Brixo negociamos con Kelvar el suministro de celdas."),
    ("es", "Desde Brixo estamos hablando con Kelvar para una segunda planta."),
])
def test_talks_told_in_the_first_person_are_in_talks(language, text):
    assert _status(language, text) == "in_talks"


def test_we_process_is_no_talks():
    assert _status("it", "Brixo: trattiamo 20.000 tonnellate di batterie l'anno di Kelvar.") != "in_talks"


@pytest.mark.parametrize("language,text", [
    ("fr", "Chez Brixo, nous ne discutons pas avec Kelvar pour une seconde usine."),
    ("fr", "Brixo ne négocie pas avec Kelvar, a assuré son patron."),
    ("it", "Per Brixo non stiamo trattando con Kelvar per una seconda fonte di celle."),
    ("es", "En Brixo no negociamos con Kelvar el suministro de celdas."),
])
def test_talks_denied_are_no_talks(language, text):
    assert _status(language, text) != "in_talks"


def test_talks_not_begun_yet_stay_talks():
    assert _status("de", "Brixo führt noch keine Gespräche mit Kelvar über eine zweite Fabrik.") == "in_talks"
