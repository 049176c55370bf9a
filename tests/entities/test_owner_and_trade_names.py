"""Companies the gazetteer lacks, named where only a company stands: after a noun only a company has
(its turnover, its share, its finance chief: entities/owner_nouns.py), as the owner of a plant whose
town follows, after a general company noun and its trade ("la società di consulenza Beta":
entities/trade_of.py), in a Romance apposition without article ("Beta, azienda specializzata in"),
before a possession a few words on ("Beta's new battery plant"), before "reported" with results after
it, and a Chinese maker's name with "New" inside (entities/new_inside.py). And the phrases of the same
shape that name a town, a family or a person. Invented companies, sentences written for the test."""

from __future__ import annotations

import pytest
from entity_helpers import run


def companies(text, lang):
    return {m.canonical for m in run(text, lang).mentions if m.label == "COMPANY"}


@pytest.mark.parametrize("lang, text, name", [
    ("it", "Il fatturato di Dravello è salito a 80 milioni nel 2025.", "Dravello"),
    ("it", "Secondo l'ad di Ombrelli, Carla Fassi, la domanda tiene.", "Ombrelli"),
    ("es", "La facturación de Trelosa bajó un 7% el año pasado.", "Trelosa"),
    ("fr", "Le chiffre d'affaires de Morvalle progresse encore cette année.", "Morvalle"),
    ("fr", "Le patron de Grelanne, Paul Ravel, reste optimiste.", "Grelanne"),
    ("de", "Die Aktie von Quennholt fiel um neun Prozent.", "Quennholt"),
    ("de", "Der Finanzchef von Sellkamp verlässt das Unternehmen.", "Sellkamp"),
    ("en", "The boss of Tarrowen is cautious about the second half.", "Tarrowen"),
])
def test_a_name_after_a_noun_only_a_company_has(lang, text, name):
    assert name in companies(text, lang)


@pytest.mark.parametrize("lang, text, name", [
    ("it", "Lo stabilimento di Corvasi a Melfi assumerà 120 persone.", "Corvasi"),
    ("fr", "L'usine de Brenaval à Douai tourne à plein régime.", "Brenaval"),
    ("es", "La planta de Oltrisa en Navarra abrirá en abril.", "Oltrisa"),
    ("de", "Das Werk von Hallbrock in Sachsen wird erweitert.", "Hallbrock"),
])
def test_the_owner_of_a_plant_whose_town_follows(lang, text, name):
    assert name in companies(text, lang)


@pytest.mark.parametrize("lang, text, bad", [
    ("it", "Lo stabilimento di Melfi a Potenza è fermo da giugno.", "Melfi"),
    ("es", "La planta de Martorell en Barcelona para una semana.", "Martorell"),
    ("it", "Il fatturato di Lombardia e Veneto è cresciuto.", "Lombardia"),
])
def test_a_plant_or_figures_of_a_place_name_no_company(lang, text, bad):
    assert bad not in companies(text, lang)


@pytest.mark.parametrize("lang, text, name", [
    ("it", "La società di consulenza Marbelli seguirà la gara.", "Marbelli"),
    ("it", "L'azienda di trasporti Fossadri porterà i moduli a Cassino.", "Fossadri"),
    ("es", "La empresa de ingeniería Ulzaga dirigirá las obras.", "Ulzaga"),
    ("fr", "Le groupe de propreté Tavernac assurait l'entretien du site.", "Tavernac"),
])
def test_a_company_noun_and_its_trade_before_the_name(lang, text, name):
    assert name in companies(text, lang)


@pytest.mark.parametrize("lang, text, bad", [
    ("es", "El contrato fue para el grupo de la familia Olaberri, según fuentes del sector.", "Olaberri"),
    ("it", "Il piano della società del magnate indiano Rajiv Ramaswamy non convince.", "Rajiv Ramaswamy"),
    ("fr", "La directrice d'une entreprise de menuiserie de Roubaix raconte.", "Roubaix"),
])
def test_a_family_a_person_or_a_town_after_the_trade_is_no_company(lang, text, bad):
    assert bad not in companies(text, lang)


