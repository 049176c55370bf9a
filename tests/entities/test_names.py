"""Companies the gazetteer does not know, found by where their name stands (names.py), and what is
never taken for one. Every company name here is invented, so only the position can find it."""

from __future__ import annotations

import pytest
from entity_helpers import run

from tierscope.entities import gazetteer


def companies(text: str, language: str) -> list[str]:
    """Named companies (coreference, "it" included, is tested in test_coref)."""
    return [m.canonical for m in run(text, language).mentions if m.label == "COMPANY" and m.source != "coref"]


def found_by(text: str, language: str) -> dict[str, str]:
    """canonical -> the cue that found it first (gazetteer, pattern or the positional cue)."""
    out: dict[str, str] = {}
    for m in run(text, language).mentions:
        if m.label == "COMPANY":
            out.setdefault(m.canonical, m.attrs.get("cue") or m.source)
    return out


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("en", "Quorvane said on Monday that it had agreed to acquire Belmark Systems.", ["Quorvane", "Belmark Systems"]),
        ("en", "Talvio has signed a supply deal with Rendaq Power.", ["Talvio", "Rendaq Power"]),
        ("it", "Quorvane ha firmato un accordo con Belmark per le celle.", ["Quorvane", "Belmark"]),
        ("it", "Talvio acquisisce Rendaq per 300 milioni di euro.", ["Talvio", "Rendaq"]),
        ("de", "Quorvane hat den Vertrag mit Belmark unterzeichnet.", ["Quorvane", "Belmark"]),
        ("de", "Am Montag teilte Talvio mit, die Übernahme von Rendaq sei abgeschlossen.", ["Talvio", "Rendaq"]),
        ("fr", "Quorvane a signé un accord avec Belmark pour fournir des cellules.", ["Quorvane", "Belmark"]),
        ("fr", "Talvio rachète Rendaq pour 200 millions d'euros.", ["Talvio", "Rendaq"]),
        ("es", "Quorvane firmó un acuerdo con Belmark para suministrar baterías.", ["Quorvane", "Belmark"]),
        ("es", "Talvio adquiere Rendaq por 150 millones de euros.", ["Talvio", "Rendaq"]),
    ],
)
def test_subject_of_a_business_verb_and_object_of_a_deal(language, text, expected):
    assert companies(text, language) == expected


def test_possessive_ticker_apposition_compound_and_shape():
    assert found_by("Quorvane's chief executive left.", "en") == {"Quorvane": "possessive"}
    assert found_by("Belmark (NYSE: BLMK) rose 4%.", "en") == {"Belmark": "ticker"}
    assert found_by("Rendaq, a Swedish battery startup, grew fast.", "en") == {"Rendaq": "apposition"}
    assert found_by("Talvio, una società torinese, cresce.", "it") == {"Talvio": "apposition"}
    assert found_by("Die QVX-Mutter meldete Gewinne.", "de") == {"QVX": "compound"}
    # Acronyms, CamelCase and digit names are names like any other.
    assert companies("ZKQ said it would buy VoltaNexa and 4Cell.", "en") == ["ZKQ", "VoltaNexa", "4Cell"]


def test_coordination_with_a_known_company():
    assert found_by("BMW and Quorvane are building cells together.", "en") == {"BMW": "gazetteer", "Quorvane": "coordination"}
    assert found_by("Stellantis e Belmark produrranno batterie.", "it")["Belmark"] == "coordination"


@pytest.mark.parametrize("language, text, names", [
    ("en", "Quorvane, Belmark and Talvio signed a memorandum of understanding on battery recycling.",
     ["Quorvane", "Belmark", "Talvio"]),
    ("de", "Quorvane, Belmark und Talvio haben eine Absichtserklärung zur gemeinsamen Entwicklung unterzeichnet.",
     ["Quorvane", "Belmark", "Talvio"]),
    ("fr", "Quorvane, Belmark et Talvio ont conclu une alliance pour développer une plateforme commune.",
     ["Quorvane", "Belmark", "Talvio"]),
])
def test_the_first_of_a_list_of_companies_is_one_too(language, text, names):
    # the list's last two are joined by "and"; its first name, opening the sentence, is found with them
    assert companies(text, language) == names


@pytest.mark.parametrize("language, text", [
    ("en", "Meanwhile, Belmark and Talvio signed a memorandum of understanding."),
    ("en", "In Germany, Belmark and Talvio signed a memorandum of understanding."),
    ("it", "Ieri, Belmark e Talvio hanno firmato un memorandum d'intesa."),
    ("en", "Last year, Belmark and Talvio signed a memorandum of understanding."),
])
def test_a_word_before_a_comma_and_a_pair_is_no_list_head(language, text):
    assert companies(text, language) == ["Belmark", "Talvio"]


