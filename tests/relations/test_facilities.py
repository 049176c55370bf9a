"""Plants: owner, place, product, capacity, investment, status, merging across sentences."""

from __future__ import annotations

import pytest

from .helpers import facs


def _f(fs):
    return [(f.owner, f.location, f.product, f.status, f.capacity and f.capacity["value"]) for f in fs]


@pytest.mark.parametrize("lang,text,companies,places,expected", [
    ("en", "CATL broke ground on a battery cell plant in Debrecen.", ["CATL"], ["Debrecen"],
     [("CATL", "Debrecen", "battery cells", "under_construction", None)]),
    ("en", "Tesla's Berlin factory produces electric vehicles.", ["Tesla"], ["Berlin"],
     [("Tesla", "Berlin", "electric vehicles", "active", None)]),
    ("en", "Ford will close its Saarlouis plant in 2025.", ["Ford"], ["Saarlouis"], [("Ford", "Saarlouis", None, "ended", None)]),
    ("en", "Northvolt plans to build a gigafactory in Heide.", ["Northvolt"], ["Heide"], [("Northvolt", "Heide", None, "planned", None)]),
    ("it", "CATL sta costruendo uno stabilimento di celle a Debrecen.", ["CATL"], ["Debrecen"],
     [("CATL", "Debrecen", "battery cells", "under_construction", None)]),
    ("it", "Stellantis annuncia la chiusura dello stabilimento di Grugliasco.", ["Stellantis"], ["Grugliasco"],
     [("Stellantis", "Grugliasco", None, "ended", None)]),
    ("de", "Tesla produziert im Werk Grünheide bereits Elektroautos.", ["Tesla"], ["Grünheide"],
     [("Tesla", "Grünheide", "electric vehicles", "active", None)]),
    ("de", "Das Zellwerk von Northvolt in Heide ist im Bau.", ["Northvolt"], ["Heide"], [("Northvolt", "Heide", None, "under_construction", None)]),
    ("fr", "Verkor construira une gigafactory à Dunkerque.", ["Verkor"], ["Dunkerque"], [("Verkor", "Dunkerque", None, "announced", None)]),
    ("fr", "L'usine d'ACC à Douvrin est en construction.", ["ACC"], ["Douvrin"], [("ACC", "Douvrin", None, "under_construction", None)]),
    ("es", "PowerCo construirá una gigafactoría de baterías en Sagunto.", ["PowerCo"], ["Sagunto"],
     [("PowerCo", "Sagunto", "batteries", "announced", None)]),
    ("es", "Nissan cerró su planta de Barcelona.", ["Nissan"], ["Barcelona"], [("Nissan", "Barcelona", None, "ended", None)]),
])
def test_facility(lang, text, companies, places, expected):
    assert _f(facs(text, companies, lang, places=places)) == expected


def test_capacity_and_money_in_the_next_sentence_merge_into_the_plant():
    text = "Northvolt will build a gigafactory in Heide. The plant will have a capacity of 60 GWh and cost 4.5 billion euros."
    [f] = facs(text, ["Northvolt"], places=["Heide"], capacity={"60 GWh": (60, "GWh")},
               money={"4.5 billion euros": (4.5e9, "EUR")})
    assert (f.owner, f.location, f.status) == ("Northvolt", "Heide", "announced")
    assert f.capacity == {"value": 60, "unit": "GWh"} and f.investment == {"amount": 4.5e9, "currency": "EUR"}
    assert f.evidence.text == text and f.component == "tierscope.facilities.v1"


def test_joint_venture_plant_belongs_to_the_venture():
    [f] = facs("Ultium Cells, the joint venture of GM and LG Energy Solution, opened its plant in Lordstown.",
               ["Ultium Cells", "GM", "LG Energy Solution"], places=["Lordstown"])
    assert (f.owner, f.location, f.status) == ("Ultium Cells", "Lordstown", "active")


def test_two_plants_in_two_stories_stay_apart():
    fs = facs(["CATL opened a plant in Erfurt.", "BYD will build a factory in Szeged."], ["CATL", "BYD"], places=["Erfurt", "Szeged"])
    assert _f(fs) == [("CATL", "Erfurt", None, "active", None), ("BYD", "Szeged", None, "announced", None)]


