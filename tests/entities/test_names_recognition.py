"""Recognising companies the gazetteer does not know, or knows only by an ambiguous alias: partnership
styles ("& Co"), role nouns and appositions, a place and a business word ("Alabama Power"), units
named after a known company. Invented names unless the rule is about a gazetteer alias."""

from __future__ import annotations

import pytest
from entity_helpers import run


def companies(text: str, language: str) -> list[str]:
    return [m.canonical for m in run(text, language).mentions if m.label == "COMPANY" and m.source != "coref"]


def surfaces(text: str, language: str) -> list[str]:
    return [m.text for m in run(text, language).mentions if m.label == "COMPANY" and m.source != "coref"]


@pytest.mark.parametrize(
    "language, text, name, surface",
    [
        ("en", "Private equity firm Norvik & Co sold its stake last year.", "Norvik", "Norvik & Co"),
        ("en", "The shares were bought by Velqua & Company, which controls the group.", "Velqua", "Velqua & Company"),
        ("fr", "La banque d'affaires Lazrel & Cie conseille le groupe.", "Lazrel", "Lazrel & Cie"),
        ("es", "El fondo Torvena & Co, que controlaba la empresa, vendió su participación.", "Torvena", "Torvena & Co"),
    ],
)
def test_partnership_style_is_a_legal_form(language, text, name, surface):
    doc = run(text, language)
    found = [(m.canonical, m.text) for m in doc.mentions if m.label == "COMPANY" and m.source != "coref"]
    assert (name, surface) in found


@pytest.mark.parametrize(
    "language, text, expected",
    [
        # ambiguous gazetteer aliases ("?Carlyle", "?Macquarie", "?Saft", "?Exor") after a role noun
        ("de", "Der Finanzinvestor Carlyle übernimmt die Sparte.", ["Carlyle"]),
        ("de", "Als Käufer gilt der australische Vermögensverwalter Macquarie.", ["Macquarie Group"]),
        ("de", "Der Konzern bringt das Wissen seiner Tochter Saft ein.", ["Saft"]),
        ("it", "Il fondo americano Carlyle ha rilevato la quota.", ["Carlyle"]),
        # ... or before an apposition that says what they are
        ("it", "In Borsa perde terreno Exor, la holding olandese, insieme ai titoli del lusso.", ["Exor"]),
        ("es", "Exor, el holding de inversiones, vendió acciones.", ["Exor"]),
        # without either they stay words
        ("de", "Ein Glas Saft kostet drei Euro.", []),
    ],
)
def test_ambiguous_alias_introduced_by_a_noun(language, text, expected):
    assert companies(text, language) == expected


@pytest.mark.parametrize(
    "language, text, expected",
    [
        # an apposition opened by a possessive: a company's unit
        ("es", "Albemarle vendió Torvena, su filial de catalizadores, a un fondo.", ["Albemarle", "Torvena"]),
        ("fr", "Le groupe a introduit Torvalia, son ancienne division de turbocompresseurs, en Bourse.", ["Torvalia"]),
        ("es", "El grupo ha sacado a bolsa Torvena, su división de motores.", ["Torvena"]),
        ("en", "The group sold Velqua, its battery unit, to a fund.", ["Velqua"]),
        ("it", "Il gruppo ha quotato Norlena, la sua divisione di cavi, in Borsa.", ["Norlena"]),
        # a division noun before a name names no company
        ("fr", "La division Capital était une formation militaire.", []),
        # an apposition without article: "fabricant de", "produttore di"
        ("fr", "Le groupe a pris le contrôle de Chargelia, fabricant de bornes installé à Lyon.", ["Chargelia"]),
        ("it", "Il gruppo ha comprato Cavelli, produttore di cavi per l'auto.", ["Cavelli"]),
        # places, people and years before such an apposition are no companies
        ("en", "In Shanghai, its home market, the group sold more cars.", []),
        ("it", "Marco Rossi, il suo amministratore delegato, ha parlato.", []),
        ("es", "Madrid, su sede, acoge la feria.", []),
        ("it", "Nel 2024, la sua controllata ha venduto di più.", []),
    ],
)
def test_appositions(language, text, expected):
    assert companies(text, language) == expected


@pytest.mark.parametrize(
    "language, text, expected",
    [
        # a stock exchange is a market, not a party, and no part of the name after it
        ("fr", "La mise en Bourse de Torvalia, son ancienne division, a eu lieu en 2022.", []),
        ("es", "El grupo informó a la Bolsa de Seúl, según un comunicado.", []),
        ("it", "La quotazione alla Borsa di Milano è prevista a giugno.", []),
    ],
)
def test_exchanges_are_not_companies(language, text, expected):
    assert companies(text, language) == expected


