"""German shapes seen on fresh pages (invented sentences, several phrasings each): goods linking a
maker to the company named in a relative clause on them ("Zellen, die Y einsetzt", "Modelle, deren
Motoren X liefert"), a list that goes on after a comma with a dative description ("mit Y, dem
koreanischen Zellhersteller Z und ..."), the owner as the antecedent of "dem ... gehört", a partner
for goods ("Batteriepartner des Konzerns"), goods secured from or leaned on a supplier, "sei Teil der
Gruppe", and a share told as a fraction in a relative ("an dem X ein Viertel der Anteile hält")."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Norvik", "Corvalis", "Tessaro", "Almara")


def _rels(text, coref=None):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language="de", coref=coref))
    return {(r.type, r.source, r.target, r.status) for r in doc.relations}


def _pairs(text, typ="supplies"):
    return {(s, t) for ty, s, t, _ in _rels(text) if ty == typ}


@pytest.mark.parametrize("text,status", [
    ("Norvik fertigt Rundzellen, die Corvalis bereits im Hybridsystem einsetzt.", "active"),
    ("Norvik fertigt in Ulm großformatige Zellen, die der Sportwagenbauer Corvalis seit 2022 verbaut.", "active"),
    ("Norvik liefert Module, welche Corvalis in seinen Bussen verwendet.", "active"),
    ("Norvik produziert Kathoden, die auch Corvalis bezieht.", "active"),
    ("Norvik fertigt Zellen, die künftig Corvalis einsetzen soll.", "announced"),
    ("Laut Tessaro fertigt Norvik Zellen, die Corvalis verwendet.", "active"),
])
def test_goods_used_by_the_company_in_the_relative(text, status):
    assert ("supplies", "Norvik", "Corvalis", status) in _rels(text)


@pytest.mark.parametrize("text", [
    "In Barcelona montiert Corvalis Geländewagen, deren Bausätze der chinesische Hersteller Norvik liefert.",
    "Corvalis baut Transporter, deren Batterien von Norvik stammen.",
    "In Graz baut der Auftragsfertiger Corvalis Modelle, deren Motoren Norvik zuliefert.",
    "Corvalis montiert Busse, dessen Antrieb seit 2021 Norvik liefert.",
])
def test_goods_whose_parts_the_company_in_the_relative_supplies(text):
    assert ("Norvik", "Corvalis") in _pairs(text)


def test_two_users_in_the_relative():
    assert {("Norvik", "Corvalis"), ("Norvik", "Tessaro")} <= _pairs("Norvik fertigt Zellen, die Corvalis und Tessaro einsetzen.")


@pytest.mark.parametrize("text", [
    "Norvik kauft Zellen, die Corvalis einsetzt.",  # the buyer makes nothing
    "Norvik fertigt Zellen, die Corvalis überzeugen.",  # no verb of use
    "Norvik fertigt Zellen, die Corvalis-Kunden einsetzen.",  # the name is glued to another noun
    "Corvalis baut Transporter, deren Teile aus Norvik kommen.",  # only "von" names a supplier
    "Norvik fertigt Zellen, die nach Angaben von Corvalis viele Hersteller einsetzen.",  # Corvalis is a source
])
def test_relatives_that_name_no_customer_or_supplier(text):
    pairs = _pairs(text)
    assert ("Norvik", "Corvalis") not in pairs and ("Corvalis", "Norvik") not in pairs


@pytest.mark.parametrize("text,expected", [
    ("Norvik hat Abnahmeverträge mit Corvalis, dem koreanischen Zellhersteller Tessaro und dem belgischen Materialkonzern Almara geschlossen.",
     {("Corvalis", "Norvik"), ("Tessaro", "Norvik"), ("Almara", "Norvik")}),
    ("Norvik liefert Zellen an Corvalis, dem Autobauer Tessaro und Almara.",
     {("Norvik", "Corvalis"), ("Norvik", "Tessaro"), ("Norvik", "Almara")}),
    ("Norvik hat Lieferverträge mit Corvalis, dem französischen Autobauer Tessaro sowie Almara unterzeichnet.",
     {("Norvik", "Corvalis"), ("Norvik", "Tessaro"), ("Norvik", "Almara")}),
])
def test_a_list_goes_on_after_a_dative_description(text, expected):
    assert expected <= _pairs(text)


@pytest.mark.parametrize("text", [
    "Norvik liefert Zellen an Corvalis, dem der Konzern Tessaro gehört.",  # a relative, not a list
    "Norvik liefert Zellen an Corvalis, dem chinesischen Hersteller, und plant mit Tessaro ein Werk.",  # an apposition
])
def test_a_dative_after_a_comma_that_is_no_list(text):
    assert ("Norvik", "Tessaro") not in _pairs(text)


@pytest.mark.parametrize("text", [
    "Norvik, dem bereits Corvalis gehört, übernimmt 26 Prozent an Tessaro.",
    "Der Konzern Norvik, dem seit 2019 auch Corvalis gehört, meldet Gewinne.",
    "Norvik, dem die Firma Corvalis gehört, wächst.",  # (not "die Marke Corvalis": a brand is no company)
])
def test_the_owner_in_the_dative_relative(text):
    assert ("owns", "Norvik", "Corvalis", "active") in _rels(text)


def test_a_dative_relative_with_a_pronoun_names_no_owner():
    assert not {r for r in _rels("Norvik dankte Corvalis, dem es gehört.") if r[0] == "owns"}


@pytest.mark.parametrize("text", [
    "Norvik bleibt der wichtigste Batteriepartner von Corvalis.",
    "Norvik ist Zellpartner des Autobauers Corvalis.",
    "Seit 2020 ist Norvik Chippartner von Corvalis.",
])
def test_a_partner_for_goods_is_a_supplier(text):
    assert ("Norvik", "Corvalis") in _pairs(text)


def test_a_plain_partner_stays_a_partner():
    assert not _pairs("Norvik ist ein Partner von Corvalis.")


@pytest.mark.parametrize("text", [
    "Corvalis sichert sich Kathoden von Norvik.",
    "Corvalis sicherte sich Zellen bei Norvik.",
    "Corvalis stützt sich bei Kathoden auf Norvik.",
])
def test_goods_secured_from_or_leaned_on_a_supplier(text):
    assert ("Norvik", "Corvalis") in _pairs(text)


@pytest.mark.parametrize("text", [
    "Corvalis sicherte sich die Mehrheit an Norvik.",  # a stake
    "Corvalis stützt sich auf Norvik.",  # no goods
])
def test_no_goods_secured(text):
    assert ("Norvik", "Corvalis") not in _pairs(text)


@pytest.mark.parametrize("text", [
    "Corvalis sei ein wertvoller Teil der Norvik-Gruppe.",
    "Corvalis ist seit Jahren Teil von Norvik.",
    "Corvalis bleibt Teil von Norvik.",
])
def test_part_of_a_group(text):
    assert ("owns", "Norvik", "Corvalis", "active") in _rels(text)


@pytest.mark.parametrize("text,typ", [
    ("Corvalis, an dem Norvik rund ein Viertel der Anteile hält, baut Systeme.", "invests_in"),
    ("Corvalis, an der Norvik knapp die Hälfte hält, baut Systeme.", "invests_in"),
    ("Norvik stärkt die Bande nach China über Corvalis, an dem der Konzern ein Fünftel hält.", "invests_in"),
    ("Corvalis, an dem Norvik gut die Hälfte der Anteile hält, baut Systeme.", "owns"),
    ("Corvalis, an dem Norvik zwei Drittel hält, baut Systeme.", "owns"),
])
def test_a_share_told_as_a_fraction_in_a_relative(text, typ):
    got = {(r[0], r[1], r[2]) for r in _rels(text) if r[0] in ("owns", "invests_in")}
    assert got == {(typ, "Norvik", "Corvalis")}


# --- gapped goods, goods raised for a customer, a sale by a seller that is no company -----------------------

@pytest.mark.parametrize("text", [
    "Norvik und Corvalis liefern die Zellen, Tessaro die Chips.",
    "Norvik liefert die Zellen, Tessaro die Chips – am Ende baut Almara.",
])
def test_a_gapped_second_supplier_is_no_recipient(text):
    pairs = _pairs(text)
    assert ("Norvik", "Tessaro") not in pairs and ("Corvalis", "Tessaro") not in pairs


@pytest.mark.parametrize("text", [
    "Norvik beliefert seit 2020 Corvalis, Tessaro und Almara.",
    "Norvik liefert die Zellen an Almara, Tessaro und Corvalis.",
])
def test_a_list_of_recipients_after_a_comma_stays(text):
    assert ("Norvik", "Tessaro") in _pairs(text)


@pytest.mark.parametrize("text", [
    "So stammt das Kobalt aus Marokko, wo der Bergbaukonzern Norvik es seit 2020 für Corvalis fördert.",
    "Norvik fördert Kobalt für Corvalis.",
    "Norvik raffiniert Lithium für Corvalis.",
])
def test_goods_mined_or_refined_for_a_customer(text):
    assert ("Norvik", "Corvalis") in _pairs(text)


def test_funding_without_a_customer_is_no_supply():
    assert not _pairs("Norvik fördert Start-ups in Corvalis-Nähe.")


@pytest.mark.parametrize("text", [
    "2022 hatten die Stadtwerke ihre Tochter Corvalis an Norvik verkauft.",
    "2022 hatten die Stadtwerke ihre Tochter Corvalis an das Karlsruher Unternehmen Norvik verkauft.",
    "Die Familie hat die Sparte Corvalis an Norvik veräußert.",
])
def test_a_unit_sold_by_a_seller_that_is_no_company(text):
    assert ("acquires", "Norvik", "Corvalis", "active") in _rels(text)


@pytest.mark.parametrize("text", [
    "Tessaro hat Zellen an Norvik verkauft.",
    "Tessaro verkauften Zellen an Norvik.",
])
def test_goods_sold_name_their_seller(text):
    assert ("Tessaro", "Norvik") in _pairs(text)
    assert not {r for r in _rels(text) if r[0] == "acquires"}


def test_a_sale_told_in_the_plural_past():
    assert ("acquires", "Norvik", "Corvalis", "active") in _rels("Tessaro und Almara verkauften 2021 ihre Tochter Corvalis an Norvik.")


# --- a tie's noun fronted as the object; the goods a supply deal is for, fronted -----------------------------

@pytest.mark.parametrize("text,typ", [
    ("Ein Joint Venture hat Norvik im vergangenen Jahr mit Corvalis vereinbart.", "joint_venture"),
    ("Ein zweites Gemeinschaftsunternehmen gründete Norvik 2021 mit Corvalis.", "joint_venture"),
    ("Eine Partnerschaft hat Norvik mit Corvalis geschlossen.", "partners_with"),
    ("Eine Kooperation vereinbarte Norvik zudem mit Corvalis.", "partners_with"),
])
def test_a_fronted_tie_with_its_subject_after_the_verb(text, typ):
    assert {(r[0], frozenset(r[1:3])) for r in _rels(text)} >= {(typ, frozenset(("Norvik", "Corvalis")))}


@pytest.mark.parametrize("text,status", [
    ("Ein Joint Venture hat Norvik im vergangenen Jahr mit Corvalis vereinbart.", "announced"),
    ("Eine Partnerschaft hat Norvik mit Corvalis geschlossen.", "announced"),
    ("Ein Joint Venture hat Norvik 2021 mit Corvalis gegründet.", "active"),
])
def test_a_fronted_tie_takes_the_status_of_its_last_verb(text, status):
    assert {r[3] for r in _rels(text) if frozenset(r[1:3]) == frozenset(("Norvik", "Corvalis"))} == {status}


def test_a_fronted_tie_the_subject_denies_names_no_pair():
    assert not _rels("Eine Partnerschaft hat Norvik nicht, sagte Corvalis.")


def test_the_fronted_venture_named_by_its_own_name_is_no_partner():
    pairs = {frozenset(r[1:3]) for r in _rels("Das Joint Venture Tessaro hat Norvik mit Corvalis gegründet.")}
    assert frozenset(("Norvik", "Tessaro")) not in pairs


@pytest.mark.parametrize("text", [
    "Für den Strom hat Corvalis einen langfristigen Liefervertrag mit Norvik abgeschlossen.",
    "Für die Zellen seiner Lkw hat Corvalis einen Liefervertrag mit Norvik unterzeichnet.",
])
def test_goods_fronted_with_fuer_are_the_subjects_purchase(text):
    pairs = _pairs(text)
    assert ("Norvik", "Corvalis") in pairs and ("Corvalis", "Norvik") not in pairs


@pytest.mark.parametrize("text", [
    "Norvik hat einen Liefervertrag mit Corvalis abgeschlossen.",
    "Für 2027 hat Norvik einen Liefervertrag mit Corvalis abgeschlossen.",  # a year, no goods
])
def test_a_supply_deal_without_fronted_goods_keeps_the_subject_as_supplier(text):
    assert ("Norvik", "Corvalis") in _pairs(text)


# --- interest in buying a company; a quoted "Teil der Gruppe" -----------------------------------------------

@pytest.mark.parametrize("text,status", [
    ("Laut Handelsblatt soll Norvik Interesse an der Heimspeicher-Tochter Corvalis angemeldet haben.", "rumoured"),
    ("Norvik hat Interesse an Corvalis bekundet.", "in_talks"),
    ("Norvik hat Interesse an dem Zulieferer Corvalis.", "in_talks"),
    ("Norvik hat kein Interesse an Corvalis.", "denied"),
])
def test_interest_in_a_company(text, status):
    assert ("acquires", "Norvik", "Corvalis", status) in _rels(text)


@pytest.mark.parametrize("text", [
    "Norvik zeigt Interesse an den Produkten von Corvalis.",  # goods, not the company
    "Das Interesse an Corvalis-Aktien ist groß, sagte Norvik.",  # the name glued to another noun
])
def test_interest_in_something_else(text):
    assert not {r for r in _rels(text) if r[0] == "acquires"}


def test_a_quoted_part_of_the_group():
    assert ("owns", "Norvik", "Corvalis", "active") in _rels('Corvalis sei ein „wertvoller Teil der Norvik-Gruppe".')


# --- a holding named by its noun; a stake raised -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Corvalis ist eine Beteiligung von Norvik.",
    "Corvalis ist eine Finanzbeteiligung des Investors Norvik.",
    "Corvalis bleibt eine Minderheitsbeteiligung von Norvik.",
])
def test_a_holding_named_by_its_noun(text):
    assert ("invests_in", "Norvik", "Corvalis", "active") in _rels(text)


@pytest.mark.parametrize("text", [
    "Norvik stockt bei Corvalis auf.",
    "Norvik stockte 2024 seine Anteile bei Corvalis auf.",
    "Norvik hat bei Corvalis aufgestockt.",
])
def test_a_stake_raised(text):
    assert ("invests_in", "Norvik", "Corvalis", "active") in _rels(text)


def test_stock_raised_with_goods_is_no_stake():
    assert not {r for r in _rels("Norvik stockt die Produktion für Corvalis auf.") if r[0] == "invests_in"}


# --- the owner in the dative after a fronted verb; a buyer named in the sentence after the sale ------------------

@pytest.mark.parametrize("text", [
    "Seitdem gehört Norvik mehrheitlich der Beteiligungsgesellschaft Corvalis.",
    "Seit 2021 gehört Norvik dem Finanzinvestor Corvalis.",
    "Inzwischen gehört Norvik zu 60 Prozent dem chinesischen Konzern Corvalis.",
])
def test_verb_second_owner_in_the_dative(text):
    assert ("owns", "Corvalis", "Norvik", "active") in _rels(text)


@pytest.mark.parametrize("text", [
    "Seit 2021 gehört Norvik dem Branchenverband Corvalis an.",  # a membership
    "Damit gehört Norvik der Gruppe der größten Zulieferer an.",
])
def test_belonging_to_an_association_is_no_ownership(text):
    assert not {r for r in _rels(text) if r[0] == "owns"}


@pytest.mark.parametrize("text,expected", [
    ("Tessaro trennt sich von der Mehrheit an seiner Tochter Corvalis. Käufer ist der Sportwagenbauer Norvik, wie beide mitteilten.",
     ("acquires", "Norvik", "Corvalis", "announced")),
    ("Tessaro verkauft seine Sparte Corvalis. Neuer Eigentümer wird der Finanzinvestor Norvik.",
     ("acquires", "Norvik", "Corvalis", "announced")),
    ("Tessaro hat 30 Prozent an Corvalis verkauft. Käufer ist Norvik.",
     ("invests_in", "Norvik", "Corvalis", "active")),
])
def test_a_buyer_named_after_the_sale(text, expected):
    assert expected in _rels(text)


@pytest.mark.parametrize("text", [
    "Tessaro baut ein Werk für Corvalis. Käufer ist Norvik.",  # no sale before
    "Tessaro verkauft Zellen an Almara. Käufer der Anlage ist Norvik.",  # the buyer's noun has its own object
])
def test_no_buyer_without_a_sale_just_before(text):
    assert not {r for r in _rels(text) if r[0] in ("acquires", "invests_in") and r[1] == "Norvik"}


def test_no_buyer_from_another_story():
    doc = RelationExtractor()(make_doc(["Tessaro verkauft seine Sparte Corvalis.", "Käufer ist Norvik."],
                                       ["Tessaro", "Corvalis", "Norvik"], language="de"))
    assert not [r for r in doc.relations if r.source == "Norvik"]


# --- a first or main customer named in the sentence after its supplier ------------------------------------------

@pytest.mark.parametrize("text,customers", [
    ("Norvik baut in Ulm ein Zellwerk. Erster Kunde ist Corvalis.", {"Corvalis"}),
    ("Norvik baut in Ulm ein Zellwerk. Hauptkunde ist der Autobauer Corvalis.", {"Corvalis"}),
    ("Norvik liefert Kathoden. Zu den Großkunden zählen Corvalis und Tessaro.", {"Corvalis", "Tessaro"}),
])
def test_a_first_or_main_customer_after_its_supplier(text, customers):
    assert {t for s, t in _pairs(text) if s == "Norvik"} >= customers


@pytest.mark.parametrize("text", [
    "Norvik baut ein Werk. Erster Spatenstich ist im Mai, sagte Corvalis.",
    "Norvik baut ein Werk. Erster Kunde von Tessaro ist Corvalis.",  # the customer of another company
])
def test_no_customer_of_the_company_before(text):
    assert ("Norvik", "Corvalis") not in _pairs(text)


# --- a sum of money between the verb and its company is no list number ------------------------------------------

@pytest.mark.parametrize("text", [
    "Norvik beteiligt sich mit 500 Millionen Euro an Corvalis.",
    "Norvik beteiligt sich mit 1,2 Milliarden Euro an Corvalis.",
    "Norvik beteiligt sich mit 80 Millionen US-Dollar an Corvalis.",
])
def test_a_sum_between_the_stake_verb_and_its_company(text):
    assert ("invests_in", "Norvik", "Corvalis", "active") in _rels(text)


def test_a_bare_number_still_breaks_the_object():
    assert not {r for r in _rels("Norvik kauft 3 Werke und Corvalis.") if r[0] == "acquires" and r[2] == "Corvalis"}


@pytest.mark.parametrize("text,expected", [
    ("Norvik übernimmt 70 Prozent an Corvalis. Verkäufer ist der Zulieferer Tessaro.", ("owns", "Tessaro", "Corvalis", "active")),
    ("Norvik hat Corvalis übernommen. Verkäufer war Tessaro.", ("owns", "Tessaro", "Corvalis", "ended")),
    ("Norvik übernimmt 20 Prozent an Corvalis. Verkäufer ist Tessaro.", ("invests_in", "Tessaro", "Corvalis", "active")),
])
def test_a_seller_named_after_the_purchase(text, expected):
    assert expected in _rels(text)


def test_no_seller_without_a_purchase_just_before():
    assert not {r for r in _rels("Norvik baut ein Werk mit Corvalis. Verkäufer ist Tessaro.") if r[1] == "Tessaro"}


# --- a supplier or customer named by its goods in the sentence after its partner -------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Norvik baut ein neues Elektroauto. Lieferant der Zellen ist Corvalis.", {("Corvalis", "Norvik")}),
    ("Norvik baut ein Zellwerk in Ulm. Abnehmer der Zellen ist Corvalis.", {("Norvik", "Corvalis")}),
    ("Norvik baut ein Zellwerk in Ulm. Abnehmer der Zellen sind Corvalis und Tessaro.", {("Norvik", "Corvalis"), ("Norvik", "Tessaro")}),
])
def test_a_role_named_by_its_goods_after_its_partner(text, expected):
    assert expected <= _pairs(text)


@pytest.mark.parametrize("text", [
    "Norvik baut ein Werk. Lieferant des Jahres ist Corvalis.",  # no goods
    "Norvik baut ein Werk. Lieferant der Zellen von Tessaro ist Corvalis.",  # the role's own owner named
])
def test_a_role_not_of_the_company_before(text):
    pairs = _pairs(text)
    assert ("Corvalis", "Norvik") not in pairs and ("Norvik", "Corvalis") not in pairs


# --- new shares subscribed after the sentence of the capital increase -------------------------------------------

@pytest.mark.parametrize("text,investors", [
    ("Norvik hat eine Kapitalerhöhung über 210 Millionen Euro abgeschlossen. Gezeichnet wurden die neuen Aktien unter anderem "
     "vom Autokonzern Corvalis, von der Bergbaugruppe Tessaro und vom Vermögensverwalter Almara.", {"Corvalis", "Tessaro", "Almara"}),
    ("Norvik hat eine Kapitalerhöhung abgeschlossen. Gezeichnet wurden die neuen Aktien vom Autokonzern Corvalis, der bereits "
     "seit 2022 Aktionär ist, und von Tessaro.", {"Corvalis", "Tessaro"}),
])
def test_shares_subscribed_after_the_capital_increase(text, investors):
    got = {r[1] for r in _rels(text) if r[0] == "invests_in" and r[2] == "Norvik"}
    assert got == investors


def test_a_contract_signed_is_no_subscription():
    text = "Norvik sammelt 50 Millionen Euro ein. Der Vertrag wurde von Corvalis gezeichnet."
    assert not {r for r in _rels(text) if r[0] == "invests_in"}