def test_no_facility_without_a_plant_word():
    assert facs("CATL reported record profit in Ningde.", ["CATL"], places=["Ningde"]) == []
    assert facs("Enel signed a credit facility with banks in Rome.", ["Enel"], places=["Rome"]) == []


# --------------------------------------------------------------------------- owner, place, capacity, merging
# New sentences (invented companies and places where the rule does not need the gazetteer).


def _one(fs, owner):
    hits = [f for f in fs if f.owner == owner]
    assert len(hits) == 1, _f(fs)
    return hits[0]


def test_en_pronoun_subject_and_a_second_plant_at_a_place_the_gazetteer_does_not_know():
    text = ("Kestrel Batteries opened its first cell plant in Lintborough last year. "
            "It is now building a second factory near Marlow Heath, designed for 25 GWh a year.")
    fs = facs(text, ["Kestrel Batteries"], places=["Lintborough"], capacity={"25 GWh": (25, "GWh")})
    assert [(f.owner, f.location, f.status, f.capacity) for f in fs] == [
        ("Kestrel Batteries", "Lintborough", "active", None),
        ("Kestrel Batteries", "Marlow Heath", "under_construction", {"value": 25, "unit": "GWh"})]


def test_en_a_company_total_is_not_the_plant_capacity():
    text = "Voltara will build a gigafactory in Ostrava. The group targets a global capacity of 200 GWh by 2030."
    [f] = facs(text, ["Voltara"], places=["Ostrava"], capacity={"200 GWh": (200, "GWh")})
    assert (f.owner, f.location, f.capacity) == ("Voltara", "Ostrava", None)


def test_en_a_subsidiary_description_is_the_subsidiary_the_gazetteer_knows():
    text = "PowerCo has hired 500 engineers. The Volkswagen subsidiary is building a cell factory in Valencia."
    [f] = facs(text, ["PowerCo", "Volkswagen"], places=["Valencia"])
    assert (f.owner, f.location, f.status) == ("PowerCo", "Valencia", "under_construction")


def test_en_joint_venture_named_in_the_next_sentence_owns_the_plant():
    text = ("Orvane and Kellmark agreed to form a joint venture that will build a cathode plant in Teesport. "
            "The new company will be called Orkell Materials.")
    [f] = facs(text, ["Orvane", "Kellmark"], places=["Teesport"])
    assert (f.owner, f.location) == ("Orkell Materials", "Teesport")


def test_en_the_plant_three_sentences_later_is_the_same_plant():
    text = ("Brightcell plans a battery plant in Rovigo. Its chief executive spoke at a conference. "
            "Shares rose 3% on the news. The plant will have a capacity of 12 GWh.")
    [f] = facs(text, ["Brightcell"], places=["Rovigo"], capacity={"12 GWh": (12, "GWh")})
    assert (f.owner, f.location, f.capacity) == ("Brightcell", "Rovigo", {"value": 12, "unit": "GWh"})


def test_it_place_before_the_noun_and_owner_after_it():
    [f] = facs("Sono partiti a Casalbordino i lavori per la gigafactory di Voltaria.", ["Voltaria"], "it")
    assert (f.owner, f.location, f.status) == ("Voltaria", "Casalbordino", "under_construction")


def test_it_genitive_place_and_annual_tonnes_after_capacita_annua():
    text = "L'azienda produce catodi nello stabilimento di Montecorvino, che ha una capacità annua di 30.000 tonnellate."
    [f] = facs(text, [], "it", coref={"L'azienda": "Voltaria"})
    assert (f.owner, f.location, f.capacity) == ("Voltaria", "Montecorvino", {"value": 30000.0, "unit": "t/y"})


def test_it_second_plant_is_a_new_facility():
    text = "Voltaria ha uno stabilimento a Brindisi. Voltaria costruirà un secondo stabilimento a Potenza."
    fs = facs(text, ["Voltaria"], "it")
    assert [(f.owner, f.location) for f in fs] == [("Voltaria", "Brindisi"), ("Voltaria", "Potenza")]


def test_de_joint_venture_named_before_owns_a_plant_named_without_company():
    text = ("Kornex und Valtra gründen das Gemeinschaftsunternehmen Valkor. Das Joint Venture soll Zellen entwickeln. "
            "Die geplante Zellfabrik in Neustadt an der Orla soll 2028 fertig sein.")
    [f] = facs(text, ["Kornex", "Valtra", "Valkor"], "de")
    assert (f.owner, f.location, f.status) == ("Valkor", "Neustadt an der Orla", "planned")


