"""Known and unknown companies, per language, with exact spans and canonical names."""

from __future__ import annotations

from entity_helpers import first, run, spans


def test_component_contract():
    from tierscope.entities import EntityRecognizer

    r = EntityRecognizer()
    assert r.name == "tierscope.entities.v1"
    assert r.requires == ("text", "sentences", "language")
    assert r.produces == ("mentions",)


def test_en_aliases_possessives_and_legal_forms():
    doc = run("Tesla's supplier LGES and VW signed. Stellantis N.V. buys from Pirelli & C. S.p.A. today.", "en")
    assert spans(doc, "COMPANY") == [
        ("Tesla", "Tesla"),
        ("LGES", "LG Energy Solution"),
        ("VW", "Volkswagen"),
        ("Stellantis N.V.", "Stellantis"),
        ("Pirelli & C. S.p.A.", "Pirelli"),
    ]
    m = first(doc, "COMPANY", "Tesla")
    assert m.sentence == 0 and m.attrs["known"] is True and "carmaker" in m.attrs["sectors"]


def test_parent_and_subsidiary_are_distinct_mentions():
    doc = run("Envision and Envision AESC differ, as do Samsung Electronics and Samsung SDI. Ford Otosan builds for Ford.", "en")
    assert spans(doc, "COMPANY") == [
        ("Envision", "Envision"),
        ("Envision AESC", "AESC"),
        ("Samsung Electronics", "Samsung Electronics"),
        ("Samsung SDI", "Samsung SDI"),
        ("Ford Otosan", "Ford Otosan"),
        ("Ford", "Ford"),
    ]


def test_ambiguous_words_need_case_and_context():
    doc = run("It was a smart move. The seat of the company is in Lisbon. Smart plans. Total sales rose.", "en")
    assert spans(doc, "COMPANY")[:1] != [("smart", "Smart")]
    assert [c for _, c in spans(doc, "COMPANY")] == []
    doc = run("Shares of Vale rose after the Brazilian miner Vale agreed to sell nickel. Stellantis brands Fiat, Ram and Jeep grew.", "en")
    assert [c for _, c in spans(doc, "COMPANY")] == ["Vale", "Vale", "Stellantis", "Fiat", "Ram", "Jeep"]


def test_st_only_when_stmicroelectronics_is_named():
    assert spans(run("ST said margins fell.", "en"), "COMPANY") == []
    doc = run("STMicroelectronics will supply chips. ST said margins fell.", "en")
    assert spans(doc, "COMPANY") == [("STMicroelectronics", "STMicroelectronics"), ("ST", "STMicroelectronics")]


def test_it_group_words_and_legal_forms():
    doc = run("Gruppo Jaguar Land Rover e Stellantis N.V. hanno firmato con Brembo S.p.A. un accordo.", "it")
    assert spans(doc, "COMPANY") == [
        ("Gruppo Jaguar Land Rover", "Jaguar Land Rover"),
        ("Stellantis N.V.", "Stellantis"),
        ("Brembo S.p.A.", "Brembo"),
    ]


def test_de_genitive_hyphen_compounds_and_konzern():
    doc = run("Der VW-Konzern und ein Tesla-Zulieferer nennen BMWs Partner. Teslas Werk in Grünheide wächst.", "de")
    assert spans(doc, "COMPANY") == [
        ("VW-Konzern", "Volkswagen"),
        ("Tesla", "Tesla"),
        ("BMW", "BMW"),
        ("Tesla", "Tesla"),
    ]
    assert spans(doc, "PLACE") == [("Grünheide", "Grünheide")]
    # The genitive "-s" only where the base is known: "Autos" is not "Auto" the company.
    assert spans(run("Die Autos von Opel.", "de"), "COMPANY") == [("Opel", "Opel")]


def test_de_place_or_company_by_preposition():
    doc = run("Salzgitter AG liefert Stahl. PowerCo baut in Salzgitter eine Fabrik.", "de")
    assert spans(doc, "COMPANY") == [("Salzgitter AG", "Salzgitter"), ("PowerCo", "PowerCo")]
    assert spans(doc, "PLACE") == [("Salzgitter", "Salzgitter")]


def test_fr_groupe_prefix():
    doc = run("Groupe Renault et Forvia signent avec Verkor.", "fr")
    assert spans(doc, "COMPANY") == [("Groupe Renault", "Renault"), ("Forvia", "Forvia"), ("Verkor", "Verkor")]


