"""German constructions of business journalism, on sentences written for these tests with made-up
companies: how German news names suppliers and customers, investors, takeovers and partners, and
the words that set a status. Each construction has near misses that must not give the relation."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

NAMES = ["Almara", "Brixo", "Kestrel", "Orvale", "Vostra"]


def _t(sentence, companies=NAMES, coref=None):
    return [(t, s, d, st) for t, s, d, st, _ in triples(rels(sentence, companies, language="de", coref=coref))]


# --- a start date "von 2027 an": no preposition before the name, and a plan ------------------------

@pytest.mark.parametrize("sentence", [
    "Von 2027 an soll Vostra jährlich rund 200 Gigawattstunden Strom an Almara liefern.",
    "Vom kommenden Januar 2026 an will Vostra Module an Almara liefern.",
    "Vostra soll von 2027 an Bremssysteme an Almara liefern, teilte das Unternehmen mit.",
])
def test_start_date_with_an(sentence):
    assert _t(sentence) == [("supplies", "Vostra", "Almara", "announced")]


def test_preposition_never_crosses_a_finite_verb():
    # "an" is the start date's; Vostra, after the finite verb, is the subject, not a recipient
    assert ("supplies", "Almara", "Vostra", "announced") not in _t(
        "Von 2027 an soll Vostra Zellen an Almara liefern.")


# --- goods of the customer: "für die Kompaktwagen von Y" names Y's cars, not a passive agent --------

@pytest.mark.parametrize("sentence", [
    "Vostra soll ab 2026 Sitze für die nächste Generation elektrischer Kompaktwagen von Almara liefern.",
    "Vostra wird Steuergeräte für mehrere Baureihen von Almara liefern.",
])
def test_goods_owned_by_the_customer(sentence):
    assert _t(sentence) == [("supplies", "Vostra", "Almara", "announced")]


def test_passive_agent_still_supplies():
    assert _t("Die Sitze werden derzeit von Vostra an Almara geliefert.") == [("supplies", "Vostra", "Almara", "active")]


def test_a_plan_in_another_clause_is_no_rumour():
    # "sollen" after the semicolon speaks of the trucks, not of the deliveries
    assert _t("Die Module werden derzeit von Vostra an Almara geliefert; 100 Lkw sollen ab 2026 an Kunden gehen.") == [
        ("supplies", "Vostra", "Almara", "active")]


# --- contract compounds: "Stromabnahmevertrag", "Gasliefervertrag" -----------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("Almara hat mit dem Energieversorger Vostra einen Stromabnahmevertrag über zehn Jahre geschlossen.",
     ("supplies", "Vostra", "Almara", "announced")),
    ("Vostra hat mit Almara einen Gasliefervertrag unterzeichnet.", ("supplies", "Vostra", "Almara", "announced")),
])
def test_contract_compounds(sentence, expected):
    assert expected in _t(sentence)


def test_contract_compound_without_partner():
    assert _t("Almara hat einen Stromabnahmevertrag unterzeichnet, Vostra äußerte sich nicht.") == []


# --- investors named by a noun ------------------------------------------------------------------

@pytest.mark.parametrize("sentence,coref", [
    ("Zu den Geldgebern des Unternehmens gehört unter anderem der Autokonzern Vostra.", {"des Unternehmens": "Almara"}),
    ("Zu den Kapitalgebern von Almara zählt auch Vostra.", None),
    ("Vostra ist mit neun Prozent größter Einzelaktionär von Almara.", None),
])
def test_investor_nouns(sentence, coref):
    assert _t(sentence, coref=coref) == [("invests_in", "Vostra", "Almara", "active")]


def test_a_description_opening_with_des_is_the_nouns_complement():
    # "des Konzerns" is the anchor ("the customers of the group"), the names after the verb its customers
    got = _t("Zu den Kunden des Konzerns zählen auch Brixo und Orvale.", coref={"des Konzerns": "Almara"})
    assert ("supplies", "Almara", "Brixo", "active") in got and ("supplies", "Almara", "Orvale", "active") in got


def test_investors_of_another_company_are_not_the_subjects():
    assert _t("Vostra spricht mit Investoren, Almara hält sich zurück.") == []


# --- "prüft einen Einstieg bei Y" --------------------------------------------------------------------

def test_entry_noun():
    assert _t("Wie das Handelsblatt unter Berufung auf Finanzkreise berichtet, prüft Vostra einen Einstieg bei Almara.") == [
        ("invests_in", "Vostra", "Almara", "rumoured")]


def test_entry_noun_of_a_person_names_no_company():
    assert _t("Der Einstieg bei Almara war für Vorstand Kurt Vostra ein Erfolg.", ["Almara"]) == []


# --- status words ---------------------------------------------------------------------------------

def test_ended_by_a_split_off():
    assert _t("Brixo gehörte bis zur Abspaltung im Mai zum Münchner Almara-Konzern.",
              {"Brixo": "Brixo", "Almara-Konzern": "Almara"}) == [("owns", "Almara", "Brixo", "ended")]


def test_former_contract_is_history():
    assert _t("Der Liefervertrag zwischen Vostra und Almara ist seitdem Geschichte.") == [
        ("supplies", "Vostra", "Almara", "ended")]


def test_report_by_a_paper_is_a_rumour():
    got = _t("Die Wirtschaftszeitung Kurier berichtete am Montag, Vostra und Almara sprächen über ein Gemeinschaftsunternehmen.")
    assert got == [("joint_venture", "Almara", "Vostra", "rumoured")]


def test_report_wonach_denied_in_the_next_sentence():
    got = _t("Für Unruhe hatte ein Bericht gesorgt, wonach Vostra eine Minderheitsbeteiligung an Almara erwerben wolle. "
             "Der Vorstand wies das am Montag zurück.")
    assert got == [("invests_in", "Vostra", "Almara", "denied")]


def test_the_company_reporting_is_no_rumour():
    # the party itself announces: no paper, no "wonach"
    assert _t("Vostra berichtete am Montag, dass es künftig Zellen an Almara liefern werde.") == [
        ("supplies", "Vostra", "Almara", "announced")]


def test_a_carmakers_name_is_no_goods_noun():
    # "Volkswagen" ends like "Kompaktwagen" but names the customer
    assert _t("Volkswagen wird von Vostra mit Sitzen beliefert.", ["Volkswagen", "Vostra"]) == [
        ("supplies", "Vostra", "Volkswagen", "announced")]


# --- the deal fronted, its subject after the finite verb --------------------------------------------

def test_fronted_deal_noun():
    got = _t("Lieferverträge hat Vostra unter anderem mit Almara und Orvale geschlossen.")
    assert got == [("supplies", "Vostra", "Almara", "announced"), ("supplies", "Vostra", "Orvale", "announced")]


def test_fronted_deal_noun_needs_a_partner():
    assert _t("Lieferverträge hat Vostra bisher nicht veröffentlicht, sagte Almara.") == []


# --- verb second: "Seit 2023 gehört Y mehrheitlich zu X" ----------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Seit Dienstag gehört Brixo damit mehrheitlich zu Almara.",
    "Seit 2019 gehört Brixo zum Konzern Almara.",
])
def test_child_after_the_verb(sentence):
    assert _t(sentence) == [("owns", "Almara", "Brixo", "active")]


@pytest.mark.parametrize("sentence", [
    "Seit Jahren gehört Brixo zu den größten Kunden von Almara.",  # a membership, no parent
    "Damit gehört Brixo bis 2030 zur Spitzengruppe, sagte Almara.",  # the name after the comma says it
])
def test_child_after_the_verb_near_misses(sentence):
    assert ("owns", "Almara", "Brixo", "active") not in _t(sentence)


# --- the partner fronted: "Mit X hat Y eine Absichtserklärung unterzeichnet" --------------------------

def test_fronted_partner_before_the_finite_verb():
    assert _t("Mit dem Energieversorger Orvale hat Vostra eine Absichtserklärung unterzeichnet.") == [
        ("partners_with", "Orvale", "Vostra", "announced")]


def test_fronted_partner_needs_the_clause_to_open_with_it():
    # "mit Orvale" inside the clause is no fronted partner of the subject named after the verb
    assert _t("Der Streit mit Orvale hat Vostra eine Absichtserklärung gekostet.") == []


# --- joint work: "gemeinsam mit X entwickelt" -------------------------------------------------------

@pytest.mark.parametrize("sentence,status", [
    ("Die Tanktechnik hat Vostra gemeinsam mit dem Gasekonzern Almara entwickelt.", "active"),
    ("In Spanien baut Vostra seit 2022 zusammen mit Almara ein Ladenetz auf.", "active"),
    ("Vostra will gemeinsam mit Almara ab 2027 Festkörperzellen entwickeln.", "announced"),
])
def test_joint_work(sentence, status):
    assert _t(sentence) == [("partners_with", "Almara", "Vostra", status)]


@pytest.mark.parametrize("sentence", [
    "Die Aktie von Vostra fiel zusammen mit Almara um drei Prozent.",  # prices that move together
    "Vostra meldete gemeinsam mit Almara am Montag Zahlen.",  # no joint work named
])
def test_joint_work_needs_a_verb_of_work(sentence):
    assert _t(sentence) == []


# --- one's own unit: "seine Stahlsparte Y", its takeover by the other side of the talks --------------

def test_possessive_unit_compound():
    assert _t("Vostra will seine Batteriesparte Orvale an die Börse bringen.") == [("owns", "Vostra", "Orvale", "active")]


def test_takeover_of_ones_own_unit_is_its_sale():
    got = _t("Vostra hat bestätigt, mit dem Stahlkonzern Almara über eine Übernahme seiner Stahlsparte Orvale zu verhandeln.")
    assert ("acquires", "Almara", "Orvale", "in_talks") in got and ("owns", "Vostra", "Orvale", "active") in got
    assert not any(t == "acquires" and s == "Vostra" for t, s, _, _ in got)


def test_takeover_of_a_rival_is_no_sale():
    assert not any(s == "Almara" for _, s, _, _ in _t("Vostra plant mit Almara die Übernahme seines Konkurrenten Orvale."))


# --- "; zu den wichtigsten Kunden zählen X und Y": the customers of the clause before's subject -------

def test_customers_after_a_semicolon():
    got = _t("Das Unternehmen beliefert fast alle großen Hersteller; zu den wichtigsten Kunden zählen Brixo und Orvale.",
             ["Brixo", "Orvale"], coref={"Das Unternehmen": "Vostra"})
    assert got == [("supplies", "Vostra", "Brixo", "active"), ("supplies", "Vostra", "Orvale", "active")]


def test_customers_of_a_named_company_after_a_semicolon():
    # the clause names whose customers they are: the subject before the semicolon is no party
    got = _t("Vostra baut ein Werk in Polen; zu den Kunden von Almara zählen Brixo und Orvale.")
    assert got == [("supplies", "Almara", "Brixo", "active"), ("supplies", "Almara", "Orvale", "active")]


def test_membership_clause_needs_a_subject_before_it():
    assert _t("Der Markt wächst; zu den Kunden zählen Brixo und Orvale.", ["Brixo", "Orvale"]) == []


# --- a deal noun in the plural: the coordinated subjects did not sign with each other -----------------

def test_plural_deals_of_a_coordinated_subject():
    got = triples(rels("Der Zellhersteller Brixo und der Materialkonzern Orvale haben langfristige Abnahmeverträge unterzeichnet.",
                       ["Brixo", "Orvale"], language="de", sectors={"Brixo": ["battery"], "Orvale": ["chemical"]}))
    assert got == []


def test_one_deal_of_a_coordinated_subject():
    got = triples(rels("Der Zellhersteller Brixo und der Materialkonzern Orvale haben einen Liefervertrag unterzeichnet.",
                       ["Brixo", "Orvale"], language="de", sectors={"Brixo": ["battery"], "Orvale": ["chemical"]}))
    assert [(t, s, d) for t, s, d, _, _ in got] == [("supplies", "Orvale", "Brixo")]


# --- an owner glued to its unit ("die Vostra-Tochter Brixo"): the unit is the party, the owner owns it --

@pytest.mark.parametrize("sentence,expected", [
    ("Kestrel liefert seit Jahren Kabelbäume an die Orvale-Tochter Brixo.", ("supplies", "Kestrel", "Brixo", "active")),
    ("Kestrel beliefert die Orvale-Tochter Brixo mit Sensoren.", ("supplies", "Kestrel", "Brixo", "active")),
    ("Kestrel hat im Frühjahr die Orvale-Tochter Brixo übernommen.", ("acquires", "Kestrel", "Brixo", "active")),
    ("Kestrel übernimmt die Orvale-Sparte Brixo für 200 Millionen Euro.", ("acquires", "Kestrel", "Brixo", "announced")),
])
def test_the_unit_of_an_owner_compound_is_the_party(sentence, expected):
    got = _t(sentence)
    assert expected in got
    assert not any("Orvale" in (s, d) and t != "owns" for t, s, d, _ in got)  # the owner only owns
    assert not any(t == "owns" and s == "Kestrel" for t, s, _, _ in got)


def test_the_owner_of_a_unit_bought_owned_it():
    assert ("owns", "Orvale", "Brixo", "ended") in _t("Kestrel hat im Frühjahr die Orvale-Tochter Brixo übernommen.")
    assert ("owns", "Orvale", "Brixo", "active") in _t("Kestrel übernimmt die Orvale-Sparte Brixo für 200 Millionen Euro.")


@pytest.mark.parametrize("sentence", [
    "Seit dem Frühjahr kontrolliert Kestrel die frühere Orvale-Tochter Brixo.",
    "Kestrel liefert Zellen an die ehemalige Orvale-Tochter Brixo.",
    "Brixo, die frühere Tochter von Orvale, baut ein zweites Werk.",
])
def test_a_former_unit_is_owned_no_more(sentence):
    assert ("owns", "Orvale", "Brixo", "ended") in _t(sentence)


def test_former_speaks_of_the_compound_owner_only():
    # the buyer who controls the former unit now owns it
    assert ("owns", "Kestrel", "Brixo", "active") in _t("Seit dem Frühjahr kontrolliert Kestrel die frühere Orvale-Tochter Brixo.")


# --- verb second: anything that opens the clause puts the subject after the finite verb --------------

@pytest.mark.parametrize("sentence,expected", [
    ("Seit 2021 liefert Vostra Bremssättel an Almara.", ("supplies", "Vostra", "Almara", "active")),
    ("Zudem beliefert derzeit der Zulieferer Vostra den Autobauer Almara.", ("supplies", "Vostra", "Almara", "active")),
    ("Ab 2027 liefert Vostra Sitze an Almara.", ("supplies", "Vostra", "Almara", "announced")),
    ("Im Frühjahr übernahm Vostra den Konkurrenten Almara.", ("acquires", "Vostra", "Almara", "active")),
    ("Seit 2019 hält Vostra 15 Prozent an Almara.", ("invests_in", "Vostra", "Almara", "active")),
    ("Seit 2020 kontrolliert Vostra den Spezialisten Almara.", ("owns", "Vostra", "Almara", "active")),
    ("In China kooperiert Vostra seit Jahren mit Almara.", ("partners_with", "Almara", "Vostra", "active")),
])
def test_subject_after_the_finite_verb(sentence, expected):
    assert _t(sentence) == [expected]


@pytest.mark.parametrize("sentence,expected", [
    # a subject before the verb stays the subject; a name after it is the object
    ("Almara beliefert seit 2021 Vostra.", ("supplies", "Almara", "Vostra", "active")),
    ("Vostra, der größte Zulieferer, beliefert Almara.", ("supplies", "Vostra", "Almara", "active")),
    # the recipient fronted with its preposition is no subject
    ("An Almara liefert Vostra seit 2021 Bremssättel.", None),
])
def test_no_inversion_with_a_subject_before_the_verb(sentence, expected):
    got = _t(sentence)
    assert (got == [expected]) if expected else ("supplies", "Almara", "Vostra", "active") not in got


def test_belonging_reads_the_child_after_the_verb_itself():
    assert _t("Seit 2021 gehört Almara zu Vostra.") == [("owns", "Vostra", "Almara", "active")]


# --- a list whose members each carry an adjective of origin: "die japanische X und die chinesische Y" --

@pytest.mark.parametrize("sentence,expected", [
    ("Zu den Zulieferern von Orvale zählen die koreanische Brixo und die chinesische Kestrel.",
     [("supplies", "Brixo", "Orvale", "active"), ("supplies", "Kestrel", "Orvale", "active")]),
    ("Vostra und die schwedische Almara gründen ein Gemeinschaftsunternehmen.",
     [("joint_venture", "Almara", "Vostra", "announced")]),
    ("Die französische Brixo und die deutsche Kestrel beliefern Orvale mit Ventilen.",
     [("supplies", "Brixo", "Orvale", "active"), ("supplies", "Kestrel", "Orvale", "active")]),
])
def test_list_members_with_adjectives_of_origin(sentence, expected):
    assert _t(sentence) == expected


def test_a_list_needs_its_conjunction():
    # "sowie"/"und" joins the list; a bare adjective after a verb does not
    assert _t("Vostra gründet mit Almara ein Gemeinschaftsunternehmen, die schwedische Brixo schaut zu.") == [
        ("joint_venture", "Almara", "Vostra", "announced")]


# --- a description before a name in apposition: "mit dem Entwickler autonomer Lkw, Y, zusammen" -------

@pytest.mark.parametrize("sentence,expected", [
    ("Vostra arbeitet mit dem Entwickler von Ladesoftware, Almara, zusammen.", ("partners_with", "Almara", "Vostra", "active")),
    ("Vostra hat mit dem Hersteller elektrischer Busse, Almara, eine Kooperation vereinbart.",
     ("partners_with", "Almara", "Vostra", "announced")),
    ("Vostra liefert Sitze an den Spezialisten für Stadtbusse, Almara, der in Polen fertigt.",
     ("supplies", "Vostra", "Almara", "active")),
])
def test_description_before_a_name_keeps_its_preposition(sentence, expected):
    assert _t(sentence) == [expected]


def test_a_comma_without_a_description_is_no_apposition():
    # "mit Brixo, Almara": two names after one another; only Brixo is what "mit" governs
    assert ("partners_with", "Almara", "Vostra", "active") not in _t("Vostra arbeitet mit Brixo zusammen, Almara schaut zu.")


# --- working together in the indicative is a standing tie; a plan is announced -------------------------

@pytest.mark.parametrize("sentence,status", [
    ("Vostra arbeitet bei Bordnetzen mit Almara zusammen.", "active"),
    ("Vostra und Almara kooperieren bei der Software für Ladesäulen.", "active"),
    ("Vostra und Almara wollen künftig bei Software zusammenarbeiten.", "announced"),
    ("Vostra kooperiert ab 2026 mit Almara.", "announced"),
])
def test_status_of_working_together(sentence, status):
    assert _t(sentence) == [("partners_with", "Almara", "Vostra", status)]


# --- "werden" with a participle is the present passive, not the future ---------------------------------

@pytest.mark.parametrize("sentence,status", [
    ("Für das Werk in Polen werden die Sitze von Vostra an Almara geliefert.", "active"),
    ("Die Sitze werden derzeit von Vostra an Almara geliefert.", "active"),
    ("Almara wird von Vostra mit Sitzen beliefert.", "announced"),
    ("Vostra wird Sitze an Almara liefern.", "announced"),
    ("Vostra wird Almara mit Sitzen versorgen.", "announced"),
    ("Die Sitze werden ab 2027 von Vostra an Almara geliefert.", "announced"),
])
def test_present_passive_is_no_plan(sentence, status):
    assert _t(sentence) == [("supplies", "Vostra", "Almara", status)]


def test_a_takeover_in_the_passive_is_still_to_come():
    assert _t("Almara wird von Vostra übernommen.") == [("acquires", "Vostra", "Almara", "announced")]