def test_de_tochter_of_a_company_is_the_subsidiary_named_before():
    text = "Lumora gehört seit 2021 zu Kornex. Die Kornex-Tochter errichtet in Zeitz eine Kathodenfabrik."
    [f] = facs(text, ["Lumora", "Kornex"], "de", places=["Zeitz"])
    assert (f.owner, f.location, f.status) == ("Lumora", "Zeitz", "under_construction")


def test_de_converter_with_yearly_tonnes_before_the_amount():
    text = "Lithra baut bei Kolkwitz einen Lithiumkonverter, der jährlich 30.000 Tonnen Lithiumhydroxid liefern soll."
    [f] = facs(text, ["Lithra"], "de")
    assert (f.owner, f.location, f.capacity) == ("Lithra", "Kolkwitz", {"value": 30000.0, "unit": "t/y"})


def test_de_a_capitalised_noun_after_in_is_no_place():
    [f] = facs("Das Werk von Lithra ist seit 2023 in Betrieb.", ["Lithra"], "de")
    assert (f.owner, f.location, f.status) == ("Lithra", None, "active")


def test_de_rejected_reports_deny_the_plant():
    [f] = facs("Berichte über ein neues Werk in Thüringen wies Kornex entschieden zurück.", ["Kornex"], "de",
               places=["Thüringen"])
    assert (f.owner, f.location, f.status) == ("Kornex", "Thüringen", "denied")


def test_fr_plant_of_a_coentreprise_baptisee_later():
    text = ("Orvane et Kellmark créent une coentreprise qui produira des anodes à Carvin. "
            "L'usine aura une capacité de 20 GWh. La nouvelle société, baptisée Kellvane, sera détenue à parts égales.")
    [f] = facs(text, ["Orvane", "Kellmark", "Kellvane"], "fr", places=["Carvin"], capacity={"20 GWh": (20, "GWh")})
    assert (f.owner, f.location, f.capacity) == ("Kellvane", "Carvin", {"value": 20, "unit": "GWh"})


def test_fr_usine_de_place_and_construit_egalement():
    [f] = facs("Brelix construit également une usine de cellules à Bourgneuf.", ["Brelix"], "fr")
    assert (f.owner, f.location, f.status) == ("Brelix", "Bourgneuf", "under_construction")


def test_es_two_plants_of_one_company():
    text = ("La compañía fabrica baterías en su planta de Almussafes, que tiene una capacidad de 15 GWh. "
            "Vexa prevé construir una segunda planta en Utebo.")
    fs = facs(text, ["Vexa"], "es", coref={"La compañía": "Vexa"}, capacity={"15 GWh": (15, "GWh")})
    assert [(f.owner, f.location, f.status, f.capacity and f.capacity["value"]) for f in fs] == [
        ("Vexa", "Almussafes", "active", 15), ("Vexa", "Utebo", "planned", None)]


def test_es_empresa_conjunta_que_se_llamara():
    text = ("Vexa y Lorana crearán una empresa conjunta que construirá una fábrica de celdas en Tudela. "
            "La nueva sociedad se llamará Velora Power.")
    [f] = facs(text, ["Vexa", "Lorana"], "es")
    assert (f.owner, f.location, f.status) == ("Velora Power", "Tudela", "announced")


def test_en_object_relative_owner_and_follow_up_investment():
    text = ("Dravex will supply axles to the factory that Morlan is building in Kestrup. "
            "Morlan is investing 900 million euros there.")
    [f] = facs(text, ["Dravex", "Morlan"], places=["Kestrup"], money={"900 million euros": (9e8, "EUR")})
    assert (f.owner, f.location, f.status, f.investment) == (
        "Morlan", "Kestrup", "under_construction", {"amount": 9e8, "currency": "EUR"})


def test_es_genitive_owner_and_coordinated_places():
    text = "Las plantas de Vexa en Tudela y Alfaro producen ya baterías."
    fs = facs(text, ["Vexa"], "es")
    assert [(f.owner, f.location, f.status) for f in fs] == [("Vexa", "Tudela", "active"), ("Vexa", "Alfaro", "active")]