@pytest.mark.parametrize(
    "language, text, expected",
    [
        # a place and one business word make a name when a cue points at it
        ("en", "The mill buys electricity from Ohio Power, a utility subsidiary of the group.", ["Ohio Power"]),
        ("en", "The contract between utility Uppsala Kraft and the cell maker ended.", ["Uppsala Kraft"]),
        ("it", "La Brianza Energia ha firmato un contratto di fornitura.", ["Brianza Energia"]),
        ("en", "Ohio Power said it would build a substation.", ["Ohio Power"]),
        # the place alone, or the place before a common noun, is no company
        ("en", "The plant in Ohio produces cans, the company said.", []),
        ("en", "Prices in Texas Power markets rose.", []),
    ],
)
def test_place_and_business_word(language, text, expected):
    assert companies(text, language) == expected


@pytest.mark.parametrize(
    "language, text, unit, parent",
    [
        # "&" and a business word after a known name
        ("en", "BYD picked Bridgestone Tire & Technology to supply tyres.", "Bridgestone Tire & Technology", "Bridgestone"),
        ("en", "Orders went to Umicore Catalyst & Technology last year.", "Umicore Catalyst & Technology", "Umicore"),
        # an apposition that calls the name a unit
        ("es", "Hankook estudia pujar por Mahle Termia, la filial de climatización del grupo.", "Mahle Termia", "Mahle"),
        ("it", "Il fondo ha comprato Brembo Frenotec, la controllata per i ricambi.", "Brembo Frenotec", "Brembo"),
        ("en", "It sold Valeo Lumen, its lighting unit, to a fund.", "Valeo Lumen", "Valeo"),
        # more words of business ending a unit's name
        ("it", "I carter saranno forniti dalla Teksid Aluminum, che ha vinto la commessa.", "Teksid Aluminum", "Teksid"),
        ("en", "The group sold Albemarle Fine Chemistry Services to a rival.", "Albemarle Fine Chemistry Services", "Albemarle"),
        ("fr", "L'assureur Crédit Agricole Assurances a investi dans le projet.", "Crédit Agricole Assurances", None),
    ],
)
def test_units_named_after_a_known_company(language, text, unit, parent):
    doc = run(text, language)
    found = [m for m in doc.mentions if m.label == "COMPANY" and m.canonical == unit]
    assert found, [(m.text, m.canonical) for m in doc.mentions if m.label == "COMPANY"]
    if parent:
        assert found[0].attrs.get("parent") == parent


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("en", "Tesla Model Y, its best-selling model, sold well.", ["Tesla"]),
        ("en", "Stellantis CEO Carlos Tavares, the head of its unit, spoke.", ["Stellantis"]),
        ("en", "Hankook & Company bought the stake.", ["Hankook & Company"]),
    ],
)
def test_no_unit_where_none_is_named(language, text, expected):
    assert companies(text, language) == expected


@pytest.mark.parametrize(
    "language, text, expected",
    [
        # German compound heads that introduce a name: "-fonds", "-gesellschaft", "-verwalter"
        ("de", "Die Beteiligungsgesellschaft Norvik Industrie hat den Verkauf abgeschlossen.", ["Norvik Industrie"]),
        ("de", "Beteiligt ist auch der Infrastrukturfonds Velqua Capital.", ["Velqua Capital"]),
        ("de", "Der Vermögensverwalter Torvena Partners stockt seine Beteiligung auf.", ["Torvena Partners"]),
    ],
)
def test_german_compound_role_nouns(language, text, expected):
    assert companies(text, language) == expected


@pytest.mark.parametrize(
    "language, text, expected",
    [
        # the company a share of capital is counted in
        ("it", "Il gruppo ha acquisito il 60% di Norlena.", ["Norlena"]),
        ("es", "El grupo ha comprado el 40% de Norvex.", ["Norvex"]),
        ("de", "Der Konzern hält 25 Prozent an Torvena.", ["Torvena"]),
        ("fr", "Le groupe détient 20 % de Chargelia.", ["Chargelia"]),
        ("fr", "Le groupe détient 20 % d'Accelria.", ["Accelria"]),
        ("en", "The fund owns 12 per cent of Velqua after the sale.", ["Velqua"]),
        # people, economies and places are counted in shares too
        ("en", "About 30% of Germans own a car.", []),
        ("en", "Exports rose to 15% of GDP last year.", []),
        ("es", "El 40% de España depende del turismo.", []),
    ],
)
def test_share_of_a_company(language, text, expected):
    assert companies(text, language) == expected