@pytest.mark.parametrize("language, text", [
    ("en", "Belmark and Talvio established a joint venture to produce cells."),
    ("fr", "Belmark et Talvio vont créer une coentreprise."),
    ("es", "Belmark y Talvio crearán una empresa conjunta."),
    ("it", "Belmark e Talvio costituiranno una joint venture."),
    ("it", "Belmark e Talvio hanno costituito una joint venture."),
])
def test_a_pair_founding_a_company_is_found_by_its_verb(language, text):
    assert companies(text, language) == ["Belmark", "Talvio"]


@pytest.mark.parametrize("language, text", [
    ("en", "Analysts established that demand fell."),
    ("fr", "Les Français vont créer des emplois."),
    ("it", "Bruxelles e Roma hanno costituito un tavolo."),
])
def test_common_words_and_places_before_a_verb_of_founding_stay_none(language, text):
    assert companies(text, language) == []


def test_a_name_found_once_is_a_company_everywhere_in_the_document():
    doc = run("Quorvane said it would build a plant. Analysts expect Quorvane to hire 2,000 people.", "en")
    names = [(m.text, m.attrs.get("cue")) for m in doc.mentions if m.label == "COMPANY" and m.source != "coref"]
    assert names == [("Quorvane", "subject"), ("Quorvane", "repeat")]
    # Also a name first found by its legal form.
    doc = run("Belmark Energia S.p.A. produce celle. Secondo gli analisti Belmark Energia crescerà.", "it")
    assert [m.canonical for m in doc.mentions if m.label == "COMPANY"] == ["Belmark Energia", "Belmark Energia"]


@pytest.mark.parametrize(
    "language, text",
    [
        # places
        ("en", "Portugal said it would tax imports."),
        ("de", "Bayern hat die Förderung unterzeichnet."),
        ("it", "La Lombardia ha firmato un accordo con Milano."),
        # people: a given name, a title, a surname named before
        ("en", "Maria Rossi said the plant would open."),
        ("en", "Mr Kowalczyk said the plant would open."),
        ("fr", "M. Dupraz a signé le document."),
        ("es", "El señor Guzmanes firmó el acuerdo."),
        ("en", "Elon Musk spoke. Musk said the plant would open."),
        # months, weekdays and function words
        ("en", "In March said the report nothing."),
        ("es", "Según el informe, Lunes firmó."),
        # news outlets as the source of a report, and page furniture
        ("en", "According to Reuters, the talks failed. Bloomberg reported the same."),
        ("de", "Laut Handelsblatt hat der Konzern nichts unterzeichnet."),
        ("it", "Secondo Il Sole 24 Ore, il governo ha firmato."),
        ("en", "Tweet said the page."),
        # common words the document writes in lower case, German common nouns
        ("en", "Analysts said the analysts were wrong."),
        ("de", "Die Regierung hat den Plan unterzeichnet."),
        ("de", "Der Konzern liefert Stahl an die Industrie."),
        # a known alias the gazetteer left out on purpose, a product in the passive
        ("en", "ST said margins fell."),
        ("en", "The Transit Custom is built in Turkey."),
    ],
)
def test_not_a_company(language, text):
    assert [m.text for m in run(text, language).mentions if m.label == "COMPANY" and not m.attrs.get("known")] == []


def test_byline_and_role_words_are_cut_from_a_name():
    assert companies("Quorvane übernimmt Belmark Animation von Regine Pfaff.", "de")[-1] == "Belmark Animation"
    assert companies("He is Chief Financial Officer of Belmark Power Inc.", "en") == ["Belmark Power"]


def test_german_verb_second_does_not_take_the_fronted_word():
    assert companies("Künftig liefert LG Energy Solution die Zellen.", "de") == ["LG Energy Solution"]


def test_legal_form_names_do_not_yield_letters_or_cross_legal_words():
    # "Minera" is a Spanish descriptor noun, but here it is part of the name.
    assert companies("La chilena Salar Minera S.A. suministrará litio.", "es") == ["Salar Minera"]
    assert companies("Rotova Corporation Belmark Air Ltd flies.", "en")[-1] == "Belmark Air"


@pytest.mark.parametrize(
    "child, parent",
    [
        ("Stellantis Europe", "Stellantis"),
        ("Northvolt Ett", "Northvolt"),
        ("Envision AESC", "Envision"),
        ("Ford-Werke", "Ford"),
        ("Toyota Motor Europe", "Toyota"),
        ("Enel X Way", "Enel X"),
        ("Tata Steel Nederland", "Tata Steel Europe"),
    ],
)
def test_a_subsidiary_is_its_own_entry_linked_to_its_parent(child, parent):
    g = gazetteer()
    assert g.canonical(child) != g.canonical(parent)
    assert g.entry(child).parent == g.canonical(parent)


