"""Cues for companies the gazetteer does not know, added for unseen news (names.py, cues.py,
recognizer.py, patterns.py). Every company name here is invented."""

from __future__ import annotations

import pytest
from entity_helpers import run


def companies(text: str, language: str) -> list[str]:
    return [m.canonical for m in run(text, language).mentions if m.label == "COMPANY" and m.source != "coref"]


@pytest.mark.parametrize(
    "language, text, expected",
    [
        # perfect tense: auxiliary + participle after the name
        ("es", "Torvena ha cerrado la venta de su negocio de motores.", ["Torvena"]),
        ("it", "Torvena ha chiuso il trimestre in perdita.", ["Torvena"]),
        ("fr", "Torvena a finalisé son plan de financement.", ["Torvena"]),
        # a relative clause with a business verb
        ("fr", "Selon la presse, Torvena, qui fournit des onduleurs, recrute.", ["Torvena"]),
        ("it", "Secondo gli analisti Torvena, che produce inverter, guadagna.", ["Torvena"]),
        # present and future verbs added
        ("es", "Torvena entrega los primeros autobuses.", ["Torvena"]),
        ("de", "Torvena erwartet einen Rückgang.", ["Torvena"]),
        ("en", "Torvena will acquire the division next year.", ["Torvena"]),
    ],
)
def test_more_subject_cues(language, text, expected):
    assert companies(text, language) == expected


@pytest.mark.parametrize(
    "language, text, expected",
    [
        # supply words make "to/a/à/an" + name a party
        ("es", "Torvena entrega los primeros trenes a Norrlid Rail.", ["Torvena", "Norrlid Rail"]),
        ("it", "Finita la fornitura di gasolio a Norrlid.", ["Norrlid"]),
        ("fr", "Torvena livrera les câbles à Norrlid en 2027.", ["Torvena", "Norrlid"]),
        ("de", "Künftig gehen Zellen aus der Lieferung an Norrlid.", ["Norrlid"]),
        # ... but not a place after a site word
        ("fr", "Torvena livre des moteurs assemblés à Quimperlé.", ["Torvena"]),
        ("it", "Torvena fornisce celle e ha uno stabilimento a Pontevalle.", ["Torvena"]),
    ],
)
def test_supply_words_and_a_preposition(language, text, expected):
    assert companies(text, language) == expected


def test_a_capitalised_supply_word_is_no_deal_word():
    assert companies("Its range runs from Medical Supplies to Precision Parts.", "en") == []


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("en", "Ventures of Torvena (TVNA) rose, and Norrlid (NRD) fell.", ["Torvena", "Norrlid"]),
        ("en", "Makers welcome the Clean Vehicle Credit (CVC) and the Solid Oxide Cell (LFX).", []),
    ],
)
def test_a_ticker_in_parentheses_but_not_an_abbreviation(language, text, expected):
    assert companies(text, language) == expected


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("en", "Deliveries rose with Uber, Norrlid, and Velqua.", ["Uber", "Norrlid", "Velqua"]),
        ("it", "Stellantis lavora con Iveco, Norrlid e Velqua.", ["Stellantis", "Iveco", "Norrlid", "Velqua"]),
    ],
)
def test_a_list_after_a_company(language, text, expected):
    assert companies(text, language) == expected


def test_a_single_comma_after_a_company_is_not_a_list():
    assert companies("Prices at Uber, Torvena said, will rise.", "en").count("Torvena") == 1
    assert companies("Stellantis, Pontevalle Nord e altri.", "it") == ["Stellantis"]


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("en", "The partnership between Torvena and Norrlid ends.", ["Torvena", "Norrlid"]),
        ("it", "L'accordo tra Torvena e Norrlid è saltato.", ["Torvena", "Norrlid"]),
        ("fr", "Le partenariat entre Torvena et Norrlid est rompu.", ["Torvena", "Norrlid"]),
        ("es", "El acuerdo entre Torvena y Norrlid expira.", ["Torvena", "Norrlid"]),
        ("de", "Die Kooperation zwischen Torvena und Norrlid endet.", ["Torvena", "Norrlid"]),
    ],
)
def test_a_deal_between_two_companies(language, text, expected):
    assert companies(text, language) == expected


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("en", "Norrlid bought out Velqua in 2019.", ["Norrlid", "Velqua"]),
        ("en", "They set up a joint company, to be called Velqua Cells.", ["Velqua Cells"]),
        ("fr", "La coentreprise, baptisée Velqua, produira des cathodes.", ["Velqua"]),
        ("es", "Norrlid compró una cadena llamada Velqua.", ["Norrlid", "Velqua"]),
        ("en", "Norrlid's first acquisition was small.", ["Norrlid"]),
        ("en", "Velqua was acquired by a rival.", ["Velqua"]),
    ],
)
def test_phrasal_deal_verbs_naming_possessive_and_passive(language, text, expected):
    assert companies(text, language) == expected


