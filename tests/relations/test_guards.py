"""Whole-sentence guards (``relations/guards.py``): shapes of business news that name companies near a
trigger without tying them by it, on sentences written for these tests."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc, rels


def got(sentence, companies, lang, **kw):
    return sorted((r.type, r.source, r.target, r.status) for r in rels(sentence, companies, language=lang, **kw))


def supplies(sentence, companies, lang, **kw):
    return sorted((r.source, r.target) for r in rels(sentence, companies, language=lang, **kw) if r.type == "supplies")


@pytest.mark.parametrize("lang, sentence, companies", [
    ("en", "Renault sells more vans than Ford in France.", ["Renault", "Ford"]),
    ("fr", "Valeo vend désormais plus de capteurs que Bosch.", ["Valeo", "Bosch"]),
    ("es", "Seat vendió el año pasado más furgonetas que Peugeot.", ["Seat", "Peugeot"]),
    ("it", "Fiat vende più utilitarie di Renault in Polonia.", ["Fiat", "Renault"]),
])
def test_compared_company_is_no_party(lang, sentence, companies):
    assert not any({r.source, r.target} == set(companies) for r in rels(sentence, companies, language=lang))


def test_compared_plant_owner_leaves_the_real_supplier():
    assert supplies("The new line, bigger than Tesla's plant in Texas, will supply Audi.", ["Tesla", "Audi"], "en") == []
    assert supplies("Magna's new line will supply Audi.", ["Magna", "Audi"], "en") == [("Magna", "Audi")]


@pytest.mark.parametrize("lang, sentence, companies, expected", [
    # a quantity is no comparison of companies: the stake still counts
    ("it", "Exor detiene poco meno del 30% di Ferrari.", ["Exor", "Ferrari"], ("Exor", "Ferrari")),
    ("en", "Bosch supplies more brakes to Audi than to Seat.", ["Bosch", "Audi", "Seat"], ("Bosch", "Audi")),
    ("it", "Brembo è il più grande fornitore di BMW.", ["Brembo", "BMW"], ("Brembo", "BMW")),
])
def test_comparison_guard_keeps_real_ties(lang, sentence, companies, expected):
    assert expected in {(r.source, r.target) for r in rels(sentence, companies, language=lang)}


@pytest.mark.parametrize("lang, sentence, companies, kept", [
    ("en", "Like Denso, Aisin supplies gearboxes to Toyota.", ["Denso", "Aisin", "Toyota"], [("Aisin", "Toyota")]),
    ("it", "Come Marelli, anche Magna fornisce fari a Ferrari.", ["Marelli", "Magna", "Ferrari"], [("Magna", "Ferrari")]),
    ("fr", "Comme Plastic Omnium, Forvia fournit des pare-chocs à Renault.", ["Plastic Omnium", "Forvia", "Renault"], [("Forvia", "Renault")]),
    ("es", "Al igual que Antolin, Gestamp suministra piezas a Ford.", ["Antolin", "Gestamp", "Ford"], [("Gestamp", "Ford")]),
    # (the subject follows the verb: Hella supplies Audi; Mahle is only compared)
    ("de", "Wie Mahle beliefert auch Hella Audi mit Scheinwerfern.", ["Mahle", "Hella", "Audi"], [("Hella", "Audi")]),
    # "like" that lists examples is no comparison; "wie X mitteilte" says who said it
    ("en", "Aisin supplies gearboxes to carmakers like Toyota and Mazda.", ["Aisin", "Toyota", "Mazda"], [("Aisin", "Mazda"), ("Aisin", "Toyota")]),
    ("de", "Hella beliefert ab 2026 Audi mit Scheinwerfern, wie Hella mitteilte.", ["Hella", "Audi"], [("Hella", "Audi")]),
])
def test_company_named_to_compare(lang, sentence, companies, kept):
    assert supplies(sentence, companies, lang) == kept


@pytest.mark.parametrize("lang, sentence, companies, kept", [
    # the compared company named by its role: "like its rival X", "wie der Konkurrent X"
    ("de", "Wie der Konkurrent Mahle liefert auch Hella Scheinwerfer an Audi.", ["Mahle", "Hella", "Audi"], [[], [("Hella", "Audi")]]),
    ("en", "Like its rival Denso, Aisin supplies gearboxes to Toyota.", ["Denso", "Aisin", "Toyota"], [[("Aisin", "Toyota")]]),
    ("fr", "Comme son concurrent Plastic Omnium, Forvia fournit des pare-chocs à Renault.", ["Plastic Omnium", "Forvia", "Renault"], [[("Forvia", "Renault")]]),
    ("it", "Come il concorrente Marelli, anche Magna fornisce fari a Ferrari.", ["Marelli", "Magna", "Ferrari"], [[("Magna", "Ferrari")]]),
])
def test_rival_named_by_its_role_is_no_party(lang, sentence, companies, kept):
    assert supplies(sentence, companies, lang) in kept


def test_a_rival_noun_that_opens_no_comparison_keeps_the_tie():
    s = "Der Konkurrent Mahle liefert Kühler an Audi."
    assert supplies(s, ["Mahle", "Audi"], "de") == [("Mahle", "Audi")]


@pytest.mark.parametrize("lang, sentence, companies, kept", [
    ("en", "Magna lost the order to Valeo, which will supply the mirrors.", ["Magna", "Valeo"], []),
    ("fr", "Forvia a perdu le marché au profit de Valeo, qui livrera les sièges.", ["Forvia", "Valeo"], []),
    ("es", "Antolin perdió el contrato en favor de Gestamp, que suministrará las piezas.", ["Antolin", "Gestamp"], []),
    # the winner's own supply still counts
    ("en", "Magna lost the order to Valeo, which will supply Audi.", ["Magna", "Valeo", "Audi"], [("Valeo", "Audi")]),
])
def test_loser_of_a_contract_supplies_nothing(lang, sentence, companies, kept):
    assert supplies(sentence, companies, lang) == kept


@pytest.mark.parametrize("lang, sentence, companies", [
    ("en", "Valeo has replaced Magna as the supplier of mirrors to Audi.", ["Valeo", "Magna", "Audi"]),
    ("it", "Marelli ha sostituito Valeo come fornitore di fari di Ferrari.", ["Marelli", "Valeo", "Ferrari"]),
    ("fr", "Forvia a remplacé Faurecia comme fournisseur de Renault.", ["Forvia", "Faurecia", "Renault"]),
    ("es", "Gestamp sustituyó a Antolin como proveedor de Ford.", ["Gestamp", "Antolin", "Ford"]),
])
def test_replaced_supplier_ends_and_new_one_supplies(lang, sentence, companies):
    new, old, customer = companies
    out = {(r.source, r.target): r.status for r in rels(sentence, companies, language=lang) if r.type == "supplies"}
    assert out == {(old, customer): "ended", (new, customer): "active"}


def test_supplier_beaten_to_a_contract():
    s = "Marelli ha battuto Valeo nella gara per la fornitura a Ferrari."
    assert supplies(s, ["Marelli", "Valeo", "Ferrari"], "it") == [("Marelli", "Ferrari")]


@pytest.mark.parametrize("lang, sentence, companies, kept", [
    ("en", "Airbus, which sued Thales over a patent, supplies Lufthansa.", ["Airbus", "Thales", "Lufthansa"], [("Airbus", "Lufthansa")]),
    ("it", "Iveco, che ha fatto causa a Magna, fornisce camion all'esercito.", ["Iveco", "Magna"], []),
    ("es", "Talgo, que demandó a Renfe por el concurso, suministra trenes a Alsa.", ["Talgo", "Renfe", "Alsa"], [("Talgo", "Alsa")]),
])
def test_other_side_of_a_lawsuit(lang, sentence, companies, kept):
    assert supplies(sentence, companies, lang) == kept


def test_orders_as_a_noun_or_a_verb():
    assert supplies("Aisin said orders from Mazda doubled.", ["Aisin", "Mazda"], "en") == []
    assert supplies("Mazda orders gearboxes from Aisin.", ["Aisin", "Mazda"], "en") == [("Aisin", "Mazda")]


def test_bank_sells_no_goods():
    s = "UBS cut its target for Valeo, citing weak orders from Stellantis and Ford."
    assert supplies(s, ["UBS", "Valeo", "Stellantis", "Ford"], "en", sectors={"UBS": ["investor"]}) == []
    s = "Valeo supplies headlamps to Ford."
    assert supplies(s, ["Valeo", "Ford"], "en", sectors={"Valeo": ["supplier"]}) == [("Valeo", "Ford")]


@pytest.mark.parametrize("lang, sentence, companies, expected", [
    ("es", "BBVA asesora a Iberdrola en la venta de su participación en Siemens Gamesa.", ["BBVA", "Iberdrola", "Siemens Gamesa"], ("Iberdrola", "Siemens Gamesa")),
    ("en", "Daimler hired Lazard to sell its stake in Aston Martin.", ["Daimler", "Lazard", "Aston Martin"], ("Daimler", "Aston Martin")),
])
def test_adviser_is_no_party(lang, sentence, companies, expected):
    pairs = {(r.source, r.target) for r in rels(sentence, companies, language=lang) if r.type in ("invests_in", "owns", "acquires")}
    assert pairs == {expected}


@pytest.mark.parametrize("lang, sentence, pair", [
    # the adviser of a partner is no partner: its client is
    ("es", "Banco Norte asesora a Kestrel en su alianza con Brixo.", {"Kestrel", "Brixo"}),
    ("it", "Banca Nord è advisor di Kestrel nell'accordo con Brixo.", {"Kestrel", "Brixo"}),
    ("fr", "Banque Nord conseille Kestrel dans son partenariat avec Brixo.", {"Kestrel", "Brixo"}),
    ("en", "Northbank is the financial adviser to Kestrel in its partnership with Brixo.", {"Kestrel", "Brixo"}),
])
def test_adviser_is_no_partner(lang, sentence, pair):
    banks = {"es": "Banco Norte", "it": "Banca Nord", "fr": "Banque Nord", "en": "Northbank"}
    out = [{r.source, r.target} for r in rels(sentence, [banks[lang], "Kestrel", "Brixo"], language=lang)
           if r.type in ("partners_with", "joint_venture")]
    assert out == [pair]


@pytest.mark.parametrize("lang, sentence", [
    # a partner that is a bank is still a partner when it advises no one
    ("it", "Banca Nord ha firmato un accordo con Kestrel per i pagamenti.", ),
    ("es", "Banco Norte y Kestrel firmaron una alianza.", ),
])
def test_bank_as_partner_still_fires(lang, sentence):
    banks = {"es": "Banco Norte", "it": "Banca Nord"}
    out = [{r.source, r.target} for r in rels(sentence, [banks[lang], "Kestrel"], language=lang) if r.type == "partners_with"]
    assert out == [{banks[lang], "Kestrel"}]


@pytest.mark.parametrize("lang, sentence, owners", [
    ("fr", "Cellforce est détenue par Porsche, BASF et Engie à travers sa filiale Tractebel.", {"Engie"}),
    ("en", "The plant belongs to Porsche, BASF and Engie, through its unit Tractebel.", {"Engie"}),
    ("it", "La società è controllata da Porsche, BASF ed Engie attraverso la sua controllata Tractebel.", {"Engie"}),
    # a plural possessive keeps every owner
    ("en", "The plant belongs to Porsche and Engie, through their unit Tractebel.", {"Porsche", "Engie"}),
])
def test_unit_with_singular_possessive_has_one_owner(lang, sentence, owners):
    companies = ["Porsche", "BASF", "Engie", "Tractebel"]
    got_owners = {r.source for r in rels(sentence, companies, language=lang) if r.type == "owns" and r.target == "Tractebel"}
    assert got_owners == owners


@pytest.mark.parametrize("sentence, companies, expected", [
    # the clause opens with its subject ("der", "das") and names its object with "den": the antecedent owns
    ("Der Zulieferer gehört zu Voith, der auch den Getriebebauer Renk kontrolliert.", ["Voith", "Renk"], ("Voith", "Renk")),
    ("Bosch verhandelt mit Knorr, das seit 2019 den Hersteller Hella kontrolliert.", ["Bosch", "Knorr", "Hella"], ("Knorr", "Hella")),
    # an object relative ("den X kontrolliert"): the name after it owns the antecedent
    ("Bosch verhandelt mit Hella, den Knorr seit 2019 kontrolliert.", ["Bosch", "Knorr", "Hella"], ("Knorr", "Hella")),
])
def test_german_subject_relative_owns_its_object(sentence, companies, expected):
    owns = {(r.source, r.target) for r in rels(sentence, companies, language="de") if r.type == "owns"}
    assert owns == {expected}


@pytest.mark.parametrize("lang, sentence, companies, kept", [
    ("es", "› Iberdrola compra un parque eólico en Galicia › Acciona y Nordex firman un acuerdo de suministro", ["Iberdrola", "Acciona", "Nordex"], set()),
    ("en", "Related: Bosch buys a sensor start-up • Valeo and Denso sign a supply deal", ["Bosch", "Valeo", "Denso"], set()),
    # within one headline the relation stands (a line that opens with the bullet is a teaser: relations/teasers.py)
    ("es", "Nordex suministrará turbinas a Acciona en Navarra › Iberdrola compra un parque eólico en Galicia",
     ["Iberdrola", "Acciona", "Nordex"], {("Nordex", "Acciona")}),
])
def test_no_relation_across_a_bullet(lang, sentence, companies, kept):
    pairs = {(r.source, r.target) for r in rels(sentence, companies, language=lang)}
    assert not any({"Iberdrola", "Bosch"} & set(p) for p in pairs)
    assert {p for p in pairs if p == ("Nordex", "Acciona")} == kept


@pytest.mark.parametrize("lang, sentence, companies, kept", [
    ("fr", "Thales a remporté le marché face à Safran.", ["Thales", "Safran"], []),
    ("es", "Talgo ganó el concurso frente a Alstom.", ["Talgo", "Alstom"], []),
    ("en", "Hitachi won the train order against Alstom.", ["Hitachi", "Alstom"], []),
    ("it", "Hitachi ha vinto la gara contro Alstom.", ["Hitachi", "Alstom"], []),
    # the customer named after the contest still counts
    ("fr", "Thales a remporté face à Safran un contrat pour fournir des radars à Airbus.", ["Thales", "Safran", "Airbus"], [("Thales", "Airbus")]),
])
def test_rival_in_a_contest_is_no_customer(lang, sentence, companies, kept):
    assert supplies(sentence, companies, lang) == kept


def test_german_perfect_of_replacing():
    s = "Knorr hat Wabtec als Lieferant von Bremsen für Siemens abgelöst."
    out = {(r.source, r.target): r.status for r in rels(s, ["Knorr", "Wabtec", "Siemens"], language="de") if r.type == "supplies"}
    assert out == {("Wabtec", "Siemens"): "ended", ("Knorr", "Siemens"): "active"}
    s = "Knorr hat Wabtec als Lieferant von Bremsen für Siemens empfohlen."
    out = {(r.source, r.target): r.status for r in rels(s, ["Knorr", "Wabtec", "Siemens"], language="de") if r.type == "supplies"}
    assert ("Knorr", "Siemens") not in out


@pytest.mark.parametrize("lang, sentence, companies, expected", [
    ("en", "Samsung SDI runs two ventures, including StarPlus with Stellantis, and its joint venture with Rivian opened a plant.",
     ["Samsung SDI", "StarPlus", "Stellantis", "Rivian"], ("Rivian", "Samsung SDI")),
])
def test_its_venture_after_a_new_clause_is_the_subjects(lang, sentence, companies, expected):
    ventures = {tuple(sorted((r.source, r.target))) for r in rels(sentence, companies, language=lang) if r.type == "joint_venture"}
    assert tuple(sorted(expected)) in ventures
    assert not any("StarPlus" in v and "Rivian" in v or "Renault" in v and "Arkema" in v for v in ventures)


def test_its_venture_after_a_new_clause_is_not_the_last_names():
    s = "Verkor gère deux usines, dont une avec Renault, et sa coentreprise avec Arkema a démarré la production."
    assert not any({r.source, r.target} == {"Renault", "Arkema"} for r in rels(s, ["Verkor", "Renault", "Arkema"], language="fr"))


def test_its_venture_right_after_its_owner_stands():
    s = "Samsung SDI said its joint venture with Rivian opened a plant."
    ventures = {tuple(sorted((r.source, r.target))) for r in rels(s, ["Samsung SDI", "Rivian"], language="en") if r.type == "joint_venture"}
    assert ventures == {("Rivian", "Samsung SDI")}


def test_no_longer_is_no_comparison():
    out = rels("Exor non è più azionista di Iveco.", ["Exor", "Iveco"], language="it")
    assert [(r.type, r.source, r.target, r.status) for r in out] == [("invests_in", "Exor", "Iveco", "ended")]


@pytest.mark.parametrize("lang, sentence, companies, banned, kept", [
    ("it", "Webuild ha firmato un accordo con Salini, mentre Saipem lavora con Fincantieri.", ["Webuild", "Salini", "Saipem", "Fincantieri"],
     {"Webuild", "Fincantieri"}, {"Salini", "Webuild"}),
    ("en", "Denso supplies Toyota, while Aisin works with Mazda.", ["Denso", "Toyota", "Aisin", "Mazda"], {"Denso", "Mazda"}, {"Denso", "Toyota"}),
    ("de", "Bosch beliefert Audi, während ZF mit BMW verhandelt.", ["Bosch", "Audi", "ZF", "BMW"], {"Bosch", "BMW"}, {"Bosch", "Audi"}),
    ("fr", "Valeo fournit Renault, tandis que Forvia travaille avec Stellantis.", ["Valeo", "Renault", "Forvia", "Stellantis"], {"Valeo", "Stellantis"}, {"Valeo", "Renault"}),
    # "tandis que", "alors que" (the "que" glued to "qu"), and the contrast with no comma before it
    ("fr", "Renault fabrique la Zoe à Flins, tandis que Valeo fournit des moteurs à Stellantis.", ["Renault", "Valeo", "Stellantis"],
     {"Renault", "Stellantis"}, {"Valeo", "Stellantis"}),
    ("fr", "Renault assemble la Mégane à Douai alors que Valeo livre des phares à Stellantis.", ["Renault", "Valeo", "Stellantis"],
     {"Renault", "Stellantis"}, {"Valeo", "Stellantis"}),
    ("en", "Ford builds the Explorer in Chicago while Bosch supplies brakes to Stellantis.", ["Ford", "Bosch", "Stellantis"],
     {"Ford", "Stellantis"}, {"Bosch", "Stellantis"}),
    ("it", "Fiat produce la Panda a Pomigliano mentre Bosch fornisce i freni a Renault.", ["Fiat", "Bosch", "Renault"],
     {"Fiat", "Renault"}, {"Bosch", "Renault"}),
    ("es", "Seat monta el Ibiza en Martorell mientras Gestamp suministra piezas a Renault.", ["Seat", "Gestamp", "Renault"],
     {"Seat", "Renault"}, {"Gestamp", "Renault"}),
])
def test_no_pair_across_a_contrast(lang, sentence, companies, banned, kept):
    pairs = [{r.source, r.target} for r in rels(sentence, companies, language=lang)]
    assert banned not in pairs
    assert kept in pairs


@pytest.mark.parametrize("lang, sentence, companies", [
    # a preposition before "mentre"/"while" governs the place in the first clause, not the name after it
    ("it", "Fiat produce la Panda a Pomigliano mentre Bosch fornisce i freni a Renault.", ["Fiat", "Bosch", "Renault"]),
    ("en", "Ford builds pickups in Dearborn whereas Bosch supplies brakes to Renault.", ["Ford", "Bosch", "Renault"]),
])
def test_contrast_word_ends_a_preposition(lang, sentence, companies):
    assert supplies(sentence, companies, lang) == [("Bosch", "Renault")]


@pytest.mark.parametrize("lang, sentence, companies, expected", [
    # one clause: "while" after both parties leaves the tie alone
    ("en", "Bosch supplies brakes to Audi while it expands in Hungary.", ["Bosch", "Audi"], [("Bosch", "Audi")]),
    ("it", "Bosch fornisce i freni ad Audi mentre amplia la fabbrica di Bari.", ["Bosch", "Audi"], [("Bosch", "Audi")]),
    ("fr", "Valeo livre des phares à Renault tandis que son usine tourne à plein.", ["Valeo", "Renault"], [("Valeo", "Renault")]),
])
def test_contrast_after_the_pair_keeps_it(lang, sentence, companies, expected):
    assert supplies(sentence, companies, lang) == expected


def test_german_neben_at_the_start_compares():
    s = "Neben Mahle beliefert auch Hella den Autobauer Audi."
    assert supplies(s, ["Mahle", "Hella", "Audi"], "de") in ([], [("Hella", "Audi")])


@pytest.mark.parametrize("lang, sentence, companies, kept", [
    # every member of a list of rivals is aside, not only the first
    ("en", "Kestrel, which competes against Nordia and Brixo, supplies Audi.", ["Kestrel", "Nordia", "Brixo", "Audi"], [("Kestrel", "Audi")]),
    ("it", "Kestrel, in concorrenza con Nordia e Brixo, fornisce Audi.", ["Kestrel", "Nordia", "Brixo", "Audi"], [("Kestrel", "Audi")]),
    # a share price compared: "outperforming X and Y"
    ("en", "Kestrel shares rose, outperforming Nordia and Brixo, which supplies Audi.", ["Kestrel", "Nordia", "Brixo", "Audi"], []),
])
def test_every_rival_of_a_list_is_aside(lang, sentence, companies, kept):
    assert supplies(sentence, companies, lang) == kept


def test_a_list_without_a_rival_word_keeps_its_members():
    s = "Kestrel supplies Nordia and Brixo."
    assert supplies(s, ["Kestrel", "Nordia", "Brixo"], "en") == [("Kestrel", "Brixo"), ("Kestrel", "Nordia")]


@pytest.mark.parametrize("sentence,language", [
    ("Tessaro se opuso públicamente al acuerdo con Norvik y llevó el caso a los tribunales.", "es"),
    ("Tessaro opposed the partnership with Norvik.", "en"),
    ("Tessaro si è opposta all'accordo con Norvik.", "it"),
    ("Tessaro s'oppose à l'accord avec Norvik.", "fr"),
    ("Tessaro klagt gegen den Vertrag mit Norvik.", "de"),
])
def test_a_company_opposing_a_deal_is_no_party_of_it(sentence, language):
    doc = make_doc(sentence, ["Tessaro", "Norvik"], language=language)
    assert not RelationExtractor()(doc).relations


def test_a_deal_signed_is_still_read():
    doc = make_doc("Tessaro signed a partnership with Norvik.", ["Tessaro", "Norvik"], language="en")
    assert {(r.type, r.source, r.target) for r in RelationExtractor()(doc).relations} == {("partners_with", "Norvik", "Tessaro")}