def test_distinct_companies_sharing_a_word_stay_distinct():
    g = gazetteer()
    assert g.canonical("Samsung SDI") != g.canonical("Samsung Electronics")
    assert g.canonical("Ford Otosan") != g.canonical("Ford")
    assert companies("Ford Otosan builds vans for Ford.", "en") == ["Ford Otosan", "Ford"]


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("en", "Takeda agreed to buy helicopter maker Quorvane.", "Quorvane"),
        ("en", "Its parent, Belmark Re, reinsures the business.", "Belmark Re"),
        ("de", "Der Zahlungsdienstleister Quorvane wächst.", "Quorvane"),
        ("it", "Il concorrente Belmark ha perso quote.", "Belmark"),
        ("fr", "La filiale Quorvane Câbles sera vendue.", "Quorvane Câbles"),
        ("es", "Su filial Belmark crecerá.", "Belmark"),
    ],
)
def test_a_noun_that_introduces_a_company(language, text, expected):
    assert expected in companies(text, language)


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("en", "The unit was acquired by Quorvane last year.", "Quorvane"),
        ("de", "Die Übernahme der Sparte durch Quorvane ist abgeschlossen.", "Quorvane"),
        ("it", "La divisione è stata acquisita da Belmark.", "Belmark"),
        ("fr", "La division a été rachetée par Quorvane.", "Quorvane"),
        ("es", "La división fue adquirida por Belmark.", "Belmark"),
    ],
)
def test_the_other_party_of_a_deal(language, text, expected):
    assert expected in companies(text, language)


def test_prepositions_without_a_deal_name_nothing():
    assert companies("The report was written by Quorvane Tomasz in Warsaw.", "en") == []


def test_public_bodies_are_not_companies():
    assert companies("La venta fue aprobada por la Comisión Nacional del Mercado de Valores.", "es") == []
    assert companies("Die Übernahme wurde durch das Bundeskartellamt geprüft.", "de") == []


def test_modifier_before_maker_is_not_a_company():
    assert companies("Takeda agreed to buy Zorbex maker Quorvane.", "en") == ["Takeda", "Quorvane"]


def test_german_clause_final_verb_follows_its_object():
    assert companies("Quorvane wächst, da es in Berlin Elektrolyseure fertigt.", "de") == []


def test_first_word_stands_for_a_longer_name_but_not_for_a_parent():
    doc = run("Quorvane Battery Systems said it would expand. Analysts expect Quorvane to grow.", "en")
    named = [m.canonical for m in doc.mentions if m.label == "COMPANY" and m.source != "coref"]
    assert named == ["Quorvane Battery Systems"] * 2
    # A parent and its subsidiary named after it stay two companies.
    names = companies("Belmark cède sa filiale Belmark Câbles à Quorvane. Belmark a confirmé.", "fr")
    assert names == ["Belmark", "Belmark Câbles", "Quorvane", "Belmark"]


def test_title_case_headlines_and_line_breaks_end_names():
    # Every word is capitalised in such a headline: no name is walked forward from "Buys".
    assert companies("Quorvane Buys Belmark Tumbled As Shares For Sale Rise", "en") == ["Quorvane"]
    assert companies("Quorvane Could Provide Advertising\nBelmark said it agreed.", "en") == ["Belmark"]
    assert companies("Belmark Staff Report\nQuorvane Holdings Inc. said it agreed.", "en") == ["Quorvane Holdings"]


def test_names_with_ampersand_ordinals_and_ratings():
    assert companies("In late 2014, ZT&T purchased Quorvane.", "en") == ["ZT&T", "Quorvane"]
    assert companies("The 11th said it would buy Underweight.", "en") == []
    assert companies("Prince Alwaleed said he would invest.", "en") == []


def test_a_capitalised_cue_word_mid_sentence_is_no_cue():
    assert companies("Its range runs from Medical Supplies to Precision Parts.", "en") == []
    assert companies("Quorvane supplies Belmark.", "en") == ["Quorvane", "Belmark"]


def test_a_magazine_is_no_company():
    text = 'Belmark wies den Bericht zurück. Das "Manager Magazin" hatte berichtet, Quorvane wolle Belmark kaufen.'
    assert "Magazin" not in companies(text, "de")


@pytest.mark.parametrize(
    "language, text, word",
    [
        ("it", "Kempower cresce. Contattato, un portavoce del gruppo finlandese ha smentito.", "Contattato"),
        ("es", "Iberdrola crece. Consultado, un portavoz de la empresa no hizo comentarios.", "Consultado"),
        ("fr", "Renault investit. Interrogé, un porte-parole du groupe a démenti.", "Interrogé"),
    ],
)
def test_an_opening_participle_before_a_comma_is_no_company(language, text, word):
    doc = run(text, language)
    assert word not in [m.canonical for m in doc.mentions if m.label == "COMPANY"]