def test_a_product_called_something_is_not_a_company():
    assert companies("The carmaker sells a model called Aurora in China.", "en") == []


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("it", "Torvena ha firmato con l'operatore olandese Norrlid un accordo.", ["Torvena", "Norrlid"]),
        ("es", "El fondo estadounidense Norrlid compró Velqua.", ["Norrlid", "Velqua"]),
        ("de", "Die Übernahme durch den Handelsriesen Norrlid ist genehmigt.", ["Norrlid"]),
        ("de", "Lumo liefert an den saudischen Wasserstoffproduzenten Norrlid Green.", ["Norrlid Green"]),
        ("de", "Der Fleischverarbeiter Norrlid wächst.", ["Norrlid"]),
    ],
)
def test_descriptor_nouns_with_nationality_and_german_inflections(language, text, expected):
    assert expected[-1] in companies(text, language)


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("es", "Talvio vende trenes a Deutsche Norrbahn.", "Deutsche Norrbahn"),
        ("it", "Talvio ha firmato un accordo con Française Velqua.", "Française Velqua"),
        ("en", "Talvio signed a deal with German Velqua.", "Velqua"),
    ],
)
def test_a_capitalised_nationality_inside_a_name_outside_english(language, text, expected):
    assert expected in companies(text, language)


def test_a_longer_legal_name_after_a_known_company_is_another_company():
    assert companies("Quorvane sold a unit to Hitachi Velqua Corporation.", "en")[-1] == "Hitachi Velqua"
    # generic words after a known name leave it the same company
    assert companies("Toyota Motor Corp. said so.", "en") == ["Toyota"]


def test_a_place_opening_a_legal_name_is_part_of_it():
    assert "Liberty Velqua Insurance" in companies("Liberty Velqua Insurance Inc. bought Norrlid.", "en")
    assert companies("In Berlin Velqua GmbH opened a plant.", "de") == ["Velqua"]


def test_a_generic_word_glued_to_a_known_name_is_not_a_company():
    assert companies("Solvay Pharmaceuticals acquired Norrlid.", "en") == ["Solvay", "Norrlid"]


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "Icelandair said jets are made in Renton and delivered from there; the plant in Renton delivers soon."),
        ("it", "Si tratta di una quota di minoranza."),
        ("en", "Should You Buy Shares Now?"),
    ],
)
def test_not_companies(language, text):
    assert "Renton" not in companies(text, language) and "Si" not in companies(text, language)
    assert "You" not in companies(text, language)


def test_german_hyphen_compound_descriptor_and_a_place_after_the_verb():
    # "US" after the verb is a place, so the name before the verb is still its subject
    assert companies("Norrlid übernimmt US-Unternehmen Velqua - Aktie legt zu", "de") == ["Norrlid", "Velqua"]
    assert "Velqua" in companies("Norrlid kauft das US-Unternehmen Velqua für 40 Millionen Euro.", "de")


def test_a_hashtag_after_a_deal_word():
    assert companies("Übernahme von #Velqua durch #Norrlid: Kritik wächst.", "de") == ["Velqua", "Norrlid"]


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("de", "Velqua Österreich liefert bestes Ergebnis seit Jahren.", "Velqua Österreich"),
        ("de", "Die Übernahme von Norrlid Deutschland durch Velqua ist fertig.", "Norrlid Deutschland"),
        ("es", "Velqua España ha cerrado su fábrica.", "Velqua España"),
    ],
)
def test_a_country_ends_a_company_name(language, text, expected):
    doc = run(text, language)
    assert expected in [m.canonical for m in doc.mentions if m.label == "COMPANY"]
    assert not [m for m in doc.mentions if m.label == "PLACE" and m.text in expected]


def test_a_country_after_a_known_company_or_a_preposition_stays_a_place():
    doc = run("BMW signed a deal with Velqua in Germany.", "en")
    assert [m.text for m in doc.mentions if m.label == "PLACE"] == ["Germany"]


