"""More supply constructions of real news, on sentences written for these tests (companies and
wording of their own): a list after a colon that spells out a noun ("from two suppliers: A and B")."""

from __future__ import annotations

import pytest

from .helpers import rels, triples


def supplies(sentence, companies, lang, **kw):
    return sorted((t[1], t[2]) for t in triples(rels(sentence, companies, language=lang, **kw)) if t[0] == "supplies")


@pytest.mark.parametrize("lang, sentence, companies, expected", [
    ("en", "Nissan gets its cells for the Leaf from two suppliers: AESC and Panasonic.", ["Nissan", "AESC", "Panasonic"],
     [("AESC", "Nissan"), ("Panasonic", "Nissan")]),
    ("en", "Rivian delivered its vans to one customer: Amazon.", ["Rivian", "Amazon"], [("Rivian", "Amazon")]),
    ("de", "Die Sitze bezieht Audi von zwei Zulieferern: Lear und Adient.", ["Audi", "Lear", "Adient"],
     [("Adient", "Audi"), ("Lear", "Audi")]),
    ("it", "Piaggio acquista le batterie da due fornitori: Samsung SDI e LG Energy Solution.",
     ["Piaggio", "Samsung SDI", "LG Energy Solution"], [("LG Energy Solution", "Piaggio"), ("Samsung SDI", "Piaggio")]),
    ("fr", "Alpine achète ses cellules à deux fournisseurs : Verkor et LG Energy Solution.",
     ["Alpine", "Verkor", "LG Energy Solution"], [("LG Energy Solution", "Renault"), ("Verkor", "Renault")]),  # (Alpine, a marque: its group)
    ("es", "Cupra compra las baterías a dos proveedores: CATL y Gotion.", ["Cupra", "CATL", "Gotion"],
     [("CATL", "SEAT"), ("Gotion", "SEAT")]),  # (Cupra, a marque: its group)
    # the names after the colon open a clause of their own: they spell out no noun
    ("en", "Ford sells trucks to fleets: Hertz and Avis are the biggest.", ["Ford", "Hertz", "Avis"], []),
])
def test_a_list_after_a_colon_takes_the_preposition_of_the_noun_it_spells_out(lang, sentence, companies, expected):
    assert supplies(sentence, companies, lang) == expected


@pytest.mark.parametrize("lang, sentence, companies, expected", [
    # a dative clitic in the relative stands for the clause subject, who sells to the antecedent
    ("es", "Livent renovó su acuerdo con Nissan, que le compra carbonato de litio desde 2023.", ["Livent", "Nissan"],
     [("Livent", "Nissan")]),
    ("fr", "Arkema a prolongé son contrat avec Renault, qui lui achète des cathodes.", ["Arkema", "Renault"],
     [("Arkema", "Renault")]),
    ("it", "Pirelli ha rinnovato l'intesa con Iveco, che le acquista gli pneumatici.", ["Pirelli", "Iveco"], [("Pirelli", "Iveco")]),
    # no clitic: the antecedent buys from the company named after the verb, not from the clause subject
    ("es", "Livent renovó su acuerdo con Nissan, que compra carbonato de litio a SQM.", ["Livent", "Nissan", "SQM"],
     [("SQM", "Nissan")]),
    ("en", "Arkema signed a deal with Volvo, which buys lithium from SQM.", ["Arkema", "Volvo", "SQM"], [("SQM", "Volvo")]),
])
def test_a_relative_clause_of_buying_names_its_buyer_before_it(lang, sentence, companies, expected):
    assert supplies(sentence, companies, lang) == expected


@pytest.mark.parametrize("sentence, companies, expected", [
    ("Opel, das seine Reifen bisher beim Hersteller Nokian einkauft, prüft Alternativen.", ["Opel", "Nokian"], [("Nokian", "Stellantis")]),
    ("Die Zellen hat MAN bei Microvast eingekauft.", ["MAN", "Microvast"], [("Microvast", "MAN")]),
    ("MAN hat bei Microvast Aktien eingekauft.", ["MAN", "Microvast"], []),  # shares are no goods
])
def test_german_einkaufen_bei_is_buying_from(sentence, companies, expected):
    assert supplies(sentence, companies, "de") == expected


LONG_IT = ("Lamborghini progetta e costruisce al proprio interno i motori elettrici, l'elettronica di potenza, il telaio "
           "in carbonio e il software di bordo della nuova sportiva; le celle, invece, sono fornite da Samsung SDI.")


