"""Capitalised common nouns and role-bearing people's surnames found by position are no companies.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from entity_helpers import run, spans

from tierscope.entities.non_companies import common_noun_name


def companies(text, lang):
    return [s for s, _ in spans(run(text, lang), "COMPANY")]


@pytest.mark.parametrize("lang, text, noun", [
    ("de", "Größere Mengen liefert künftig Umicore an den Autobauer BMW.", "Größere Mengen"),
    ("de", "Die Batterien der sportlichen Mittelklasse liefert künftig SK On.", "Mittelklasse"),
    ("de", "Bauherr ist die Tochter Valeo Siemens eAutomotive mit Sitz in Erlangen.", "Bauherr"),
    ("de", "Ab 2026 soll die Mine jährlich 40.000 Tonnen Nickel in Form von Nickelsulfat an Umicore liefern.", "Nickelsulfat"),
])
def test_german_common_nouns_are_no_companies(lang, text, noun):
    assert noun not in companies(text, lang)


@pytest.mark.parametrize("lang, name", [
    ("de", "Abnahme"), ("de", "Kleinere Mengen"), ("de", "Lithiumcarbonat"), ("de", "Planungssicherheit"),
    ("en", "Management"), ("en", "Acquisitions"), ("fr", "Localement"), ("fr", "Électricité"),
    ("it", "Soddisfazione"), ("it", "Produzione"), ("es", "Producción"), ("es", "Financiamiento"),
])
def test_common_noun_shapes(lang, name):
    assert common_noun_name(name, lang)


@pytest.mark.parametrize("lang, name", [
    ("de", "Verkehrsgesellschaft"), ("de", "Carl-Zeiss-Stiftung"), ("de", "Planung GmbH"),
    ("de", "Deutsche Bahn"), ("en", "Northvolt"), ("en", "Ascend Elements"), ("en", "Generation Holdings"),
    ("fr", "Verkor"), ("en", "Nuvation"), ("fr", "Ambition"), ("it", "Produzione SpA"), ("es", "Grupo Antolin"), ("en", "Advanced Management"),
])
def test_company_shapes_are_kept(lang, name):
    assert not common_noun_name(name, lang)


@pytest.mark.parametrize("lang, text, surname", [
    ("en", "Voltaro's chief technology officer Choi Hyun-woo met Kia in Seoul. Choi said the cells would "
           "ship in March.", "Choi"),
    ("en", "Voltaro chief financial officer Park Min-jun spoke to analysts. Park said orders from Kia doubled.",
     "Park"),
])
def test_surnames_of_people_with_roles_are_no_companies(lang, text, surname):
    assert surname not in companies(text, lang)


def test_a_known_company_named_like_a_person_stays():
    got = companies("Porsche chairman Wolfgang Porsche said Porsche will buy cells from CATL.", "en")
    assert "Porsche" in got and "CATL" in got


@pytest.mark.parametrize("lang, name", [
    ("de", "Kathodenhersteller"), ("de", "Natriumspezialist"), ("de", "Lithiumveredler"), ("en", "Chipmaker"),
])
def test_description_nouns_are_no_names(lang, name):
    assert common_noun_name(name, lang)


def _pattern_mention(text, name):
    from tierscope.doc import Mention
    s = text.index(name)
    return Mention(s, s + len(name), name, "COMPANY", name, 0, "pattern", {})


@pytest.mark.parametrize("lang, text", [
    ("fr", "Valeo équipe déjà l'Orsa s700 de ses phares."),
    ("en", "Valeo supplies the headlamps of the Orsa X40."),
    ("es", "Valeo suministra los faros del Orsa e-208, montado en Valencia."),
    ("it", "Valeo fornisce i fari dell'Orsa B10 assemblata a Valencia."),
    ("de", "Valeo liefert die Scheinwerfer für den Orsa A390, der in Valencia gebaut wird."),
])
def test_a_name_before_a_model_code_is_a_product(lang, text):
    from tierscope.entities.non_companies import drop_non_companies
    assert drop_non_companies(text, [], [_pattern_mention(text, "Orsa")], lang) == []


@pytest.mark.parametrize("lang, text", [
    ("de", "An dem Werk hält Orsa 51 Prozent."),
    ("en", "Orsa employs 180 people in Valencia."),
    ("en", "Orsa shares rose 2.5% on Monday."),
])
def test_a_name_before_a_number_stays(lang, text):
    from tierscope.entities.non_companies import drop_non_companies
    assert len(drop_non_companies(text, [], [_pattern_mention(text, "Orsa")], lang)) == 1


def test_a_role_bearing_persons_whole_name_is_no_company():
    got = companies("Chief executive Tomas Brandvik said Nuvion will supply Volvo. Brandvik added that Nuvion "
                    "may also supply Kia.", "en")
    assert "Tomas Brandvik" not in got and "Nuvion" in got and "Volvo" in got


@pytest.mark.parametrize("lang, text", [
    ("en", "Naomi Rusk, a battery metals analyst at a Zurich bank, expects a surplus. Rusk said prices would fall."),
    ("de", "Werkleiter Jonas Rusk führte durch die Halle. Rusk sagte, die Linie laufe ab Mai."),
    ("it", "Il sindaco Carla Rusk ha visitato il cantiere. Rusk ha detto che i lavori finiranno in estate."),
    ("fr", "La porte-parole Claire Rusk a confirmé la date. Rusk a déclaré que la ligne ouvrira en mai."),
    ("es", "El alcalde Jorge Rusk visitó la obra. Rusk dijo que la planta abrirá en mayo."),
])
def test_surnames_of_people_with_other_roles(lang, text):
    from tierscope.entities.non_companies import drop_non_companies
    second = text.rindex("Rusk")
    from tierscope.doc import Mention
    m = Mention(second, second + 4, "Rusk", "COMPANY", "Rusk", 1, "pattern", {})
    assert drop_non_companies(text, [], [m], lang) == []


def test_a_family_firm_keeps_its_founders_name():
    from tierscope.doc import Mention
    from tierscope.entities.non_companies import drop_non_companies
    text = "Ortmann Pressings will supply Nissan, said managing director Lisa Ortmann. Ortmann hired 40 people."
    s = text.rindex("Ortmann")
    firm = Mention(0, 17, "Ortmann Pressings", "COMPANY", "Ortmann Pressings", 0, "gazetteer", {})
    short = Mention(s, s + 7, "Ortmann", "COMPANY", "Ortmann", 1, "pattern", {})
    assert len(drop_non_companies(text, [], [firm, short], "en")) == 2
    linked = Mention(s, s + 7, "Ortmann", "COMPANY", "Ortmann Pressings", 1, "pattern", {})
    assert len(drop_non_companies(text, [], [linked], "en")) == 1


@pytest.mark.parametrize("lang, text, code", [
    ("en", "Meldrow Energy makes the cells for the Corvane and also supplies the T4.", "T4"),
    ("en", "Deliveries of the K7 begin in May, Tarvion Motors said. Meldrow Energy supplies the K7.", "K7"),
])
def test_a_model_code_alone_is_no_company(lang, text, code):
    assert code not in companies(text, lang)