@pytest.mark.parametrize(
    "language, text, expected",
    [
        # plural verbs after two coordinated names
        ("it", "Velqua e Norrlid firmano un accordo per le batterie.", ["Velqua", "Norrlid"]),
        ("es", "Velqua y Norrlid crean una empresa conjunta.", ["Velqua", "Norrlid"]),
        ("fr", "Velqua et Norrlid s'allient dans les batteries.", ["Velqua", "Norrlid"]),
        ("de", "Velqua und Norrlid gründen ein Gemeinschaftsunternehmen.", ["Velqua", "Norrlid"]),
        # reflexive verbs
        ("it", "Velqua si aggiudica una commessa da Norrlid.", ["Velqua", "Norrlid"]),
        ("fr", "Velqua s'empare de Norrlid.", ["Velqua", "Norrlid"]),
        # an apposition without an article
        ("it", "Velqua, controllata di Norrlid, produrrà celle.", ["Velqua", "Norrlid"]),
        ("es", "Velqua, filial de Norrlid, fabricará celdas.", ["Velqua", "Norrlid"]),
        # a feminine article and a nationality or city adjective standing for "the company"
        ("it", "Stellantis compra dalla cinese Velqua.", ["Stellantis", "Velqua"]),
        ("es", "Compite con la china Velqua.", ["Velqua"]),
        ("fr", "Velqua prend une participation dans l'américaine Norrlid Energy.", ["Velqua", "Norrlid Energy"]),
        # the subject after a reporting verb
        ("it", "Lo ha annunciato Velqua in una nota.", ["Velqua"]),
        ("es", "Así lo ha anunciado Velqua en un comunicado.", ["Velqua"]),
        ("de", "Wie Velqua am Dienstag mitteilte, wächst der Umsatz.", ["Velqua"]),
        # orders
        ("de", "Velqua erhält einen Großauftrag von Norrlid.", ["Velqua", "Norrlid"]),
        ("de", "Velqua-Chef Jens Brandt sprach von Wachstum.", ["Velqua"]),
    ],
)
def test_more_romance_and_german_constructions(language, text, expected):
    assert companies(text, language) == expected


@pytest.mark.parametrize(
    "language, text",
    [
        ("de", "Der Batterie-Chef sagte nichts. Der Europa-Chef auch nicht."),
        ("de", "Wie Müller sagte, steigen die Preise."),
        ("it", "Il cinese Li ha parlato a lungo."),
        ("es", "La planta de la china, dijo el alcalde, abrirá pronto."),
    ],
)
def test_not_companies_in_these_constructions(language, text):
    assert companies(text, language) == []


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("it", "Stellantis ha scelto Velqua come fornitore di moduli.", "Velqua"),
        ("en", "The carmaker picked Velqua as its supplier.", "Velqua"),
        ("de", "Der Autobauer wählte Velqua als Lieferanten.", "Velqua"),
        ("es", "Norrlid, el socio de Velqua, venderá su parte.", "Norrlid"),
    ],
)
def test_as_supplier_and_a_genitive_apposition(language, text, expected):
    assert expected in companies(text, language)


def test_as_without_a_company_noun_is_no_cue():
    assert companies("Analysts see Velqua as cheap.", "en") == []


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("de", "Der Autobauer Norrlid bezieht künftig Zellen von Velqua.", ["Norrlid", "Velqua"]),
        ("fr", "Le constructeur Norrlid a choisi Velqua pour fournir les cellules.", ["Norrlid", "Velqua"]),
        ("en", "Norrlid Motors has picked Velqua to supply cells.", ["Norrlid Motors", "Velqua"]),
        ("it", "Norrlid ha scelto Velqua per le celle.", ["Norrlid", "Velqua"]),
        ("fr", "Velqua, dont Arvik détient 20 % du capital, construit une usine.", ["Velqua", "Arvik"]),
        ("en", "Velqua, which is 30% owned by Arvik Capital, builds a plant.", ["Velqua", "Arvik Capital"]),
    ],
)
def test_sourcing_choice_and_a_capital_owned_by_others(language, text, expected):
    assert companies(text, language) == expected


def test_whose_without_a_stake_is_no_cue():
    assert companies("Lindqvist, whose book sold well, spoke.", "en") == []