@pytest.mark.parametrize("lang, sentence, companies, expected", [
    # a passive clause after a semicolon, with no company of its own: the goods are the previous subject's
    ("it", LONG_IT, ["Lamborghini", "Samsung SDI"], [("Samsung SDI", "Lamborghini")]),
    ("fr", "Alpine conçoit et fabrique elle-même ses moteurs électriques, ses onduleurs, ses châssis en aluminium et tout "
           "son logiciel de bord ; les cellules, en revanche, sont fournies par LG Energy Solution.",
     ["Alpine", "LG Energy Solution"], [("LG Energy Solution", "Renault")]),
    ("es", "Cupra diseña y fabrica por su cuenta los motores eléctricos, los inversores, las carrocerías de aluminio y todo "
           "el software de a bordo; las baterías, en cambio, son suministradas por Gotion.",
     ["Cupra", "Gotion"], [("Gotion", "SEAT")]),
    # the clause names its own customer: that one, not the previous subject
    ("en", "Volvo reported record sales across Europe and in the United States for its plug-in hybrid models and for its "
           "trucks; Polestar's cells are supplied by CATL.", ["Volvo", "Polestar", "CATL"], [("CATL", "Polestar")]),
])
def test_a_passive_supply_after_a_semicolon_serves_the_previous_subject(lang, sentence, companies, expected):
    assert supplies(sentence, companies, lang) == expected


@pytest.mark.parametrize("lang, sentence, companies, expected", [
    # the goods bought are named with their producer: the producer sells
    ("en", "Rivian buys lithium hydroxide refined by Ganfeng at its Jiangxi plant.", ["Rivian", "Ganfeng"], [("Ganfeng", "Rivian")]),
    ("fr", "Stellantis achètera une partie du nickel produit par Eramet en Indonésie.", ["Stellantis", "Eramet"], [("Eramet", "Stellantis")]),
    ("es", "Seat compra el aluminio producido por Alcoa en San Ciprián.", ["Seat", "Alcoa"], [("Alcoa", "Seat")]),
    # a takeover of a company that someone else made: no goods bought
    ("en", "Rivian buys Lordstown, the carmaker founded by Foxconn.", ["Rivian", "Lordstown", "Foxconn"], []),
])
def test_goods_bought_with_their_producer_after_a_participle(lang, sentence, companies, expected):
    assert supplies(sentence, companies, lang) == expected


@pytest.mark.parametrize("lang, sentence, companies, expected", [
    # the company right before "one of its suppliers" is the member, the clause subject owns "its"
    ("fr", "Fastned, l'opérateur néerlandais de stations de recharge rapide installé à Amsterdam, a signé le contrat "
           "qui fait d'Alpitronic l'un de ses principaux fournisseurs de bornes.", ["Fastned", "Alpitronic"],
     [("Alpitronic", "Fastned")]),
    ("it", "Iveco ha firmato l'accordo che ha fatto di Allison uno dei suoi principali fornitori.", ["Iveco", "Allison"],
     [("Allison", "Iveco")]),
    ("en", "Scania made Northvolt one of its biggest suppliers.", ["Scania", "Northvolt"], [("Northvolt", "Scania")]),
    # "its" before a noun that is no list of members: a purchase for someone's customers, not a supply
    ("en", "Lucid buys from Panasonic for its customers in Japan.", ["Lucid", "Panasonic"], []),
])
def test_a_member_named_before_one_of_its_suppliers(lang, sentence, companies, expected):
    assert supplies(sentence, companies, lang) == expected


def test_german_is_among_the_suppliers_is_no_ownership():
    got = triples(rels("Mahle gehört zu den wichtigsten Zulieferern von Daimler Truck.", ["Mahle", "Daimler Truck"], language="de"))
    assert [(t[0], t[1], t[2]) for t in got] == [("supplies", "Mahle", "Daimler Truck")]
    got = triples(rels("MAN gehört zu Traton.", ["MAN", "Traton"], language="de"))
    assert [(t[0], t[1], t[2]) for t in got] == [("owns", "Traton", "MAN")]