@pytest.mark.parametrize(
    "language, text, expected",
    [
        # a name that ends in a word only company names end in
        ("en", "Investors include Brightline Capital and Novarro Ventures.", ["Brightline Capital", "Novarro Ventures"]),
        ("en", "Analysts at Brightline Capital expect the deal to close.", ["Brightline Capital"]),
        ("it", "Tra gli investitori figura anche Orsenna Partners.", ["Orsenna Partners"]),
        ("fr", "Le tour de table réunit aussi Valbrune Investments.", ["Valbrune Investments"]),
        # common phrases, cut names and longer names are not
        ("en", "Critical Raw Materials are scarce.", []),
        ("en", "The Capital Markets Day is in June.", []),
        ("en", "The report by European Energy Partners was published.", []),
        ("en", "Its private equity arm and Venture Capital teams grew. Venture capital is scarce.", []),
    ],
)
def test_names_ending_in_a_company_word(language, text, expected):
    assert companies(text, language) == expected


@pytest.mark.parametrize(
    "language, text, expected",
    [
        # a newspaper named after its press noun
        ("it", "Secondo il quotidiano economico Maeil Business, il gruppo valuta un impianto.", []),
        ("es", "Según el diario Reforma, la compañía negocia el suministro.", []),
        ("en", "The newspaper Nordic Ledger reported the talks.", []),
        # a person whose role the apposition gives
        ("en", '"It was expensive," said Naomi Tran, a battery metals analyst at the consultancy.', []),
        ("en", '"We are ready," said Jorvik Tranh, the chief executive of the group.', []),
        # but a company's apposition may mention a role later
        ("en", "Velqua, the battery maker whose chief executive resigned, signed a deal.", ["Velqua"]),
    ],
)
def test_newspapers_and_people_are_no_companies(language, text, expected):
    assert companies(text, language) == expected


@pytest.mark.parametrize(
    "language, text, expected",
    [
        # works named after their place, capitalised mid-sentence
        ("fr", "La page est tournée à la Fonderie de Bretagne.", ["Fonderie de Bretagne"]),
        ("fr", "Il visite les Chantiers de l'Atlantique demain.", ["Chantiers de l'Atlantique"]),
        ("es", "El grupo compró la Fundición de Navarra en 2020.", ["Fundición de Navarra"]),
        ("it", "Il gruppo ha rilevato le Officine di Cittadella.", ["Officine di Cittadella"]),
        # the common noun is none
        ("fr", "La fonderie de Caudan emploie 300 salariés.", []),
        ("it", "Le acciaierie di Taranto sono ferme.", []),
    ],
)
def test_works_named_after_a_place(language, text, expected):
    assert companies(text, language) == expected


@pytest.mark.parametrize(
    "language, text, expected",
    [
        # business verbs in the past and future tenses
        ("es", "Norvex acordó en diciembre vender su filial.", ["Norvex"]),
        ("es", "Norvex selló un acuerdo con la eléctrica.", ["Norvex"]),
        ("it", "Norlena acquisterà il ramo d'azienda entro giugno.", ["Norlena"]),
        ("fr", "Torvalia rachètera l'usine l'an prochain.", ["Torvalia"]),
        # a German participle that opens the sentence is no subject
        ("de", "Genannt wird der Konzern BMW.", ["BMW"]),
        ("de", "Geplant ist ein Werk in Ungarn.", []),
    ],
)
def test_subjects(language, text, expected):
    assert companies(text, language) == expected


@pytest.mark.parametrize(
    "language, text, whole",
    [
        ("fr", "La reprise par Callmora est bouclée. Le fonds allemand Callmora Private Equity a finalisé la reprise. "
               "Les discussions avec Callmora ont abouti.", "Callmora Private Equity"),
        ("es", "Norvex firmó un contrato. El fondo Norvex Capital Partners lo confirmó.", "Norvex Capital Partners"),
    ],
)
def test_short_name_of_the_same_company(language, text, whole):
    assert set(companies(text, language)) == {whole}


def test_short_name_of_a_parent_stays_apart():
    found = companies("Vallourec cède sa filiale Vallourec Umbilicals. Vallourec a signé.", "fr")
    assert found == ["Vallourec", "Vallourec Umbilicals", "Vallourec"]