def test_a_name_word_states_the_kind_of_an_unknown_company():
    doc = run("Norrlid Motors signed a deal. Velqua Batteries said so.", "en")
    sectors = {m.canonical: m.attrs.get("sectors") for m in doc.mentions if m.label == "COMPANY"}
    assert sectors == {"Norrlid Motors": ["carmaker"], "Velqua Batteries": ["battery_cells"]}


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("en", "At the time, Velqua was a wholly owned subsidiary of Norrlid Cards.", ["Velqua", "Norrlid Cards"]),
        ("en", "Velqua is a Swedish battery maker.", ["Velqua"]),
        ("it", "Velqua è una società piemontese.", ["Velqua"]),
        ("de", "Velqua ist ein Zulieferer aus Bayern.", ["Velqua"]),
        ("fr", "Velqua est un équipementier lyonnais.", ["Velqua"]),
        ("es", "Velqua es una empresa gallega.", ["Velqua"]),
        ("en", "Velqua, now part of Norrlid, grew.", ["Norrlid"]),
        ("en", "Our customer Velqua agreed to the terms.", ["Velqua"]),
    ],
)
def test_a_copula_with_a_company_noun_part_of_and_customer(language, text, expected):
    assert companies(text, language) == expected


def test_a_copula_without_a_company_noun_is_no_cue():
    assert companies("Lindqvist is a keen sailor. Aurora was a hit.", "en") == []


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "Velqua will buy Norrlid, as first reported by Voltwire."),
        ("fr", "D'après Voltmag, Velqua rachète Norrlid."),
        ("it", "Velqua acquisisce Norrlid, come riportato da Voltnews."),
        ("es", "Velqua compra Norrlid, según ha publicado Voltdiario."),
    ],
)
def test_an_unknown_outlet_reporting_is_no_party(language, text):
    names = companies(text, language)
    assert "Velqua" in names and "Norrlid" in names and not any(n.startswith("Volt") for n in names)


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("en", "Velqua chief executive Ingrid Solberg spoke on Monday.", ["Velqua"]),
        ("en", "Velqua CEO Ingrid Solberg spoke on Monday.", ["Velqua"]),
        ("en", "Former chief executive Ingrid Solberg spoke.", []),
        ("en", "The Fed chairman spoke.", []),
        ("it", "L'amministratore delegato Giancarlo Ferrante ha firmato con Norrlid.", ["Norrlid"]),
        ("es", "El consejero delegado ha firmado con Norrlid.", ["Norrlid"]),
        ("fr", "Le directeur a signé avec Norrlid.", ["Norrlid"]),
    ],
)
def test_a_role_after_a_company_and_signed_with(language, text, expected):
    assert companies(text, language) == expected


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("es", "Arvik Energy, socio tecnológico del proyecto, aportará la química LFP.", ["Arvik Energy"]),
        ("it", "Arvik Energy, partner tecnologico del progetto, fornirà la chimica LFP.", ["Arvik Energy"]),
        ("en", "The supplier NMC and the maker BEV are chemistries and car classes.", []),
    ],
)
def test_an_apposition_with_an_adjective_and_chemistries_are_no_companies(language, text, expected):
    assert companies(text, language) == expected


def test_an_apposition_naming_a_holder_and_a_name_ending_in_partners():
    assert companies("Arvik Partners, Velqua's largest shareholder, will keep a stake.", "en")[0] == "Arvik Partners"


def test_a_closing_comma_makes_a_sentence_initial_apposition():
    assert companies("Norrlid, the Swedish truckmaker, said so.", "en") == ["Norrlid"]
    assert companies("Separately, the company said so.", "en") == []


@pytest.mark.parametrize(
    "language, text",
    [
        ("es", "La venta de Velqua fue investigada por la Guardia Civil."),
        ("fr", "L'Etat a investi dans Velqua. La région du bassin minier recrute."),
        ("it", "Il Sunday Times aveva scritto che Velqua cresce."),
    ],
)
def test_institutions_outlets_and_a_mining_basin_are_no_companies(language, text):
    doc = run(text, language)
    names = [m.text for m in doc.mentions if m.label == "COMPANY"]
    assert not any(n in names for n in ("Guardia Civil", "Etat", "Times", "Sunday Times", "du bassin minier"))


