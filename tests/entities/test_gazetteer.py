from __future__ import annotations

from tierscope.entities import gazetteer, places


def test_size_and_no_alias_claimed_twice():
    g = gazetteer()
    assert len(g) >= 400
    assert g.conflicts == []
    assert len(places()) >= 300


def test_every_parent_is_an_entry():
    g = gazetteer()
    missing = [(e.name, e.parent) for e in g if e.parent and g.entry(e.parent) is None]
    assert missing == []


def test_canonical_lookup_is_alias_case_accent_and_legal_form_insensitive():
    g = gazetteer()
    assert g.canonical("VW") == "Volkswagen"
    assert g.canonical("volkswagen ag") == "Volkswagen"
    assert g.canonical("VW-Konzern") == "Volkswagen"
    assert g.canonical("Gruppo Jaguar Land Rover") == "Jaguar Land Rover"
    assert g.canonical("JLR") == "Jaguar Land Rover"
    assert g.canonical("LGES") == "LG Energy Solution"
    assert g.canonical("Pirelli & C. S.p.A.") == "Pirelli"
    assert g.canonical("Stellantis N.V.") == "Stellantis"
    assert g.canonical("Citroen") == "Citroën"
    assert g.canonical("SKODA AUTO") == "Skoda"
    assert g.canonical("Daimler") == "Mercedes-Benz"
    assert g.canonical("Acme Widgets") is None


def test_related_companies_stay_distinct():
    g = gazetteer()
    pairs = [
        ("Envision", "Envision AESC"),
        ("Samsung Electronics", "Samsung SDI"),
        ("Ford", "Ford Otosan"),
        ("Daimler", "Daimler Truck"),
        ("Porsche", "Porsche SE"),
        ("Rolls-Royce", "Rolls-Royce Motor Cars"),
        ("Volvo", "AB Volvo"),
    ]
    for a, b in pairs:
        assert g.canonical(a) and g.canonical(b) and g.canonical(a) != g.canonical(b), (a, b)
    assert g.entry("Envision AESC").parent == "Envision"
    assert g.entry("Jeep").parent == "Stellantis"
    assert g.entry("Samsung SDI").sectors == ("battery_cells",)


def test_children():
    names = {e.name for e in gazetteer().children("Stellantis")}
    assert {"Fiat", "Jeep", "Peugeot", "Opel"} <= names
    assert "Stellantis" not in names


def test_places_in_five_languages():
    p = places()
    assert p.get("Monaco di Baviera").country == "DE"
    assert p.get("München").name == "Munich"
    assert p.get("Allemagne").country == "DE"
    assert p.get("Alemania").country == "DE"
    assert p.get("Navalmoral de la Mata").country == "ES"
    assert p.get("Skellefteå").country == "SE"


def test_a_place_whose_name_opens_with_an_article():
    # "near Le Havre": the article would stop a name the place list does not know
    assert places().get("Le Havre").country == "FR"


def test_an_ambiguous_alias_before_a_business_verb_outside_english():
    from entity_helpers import run as _run

    doc = _run("Seat compra celdas a un proveedor nuevo.", "es")
    assert [m.canonical for m in doc.mentions if m.label == "COMPANY"] == ["SEAT"]
    doc = _run("Smart plans. The seat is free.", "en")
    assert [m.canonical for m in doc.mentions if m.label == "COMPANY"] == []


def test_an_ambiguous_alias_opening_a_dated_clause_is_a_word():
    from entity_helpers import run as _run

    # "Nel" is also a hydrogen company; "Nel 2022 la società ..." opens a clause with a date
    doc = _run("Nel 2022 la società ha chiuso lo stabilimento di Verona.", "it")
    assert [m.canonical for m in doc.mentions if m.label == "COMPANY"] == []
    doc = _run("Il gruppo norvegese Nel fornirà elettrolizzatori.", "it")
    assert [m.canonical for m in doc.mentions if m.label == "COMPANY"] == ["Nel"]


def test_ventures_and_units_named_apart_from_their_parents():
    g = gazetteer()
    # Ebro Factory is the venture of Chery and Ebro EV Motors: two companies, not one name
    assert g.canonical("Ebro EV Motors") == "Ebro EV Motors"
    assert g.canonical("Ebro Factory") == "Ebro Factory"
    assert g.entry("Nidec Leroy-Somer").parent == "Nidec"
    assert g.canonical("Leroy-Somer") == "Nidec Leroy-Somer"
    # Italian press writes the acronym FIB as "Fib"
    assert g.canonical("Fib") == "FIB"
    # and spells it out: the spelt-out name is the same company
    assert g.canonical("Fabbrica Italiana Batterie") == "FIB"
