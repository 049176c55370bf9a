"""Coreference, third round: a region's adjective fits a company whose head-office town the region
lists even when the place list does not know that town ("il gruppo bavarese" is Infineon of Neubiberg);
facts about real companies, sentences made up."""

from __future__ import annotations

import pytest
from entity_helpers import run

from tierscope.doc import Mention
from tierscope.entities.coref import _relative_head


def refs(doc):
    return [(doc.text[m.start:m.end], m.canonical) for m in doc.mentions
            if m.label == "COMPANY" and m.source == "coref" and not m.attrs.get("implied")]


@pytest.mark.parametrize("text,language,expected", [
    ("Infineon ha chiuso il trimestre in utile. Il contratto di Wolfspeed con il gruppo bavarese è scaduto a giugno.",
     "it", [("il gruppo bavarese", "Infineon")]),
    ("Infineon redujo su dependencia de proveedores. El contrato de Wolfspeed con el grupo bávaro expiró en junio.",
     "es", [("el grupo bávaro", "Infineon")]),
])
def test_region_town_outside_the_place_list(text, language, expected):
    assert refs(run(text, language)) == expected


def test_region_adjective_not_for_a_company_of_another_region():
    # Bosch is Swabian (Gerlingen), not Bavarian
    doc = run("Bosch ha chiuso il trimestre in utile. Il contratto di Wolfspeed con il gruppo bavarese è scaduto "
              "a giugno.", "it")
    assert refs(doc) == []


@pytest.mark.parametrize("text,language,description,antecedent", [
    ("Daimler Truck hat seine Prognose bestätigt. Das Gemeinschaftsunternehmen Cellcentric, das der Konzern zu "
     "gleichen Teilen mit der Volvo Group betreibt, hält an der Fertigung fest.", "de", "der Konzern", "Daimler Truck"),
    ("Die Norvessa AG hat ihre Prognose bestätigt. Die Tochter Lumetra GmbH, die das Unternehmen 2020 gekauft "
     "hatte, liefert Zellen an die Tecnalba AG.", "de", "das Unternehmen", "Norvessa"),
    ("Umicore a publié ses résultats. La coentreprise Ionway, que le groupe détient avec PowerCo, livre des "
     "cathodes.", "fr", "le groupe", "Umicore"),
    ("Norvessa S.p.A. ha confermato le stime. La controllata Lumetra S.p.A., che la società ha rilevato nel 2020, "
     "fornisce celle a Tecnalba S.p.A.", "it", "la società", "Norvessa"),
    ("Norvessa S.A. presentó sus resultados. La filial Lumetra S.A., que la empresa compró en 2020, fabrica "
     "celdas.", "es", "la empresa", "Norvessa"),
    ("Daimler Truck confirmed its outlook. The joint venture Cellcentric, which the group runs with Volvo Group, "
     "is still losing money.", "en", "the group", "Daimler Truck"),
])
def test_description_in_a_relative_clause_is_not_its_head(text, language, description, antecedent):
    """A description right after a relative pronoun on a company is the clause's subject, not that company."""
    assert (description, antecedent) in refs(run(text, language))


@pytest.mark.parametrize("text,expected", [
    ("Das Gemeinschaftsunternehmen Lumetra, das der Konzern", "Lumetra"),
    ("La filiale Lumetra, que le groupe", "Lumetra"),
    # a preposition before the company: the relative may be the noun's ("die Beteiligung an Lumetra, die ...",
    # "semiconductores de Lumetra, que el fabricante entrega")
    ("Die Beteiligung an der Lumetra, die der Konzern", None),
    ("Los semiconductores de Lumetra, que el fabricante", None),
    # no relative pronoun: an apposition or a new clause
    ("Lumetra, il gruppo", None),
    # after a short apposition with its article, or a preposition before the pronoun
    ("Lumetra, das Gemeinschaftsunternehmen, das der Konzern", "Lumetra"),
    ("Lumetra, a joint venture in which the group", "Lumetra"),
    ("Lumetra, la coentreprise dans laquelle le groupe", "Lumetra"),
    ("Lumetra, la joint venture di cui il gruppo", "Lumetra"),
    ("Lumetra, la empresa conjunta en la que el grupo", "Lumetra"),
    ("Lumetra, in which the group", "Lumetra"),
    # no article before the words: they may be a verb and its complement clause, not an apposition
    ("Lumetra, ha detto che il gruppo", None),
    ("Lumetra, analysts expect that the group", None),
    # a preposition before the company: the relative may be the noun's
    ("Die Beteiligung an Lumetra, einem Zellhersteller, die der Konzern", None),
])
def test_relative_head(text, expected):
    name_start = text.index("Lumetra")
    company = Mention(start=name_start, end=name_start + 7, text="Lumetra", label="COMPANY", canonical="Lumetra",
                      sentence=0, source="pattern")
    start = text.rindex(" ", 0, text.rindex(" ")) + 1  # the description: the last two words
    head = _relative_head(text, start, [company], 0)
    assert (head.canonical if head else None) == expected


@pytest.mark.parametrize("text,expected", [
    ("Die Norvessa AG hat ihre Zahlen vorgelegt. Die Gesellschaft liefert ab 2026 Zellen an die Tecnalba AG.",
     [("Die Gesellschaft", "Norvessa")]),
    ("Die Norvessa AG hat ihre Zahlen vorgelegt. An der Gesellschaft beteiligt sich die Tecnalba AG mit 20 Prozent.",
     [("der Gesellschaft", "Norvessa")]),
    # society, not the company: with an adjective, or after "für"/"in"
    ("Die Norvessa AG hat ihre Zahlen vorgelegt. Die Energiewende sei eine Aufgabe für die ganze Gesellschaft.", []),
    ("Die Norvessa AG hat ihre Zahlen vorgelegt. Die Energiewende sei eine Aufgabe für die Gesellschaft.", []),
])
def test_german_gesellschaft(text, expected):
    assert refs(run(text, "de")) == expected


@pytest.mark.parametrize("text,language,expected", [
    ("Rio Tinto completó la compra de Arcadium Lithium. Los accionistas de Latin Resources aprobaron en diciembre "
     "vender la compañía a Pilbara Minerals.", "es", ("la compañía", "Latin Resources")),
    ("Rio Tinto ha completato l'acquisto di Arcadium Lithium. Gli azionisti di Latin Resources hanno approvato "
     "a dicembre la cessione della società a Pilbara Minerals.", "it", ("della società", "Latin Resources")),
    ("Rio Tinto completed its purchase of Arcadium Lithium. The shareholders of Latin Resources approved in "
     "December the sale of the company to Pilbara Minerals.", "en", ("the company", "Latin Resources")),
])
def test_holders_of_a_company_open_the_sentence(text, language, expected):
    """"Los accionistas de X aprobaron vender la compañía": X owns the sentence's subject, the company is X."""
    assert expected in refs(run(text, language))