@pytest.mark.parametrize(
    "language, text, expected",
    [
        # whose customers or shareholders
        ("de", "Zu den Kunden von Torvena zählen BMW und Audi.", ["Torvena", "BMW", "Audi"]),
        ("it", "Tra i clienti di Torvena figurano Ferrari e Lamborghini.", ["Torvena", "Ferrari", "Lamborghini"]),
        ("fr", "Parmi les actionnaires de Torvalia figure Renault.", ["Torvalia", "Renault"]),
        ("es", "Entre los clientes de Torvena están Seat y Renault.", ["Torvena", "SEAT", "Renault"]),
        ("it", "I clienti di Milano sono soddisfatti.", []),
        # an apposition without article: a company noun and an adjective of place
        ("it", "Torvena, società bresciana specializzata in pressofusione, fornirà i componenti.", ["Torvena"]),
        ("es", "Torvena, empresa vasca de componentes, suministrará piezas.", ["Torvena"]),
        ("fr", "Torvalia, groupe lyonnais, a signé.", ["Torvalia"]),
        ("it", "Marco Rossi, presidente italiano, ha parlato.", []),
        # where a company has its seat
        ("it", "La Torvena, con sede a Brescia, ha vinto la commessa.", ["Torvena"]),
        ("de", "Voltaro mit Sitz in Berlin liefert Software an Porsche.", ["Voltaro", "Porsche"]),
        ("fr", "Torvalia, basée à Lyon, a levé 20 millions.", ["Torvalia"]),
        ("en", "Velqua, based in Ohio, will supply BMW.", ["Velqua", "BMW"]),
        ("en", "John Smith, based in London, said so.", []),
        ("en", "The plant, based in Ohio, opened.", []),
        # a German plural of a company noun is none
        ("de", "Die drei Konzerne, die jeweils ein Drittel der Anteile halten, tragen den Betrag.", []),
    ],
)
def test_customers_appositions_and_seats(language, text, expected):
    assert companies(text, language) == expected


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("en", "Velqua to supply cells to Ford from 2027", ["Velqua", "Ford"]),
        ("en", "Norvik Energy to build plant in Texas", ["Norvik Energy"]),
        ("en", "Plans to build the plant were dropped.", []),
        ("en", "Germany to invest more in batteries", []),
        ("en", "Ford partners with Velqua on batteries.", ["Ford", "Velqua"]),
        ("it", "Stellantis si affida a Torvena per le celle.", ["Stellantis", "Torvena"]),
        ("fr", "Torvalia décroche une commande de Renault.", ["Torvalia", "Renault"]),
        ("es", "Torvena se adjudica un contrato de Seat.", ["Torvena", "SEAT"]),
    ],
)
def test_more_verbs_and_headlines(language, text, expected):
    assert companies(text, language) == expected


@pytest.mark.parametrize(
    "language, text, expected",
    [
        # a division's label made of business words is no company
        ("fr", "Selon sa directrice, la division Battery Materials du groupe réduit ses volumes.", []),
        ("en", "The Energy Solutions unit and the Battery Materials division grew.", []),
        # a German plural after a joint company is no name
        ("de", "Auch Volvo Group erhält von dem Gemeinschaftsunternehmen Systeme für seine Fahrzeuge.", ["Volvo Group"]),
    ],
)
def test_business_labels_are_no_companies(language, text, expected):
    assert companies(text, language) == expected


@pytest.mark.parametrize(
    "language, text, expected",
    [
        # a lower-case word with a capital inside belongs to the name before a legal form
        ("de", "Die Velqua iTec GmbH liefert Sensoren an BMW.", ["Velqua iTec", "BMW"]),
        ("en", "The deal with Norvik eMobility Ltd was signed.", ["Norvik eMobility"]),
        # "& Co." after "GmbH" continues the legal form; "GmbH" is no name
        ("de", "Die Torvena iBE GmbH ist eine Tochter der Velqua eiSos GmbH & Co. KG aus Köln.",
         ["Torvena iBE", "Velqua eiSos"]),
        # a name's first word decides whether it is a phrase
        ("en", "Investors include Lineage Power Holdings and others.", ["Lineage Power Holdings"]),
    ],
)
def test_legal_form_names(language, text, expected):
    assert companies(text, language) == expected