def test_the_rest_of_a_known_name_is_no_company():
    assert "Venture Capital" not in companies("Velqua ha fondi da CDP Venture Capital, che detiene il 15%.", "it")


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("it", "Marelli vende la controllata Marelli Velqua Lighting a Forvia.", "Marelli Velqua Lighting"),
        ("en", "BMW sold its unit BMW Velqua Services to Norrlid.", "BMW Velqua Services"),
        ("de", "Bosch verkauft die Tochter Bosch Velqua Systeme an Norrlid.", "Bosch Velqua Systeme"),
    ],
)
def test_a_unit_named_after_its_known_parent_is_a_company_of_its_own(language, text, expected):
    assert expected in companies(text, language)


def test_a_known_name_with_generic_words_after_a_unit_noun_stays_known():
    assert companies("The unit BMW Group was fine.", "en") == ["BMW"]


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("de", "Bundeswirtschaftsminister Sigmar Gabriel wird die Übernahme durch den Handelsriesen Velqua billigen.",
         ["Velqua"]),
        ("de", "Alle Objekte, die für Kunden gedacht sind, werden von Velqua übernommen.", ["Velqua"]),
        ("de", "Velqua, der Zulieferer aus Bayern, wächst.", ["Velqua"]),
        ("de", "Übrigens, der Konzern aus Bayern, sagt man, wächst.", []),
        ("en", "Separately, the company, which is based in Oslo, said it grew.", []),
    ],
)
def test_roles_relative_clauses_and_sentence_adverbs(language, text, expected):
    assert companies(text, language) == expected


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("it", "Stellantis ha firmato con la società torinese Velqua.", "Velqua"),
        ("it", "Accordo con la startup milanese Velqua Energy.", "Velqua Energy"),
        ("es", "Acuerdo con la empresa gallega Velqua.", "Velqua"),
        ("fr", "Accord avec la société lyonnaise Velqua.", "Velqua"),
    ],
)
def test_a_descriptor_then_a_city_or_regional_adjective_then_the_name(language, text, expected):
    assert expected in companies(text, language)


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("en", "According to analysts, Arvik Motors is also in talks with Velqua.", ["Arvik Motors", "Velqua"]),
        ("en", "Arvik Motors is working with the region on cells.", ["Arvik Motors"]),
        ("it", "Arvik è in trattative con Velqua.", ["Arvik", "Velqua"]),
        ("es", "Arvik está en negociaciones con Velqua.", ["Arvik", "Velqua"]),
        ("de", "Arvik ist in Gesprächen mit dem Zulieferer Velqua.", ["Arvik", "Velqua"]),
        ("en", "Prices are set to rise.", []),
        ("en", "The Model Y is building momentum.", []),
    ],
)
def test_in_talks_and_progressive_subjects_but_no_car_models(language, text, expected):
    assert companies(text, language) == expected


@pytest.mark.parametrize("language, text, expected", [
    # a describing noun that opens the sentence is no part of the name with a legal form after it
    ("en", "Drugmaker Torvena SA said it will buy Brixel Inc for $1 billion.", ["Torvena", "Brixel"]),
    ("en", "Carmaker Torvena Motors AG will buy cells from Brixel GmbH.", ["Torvena Motors", "Brixel"]),
    ("de", "Autobauer Torvena Motors AG kauft Zellen bei der Brixel GmbH.", ["Torvena Motors", "Brixel"]),
    # a name that only ends like a maker, or a bank, keeps its first word
    ("de", "Die Torvena Bank AG finanziert den Kauf.", ["Torvena Bank"]),
])
def test_describing_noun_before_a_legal_name(language, text, expected):
    assert companies(text, language) == expected


@pytest.mark.parametrize("text, word", [
    # a lone capitalised word after a German preposition fused with an article is a noun
    ("In Zwickau laufen täglich 1.000 Autos vom Band, die Zellen liefert CATL an Volkswagen.", "Band"),
    ("Die Übernahme von Torvena durch Brixel soll bis zum Sommer abgeschlossen sein.", "Sommer"),
    ("Die Zellen liefert CATL seit dem Start im Frühjahr an Volkswagen, beim Umbau half Dürr.", "Umbau"),
])
def test_german_noun_after_a_fused_article_is_no_company(text, word):
    assert word not in companies(text, "de")


def test_german_name_after_a_noun_after_a_fused_article_is_still_read():
    assert "Torvena" in companies("Die Zellen kommen vom Zulieferer Torvena aus Sachsen.", "de")