@pytest.mark.parametrize("lang, sentence, companies", [
    ("en", "Arrival's contract to supply vans to UPS was not renewed.", ["Arrival", "UPS"]),
    ("fr", "Forsee Power livrait des batteries à Alstom, mais le contrat n'a pas été renouvelé.", ["Forsee Power", "Alstom"]),
    ("fr", "Le contrat de fourniture de Forsee Power à Alstom est arrivé à échéance en mars.", ["Forsee Power", "Alstom"]),
    ("de", "Leclanché lieferte Zellen an Schaeffler, doch der Vertrag lief Ende 2023 aus.", ["Leclanché", "Schaeffler"]),
    ("es", "Irizar suministraba autobuses a Alsa, pero el contrato no fue renovado.", ["Irizar", "Alsa"]),
    ("it", "Il contratto con cui Magneti Marelli forniva i fari a Maserati non è stato rinnovato.", ["Magneti Marelli", "Maserati"]),
])
def test_a_contract_not_renewed_or_run_out_has_ended(lang, sentence, companies):
    got = [t for t in triples(rels(sentence, companies, language=lang)) if t[0] == "supplies"]
    assert [(t[1], t[2], t[3]) for t in got] == [(companies[0], companies[1], "ended")]


@pytest.mark.parametrize("lang, sentence, companies, expected", [
    # a relative after a description of the name before it goes with that name, not the one inside it
    ("fr", "Alpine achète ses moteurs à Valeo Siemens, filiale du groupe français Valeo, qui lui livre aussi les onduleurs.",
     ["Alpine", "Valeo Siemens", "Valeo"], [("Valeo Siemens", "Renault")]),
    ("en", "Rivian buys cells from Samsung SDI America, a unit of the Korean group Samsung SDI, which also supplies Lucid.",
     ["Rivian", "Samsung SDI America", "Samsung SDI", "Lucid"],
     [("Samsung SDI America", "Lucid"), ("Samsung SDI America", "Rivian")]),
    # a clause joined by a conjunction is no description: the relative goes with the nearest name
    ("en", "Rivian buys cells from Samsung SDI, while Lucid turned to Panasonic, which also supplies Tesla.",
     ["Rivian", "Samsung SDI", "Lucid", "Panasonic", "Tesla"],
     [("Panasonic", "Lucid"), ("Panasonic", "Tesla"), ("Samsung SDI", "Rivian")]),
])
def test_a_relative_after_a_description_goes_with_the_described_name(lang, sentence, companies, expected):
    assert supplies(sentence, companies, lang) == expected


@pytest.mark.parametrize("lang, sentence, companies, expected", [
    # the company chosen to supply supplies the one who chose, also with the Spanish "a" of a named object
    ("es", "Renfe ficha a Talgo para suministrar los trenes de alta velocidad.", ["Renfe", "Talgo"], [("Talgo", "Renfe")]),
    ("es", "Cupra eligió a Gotion para suministrar baterías a su planta de Martorell.", ["Cupra", "Gotion"], [("Gotion", "SEAT")]),
    ("en", "Polestar picked Sunwoda to supply the battery cells.", ["Polestar", "Sunwoda"], [("Sunwoda", "Polestar")]),
    ("fr", "Alstom a choisi Forsee Power pour fournir les batteries.", ["Alstom", "Forsee Power"], [("Forsee Power", "Alstom")]),
    # the chooser is not the customer when the supply names its own
    ("en", "Polestar picked Sunwoda to supply cells to Volvo.", ["Polestar", "Sunwoda", "Volvo"], [("Sunwoda", "Volvo")]),
])
def test_a_company_chosen_to_supply_supplies_the_chooser(lang, sentence, companies, expected):
    assert supplies(sentence, companies, lang) == expected


def all_triples(sentence, companies, lang):
    return sorted((t[0], t[1], t[2]) for t in triples(rels(sentence, companies, language=lang)))


@pytest.mark.parametrize("lang, sentence, companies, expected", [
    # a bare-comma list whose last name takes a description is closed by the name after it
    ("it", "Livent fornirà carbonato di litio a Iveco, Ferrari, la casa controllata da Exor che produce a Maranello, "
           "e il gruppo Piaggio.", ["Livent", "Iveco", "Ferrari", "Exor", "Piaggio"],
     [("owns", "Exor", "Ferrari"), ("supplies", "Livent", "Ferrari"), ("supplies", "Livent", "Iveco"),
      ("supplies", "Livent", "Piaggio")]),
    ("en", "Sunwoda will supply cells to Volvo, Polestar, the brand owned by Geely, and the Japanese group Nissan.",
     ["Sunwoda", "Volvo", "Polestar", "Geely", "Nissan"],
     [("owns", "Geely", "Polestar"), ("supplies", "Sunwoda", "Nissan"), ("supplies", "Sunwoda", "Polestar"),
      ("supplies", "Sunwoda", "Volvo")]),
    ("fr", "Arkema livrera des électrolytes à Verkor, ACC, la coentreprise de Stellantis, et le groupe Renault.",
     ["Arkema", "Verkor", "ACC", "Stellantis", "Renault"],
     [("supplies", "Arkema", "ACC"), ("supplies", "Arkema", "Renault"), ("supplies", "Arkema", "Verkor")]),
])
def test_a_list_broken_by_a_description_of_one_member(lang, sentence, companies, expected):
    got = [t for t in all_triples(sentence, companies, lang) if t[0] in ("supplies", "owns")]
    assert got == expected