@pytest.mark.parametrize(
    "language, text, expected",
    [
        # a place, a word or two and a business word: a company named after its province or city
        ("en", "Tesla signed a deal with Jiangxi Velqua Lithium to buy hydroxide.", ["Tesla", "Jiangxi Velqua Lithium"]),
        ("en", "The cathode supplier Ningbo Torvex Materials will build a plant.", ["Ningbo Torvex Materials"]),
        ("de", "Der Zulieferer Hunan Norvik Cobalt liefert an BMW.", ["Hunan Norvik Cobalt", "BMW"]),
        # a known name after a place is that name; a place before a verb stays a place
        ("en", "The plant in Poland LG Energy Solution runs is big.", ["LG Energy Solution"]),
    ],
)
def test_place_led_names(language, text, expected):
    assert companies(text, language) == expected


@pytest.mark.parametrize(
    "language, text, expected",
    [
        # what is sold, when it is named, is a company
        ("en", "Harlow agreed to sell Xandel to Microsoft.", ["Harlow", "Xandel", "Microsoft"]),
        ("it", "Stellantis ha ceduto Norlena a un fondo.", ["Stellantis", "Norlena"]),
        ("fr", "Renault a cédé Torvalia à un fonds.", ["Renault", "Torvalia"]),
        ("es", "Albemarle vendió Norvex a un fondo.", ["Albemarle", "Norvex"]),
        # products, days and places sold are not
        ("en", "Tesla sold Model Y cars in Europe.", ["Tesla"]),
        ("en", "The company sold Tuesday its stake.", []),
        ("fr", "Il vend Bordeaux en bouteille.", []),
    ],
)
def test_what_is_sold(language, text, expected):
    assert companies(text, language) == expected


@pytest.mark.parametrize(
    "language, text, expected",
    [
        # a party's role before the copula: its holder follows
        ("de", "Käufer ist der Finanzinvestor Norvik Capital.", ["Norvik Capital"]),
        ("de", "Neuer Eigentümer wird Torvena aus Schweden.", ["Torvena"]),
        ("it", "L'acquirente è Torvena, società bresciana.", ["Torvena"]),
        ("es", "El comprador es Torvena.", ["Torvena"]),
        ("fr", "Le repreneur est Torvalia.", ["Torvalia"]),
        ("en", "The owner is Paris.", []),
        ("en", "The winner is Max Müller.", []),
        ("de", "Käufer ist die Stadt München.", []),
        # where an order goes or goods come from
        ("de", "Der Zuschlag ging an Torvena.", ["Torvena"]),
        ("de", "Die Batterien stammen von Torvena.", ["Torvena"]),
        ("de", "Die Idee kommt von Max Müller.", []),
    ],
)
def test_parties_named_by_role(language, text, expected):
    assert companies(text, language) == expected


@pytest.mark.parametrize(
    "language, text, product, company",
    [
        ("it", "Il gruppo Norvik ha sviluppato il sistema Velqua Sense, che fornisce dati alla centralina.", "Velqua Sense", "Norvik"),
        ("en", "Norvik Industries launched the platform Velqua Drive, which supplies data to carmakers.", "Velqua Drive", "Norvik Industries"),
        ("fr", "Le groupe Norvik a présenté la technologie Velqua Sense, qui fournit des données aux constructeurs.", "Velqua Sense", "Norvik"),
        ("es", "La empresa Norvik ha desarrollado el sistema Velqua Sense, que suministra datos a los fabricantes.", "Velqua Sense", "Norvik"),
    ],
)
def test_a_name_after_a_product_noun_is_a_product(language, text, product, company):
    names = surfaces(text, language)
    assert product not in names and not any(product in n for n in names)
    assert any(company in n for n in names)  # the maker named before is still found


def test_a_known_company_after_a_product_noun_is_still_one():
    # the rule judges unknown names only: a gazetteer company keeps its mention
    assert "Bosch" in surfaces("Il sistema Bosch di frenata equipaggia le auto di Norvik Industries.", "it")


@pytest.mark.parametrize(
    "language, text, expected",
    [
        # a customer's or a supplier's role before the copula, in the present, the past or the future
        ("en", "Its first customer was Torvena.", ["Torvena"]),
        ("en", "The main supplier will be Torvena.", ["Torvena"]),
        ("it", "Il primo cliente è stato Torvena.", ["Torvena"]),
        ("fr", "Son premier client a été Torvalia.", ["Torvalia"]),
        ("es", "Su primer cliente fue Torvena.", ["Torvena"]),
        ("de", "Erster Kunde war Torvena.", ["Torvena"]),
        ("de", "Einziger Zulieferer wurde Torvena.", ["Torvena"]),
        ("en", "Its first customer was Max Müller.", []),
    ],
)
def test_customers_and_suppliers_named_by_role(language, text, expected):
    assert companies(text, language) == expected