@pytest.mark.parametrize(
    "language, text, expected",
    [
        # an adverb between the subject and its verb
        ("it", "Ovalis inoltre fornirà celle a Stellantis.", ["Ovalis", "Stellantis"]),
        ("it", "Ovalis poi ha firmato un accordo con Stellantis.", ["Ovalis", "Stellantis"]),
        ("es", "Ovalis además suministrará celdas a Stellantis.", ["Ovalis", "Stellantis"]),
        ("fr", "Ovalis a également signé un contrat avec Stellantis.", ["Ovalis", "Stellantis"]),
        ("fr", "Ovalis a désormais livré les premières cellules.", ["Ovalis"]),
        # a reflexive perfect: "si è aggiudicata", "se ha adjudicado", "s'est adjugé"
        ("it", "Ovalis si è aggiudicata una commessa di Stellantis.", ["Ovalis", "Stellantis"]),
        ("es", "Ovalis se ha adjudicado un contrato de Stellantis.", ["Ovalis", "Stellantis"]),
        ("fr", "Ovalis s'est adjugé le contrat de Stellantis.", ["Ovalis", "Stellantis"]),
        # a passive with its agent: what was acquired is a company
        ("it", "Ovalis è stata acquisita da Stellantis nel 2021.", ["Ovalis", "Stellantis"]),
        ("it", "Ovalis era già stata rilevata dal gruppo Stellantis.", ["Ovalis", "Stellantis"]),
        ("es", "Ovalis fue adquirida por Stellantis en 2021.", ["Ovalis", "Stellantis"]),
        ("es", "Ovalis ha sido comprada por Stellantis.", ["Ovalis", "Stellantis"]),
    ],
)
def test_subject_past_adverbs_reflexives_and_passives(language, text, expected):
    assert companies(text, language) == expected


@pytest.mark.parametrize(
    "language, text",
    [
        ("it", "La produzione si è fermata a marzo."),
        ("fr", "La production s'est arrêtée en mars."),
        ("it", "Torino si è aggiudicata i giochi."),
        ("it", "Il progetto è stato approvato dal consiglio."),
        ("it", "Torino è stata scelta dal consiglio."),
        ("it", "Mario Rossi è stato nominato dal consiglio."),
        ("es", "Madrid fue elegida por el consejo."),
        ("es", "La planta fue construida por los obreros."),
        # the passive opens the sentence: its subject is in the sentence before, the auxiliary is no name
        ("es", "Ha sido adquirida por el consejo."),
        ("it", "È stata acquisita dal consiglio."),
    ],
)
def test_no_company_in_plain_reflexives_and_passives(language, text):
    assert companies(text, language) == []


@pytest.mark.parametrize(
    "language, text",
    [
        # a person's reflexive perfect, and a town after "di" before a company's reflexive verb
        ("it", "Park si è limitato a dire che la trattativa prosegue."),
        ("it", "L'azienda di robotica di Nichelino si è aggiudicata un ordine."),
        ("es", "La empresa de Getafe se ha adjudicado el contrato."),
    ],
)
def test_reflexive_perfect_of_people_and_places(language, text):
    assert companies(text, language) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a German article before a name ending in "Holding", "Capital", "Partners"
        ("Die Korvent Holding übernimmt 30 Prozent an Velqua.", ["Korvent Holding", "Velqua"]),
        ("Die Anteile gehen an die Korvent Holding.", ["Korvent Holding"]),
        ("Der Anteil der Velqua Capital steigt auf 20 Prozent.", ["Velqua Capital"]),
        ("Die Norrlid Ventures GmbH und die Korvent Partners beteiligen sich.", ["Norrlid Ventures", "Korvent Partners"]),
        # a description of where a holding is from is no name
        ("Die Münchner Holding übernimmt Velqua.", ["Velqua"]),
        ("Das Human Capital ist wichtig.", []),
    ],
)
def test_german_article_before_a_named_holding(text, expected):
    assert companies(text, "de") == expected