def test_es_brands():
    doc = run("Seat y Cupra, marcas del grupo Volkswagen, venden en España.", "es")
    assert spans(doc, "COMPANY") == [("Seat", "SEAT"), ("Cupra", "Cupra"), ("Volkswagen", "Volkswagen")]
    assert spans(doc, "PLACE") == [("España", "Spain")]


def test_unknown_companies_by_legal_form():
    doc = run("The deal with Acme Batteries GmbH closed. Nordic Cathode AB and Beta Motori S.r.l. joined.", "en")
    assert spans(doc, "COMPANY") == [
        ("Acme Batteries GmbH", "Acme Batteries"),
        ("Nordic Cathode AB", "Nordic Cathode"),
        ("Beta Motori S.r.l.", "Beta Motori"),
    ]
    assert all(m.source == "pattern" and m.attrs["known"] is False for m in doc.mentions if m.label == "COMPANY")


def test_unknown_companies_by_descriptor_in_each_language():
    cases = [
        ("en", "The battery maker Zentro Power said yes.", ("Zentro Power", "Zentro Power")),
        ("en", "He joined the startup Voltaris in May.", ("Voltaris", "Voltaris")),
        ("it", "Il produttore Ferrovolt ha detto di sì.", ("Ferrovolt", "Ferrovolt")),
        ("it", "La casa automobilistica Automobili Estrema cresce.", ("Automobili Estrema", "Automobili Estrema")),
        ("de", "Der Batteriehersteller Zellwerk liefert bald.", ("Zellwerk", "Zellwerk")),
        ("de", "Das Start-up Voltavia sammelt Geld.", ("Voltavia", "Voltavia")),
        ("fr", "Le fabricant Batterix a signé.", ("Batterix", "Batterix")),
        ("fr", "La société Lumacell SAS a signé.", ("Lumacell SAS", "Lumacell")),
        ("es", "La empresa Litiomex firmó ayer.", ("Litiomex", "Litiomex")),
        ("es", "El fabricante Baterías Ibéricas S.L. firmó.", ("Baterías Ibéricas S.L.", "Baterías Ibéricas")),
    ]
    for language, text, expected in cases:
        assert spans(run(text, language), "COMPANY") == [expected], text


def test_no_unknown_company_from_ordinary_capitalised_words():
    for language, text in [
        ("en", "The company Monday said demand fell in Germany."),
        ("de", "Der Konzern will Milliarden investieren."),
        ("it", "La società Ieri ha detto."),
    ]:
        assert [m for m in run(text, language).mentions if m.source == "pattern" and m.label == "COMPANY"] == [], text


def test_mentions_only_inside_sentences():
    from tierscope.doc import Document, Sentence
    from tierscope.entities import EntityRecognizer

    text = "Menu: BMW Audi. Tesla buys cells from CATL."
    doc = Document(id="x", source="x", text=text, language="en", sentences=[Sentence(16, len(text))])
    EntityRecognizer()(doc)
    assert [(m.text, m.sentence) for m in doc.mentions] == [("Tesla", 0), ("CATL", 0)]


def test_a_name_that_is_also_a_function_word_needs_its_full_name_in_the_document():
    # "Nel" (the hydrogen company) is the Italian "in the"
    doc = run("Nel 2024 la società ha firmato un accordo con Stellantis.", "it")
    assert "Nel" not in [c for _, c in spans(doc, "COMPANY")]
    doc = run("Nel ASA ha firmato un accordo con Stellantis. Nel fornirà elettrolizzatori.", "it")
    assert [c for t, c in spans(doc, "COMPANY") if t.startswith("Nel")] == ["Nel", "Nel"]


def test_seas_rivers_and_mountains_are_no_companies():
    for text, lang in (("The wind farm stands in the German Baltic Sea, Orsted said.", "en"),
                       ("Il parco eolico nel Mare del Nord di Orsted produce.", "it"),
                       ("Der Windpark in der Ostsee Bucht von Orsted läuft.", "de")):
        names = [t for t, _ in spans(run(text, lang), "COMPANY")]
        assert not any(w in n for n in names for w in ("Sea", "Mare", "Bucht")), names


def test_a_compound_that_starts_with_a_material_is_goods():
    doc = run("Cree bleibt Lieferant von Siliziumkarbid-Substraten für Bosch.", "de")
    assert "Siliziumkarbid-Substraten" not in [t for t, _ in spans(doc, "COMPANY")]


def test_names_that_start_with_a_material_word_are_still_names():
    doc = run("Infineon übernahm GaN Systems im Jahr 2023.", "de")
    assert "GaN Systems" in [t for t, _ in spans(doc, "COMPANY")]
