"""Legal forms of Central and Eastern Europe and Turkey (entities/text.py ``_LEGAL_FORMS``): a
name before "d.o.o.", "s.r.o.", "a.s.", "Sp. z o.o.", "Kft.", "Zrt.", "SRL" or "A.Ş." is one
company, its town included, so the town alone is not taken for it. Companies made up here."""

from __future__ import annotations

import pytest
from entity_helpers import run


def companies(text: str, language: str) -> set[tuple[str, str]]:
    """(as written, canonical) of the named companies: the legal form is read as the name's end."""
    return {(m.text, m.canonical) for m in run(text, language).mentions if m.label == "COMPANY" and m.source != "coref"}


@pytest.mark.parametrize("language, text, written, name", [
    ("de", "Die Kastor AG übernimmt die Mehrheit an der Velmora Zalec d.o.o. in Slowenien.", "Velmora Zalec d.o.o.", "Velmora Zalec"),
    ("en", "Kastor has bought Brixo Presov s.r.o., a maker of busbars.", "Brixo Presov s.r.o.", "Brixo Presov"),
    ("fr", "Kastor a racheté Brixo Kolin a.s. pour un montant non divulgué.", "Brixo Kolin a.s.", "Brixo Kolin"),
    ("it", "Kastor ha rilevato la Norvik Polska Sp. z o.o. lo scorso anno.", "Norvik Polska Sp. z o.o.", "Norvik Polska"),
    ("es", "Kastor compró Talvik Hungary Kft. por 40 millones de euros.", "Talvik Hungary Kft.", "Talvik Hungary"),
    ("de", "Die Kastor AG hat die Lumen Hungária Zrt. übernommen.", "Lumen Hungária Zrt.", "Lumen Hungária"),
    ("en", "Kastor bought a stake in Orvana Otomotiv A.Ş. in May.", "Orvana Otomotiv A.Ş.", "Orvana Otomotiv"),
    ("it", "Kastor ha comprato la Orvana Romania SRL per 12 milioni.", "Orvana Romania SRL", "Orvana Romania"),
])
def test_the_name_before_the_legal_form(language, text, written, name):
    assert (written, name) in companies(text, language)


def test_the_name_is_found_again_without_its_legal_form():
    text = ("Die Kastor AG hat sich mit dem Gründer auf den Kauf einer Mehrheit an der Velmora Zalec d.o.o. "
            "verständigt. Velmora Zalec fertigt mit 300 Leuten Kabelbäume für den Getriebebauer Hofer Powertrain.")
    found = [m for m in run(text, "de").mentions if m.label == "COMPANY" and m.text.startswith("Velmora")]
    assert [(m.text, m.canonical) for m in found] == [("Velmora Zalec d.o.o.", "Velmora Zalec"),
                                                      ("Velmora Zalec", "Velmora Zalec")]
