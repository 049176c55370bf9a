"""The owner of a small firm named with a bare title ("Owner Dale Halvorsen said", "said owner Mara
Quillen", "il titolare Ugo Brezzi") is a person: neither the whole name nor the surname alone is a
company (entities/non_companies.py ``_OWNER_THEN_NAME``); an owner that is a company ("new owner
Kestrel Capital") is left alone. People and companies made up here."""

from __future__ import annotations

import pytest
from entity_helpers import run


def companies(text: str, language: str) -> list[str]:
    return [m.canonical for m in run(text, language).mentions if m.label == "COMPANY" and m.source != "coref"]


@pytest.mark.parametrize("language, text, firm, person, surname", [
    ("en", "Halvern Stamping has supplied brackets to Kestrel Cells since May. Owner Dale Halvorsen said the work "
           "keeps two shifts busy. Halvorsen hopes to win a second customer next year.",
     "Halvern Stamping", "Dale Halvorsen", "Halvorsen"),
    ("en", "Orrin Castings makes housings for Kestrel Cells. \"We had never done this,\" owner Mara Quillen said. "
           "\"They came to us,\" Quillen said.", "Kestrel Cells", "Mara Quillen", "Quillen"),
    ("it", "La Fonderia Brezzi fornisce carter a Stellantis. Il titolare Ugo Brezzi ha confermato l'ordine. "
           "Brezzi ha detto che assumerà.", "Fonderia Brezzi", "Ugo Brezzi", "Brezzi"),
])
def test_the_owner_is_a_person(language, text, firm, person, surname):
    found = companies(text, language)
    assert firm in found
    assert person not in found and surname not in found


@pytest.mark.parametrize("text, owner", [
    ("The plant's new owner Kestrel Capital said it would keep the staff. Kestrel Capital paid $40m.", "Kestrel Capital"),
    ("Owner Kestrel Energy said it would keep the staff.", "Kestrel Energy"),
])
def test_an_owning_company_stays(text, owner):  # a guard: these owners are companies
    assert owner in companies(text, "en")


@pytest.mark.parametrize("language, text, owner", [
    # a bare title before a company's name: its last word is a line of business, no surname
    ("it", "Il nuovo titolare Orvesa Capital ha confermato i posti di lavoro. Orvesa Capital ha pagato 40 milioni.",
     "Orvesa Capital"),
    ("de", "Der neue Inhaber Talmon Logistik behält alle Fahrer. Talmon Logistik zahlte 9 Millionen Euro.", "Talmon Logistik"),
    ("en", "\"Nobody will lose a job,\" said owner Orvesa Ventures. Orvesa Ventures paid $9m.", "Orvesa Ventures"),
])
def test_an_owning_company_after_a_bare_title_stays(language, text, owner):
    assert owner in companies(text, language)