TIERS = {"Sunwoda": ["battery_cells"], "Polestar": ["carmaker"]}


@pytest.mark.parametrize("lang, sentence, companies, kw, expected", [
    # the relative's subject made the deal with the antecedent
    ("it", "L'elettricità arriva da Enel, con cui Ducati ha firmato un contratto di acquisto di energia.",
     ["Enel", "Ducati"], {}, [("Enel", "Ducati")]),
    ("fr", "L'électricité vient d'EDF, avec qui Verkor a signé un contrat d'achat d'électricité.", ["EDF", "Verkor"], {},
     [("EDF", "Verkor")]),
    ("en", "The cells come from Sunwoda, with which Polestar signed a supply deal in 2023.", ["Sunwoda", "Polestar"],
     {"sectors": TIERS}, [("Sunwoda", "Polestar")]),
    # a supply deal between two companies of no known tier: no direction, nothing read
    ("de", "Das Geld kommt von Eurazeo, mit dem Ionity einen Liefervertrag unterzeichnet hat.", ["Eurazeo", "Ionity"], {}, []),
])
def test_a_deal_made_with_the_antecedent_of_a_with_relative(lang, sentence, companies, kw, expected):
    assert supplies(sentence, companies, lang, **kw) == expected


def test_a_company_inside_the_subjects_own_description_is_not_the_subject():
    # "la società" is Lamborghini again; Audi sits inside the description, the subject stays Lamborghini
    sentence = ("A Sant'Agata, Lamborghini, la società controllata dalla tedesca Audi, sta ampliando lo stabilimento, "
                "che dal 2026 fornirà i motori ai modelli di Ducati.")
    got = triples(rels(sentence, ["Lamborghini", "Audi", "Ducati"], language="it", coref={"la società": "Lamborghini"}))
    assert [(t[0], t[1], t[2], t[3]) for t in got if t[0] == "supplies"] == [("supplies", "Lamborghini", "Ducati", "announced")]


@pytest.mark.parametrize("sentence, status", [
    ("Brembo dal 2019 fornisce i freni a Ducati.", "active"),
    ("Brembo dal 2027 fornirà i freni a Ducati.", "announced"),
])
def test_italian_dal_with_a_year_is_active_only_before_a_present_verb(sentence, status):
    got = triples(rels(sentence, ["Brembo", "Ducati"], language="it"))
    assert [(t[1], t[2], t[3]) for t in got] == [("Brembo", "Ducati", status)]


PAIR = {"Kia": ["carmaker"], "Toyota": ["carmaker"], "Umicore": ["battery_materials"], "Livent": ["battery_materials"],
        "Northvolt": ["battery_cells"]}


@pytest.mark.parametrize("lang, sentence, companies, expected", [
    # one deal between a pair: the tiers tell who supplies
    ("en", "Kia and Umicore signed a supply agreement.", ["Kia", "Umicore"], [("Umicore", "Kia")]),
    ("de", "Northvolt und Livent haben einen Liefervertrag unterzeichnet.", ["Northvolt", "Livent"], [("Livent", "Northvolt")]),
    # deals in the plural: each has its own with a third company, none between the two
    ("en", "Kia and Umicore signed long-term supply agreements.", ["Kia", "Umicore"], []),
    ("de", "Northvolt und Livent haben langfristige Abnahmeverträge unterzeichnet.", ["Northvolt", "Livent"], []),
    ("es", "Toyota y Livent firmaron acuerdos de suministro a largo plazo.", ["Toyota", "Livent"], []),
])
def test_plural_deals_of_a_coordinated_pair_are_not_between_them(lang, sentence, companies, expected):
    assert supplies(sentence, companies, lang, sectors=PAIR) == expected
