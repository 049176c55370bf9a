"""Italian, Spanish and French papers write initials as a word: a name found by position written
"Kdv" that spells the initials of one company of several words on the page ("Kestrel Defence
Vehicles") is that company (entities/acronyms.py ``_title_initials_of_named``). Made-up companies."""

from __future__ import annotations

import pytest
from entity_helpers import run


@pytest.mark.parametrize("language, text, word, name", [
    ("it", "Leonardo ha rilevato Kestrel Defence Vehicles per 1,7 miliardi. Brixo Industrial resta fornitore di Kdv "
           "in base a un contratto pluriennale.", "Kdv", "Kestrel Defence Vehicles"),
    ("es", "La filial Kestrel Baterías Navarra ya produce celdas. Brixo suministra cátodos a Kbn desde 2024.",
     "Kbn", "Kestrel Baterías Navarra"),
    ("fr", "Brixo a racheté Kestrel Batteries Normandie l'an dernier. Velmora livre des cathodes à Kbn depuis 2024.",
     "Kbn", "Kestrel Batteries Normandie"),
])
def test_the_initials_are_the_company(language, text, word, name):
    found = [m.canonical for m in run(text, language).mentions if m.label == "COMPANY" and m.text == word]
    assert found == [name]