def test_en_a_country_after_the_city_is_not_a_second_plant():
    fs = facs("Morlan runs a cell plant in Kestrup, Denmark.", ["Morlan"], places={"Denmark": "DK"})
    assert [(f.owner, f.location) for f in fs] == [("Morlan", "Kestrup")]


def test_fr_two_plant_nouns_with_their_own_places_and_statuses():
    text = "Lumetra exploite une ligne pilote à Crolles et prévoit de construire une usine à Pont-de-Claix."
    fs = facs(text, ["Lumetra"], "fr")
    assert [(f.owner, f.location, f.status) for f in fs] == [
        ("Lumetra", "Crolles", "active"), ("Lumetra", "Pont-de-Claix", "planned")]


def test_fr_weak_site_word_with_a_closure_cue():
    [f] = facs("Brelix a annoncé la fermeture de son site de Maurepas.", ["Brelix"], "fr")
    assert (f.owner, f.location, f.status) == ("Brelix", "Maurepas", "ended")


def test_it_second_noun_in_the_same_sentence():
    text = "Voltaria ha avviato la produzione nello stabilimento di Ferentino e costruirà una fabbrica di celle a Ceprano."
    fs = facs(text, ["Voltaria"], "it")
    assert [(f.owner, f.location, f.status) for f in fs] == [
        ("Voltaria", "Ferentino", "active"), ("Voltaria", "Ceprano", "announced")]


def test_de_construction_begun_and_the_works_of_a_company():
    text = "Kornex hat mit dem Bau seines neuen Montagewerks in Plattling begonnen. Das Werk von Lithra in Cham ist seit 2019 in Betrieb."
    fs = facs(text, ["Kornex", "Lithra"], "de")
    assert [(f.owner, f.location, f.status) for f in fs] == [
        ("Kornex", "Plattling", "under_construction"), ("Lithra", "Cham", "active")]


def _dated(text, companies, place, date, lang="en"):
    from tierscope.doc import Mention
    from tierscope.relations import FacilityExtractor

    from .helpers import make_doc

    doc = make_doc(text, companies, language=lang, places={place: ""})
    i = text.index(date)
    doc.mentions.append(Mention(i, i + len(date), date, "DATE", None, 0, "test", {}))
    doc.mentions.sort(key=lambda m: m.start)
    return FacilityExtractor()(doc).facilities


def test_a_plant_without_a_place_takes_the_dateline_city():
    [f] = _dated("Kestrup, 4 May 2025. Morlan said its cell plant reached full output.", ["Morlan"], "Kestrup", "4 May 2025")
    assert (f.owner, f.location) == ("Morlan", "Kestrup")


def test_the_dateline_is_not_used_when_it_is_the_owner_home_town():
    [f] = _dated("Wolfsburg, 4. Mai 2025. Volkswagen sagte, das neue Werk sei ausgelastet.", ["Volkswagen"], "Wolfsburg",
                 "4. Mai 2025", "de")
    assert (f.owner, f.location) == ("Volkswagen", None)


def test_de_standort_with_production_words_and_a_place():
    [f] = facs("Am Standort Plattling stellt Kornex die Produktion auf Wärmepumpen um.", ["Kornex"], "de",
               places={"Plattling": "DE"})
    assert (f.owner, f.location) == ("Kornex", "Plattling")


def test_de_place_after_a_regional_adjective_and_a_new_production():
    [f] = facs("Im sächsischen Lommatzsch baut Kornex derzeit eine neue Fertigung für Kathoden auf.", ["Kornex"], "de")
    assert (f.owner, f.location, f.status) == ("Kornex", "Lommatzsch", "under_construction")


def test_relative_clause_after_a_genitive_is_about_the_head_company():
    text = "Morlan works with Kestra, the battery arm of Dravex, which is building a cell plant in Ashby."
    [f] = facs(text, ["Morlan", "Kestra", "Dravex"], places=["Ashby"])
    assert (f.owner, f.location) == ("Kestra", "Ashby")
    text = "Kornex arbeitet mit Lumora zusammen, der Zelltochter des Valtra-Konzerns, die in Cham ein Werk errichtet."
    [f] = facs(text, ["Kornex", "Lumora", "Valtra"], "de", places=["Cham"])
    assert (f.owner, f.location) == ("Lumora", "Cham")


