"""Operators, funds and investors are described by their trade as other companies are: "the operator",
"l'operatore", "der Betreiber", "l'opérateur", "el operador"; "the fund", "il fondo", "der
Finanzinvestor", "le fonds", "el fondo" point back to the company named before (vocab.SECTOR_NOUNS). A
Romance description that titles the name after it across its adjectives, a field or a place ("el
fondo soberano de Singapur Temasek", "il fondo sovrano singaporiano Temasek") is that name's title, not a
reference back (titled_names.py)."""

from __future__ import annotations

import pytest
from entity_helpers import run


def corefs(doc):
    return [(m.text, m.canonical) for m in doc.mentions if m.source == "coref"]


@pytest.mark.parametrize(
    "language, text, description",
    [
        ("en", "Fastned will install 300 chargers in Ohio. The operator buys its hardware from Siemens.", "The operator"),
        ("it", "Fastned installerà 300 colonnine in Piemonte. L'operatore olandese acquista le apparecchiature da Siemens.",
         "L'operatore olandese"),
        ("de", "Fastned baut 300 Ladepunkte in Bayern. Der Betreiber bezieht die Säulen von Siemens.", "Der Betreiber"),
        ("fr", "Fastned installera 300 bornes en Bretagne. L'opérateur néerlandais achète ses équipements à Siemens.",
         "L'opérateur néerlandais"),
        ("es", "Fastned instalará 300 cargadores en Castilla. El operador neerlandés compra los equipos a Siemens.",
         "El operador neerlandés"),
    ],
)
def test_an_operator_points_back(language, text, description):
    assert (description, "Fastned") in corefs(run(text, language))


@pytest.mark.parametrize(
    "language, text, description",
    [
        ("en", "Ardian bought Allego in 2021. The fund sold the network to Iberdrola.", "The fund"),
        ("it", "Ardian ha rilevato Allego nel 2021. Il fondo ha ceduto la rete a Iberdrola.", "Il fondo"),
        ("de", "Ardian hat Allego 2021 gekauft. Der Finanzinvestor verkauft das Netz an Iberdrola.", "Der Finanzinvestor"),
        ("fr", "Ardian a racheté Allego en 2021. Le fonds a cédé le réseau à Iberdrola.", "Le fonds"),
        ("es", "Ardian compró Allego en 2021. El fondo vendió la red a Iberdrola.", "El fondo"),
    ],
)
def test_a_fund_points_back(language, text, description):
    assert (description, "Ardian") in corefs(run(text, language))


@pytest.mark.parametrize(
    "language, text",
    [
        # (read as references, each description would be Ardian, the fund named before)
        ("es", "Ardian compró Allego en 2021. Ahora la red pasa al fondo soberano de Nueva Zelanda Temasek por 900 millones."),
        ("es", "Ardian compró Allego en 2021. Ahora la red pasa al fondo soberano asiático Temasek por 900 millones."),
        ("it", "Ardian ha rilevato Allego nel 2021. Ora la rete passa al fondo sovrano asiatico Temasek per 900 milioni."),
        ("it", "Ardian ha rilevato Allego nel 2021. Ora la rete passa al fondo sovrano di Nuova Zelanda Temasek per 900 milioni."),
        ("fr", "Ardian a racheté Allego en 2021. Le réseau passe désormais au fonds souverain asiatique Temasek pour 900 millions."),
    ],
)
def test_a_description_titling_the_name_after_it_is_no_reference(language, text):
    doc = run(text, language)
    assert not any("fond" in surface.casefold() for surface, _ in corefs(doc))
    assert "Temasek" in {m.canonical for m in doc.mentions if m.label == "COMPANY"}


@pytest.mark.parametrize(
    "language, text, description, company",
    [
        # "di"/"de" then the name: the company of that name (its owner), a reference back as before
        ("it", "Ardian ha rilevato Allego nel 2021. Allego, la società di Ardian attiva nella ricarica, apre 40 stazioni.",
         "la società", "Allego"),
        # a verb after the description, then the name: the name is its object
        ("es", "Allego abrirá 40 estaciones en Aragón. La empresa analizaba vender Fastned a Iberdrola.",
         "La empresa", "Allego"),
    ],
)
def test_a_description_before_an_owner_or_a_verb_still_points_back(language, text, description, company):
    assert (description, company) in corefs(run(text, language))


@pytest.mark.parametrize(
    "text",
    [
        "En el fondo, Iberdrola sigue apostando por la recarga con Fastned.",
        "Iberdrola vendió su parte. Al fondo de la nave, Siemens instala los equipos.",
    ],
)
def test_spanish_fondo_as_a_place_word_is_no_fund(text):
    assert corefs(run(text, "es")) == []


@pytest.mark.parametrize(
    "language, text",
    [
        # a German genitive plural ("der Investoren"; the singular is "des Investors")
        ("de", "Ardian hält 30 Prozent an Allego. Keiner der Investoren besitzt über fünf Prozent an Fastned."),
        # Italian "utility" is an invariant plural: "la maggior parte delle utility" is the sector
        ("it", "A2A ha guadagnato lo 0,5%, come la maggior parte delle utility."),
    ],
)
def test_plural_trade_nouns_are_no_reference(language, text):
    assert corefs(run(text, language)) == []


@pytest.mark.parametrize(
    "language, text",
    [
        ("it", "Ardian ha rilevato Allego nel 2021. Ora la rete passa al fondo pensione olandese Temasek per 900 milioni."),
        ("es", "Ardian compró Allego en 2021. Ahora la red pasa al fondo de pensiones neerlandés Temasek por 900 millones."),
        ("fr", "Ardian a racheté Allego en 2021. Le réseau passe désormais au fonds de pension néerlandais Temasek pour "
               "900 millions."),
    ],
)
def test_a_pension_fund_titling_its_name_is_no_reference(language, text):
    doc = run(text, language)
    assert corefs(doc) == []
    assert "Temasek" in {m.canonical for m in doc.mentions if m.label == "COMPANY"}


@pytest.mark.parametrize(
    "language, text, description",
    [
        ("it", "Ardian ha rilevato Allego nel 2021. Il fondo pensione ha ceduto la rete a Iberdrola.", "Il fondo pensione"),
        ("en", "Ardian bought Allego in 2021. The pension fund sold the network to Iberdrola.", "The pension fund"),
    ],
)
def test_a_pension_fund_points_back(language, text, description):
    assert (description, "Ardian") in corefs(run(text, language))


@pytest.mark.parametrize(
    "language, text, description",
    [
        ("en", "Volterra raised €40 million. The round was led by the venture fund of the regional savings bank.",
         "the venture fund"),
        ("it", "Volterra ha raccolto 40 milioni. Il round è stato guidato dal fondo della banca regionale.", "fondo"),
        ("de", "Volterra hat 40 Millionen eingesammelt. Angeführt wurde die Runde vom Fonds der Landesbank.", "Fonds"),
        ("fr", "Volterra a levé 40 millions. Le tour a été mené par le fonds de la banque publique.", "le fonds"),
        ("es", "Volterra ha captado 40 millones. La ronda la lideró el fondo del banco estatal.", "el fondo"),
    ],
)
def test_a_fund_named_by_its_owner_is_no_reference_back(language, text, description):
    # a fund followed by whose it is ("of the savings bank") is a new investor, not Volterra
    assert not any(description.casefold() in t.casefold() and c == "Volterra" for t, c in corefs(run(text, language)))