@pytest.mark.parametrize("lang, text, name", [
    ("it", "Pentrasi, azienda specializzata in sensori, assumerà 40 tecnici.", "Pentrasi"),
    ("it", "Gavorra, storica azienda di Biella, ha chiuso il reparto.", "Gavorra"),
    ("es", "Murtela, empresa líder en cables, tiene su sede en Burgos.", "Murtela"),
    ("fr", "Kervidec, société fondée en 2019, emploie 60 personnes.", "Kervidec"),
])
def test_a_romance_apposition_without_article(lang, text, name):
    assert name in companies(text, lang)


@pytest.mark.parametrize("text, name", [
    ("Holmbrand's new battery plant will open in 2027.", "Holmbrand"),
    ("Ostervik's largest customer is a truck maker.", "Ostervik"),
    ("Talmoor reported a net loss of 12 million dollars for the year.", "Talmoor"),
    ("Jiangxi Wenrui New Energy will supply the cells.", "Jiangxi Wenrui New Energy"),
    ("The deal with Shandong Keyue New Material closed in May.", "Shandong Keyue New Material"),
])
def test_english_possessions_results_and_new_inside_names(text, name):
    assert name in companies(text, "en")


@pytest.mark.parametrize("text, bad", [
    ("Let's start with the plant in the north.", "Let"),
    ("The New Energy Vehicle plan was approved in March.", "New Energy Vehicle"),
    ("Meridian News reported that the plant would close.", "Meridian News"),
])
def test_english_phrases_of_the_same_shape_stay_no_company(text, bad):
    assert bad not in companies(text, "en")


@pytest.mark.parametrize("lang, text, name", [
    ("it", "La Società Elettrica Valli Orobiche (SEVO) ha rinnovato gli impianti.", "Società Elettrica Valli Orobiche"),
    ("fr", "La Compagnie Normande des Câbles (CNC) livre les chantiers de la région.", "Compagnie Normande des Câbles"),
    ("es", "La Compañía Riojana de Envases (CRE) abrirá una segunda línea.", "Compañía Riojana de Envases"),
])
def test_a_company_word_opening_a_name_its_initials_spell(lang, text, name):
    assert name in companies(text, lang)


@pytest.mark.parametrize("lang, text, bad", [
    ("it", "La Società Elettrica Valli Orobiche (Enel) ha rinnovato gli impianti.", "Società Elettrica Valli Orobiche"),
    ("it", "Giovedì il ministro Dellavalle ha incontrato i sindacati.", "Dellavalle"),
    ("es", "El martes la ministra Arrizabal ha visitado la planta.", "Arrizabal"),
])
def test_initials_that_spell_another_name_or_a_role_before_a_surname(lang, text, bad):
    assert bad not in companies(text, lang)


@pytest.mark.parametrize("lang, text, place", [
    ("it", "La Società Enel Sardegna (SES) ha rinnovato gli impianti.", "Sardegna"),
    ("fr", "La Compagnie Renault Normandie (CRN) a ouvert un site.", "Normandie"),
])
def test_initials_of_a_name_around_a_known_company_leave_the_names_inside(lang, text, place):
    # the known company inside makes the name no new company: the place inside it stays a place
    # (before: the mentions inside were dropped and no name put in their place)
    mentions = run(text, lang).mentions
    assert ("PLACE", place) in {(m.label, m.text) for m in mentions}
    assert not any(m.label == "COMPANY" and m.text.startswith(("Società", "Compagnie")) for m in mentions)


@pytest.mark.parametrize("text, name", [
    ("Das Gemeinschaftsunternehmen Wendrak Deutschland soll im Herbst starten.", "Wendrak Deutschland"),
    ("Die Gründung des Gemeinschaftsunternehmens Wendrak Österreich muss noch genehmigt werden.", "Wendrak Österreich"),
    ("Beide gründen ein Gemeinschaftsunternehmen mit dem Namen Tellvara Charge, an dem jeder die Hälfte hält.",
     "Tellvara Charge"),
])
def test_a_german_joint_company_named_with_its_country_or_by_mit_dem_namen(text, name):
    assert name in companies(text, "de")


@pytest.mark.parametrize("text, bad", [
    ("Von dem Gemeinschaftsunternehmen Systeme für die Kühlung zu erwarten, wäre verfrüht.", "Systeme"),
    ("Er tritt seit Jahren unter dem Namen Brauer auf.", "Brauer"),
])
def test_german_nouns_and_people_after_those_words_stay_no_company(text, bad):
    assert bad not in companies(text, "de")