def test_it_shipyard_and_production_verbs():
    fs = facs("La joint venture userà il cantiere di Castellammare di Navalia. Nello stabilimento di Atessa Voltaria assembla i furgoni.",
              ["Navalia", "Voltaria"], "it")
    assert [(f.owner, f.location, f.status) for f in fs][-1] == ("Voltaria", "Atessa", "active")
    assert ("Navalia", "Castellammare") in [(f.owner, f.location) for f in fs]


def test_es_production_verb_and_places_listed_in_a_merged_sentence():
    text = ("Vexa tiene una planta en Tudela. Vexa también produce baterías en sus plantas de Alfaro (Navarra) y Calahorra (La Rioja). "
            "En la fábrica de Utebo, Lorana monta los motores.")
    fs = facs(text, ["Vexa", "Lorana"], "es", places={"Navarra": "ES", "La Rioja": "ES"})
    assert [(f.owner, f.location) for f in fs] == [("Vexa", "Tudela"), ("Vexa", "Alfaro"), ("Vexa", "Calahorra"),
                                                   ("Lorana", "Utebo")]
    assert fs[-1].status == "active"


@pytest.mark.parametrize("lang,text,owner,place", [
    ("en", "Morlan has scrapped its plans for a cell plant in Ashby.", "Morlan", "Ashby"),
    ("de", "Kornex gibt seine Pläne für ein Zellwerk in Plattling endgültig auf.", "Kornex", "Plattling"),
    ("it", "Voltaria rinuncia al progetto dello stabilimento di Ferentino.", "Voltaria", "Ferentino"),
    ("fr", "Brelix a abandonné son projet d'usine à Maurepas.", "Brelix", "Maurepas"),
    ("es", "Vexa renuncia al proyecto de la planta de Tudela.", "Vexa", "Tudela"),
])
def test_abandoned_plans_end_the_plant(lang, text, owner, place):
    [f] = facs(text, [owner], lang)
    assert (f.owner, f.location, f.status) == (owner, place, "ended")


def test_the_place_after_in_beats_a_name_glued_to_the_noun():
    [f] = facs("Morlan's Gigafactory Nordhaven in Ashby will double its output.", ["Morlan"], places=["Ashby"])
    assert (f.owner, f.location) == ("Morlan", "Ashby")


def test_it_a_shipyard_is_not_a_building_site():
    [f] = facs("Navalia userà il cantiere di Sestri per gli scafi.", ["Navalia"], "it")
    assert (f.owner, f.location, f.status) == ("Navalia", "Sestri", "announced")


def test_en_place_named_between_the_article_and_the_noun():
    [f] = facs("Morlan will double output at its Kestrup battery plant next year.", ["Morlan"])
    assert (f.owner, f.location) == ("Morlan", "Kestrup")
    [f] = facs("Morlan will add a shift at its Model Y plant.", ["Morlan"])
    assert (f.owner, f.location) == ("Morlan", None)


def test_fr_city_after_each_country_in_a_list():
    text = "Les projets d'usines de Brelix en Pologne, à Legnica, et en Slovaquie, à Nitra, sont à l'étude."
    fs = facs(text, ["Brelix"], "fr", places={"Pologne": "PL", "Slovaquie": "SK"})
    assert [(f.owner, f.location) for f in fs] == [("Brelix", "Legnica"), ("Brelix", "Nitra")]


def test_it_adjective_between_noun_and_place_and_brake_systems_are_no_plant():
    text = "Frenova fornisce impianti frenanti a Voltaria, prodotti nello stabilimento serbo di Kragujevac."
    [f] = facs(text, ["Frenova", "Voltaria"], "it")
    assert (f.owner, f.location) == ("Frenova", "Kragujevac")


def _unknown(text, companies, lang, **kw):
    """Companies the recognizer found by pattern only (not in the gazetteer)."""
    from tierscope.relations import FacilityExtractor

    from .helpers import make_doc

    doc = make_doc(text, companies, language=lang, **kw)
    for m in doc.mentions:
        if m.label == "COMPANY":
            m.source, m.attrs = "pattern", {"known": False}
    return FacilityExtractor()(doc).facilities


