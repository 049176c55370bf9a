"""What a page says an unknown company makes directs its ties (``relations/described_trades.py``,
``known_roles.sectors_of``): "the cathode maker X", "X, which makes e-axles", "X produce catodi", in
the five languages; never from another company's description, a negation or a question. Invented
companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor
from tierscope.relations.described_trades import page_trades, trades_at

from .helpers import make_doc


def _trades(language, text, name):
    s = text.index(name)
    return trades_at(text, s, s + len(name), language)


@pytest.mark.parametrize("language,text,sector", [
    ("en", "Yesterday the anode producer Quellmar opened its second line.", "battery_materials"),
    ("en", "Quellmar, a Finnish electrolyte manufacturer, hired 40 people.", "battery_materials"),
    ("en", "Quellmar, which builds inverters in Lyon, hired 40 people.", "supplier"),
    ("en", "Quellmar also produces wiring harnesses in Tunisia.", "supplier"),
    ("en", "Nickel refiner Quellmar hired 40 people.", "battery_materials"),
    ("en", "Quellmar recycles old packs in Wales.", "recycling"),
    ("en", "The bus maker Quellmar hired 40 people.", "trucks"),
    ("it", "Lo specialista dei sensori Quellmar ha assunto 40 persone.", "supplier"),
    ("it", "Quellmar, che fabbrica separatori a Terni, ha assunto 40 persone.", "battery_materials"),
    ("it", "Quellmar produce celle al litio a Pavia.", "battery_cells"),
    ("it", "La multiutility Quellmar ha assunto 40 persone.", "energy"),
    ("fr", "Le producteur d'anodes Quellmar a embauché 40 personnes.", "battery_materials"),
    ("fr", "Quellmar, qui fabrique des onduleurs, a embauché 40 personnes.", "supplier"),
    ("fr", "Le recycleur Quellmar a embauché 40 personnes.", "recycling"),
    ("es", "El proveedor de asientos Quellmar contrató a 40 personas.", "supplier"),
    ("es", "Quellmar, que produce cátodos en Huelva, contrató a 40 personas.", "battery_materials"),
    ("es", "Quellmar fabrica autobuses en Zaragoza.", "trucks"),
    ("de", "Der Elektrolythersteller Quellmar stellt 40 Leute ein.", "battery_materials"),
    ("de", "Quellmar, das Hochvoltkabel fertigt, stellt 40 Leute ein.", "supplier"),
    ("de", "Quellmar produziert Batteriezellen in Thüringen.", "battery_cells"),
    ("de", "Der Ladesäulenbetreiber Quellmar stellt 40 Leute ein.", "charging"),
    ("de", "Der Batterierecycler Quellmar stellt 40 Leute ein.", "recycling"),
    # the description's head noun, not an adjective after it
    ("fr", "L'équipementier automobile Quellmar a embauché 40 personnes.", "supplier"),
    ("it", "Il componentista automobilistico Quellmar ha assunto 40 persone.", "supplier"),
    ("it", "La casa automobilistica Quellmar ha assunto 40 persone.", "carmaker"),
    # a supplier's noun over vehicles sells parts for them; a noun phrase's head is its last goods word
    ("en", "The auto supplier Quellmar hired 40 people.", "supplier"),
    ("de", "Der sächsische Autozulieferer Quellmar stellt 40 Leute ein.", "supplier"),
    ("en", "Quellmar, a Leeds company that makes aluminium cooling plates for packs, hired 40 people.", "supplier"),
    ("es", "La minera Quellmar contrató a 40 personas.", "mining"),
    # operators of charging networks and utilities
    ("en", "The charging operator Quellmar hired 40 people.", "charging"),
    ("it", "L'operatore di ricarica Quellmar ha assunto 40 persone.", "charging"),
    ("fr", "Le fournisseur d'énergie Quellmar a embauché 40 personnes.", "energy"),
    ("es", "La operadora de puntos de recarga Quellmar contrató a 40 personas.", "charging"),  # a recycler, whatever it recycles
    # a copula, and an apposition of place or size before the trade
    ("en", "Quellmar is a Finnish anode producer.", "battery_materials"),
    ("fr", "Quellmar est un équipementier.", "supplier"),
    ("es", "Para los asientos, el proveedor es Quellmar, una pyme de Lugo.", "supplier"),
    ("it", "Quellmar, 90 addetti tra Lodi e Crema, fabbrica connettori ad alta tensione.", "supplier"),
    ("fr", "Quellmar, une PME nantaise de 300 salariés qui fabrique des faisceaux de câbles, recrute.", "supplier"),
    ("es", "Gestamp compra Quellmar, una empresa de Lugo especializada en estátores para motores.", "supplier"),
    ("en", "Quellmar, a Danish start-up developing silicon anode material, raised money.", "battery_materials"),
    ("fr", "La start-up Quellmar, spécialisée dans le recyclage des batteries, lève 20 millions.", "recycling"),
    ("en", "Quellmar, a start-up specialising in the recycling of cells, raised money.", "recycling"),
    ("en", "Quellmar makes recycled aluminium wheels in Derby.", "supplier"),  # the goods' origin, no recycler
])
def test_a_description_gives_the_trade(language, text, sector):
    assert _trades(language, text, "Quellmar") == [sector]


@pytest.mark.parametrize("language,text", [
    ("en", "Quellmar, a long-time customer of the anode producer Dravik, hired 40 people."),  # another company's trade
    ("en", "Quellmar, like the anode producer Dravik, hired 40 people."),
    ("en", "Quellmar no longer makes cells."),  # a negation
    ("en", "Will Quellmar make cells in Wales?"),  # a question
    ("en", "Quellmar makes software for cars."),  # goods after a preposition are what the software is for
    ("it", "Quellmar, concorrente del produttore di celle Dravik, ha assunto 40 persone."),
    ("fr", "Quellmar ne fabrique plus de cellules."),
    ("es", "Quellmar, cliente de la fabricante de baterías Dravik, contrató a 40 personas."),
    ("de", "Quellmar stellt keine Zellen mehr her."),
    ("de", "Quellmar, ein Kunde des Kathodenherstellers Dravik, stellt 40 Leute ein."),
    ("en", "Quellmar is not a carmaker."),
    ("en", "Quellmar, a unit of Dravik that makes cells, hired 40 people."),  # the relative may be the parent's
    ("es", "Quellmar, filial de Dravik especializada en baterías, contrató a 40 personas."),
    ("es", "Los modelos de la plataforma eléctrica Quellmar llegarán en 2027."),  # an adjective, no trade
    ("de", "Für den Stuttgarter Autobauer fertigt Quellmar Sitze."),  # a verb between: the trade is the customer's
    ("it", "Il costruttore ha scelto Quellmar come fornitore."),
    ("en", "There are two other cell makers testing Quellmar samples."),
])

def test_no_trade_from_what_the_sentence_says_of_another_or_denies(language, text):
    assert _trades(language, text, "Quellmar") == []


@pytest.mark.parametrize("language,text,others", [
    ("en", "Dravik signed for Quellmar, the German parts supplier said on Monday.", ["Dravik"]),  # the speaker's description
    ("en", "Near Quellmar, the carmaker and Dravik build a plant.", ["Dravik"]),  # another company after the trade
    ("de", "Größter Kunde war der Autobauer Dravik.", ["Dravik"]),
])
def test_a_description_that_goes_on_to_another_company_or_a_speaker(language, text, others):
    name = "Quellmar" if "Quellmar" in text else "Größter Kunde"
    s = text.index(name)
    spans = [(text.index(o), text.index(o) + len(o)) for o in others]
    assert trades_at(text, s, s + len(name), language, spans) == []


def test_the_owner_after_of_leaves_the_description_the_named_company():
    text = "Quellmar, the anode business of Dravik, hired 40 people."
    s = text.index("Dravik")
    assert trades_at(text, 0, len("Quellmar"), "en", [(s, s + len("Dravik"))]) == ["battery_materials"]


def test_the_other_company_keeps_its_own_description():
    assert _trades("en", "Quellmar, a long-time customer of the anode producer Dravik, hired 40 people.", "Dravik") == [
        "battery_materials"]


def test_page_trades_leave_the_gazetteer_companies_alone():
    doc = make_doc("The cell maker CATL and the cathode maker Quellmar hired 40 people.", ["CATL", "Quellmar"])
    assert page_trades(doc) == {"Quellmar": ("battery_materials",)}


def test_the_first_person_of_an_interview_is_the_interviewee():
    # the entity stage makes "We" a mention of the interviewee; what "we make" is the company's trade
    doc = make_doc("Q: What does the plant make? A: We make separators for cell makers.", ["Quellmar"],
                   coref={"We": "Quellmar"})
    assert page_trades(doc) == {"Quellmar": ("battery_materials",)}


def _rels(text, names, language):
    doc = RelationExtractor()(make_doc(text, list(names), language=language))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("language,text", [
    ("it", "Quellmar, che produce cablaggi a Biella, ha chiuso il 2025 in utile. "
           "Il contratto di Dravik con Quellmar per le centraline è scaduto a fine 2025. "
           "Dravik produce auto elettriche a Melfi."),
    ("en", "The wiring-harness maker Quellmar had a good year. Dravik makes electric cars in Kent. "
           "The supply contract between Dravik and Quellmar ended in December."),
    ("de", "Der Kabelbaumhersteller Quellmar wächst. Der Autobauer Dravik auch. "
           "Der Liefervertrag zwischen Dravik und Quellmar ist Ende 2025 ausgelaufen."),
])
def test_described_trades_direct_an_open_supply(language, text):
    got = _rels(text, ("Quellmar", "Dravik"), language)
    assert ("supplies", "Quellmar", "Dravik") in got
    assert ("supplies", "Dravik", "Quellmar") not in got


@pytest.mark.parametrize("language,text", [
    ("en", "Quellmar, which makes cathode material in Ohio, grew. Dravik is an electric carmaker. "
           "Dravik signed a deal with Quellmar for cathode material."),
    ("en", "The cell maker Quellmar grew. The carmaker Dravik grew too. Dravik is in talks with Quellmar about cells."),
    ("fr", "Le fabricant de cellules Quellmar grandit. Le constructeur automobile Dravik aussi. "
           "Dravik a signé avec Quellmar un accord sur les cellules."),
])
def test_a_deal_or_talks_between_described_companies_run_up_the_chain(language, text):
    got = _rels(text, ("Quellmar", "Dravik"), language)
    assert ("supplies", "Quellmar", "Dravik") in got
    assert ("supplies", "Dravik", "Quellmar") not in got


def test_a_known_carmaker_and_a_described_supplier():
    got = _rels("Quellmar, which makes e-axles in Graz, grew fast. The supply contract between Renault and Quellmar ended in "
                "December.", ("Quellmar", "Renault"), "en")
    assert ("supplies", "Quellmar", "Renault") in got


def test_undescribed_unknown_companies_stay_open():
    assert not _rels("Il contratto di Dravik con Quellmar per le centraline è scaduto a fine 2025.", ("Quellmar", "Dravik"), "it")


def test_the_page_trades_do_not_outlive_the_page():
    # the next page reads its own descriptions, never the page before's (``test_page_trades_scope.py``)
    extractor = RelationExtractor()
    first = extractor(make_doc("The cell maker Quellmar grew. Dravik buys its cells.", ["Quellmar", "Dravik"]))
    assert first.trades == {"Quellmar": ("battery_cells",)}
    second = extractor(make_doc("Quellmar grew. Dravik buys its cells.", ["Quellmar", "Dravik"]))
    assert second.trades == {}


@pytest.mark.parametrize("language,text", [
    ("it", "Brenvale, che realizza progetti di ingegneria a Udine, ha assunto 30 tecnici."),  # (no "getti")
    ("it", "Brenvale realizza scavi e gallerie in Trentino."),  # (no "cavi")
    ("en", "Brenvale builds railcars in Derby."),  # (no "cars")
    ("en", "Brenvale, which makes counterparts of old tools, grew."),  # (no "parts")
    ("fr", "Brenvale fabrique des abribus en acier."),  # (no "bus")
])
def test_goods_are_whole_words(language, text):
    assert _trades(language, text, "Brenvale") == []


@pytest.mark.parametrize("language,text,sector", [
    ("en", "Brenvale makes EV-batteries in Derby.", "battery_cells"),
    ("en", "Brenvale builds e-axles in Derby.", "supplier"),
    ("de", "Brenvale fertigt Hochvoltkabel in Suhl.", "supplier"),  # (German reads a compound by its last part)
])
def test_goods_after_a_hyphen_or_in_a_german_compound(language, text, sector):
    assert _trades(language, text, "Brenvale") == [sector]


@pytest.mark.parametrize("language,text", [
    ("en", "The bus operator Brenvale ordered 40 new vehicles."),
    ("en", "The truck operator Brenvale ordered 40 new vehicles."),
    ("it", "Il gestore di autobus Brenvale ha ordinato 40 mezzi."),
    ("it", "L'operatore di autobus Brenvale ha ordinato 40 mezzi."),
    ("fr", "L'exploitant de bus Brenvale a commandé 40 véhicules."),
    ("es", "El operador de autobuses Brenvale encargó 40 vehículos."),
    ("de", "Der Busbetreiber Brenvale bestellte 40 Fahrzeuge."),
])
def test_an_operator_of_vehicles_makes_none(language, text):
    assert _trades(language, text, "Brenvale") == []


@pytest.mark.parametrize("language,text", [
    ("en", "The charging operator Brenvale opened 40 sites."),
    ("it", "Il gestore di colonnine Brenvale cresce ancora."),
    ("de", "Der Ladenetzbetreiber Brenvale wächst weiter."),
])
def test_an_operator_of_chargers_keeps_its_trade(language, text):
    assert _trades(language, text, "Brenvale") == ["charging"]


@pytest.mark.parametrize("language,text", [
    ("en", "Brenvale, the cathode maker's Polish rival, grew."),
    ("en", "Brenvale is the cathode makers' favourite lender in Spain."),
    ("en", "Brenvale, the nickel miner's Polish buyer, grew."),
    ("en", "Brenvale, a battery recycler’s new owner, hired 30 people."),
])
def test_a_trade_in_the_possessive_is_another_company_s(language, text):
    assert _trades(language, text, "Brenvale") == []


@pytest.mark.parametrize("text,sector", [
    ("Brenvale, an OEM supplier based in Derby, grew.", "supplier"),
    ("Brenvale is an OEM supplier of seat frames.", "supplier"),
    ("Brenvale, a utility company in Wales, grew.", "energy"),
])
def test_an_english_trade_is_its_last_noun(text, sector):
    assert _trades("en", text, "Brenvale") == [sector]


@pytest.mark.parametrize("text,sector", [
    ("The carmaker is Brenvale's biggest customer.", []),
    ("The new carmaker is Brenvale’s sister company.", []),
    ("The new supplier is Brenvale.", ["supplier"]),
    ("The cathode maker Brenvale's unit in Leeds grew.", ["battery_materials"]),
])
def test_a_trade_before_a_copula_and_a_possessive_is_the_subject_s(text, sector):
    assert _trades("en", text, "Brenvale") == sector


@pytest.mark.parametrize("text,sector", [
    ("Le constructeur aéronautique Brenvale a embauché 40 personnes.", []),
    ("Le constructeur immobilier Brenvale a embauché 40 personnes.", []),
    ("Le constructeur de maisons Brenvale a embauché 40 personnes.", []),
    ("Brenvale, constructeur naval breton, a embauché 40 personnes.", []),
    ("Le constructeur chinois Brenvale a embauché 40 personnes.", ["carmaker"]),
    ("Le constructeur de camions Brenvale a embauché 40 personnes.", ["trucks"]),
])
def test_a_french_builder_of_other_works_is_no_carmaker(text, sector):
    assert _trades("fr", text, "Brenvale") == sector


@pytest.mark.parametrize("language,text", [
    # a former trade is not the company's trade: "ex" written alone, elided ("l'ex") or hyphenated ("ex-"),
    # and the adjectives of "former" (before or after the name)
    ("en", "The former anode producer Brenvale now sells software."),
    ("en", "Brenvale, an ex-anode producer from Leeds, now sells software."),
    ("it", "L'ex fornitore di sedili Brenvale ora vende software."),
    ("it", "Brenvale, l'ex fornitore di sedili, ora vende software."),
    ("fr", "L'ex-fournisseur de sièges Brenvale vend désormais des logiciels."),
    ("fr", "Brenvale, l'ancien fournisseur de sièges, vend désormais des logiciels."),
    ("es", "El ex proveedor de asientos Brenvale vende ahora software."),
    ("es", "Brenvale, antiguo proveedor de asientos, vende ahora software."),
    ("de", "Der ehemalige Sitzhersteller Brenvale verkauft heute Software."),
    ("de", "Brenvale, ein früherer Sitzhersteller, verkauft heute Software."),
])
def test_a_former_trade_is_no_trade(language, text):
    assert _trades(language, text, "Brenvale") == []


@pytest.mark.parametrize("language,text", [
    # the previous one is a former one too
    ("en", "The previous seat supplier Brenvale now sells software."),
    ("de", "Der bisherige Sitzhersteller Brenvale verkauft heute Software."),
    ("it", "Il precedente fornitore di sedili Brenvale ora vende software."),
    ("fr", "Le précédent fournisseur de sièges Brenvale vend désormais des logiciels."),
])
def test_a_previous_trade_is_no_trade(language, text):
    assert _trades(language, text, "Brenvale") == []


@pytest.mark.parametrize("text,sector", [
    # a German apposition opened by "der", "die", "das" (the relative pronouns' words too)
    ("Brenvale, der Anodenhersteller aus Gera, stellt 30 Leute ein.", "battery_materials"),
    ("Brenvale, die Batteriefirma aus Gera, stellt 30 Leute ein.", "battery_cells"),
    ("Brenvale, das Recyclingunternehmen aus Gera, stellt 30 Leute ein.", "recycling"),
    ("Der Auftrag ging an Brenvale, den Sitzhersteller aus Gera.", "supplier"),
    ("Im Gespräch mit Brenvale, der Ladesäulenfirma aus Gera, ging es um Preise.", "charging"),
    ("Die Zellen liefert Brenvale, das Batterieunternehmen aus Gera.", "battery_cells"),
    ("Brenvale, der größte thüringische Anodenhersteller, stellt 30 Leute ein.", "battery_materials"),
    # a relative clause still reads its verb last
    ("Brenvale, die Anoden herstellt, stellt 30 Leute ein.", "battery_materials"),
])
def test_a_german_apposition_with_an_article(text, sector):
    assert _trades("de", text, "Brenvale") == [sector]


@pytest.mark.parametrize("text", [
    "Brenvale, die Anodenhersteller in Gera beliefert, stellt 30 Leute ein.",  # the relative's object is another's trade
    "Brenvale, die kleine Anodenhersteller beliefert, stellt 30 Leute ein.",
    "Brenvale, der Kunde des Anodenherstellers Dravik, stellt 30 Leute ein.",
])
def test_a_german_relative_or_a_relation_noun_gives_no_trade(text):
    assert _trades("de", text, "Brenvale") == []


@pytest.mark.parametrize("language,text", [
    # a refiner is a materials maker (as the gazetteer lists refiners), not a miner
    ("en", "Brenvale, which refines lithium in Texas, hired 30 people."),
    ("it", "Brenvale raffina nichel a Ravenna."),
    ("fr", "Brenvale, qui raffine du lithium à Lyon, recrute."),
    ("es", "Brenvale refina litio en Huelva."),
])
def test_a_refining_verb_makes_a_materials_maker(language, text):
    assert _trades(language, text, "Brenvale") == ["battery_materials"]


def test_a_described_refiner_buys_from_a_described_miner():
    got = _rels("Brenvale, which refines lithium in Texas, grew. Dravik mines lithium in Chile. "
                "Brenvale has signed an offtake agreement with Dravik for concentrate.", ("Brenvale", "Dravik"), "en")
    assert ("supplies", "Brenvale", "Dravik") not in got


@pytest.mark.parametrize("language,text,sector", [
    # a relative after an apposition of place or kind tells of the company the apposition described
    ("de", "Brenvale, ein Start-up aus Gera, das Anoden herstellt, wächst.", "battery_materials"),
    ("de", "Brenvale, das Familienunternehmen aus Gera, das Sitze fertigt, wächst.", "supplier"),
    ("en", "Brenvale, a family firm from Derby, which makes seats, grew.", "supplier"),
    ("fr", "Brenvale, une PME de Rouen, qui fabrique des sièges, recrute.", "supplier"),
])
def test_a_relative_after_an_apposition(language, text, sector):
    assert _trades(language, text, "Brenvale") == [sector]


def test_a_relative_after_another_company_s_apposition_is_not_the_name_s():
    text = "Brenvale, eine Tochter von Dravik, die Anoden herstellt, wächst."
    s = text.index("Dravik")
    assert trades_at(text, 0, len("Brenvale"), "de", [(s, s + len("Dravik"))]) == []