@pytest.mark.parametrize(
    "language, text, expected",
    [
        # a name that ends in a word many company names end in, with no other cue
        ("en", "The project brings together Korvent Energy, Velqua Minerals and Norrlid Group.",
         ["Korvent Energy", "Velqua Minerals", "Norrlid Group"]),
        ("en", "For Velqua Minerals the contract is the largest so far.", ["Velqua Minerals"]),
        ("it", "Nel consorzio entrano Korvent Tech e Velqua Mobility.", ["Korvent Tech", "Velqua Mobility"]),
        ("fr", "Pour Velqua Resources, le contrat est le plus important.", ["Velqua Resources"]),
        ("es", "Para Korvent Energía, el contrato es el mayor.", ["Korvent Energía"]),
        ("de", "Für Velqua Recycling ist der Vertrag der größte.", ["Velqua Recycling"]),
        # common phrases, models, divisions and places stay out
        ("en", "Clean Energy and Renewable Power are the themes of the fair.", []),
        ("fr", "La Renault 5 E-Tech est produite à Douai.", ["Renault"]),
        ("fr", "La coentreprise est intégrée à la division Velqua Power.", []),
        ("de", "Die Firma will in Deutschland Lithium fördern.", []),
        ("de", "Europäisches Lithium bleibt teuer.", []),
        ("de", "Die Sparte E-Mobility wächst.", []),
    ],
)
def test_names_ending_in_a_business_word(language, text, expected):
    assert companies(text, language) == expected


@pytest.mark.parametrize(
    "language, text, expected",
    [
        # the company an investor puts money in, or whose capital it enters
        ("en", "Korvent Capital led the funding round for Velqua.", ["Korvent Capital", "Velqua"]),
        ("en", "The owner of Velqua is Korvent Holdings.", ["Velqua", "Korvent Holdings"]),
        ("fr", "Le fonds Korvent Capital a investi dans Velqua.", ["Korvent Capital", "Velqua"]),
        ("fr", "Renault est entré au capital de Velqua.", ["Renault", "Velqua"]),
        ("es", "El fondo Korvent Capital invierte en Velqua.", ["Korvent Capital", "Velqua"]),
        ("es", "Repsol ha entrado en el capital de Velqua.", ["Repsol", "Velqua"]),
        ("it", "Eni ha investito in Velqua.", ["Eni", "Velqua"]),
        ("it", "Eni è entrata nel capitale di Velqua.", ["Eni", "Velqua"]),
        ("de", "Korvent Capital beteiligt sich an Velqua.", ["Korvent Capital", "Velqua"]),
        ("de", "BASF steigt bei Velqua ein.", ["BASF", "Velqua"]),
        # a place after the same words is no company
        ("fr", "Renault a investi dans Douai.", ["Renault"]),
        ("es", "Repsol invierte en Cartagena.", ["Repsol"]),
        ("de", "BASF investiert in Ludwigshafen.", ["BASF"]),
    ],
)
def test_the_company_an_investor_enters(language, text, expected):
    assert companies(text, language) == expected


@pytest.mark.parametrize(
    "language, text, expected",
    [
        # a nationality used as a noun after an elided article: "dell'olandese Beta", "all'americana Beta"
        ("it", "L'acquisizione dell'olandese Korvent da parte di Stellantis è conclusa.", ["Korvent", "Stellantis"]),
        ("it", "Stellantis ha venduto la quota all'americana Korvent.", ["Stellantis", "Korvent"]),
        ("it", "Le celle arrivano dall'indiana Korvent.", ["Korvent"]),
        # a masculine Italian nationality noun is a person
        ("it", "Il contratto dell'americano Rossi è scaduto.", []),
    ],
)
def test_nationality_noun_after_an_elided_article(language, text, expected):
    assert companies(text, language) == expected


@pytest.mark.parametrize(
    "language, text, expected",
    [
        # a plural descriptor before a list of names
        ("it", "I fornitori Korvent e Velqua consegneranno i pezzi.", ["Korvent", "Velqua"]),
        ("fr", "Les équipementiers Korvent et Velqua livreront les pièces.", ["Korvent", "Velqua"]),
        ("es", "Los proveedores Korvent y Velqua entregarán las piezas.", ["Korvent", "Velqua"]),
        ("en", "The chipmakers Korvent and Velqua will deliver the parts.", ["Korvent", "Velqua"]),
        # a capitalised menu entry, an apposition of a plural and a plural before a lower-case word are no cue
        ("es", "Noticias · Proveedores Tier 1 · Electromovilidad", []),
        ("it", "Neue Klasse, la mappa dei fornitori della nuova auto.", []),
        ("en", "Together, the suppliers employ 2,500 people.", []),
    ],
)
def test_plural_descriptor_before_names(language, text, expected):
    assert companies(text, language) == expected