@pytest.mark.parametrize("lang,text,owner,place", [
    ("en", "Morlan picks Ashby for its first cell plant.", "Morlan", "Ashby"),
    ("en", "Morlan will build a cell plant in Ashby.", "Morlan", "Ashby"),
    ("it", "Voltaria sceglie Ferentino per la sua prima gigafactory.", "Voltaria", "Ferentino"),
    ("de", "Kornex wählt Plattling für seine erste Zellfabrik.", "Kornex", "Plattling"),
    ("fr", "Brelix va construire une usine à Maurepas.", "Brelix", "Maurepas"),
    ("es", "Vexa elige Tudela para su gigafactoría.", "Vexa", "Tudela"),
])
def test_an_unknown_name_in_a_place_slot_is_the_place_not_the_owner(lang, text, owner, place):
    [f] = _unknown(text, [owner, place], lang)
    assert (f.owner, f.location) == (owner, place)


@pytest.mark.parametrize("lang,text,owner,place", [
    ("en", "Battery start-up Morlan will build its first cell plant in Ashby.", "Morlan", "Ashby"),
    ("it", "La start-up Voltaria costruirà la sua prima gigafactory a Ferentino.", "Voltaria", "Ferentino"),
    ("de", "Der Batteriehersteller Kornex wird in Plattling eine Zellfabrik errichten.", "Kornex", "Plattling"),
    ("fr", "Le fabricant de batteries Brelix va construire une gigafactory à Maurepas.", "Brelix", "Maurepas"),
    ("es", "La empresa navarra Vexa levantará una gigafactoría de celdas en Tudela.", "Vexa", "Tudela"),
])
def test_a_name_before_a_building_verb_owns_the_plant_when_no_company_was_recognised(lang, text, owner, place):
    [f] = facs(text, [], lang)
    assert (f.owner, f.location) == (owner, place)


def test_de_a_noun_after_an_article_is_no_owner_name():
    [f] = facs("Das Unternehmen baut in Plattling eine Zellfabrik.", [], "de")
    assert (f.owner, f.location) == (None, "Plattling")


@pytest.mark.parametrize("lang,text,status", [
    ("en", "Morlan will build a cell plant in Ashby. Construction began in March.", "under_construction"),
    ("it", "Voltaria costruirà uno stabilimento a Ferentino. I lavori sono iniziati a marzo.", "under_construction"),
    ("de", "Kornex plant ein Werk in Plattling. Die Bauarbeiten laufen seit März.", "under_construction"),
    ("fr", "Brelix va construire une usine à Maurepas. Les travaux ont commencé en mars.", "under_construction"),
    ("es", "Vexa construirá una planta en Tudela. Las obras han comenzado este mes.", "under_construction"),
])
def test_a_building_state_in_the_next_sentence_updates_the_plant(lang, text, status):
    [f] = facs(text, [{"en": "Morlan", "it": "Voltaria", "de": "Kornex", "fr": "Brelix", "es": "Vexa"}[lang]], lang)
    assert f.status == status


def test_it_two_sentences_later_with_a_capacity():
    text = "Morlan will build a cell plant in Ashby. The site was chosen over four rivals. It will produce 20 GWh a year."
    [f] = facs(text, ["Morlan"], capacity={"20 GWh": (20, "GWh")})
    assert (f.location, f.capacity) == ("Ashby", {"value": 20, "unit": "GWh"})


def test_a_pronoun_before_a_building_verb_is_no_owner_name():
    [f] = facs("It will build a cell plant in Ashby.", [], places=["Ashby"])
    assert (f.owner, f.location) == (None, "Ashby")


def test_capacity_word_beats_a_machine_tonnage_nearer_the_plant():
    # the amount the capacity word names, not the press's tonnage
    text = ("Norvik invertirá 40 millones en su planta de Lorca, que añadirá una prensa de 8.000 toneladas "
            "y una capacidad de 25.000 toneladas anuales de piezas forjadas.")
    [f] = facs(text, ["Norvik"], language="es", places=["Lorca"],
               capacity={"8.000 toneladas": (8000, "t/y"), "25.000 toneladas anuales": (25000, "t/y")})
    assert f.capacity == {"value": 25000, "unit": "t/y"}


def test_en_capacity_word_beats_a_machine_tonnage():
    text = "Norvik will add a 6,000-tonne press at its Lorca plant, lifting its capacity to 30,000 tonnes a year."
    [f] = facs(text, ["Norvik"], places=["Lorca"],
               capacity={"6,000-tonne": (6000, "t/y"), "30,000 tonnes a year": (30000, "t/y")})
    assert f.capacity == {"value": 30000, "unit": "t/y"}
