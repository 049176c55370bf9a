"""German shapes seen on pages nobody had tuned on (invented sentences, several phrasings each): talks
about a delivery ("verhandelt mit Y über die Lieferung von Z"), a partnership noun with "von X mit Y",
a tie's noun said to run on ("läuft seit 2024"), shares sold "an den Konzern Y" (the accusative names
the buyer), the partners of a venture described by a trade noun ("und dem Materialspezialisten Y"),
an investment arm ("der Wagniskapitalarm des Zulieferers X"), orders placed or withdrawn "bei Y", a
seller described by its owner ("von der Vostra-Tochter Y") and a dash that opens a clause of its own."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Norvik", "Corvalis", "Tessaro", "Almara")


def _rels(text, coref=None):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language="de", coref=coref))
    return {(r.type, r.source, r.target, r.status) for r in doc.relations}


@pytest.mark.parametrize("text,status", [
    ("Norvik verhandelt mit Corvalis über die Lieferung von Batteriezellen.", "in_talks"),
    ("Norvik führt Gespräche mit Corvalis über die Lieferung von Kathodenmaterial.", "in_talks"),
    ("Norvik ist mit Corvalis in Gesprächen über die Belieferung mit Modulen.", "in_talks"),
    ("Norvik verhandelt mit Corvalis über eine mögliche Lieferung von Zellen ab 2027.", "in_talks"),
    # the subject and an adverb between "spricht" and "mit"; the partner described between commas
    ("Laut Branchenkreisen spricht Norvik zudem mit Corvalis, der Batterietochter von Tessaro, über die Lieferung von Lithium.", "rumoured"),
    ("Norvik spricht derzeit mit Corvalis über die Lieferung von Sitzen.", "in_talks"),
])
def test_talks_about_a_delivery(text, status):
    assert ("supplies", "Norvik", "Corvalis", status) in _rels(text)


@pytest.mark.parametrize("text", [
    "Norvik spricht mit Corvalis über Lieferengpässe.",
    "Norvik verhandelt mit Corvalis über die Kosten der Lieferung von Zellen.",
    "Norvik spricht mit Corvalis über die Lieferketten in Asien.",
])
def test_talks_about_no_delivery_between_them(text):
    assert not any(t == "supplies" and (s, o) == ("Norvik", "Corvalis") and st == "in_talks" for t, s, o, st in _rels(text))


@pytest.mark.parametrize("text,typ", [
    ("Norvik spricht derzeit mit Corvalis über eine Übernahme.", "acquires"),
    ("Norvik spricht seit Wochen mit Corvalis über ein Gemeinschaftsunternehmen.", "joint_venture"),
])
def test_talks_stay_talks_with_a_time_word(text, typ):
    assert {st for t, *_, st in _rels(text) if t == typ} == {"in_talks"}


@pytest.mark.parametrize("text,status", [
    ("Die Zusammenarbeit von Norvik mit Corvalis bei Stromverteilern, die seit 2024 läuft, soll fortgesetzt werden.", "active"),
    ("Die Partnerschaft von Norvik mit Corvalis besteht seit 2019.", "active"),
    ("Die Kooperation von Norvik mit Corvalis soll ausgebaut werden.", "active"),
    ("Die Zusammenarbeit von Norvik mit Corvalis wurde beendet.", "ended"),
])
def test_partnership_noun_of_x_with_y(text, status):
    assert {(t, st) for t, *_, st in _rels(text)} == {("partners_with", status)}


@pytest.mark.parametrize("text,status", [
    ("Die Kooperation zwischen Norvik und Corvalis läuft seit 2024.", "active"),
    ("Der Liefervertrag zwischen Norvik und Corvalis besteht seit Jahren.", "active"),
    ("Norvik und Corvalis haben eine Kooperation vereinbart.", "announced"),
])
def test_tie_said_to_run(text, status):
    got = _rels(text)
    assert got and all(st == status for *_, st in got)


def test_partnership_noun_needs_both_partners():
    assert not _rels("Die Zusammenarbeit mit Corvalis ist für Norvik wichtig.")


@pytest.mark.parametrize("text", [
    "Norvik hat den Verkauf von 50,1 Prozent der Anteile an den chinesischen Konzern Corvalis abgeschlossen.",
    "Norvik verkauft 50,1 Prozent der Anteile an den Finanzinvestor Corvalis.",
    "Norvik verkauft seine Anteile an die Investmentgesellschaft Corvalis.",
    "Norvik gibt ihre Anteile an einen Fonds namens Corvalis ab.",
])
def test_shares_sold_to_a_buyer_are_no_holding_in_it(text):
    assert not any(t in ("owns", "invests_in") and (s, o) == ("Norvik", "Corvalis") for t, s, o, _ in _rels(text))


@pytest.mark.parametrize("text,expected", [
    ("Norvik hält Anteile an dem Zulieferer Corvalis.", ("invests_in", "Norvik", "Corvalis", "active")),
    ("Norvik hält Anteile an den Zulieferern Corvalis und Tessaro.", ("invests_in", "Norvik", "Tessaro", "active")),
    ("Norvik verkauft ihre Anteile an Tessaro an den Finanzinvestor Corvalis.", ("invests_in", "Corvalis", "Tessaro", "announced")),
])
def test_shares_held_in_the_dative(text, expected):
    assert expected in _rels(text)


@pytest.mark.parametrize("text", [
    "Brixo ist ein Gemeinschaftsunternehmen von Norvik und dem belgischen Materialspezialisten Corvalis.",
    "Brixo ist ein Gemeinschaftsunternehmen von Norvik und dem amerikanischen Entwickler Corvalis.",
    "Das Gemeinschaftsunternehmen von Norvik und dem Softwareanbieter Corvalis heißt Brixo.",
])
def test_venture_partner_described_by_a_trade(text):
    assert ("joint_venture", "Corvalis", "Norvik") in {(t, s, o) for t, s, o, _ in _rels(text)} | {
        (t, o, s) for t, s, o, _ in _rels(text)}


@pytest.mark.parametrize("text", [
    "Neu beteiligt haben sich der Wagniskapitalarm des Zulieferers Norvik, Corvalis, sowie ein Klimafonds.",
    "Corvalis, der Investmentarm von Norvik, führte die Runde an.",
    "Corvalis ist der Risikokapitalarm des Autobauers Norvik.",
])
def test_investment_arm_is_owned(text):
    assert ("owns", "Norvik", "Corvalis", "active") in _rels(text)


def test_an_arm_alone_is_no_unit():
    assert not _rels("Der lange Arm von Norvik reicht bis zu Corvalis.")


@pytest.mark.parametrize("text,status", [
    ("Norvik platzierte einen Großauftrag über Batteriezellen bei Corvalis.", "announced"),
    ("Norvik hat einen Auftrag bei Corvalis platziert.", "announced"),
    ("So hatte Norvik im Sommer einen Zellauftrag über zwei Milliarden Euro bei Corvalis storniert.", "ended"),
    ("Norvik stornierte im Mai eine Bestellung bei Corvalis.", "ended"),
])
def test_order_placed_with_a_supplier(text, status):
    assert ("supplies", "Corvalis", "Norvik", status) in _rels(text)


def test_order_withdrawn_without_a_supplier_named():
    assert not _rels("Der Auftrag bei Corvalis wurde gestern storniert.")


@pytest.mark.parametrize("text", [
    "Norvik bezieht die Altbatterien bisher vor allem von der Almara-Tochter Corvalis.",
    "Die Zellen kauft Norvik bei der Almara-Tochter Corvalis.",
    "Norvik kauft Zellen von der Almara-Tochter Corvalis.",
])
def test_seller_described_by_its_owner(text):
    got = _rels(text)
    assert ("supplies", "Corvalis", "Norvik", "active") in got
    assert ("owns", "Almara", "Corvalis", "active") in got


def test_unit_bought_from_its_owner_is_no_goods():
    got = _rels("Norvik kauft die Almara-Tochter Corvalis.")
    assert not any(t == "supplies" for t, *_ in got)


@pytest.mark.parametrize("text", [
    "Norvik übernimmt das Kommando – Corvalis bleibt an Bord.",
    "Norvik übernimmt die Kosten – Corvalis zahlt nichts.",
])
def test_dash_opens_a_clause_of_its_own(text):
    assert not _rels(text)


@pytest.mark.parametrize("text,expected", [
    ("Norvik übernimmt Corvalis – Tessaro geht leer aus.", ("acquires", "Norvik", "Corvalis", "announced")),
    ("Norvik liefert Zellen an – wie berichtet – Corvalis.", ("supplies", "Norvik", "Corvalis", "active")),
    ("Norvik liefert ab 2026 – so der Plan – Zellen an Corvalis.", ("supplies", "Norvik", "Corvalis", "announced")),
])
def test_dash_inside_a_clause(text, expected):
    assert expected in _rels(text)


# German statuses: the press as a source, Konjunktiv I of "verhandeln", a former tie, a stake given back


@pytest.mark.parametrize("text", [
    "Laut Handelsblatt will Norvik Corvalis übernehmen.",
    "Laut einem Bloomberg-Bericht verhandelt Norvik mit Corvalis über eine Übernahme.",
    "Wie die Wirtschaftszeitung berichtete, liefert Norvik Zellen an Corvalis.",
    "Zuletzt hatte das Handelsblatt berichtet, Norvik verhandle mit Corvalis über ein Gemeinschaftsunternehmen.",
])
def test_the_press_as_source_is_a_rumour(text):
    got = _rels(text)
    assert got and all(st == "rumoured" for *_, st in got)


def test_a_company_as_source_is_no_rumour():
    assert all(st != "rumoured" for *_, st in _rels("Laut Norvik liefert Norvik künftig Zellen an Corvalis."))


def test_reported_talks_then_denied():
    text = ("Zuletzt hatte das Handelsblatt berichtet, Norvik verhandle mit Corvalis über ein Gemeinschaftsunternehmen. "
            "Der Norvik-Chef wies das zurück.")
    assert ("joint_venture", "denied") in {(t, st) for t, *_, st in _rels(text)}


@pytest.mark.parametrize("text,status", [
    ("Norvik lieferte früher Zellen an Corvalis.", "ended"),
    ("Früher belieferte Norvik Corvalis mit Sitzen.", "ended"),
    ("Norvik belieferte Corvalis bis zuletzt mit Zellen.", "ended"),
    ("Norvik hatte Corvalis bis zuletzt mit Zellen beliefert.", "ended"),
    ("Norvik lieferte früher als geplant Zellen an Corvalis.", "active"),
    ("Norvik liefert bis zuletzt geheim gehaltene Zellen an Corvalis.", "active"),
])
def test_a_former_supply(text, status):
    assert ("supplies", "Norvik", "Corvalis", status) in _rels(text)


@pytest.mark.parametrize("text,status", [
    ("Norvik gibt seine Anteile an Corvalis zurück.", "ended"),
    ("Norvik hat ihre Anteile an Corvalis an Tessaro zurückgegeben.", "ended"),
    ("Norvik hält seit 2020 Anteile an Corvalis.", "active"),
])
def test_a_stake_given_back(text, status):
    assert ("invests_in", "Norvik", "Corvalis", status) in _rels(text)


# a name glued to a noun by a hyphen: the maker of the vehicles goods are made for, the customer of a
# supplier named in the predicate


@pytest.mark.parametrize("text", [
    "Norvik liefert Sitze für Corvalis-Modelle.",
    "Norvik liefert die Zellen für den neuen Corvalis-Stromer.",
    "Norvik fertigt Batterien für mehrere Corvalis-Elektroautos.",
])
def test_goods_for_the_makers_vehicles(text):
    assert ("supplies", "Norvik", "Corvalis") in {(t, s, o) for t, s, o, _ in _rels(text)}


@pytest.mark.parametrize("text", [
    "Tessaro verkauft Corvalis-Modelle in Asien.",
    "Die Nachfrage nach Corvalis-Modellen ist groß, Norvik profitiert.",
    "Norvik liefert Batterien für die Corvalis-Werke in Ungarn.",
])
def test_vehicle_compound_without_goods_for_it(text):
    assert not _rels(text)


@pytest.mark.parametrize("text", [
    "Norvik ist Corvalis-Zulieferer.",
    "Norvik ist ein wichtiger Corvalis-Lieferant.",
    "Norvik gilt als Corvalis-Hauptlieferant.",
    "Norvik ist seit 2020 ein Corvalis-Zulieferer.",
])
def test_supplier_compound_in_the_predicate(text):
    assert ("supplies", "Norvik", "Corvalis", "active") in _rels(text)


@pytest.mark.parametrize("text", [
    "Norvik kauft einen Corvalis-Zulieferer.",
    "Norvik sucht einen Corvalis-Zulieferer.",
    "Norvik ist kein Corvalis-Zulieferer.",
])
def test_supplier_compound_not_said_of_the_subject(text):
    assert not any(t == "supplies" and (s, o) == ("Norvik", "Corvalis") and st != "denied" for t, s, o, st in _rels(text))


# verb second after a fronted deal noun; the backers of a company ("Hinter Y steht X")


@pytest.mark.parametrize("text,status", [
    ("Mit der Übernahme von Corvalis stärkt Norvik sein Geschäft mit Batterien.", "announced"),
    ("Durch den Kauf von Corvalis wird Norvik zum Marktführer.", "announced"),
    ("Mit der Übernahme des Zulieferers Corvalis im Jahr 2013 war Norvik zu einem großen Anbieter aufgestiegen.", "active"),
])
def test_fronted_deal_noun_then_the_buyer(text, status):
    assert ("acquires", "Norvik", "Corvalis", status) in _rels(text)


@pytest.mark.parametrize("text", [
    "Mit der Übernahme von Corvalis durch Tessaro verliert Norvik einen Kunden.",
    "Nach der Übernahme von Corvalis durch Tessaro will Norvik wachsen.",
])
def test_fronted_deal_with_its_own_buyer(text):
    got = {(t, s, o) for t, s, o, _ in _rels(text)}
    assert ("acquires", "Tessaro", "Corvalis") in got and ("acquires", "Norvik", "Corvalis") not in got


@pytest.mark.parametrize("text,expected", [
    ("Hinter Corvalis steht mit knapp 20 Prozent der Anteile Norvik.", ("invests_in", "Norvik", "Corvalis", "active")),
    ("Hinter Corvalis stehen Norvik und Tessaro.", ("invests_in", "Tessaro", "Corvalis", "active")),
    ("Hinter Corvalis steht seit 2019 der Finanzinvestor Norvik.", ("invests_in", "Norvik", "Corvalis", "active")),
    ("Hinter Corvalis steht mehrheitlich Norvik.", ("owns", "Norvik", "Corvalis", "active")),
])
def test_backers_behind_a_company(text, expected):
    assert expected in _rels(text)


@pytest.mark.parametrize("text", [
    "Hinter dem Erfolg von Corvalis steht Norvik-Chef Müller.",
    "Hinter Corvalis stehen schwierige Jahre, sagte Norvik.",
    "Der Umsatz von Corvalis stand hinter Norvik zurück.",
])
def test_behind_without_backers(text):
    assert not _rels(text)


# companies named to compare or to compete, never parties


@pytest.mark.parametrize("text", [
    "Norvik konkurriert mit Corvalis um Aufträge von Tessaro.",
    "Norvik bewirbt sich um einen Auftrag von Corvalis.",
    "Norvik hofft auf einen Auftrag von Corvalis.",
])
def test_order_competed_for_is_not_won(text):
    assert not any(t == "supplies" for t, *_ in _rels(text))


@pytest.mark.parametrize("text", [
    "Norvik hat einen Auftrag von Corvalis erhalten.",
    "Norvik verbucht Aufträge von Corvalis.",
])
def test_order_won(text):
    assert ("supplies", "Norvik", "Corvalis") in {(t, s, o) for t, s, o, _ in _rels(text)}


@pytest.mark.parametrize("text", [
    "Anders als Corvalis beliefert Norvik auch Tessaro.",
    "Im Gegensatz zu Corvalis beliefert Norvik Tessaro.",
    "Norvik liefert, anders als Corvalis, Zellen an Tessaro.",
])
def test_compared_company_is_no_party(text):
    got = {(t, s, o) for t, s, o, _ in _rels(text)}
    assert ("supplies", "Norvik", "Tessaro") in got
    assert not any("Corvalis" in (s, o) for _, s, o in got)


# a purchase told in the perfect is done; an infinitive after a comma has the main clause's subject


@pytest.mark.parametrize("text,typ", [
    ("Norvik hat die Anteile an Corvalis übernommen.", "invests_in"),
    ("Norvik hat 30 Prozent der Anteile an Corvalis übernommen.", "invests_in"),
    ("Norvik hat die restlichen Anteile an Corvalis gekauft.", "acquires"),
])
def test_purchase_in_the_perfect_is_done(text, typ):
    assert (typ, "Norvik", "Corvalis", "active") in _rels(text)


def test_reported_purchase_in_the_perfect_stays_a_rumour():
    assert {st for *_, st in _rels("Norvik soll die Anteile an Corvalis übernommen haben.")} == {"rumoured"}


@pytest.mark.parametrize("text,expected", [
    ("Norvik hat angekündigt, Corvalis zu übernehmen.", ("acquires", "Norvik", "Corvalis", "announced")),
    ("Norvik plant, Corvalis zu übernehmen.", ("acquires", "Norvik", "Corvalis", "announced")),
    ("Norvik hat sich bereit erklärt, Corvalis mit Zellen zu beliefern.", ("supplies", "Norvik", "Corvalis", "announced")),
    ("Norvik beabsichtigt, bei Corvalis einzusteigen.", ("invests_in", "Norvik", "Corvalis", "announced")),
    ("Norvik hat angekündigt, Corvalis nicht zu übernehmen.", ("acquires", "Norvik", "Corvalis", "denied")),
])
def test_infinitive_takes_the_main_clause_subject(text, expected):
    assert expected in _rels(text)


@pytest.mark.parametrize("text", [
    "Norvik lehnt es ab, Corvalis zu übernehmen.",
    "Norvik plant, die Produktion zu erhöhen, und Tessaro will Corvalis übernehmen.",
])
def test_infinitive_without_a_plan_of_the_subject(text):
    assert not any(s == "Norvik" and o == "Corvalis" and st != "denied" for _, s, o, st in _rels(text))


# goods said to be in a maker's vehicles


@pytest.mark.parametrize("text,status", [
    ("Zellen von Norvik stecken in Fahrzeugen von Corvalis.", "active"),
    ("Die Batterien von Norvik kommen künftig in Modellen von Corvalis zum Einsatz.", "announced"),
    ("Norvik fertigt Kabelsätze und Bordnetze; sie stecken unter anderem in Fahrzeugen von Corvalis und Tessaro.", "active"),
])
def test_goods_in_the_makers_vehicles(text, status):
    assert ("supplies", "Norvik", "Corvalis", status) in _rels(text)


@pytest.mark.parametrize("text", [
    "Die Aktien von Norvik stecken in Fonds von Corvalis.",
    "Manager von Norvik fahren in Autos von Corvalis.",
    "Norvik-Chef Müller sagte, in vielen Fahrzeugen von Corvalis stecke Technik.",
])
def test_no_goods_in_the_vehicles(text):
    assert not _rels(text)


@pytest.mark.parametrize("text,status", [
    ("Die Batterien für Corvalis liefert Norvik.", "active"),
    ("Die Zellen für Corvalis liefert künftig Norvik.", "announced"),
])
def test_fronted_goods_and_customer_then_the_supplier(text, status):
    assert ("supplies", "Norvik", "Corvalis", status) in _rels(text)


def test_fronted_goods_without_customer():
    assert not _rels("Die Zellen liefert Norvik, die Module kommen aus Ungarn.")


@pytest.mark.parametrize("text", [
    "Norvik hat den Auftrag erhalten, Corvalis ab 2026 mit Zellen zu beliefern.",
    "Norvik erhielt den Zuschlag, Corvalis mit Sitzen zu beliefern.",
])
def test_order_won_to_supply_the_customer_named_after_it(text):
    assert ("supplies", "Norvik", "Corvalis", "announced") in _rels(text)


@pytest.mark.parametrize("text,status", [
    ("Das Gemeinschaftsunternehmen von Norvik und Corvalis soll 2026 die Produktion aufnehmen.", "active"),
    ("Norvik soll 2026 Zellen an Corvalis liefern.", "announced"),
    ("Norvik soll Corvalis übernehmen.", "rumoured"),
])
def test_soll_with_a_date_is_a_schedule(text, status):
    got = _rels(text)
    assert got and all(st == status for *_, st in got)


@pytest.mark.parametrize("text", [
    "Corvalis, das Norvik gehört, baut ein Werk.",
    "Corvalis, die seit 2020 mehrheitlich Norvik gehört, baut ein Werk.",
    "Tessaro beliefert Corvalis, das Norvik gehört.",
])
def test_owner_in_the_dative_of_a_relative(text):
    assert ("owns", "Norvik", "Corvalis", "active") in _rels(text)


def test_owner_in_the_dative_not_past_another_verb():
    assert ("owns", "Norvik", "Corvalis", "active") not in _rels(
        "Corvalis, das Zellen an Norvik liefert und Tessaro gehört, baut ein Werk.")


@pytest.mark.parametrize("text", [
    "Corvalis soll an die Börse gebracht werden, Norvik bleibt Mehrheitsaktionär.",
    "Corvalis wächst, Norvik ist Großaktionär.",
])
def test_shareholder_noun_with_its_subject_before_the_copula(text):
    assert not any(s == "Corvalis" and o == "Norvik" for _, s, o, _ in _rels(text))


@pytest.mark.parametrize("text", [
    "Die Großaktionäre Norvik und Tessaro halten zusammen 60 Prozent an Corvalis.",
    "Norvik und Tessaro halten 30 Prozent an Corvalis.",
])
def test_stakes_held_by_a_pair_are_no_partnership(text):
    got = _rels(text)
    assert not any(t == "partners_with" for t, *_ in got)
    assert {(s, o, st) for t, s, o, st in got if t in ("invests_in", "acquires")} >= {
        ("Norvik", "Corvalis", "active"), ("Tessaro", "Corvalis", "active")}


def test_working_together_is_still_a_partnership():
    assert ("partners_with", "active") in {(t, st) for t, *_, st in _rels("Norvik und Corvalis arbeiten seit 2018 zusammen.")}


@pytest.mark.parametrize("text", [
    "Norvik liefert sich mit Corvalis ein Rennen um Aufträge von Tessaro.",
    "Norvik und Corvalis liefern sich einen Preiskampf.",
])
def test_liefern_sich_is_a_contest(text):
    assert not _rels(text)


@pytest.mark.parametrize("text,status", [
    ("Norvik hat den Auftrag von Corvalis verloren.", "ended"),
    ("Norvik hat Corvalis als Kunden verloren.", "ended"),
    ("Norvik liefert Zellen an Corvalis, die Aktie verlor 3 Prozent.", "active"),
])
def test_an_order_or_a_customer_lost(text, status):
    assert ("supplies", "Norvik", "Corvalis", status) in _rels(text)


# verb second after a fronted comparison or a fronted subordinate clause: the subject follows the verb


@pytest.mark.parametrize("text", [
    "Neben Norvik liefert auch Corvalis Zellen an Tessaro.",
    "Wie Norvik beliefert auch Corvalis den Autobauer Tessaro.",
    "Wie der Rivale Norvik beliefert auch Corvalis den Autobauer Tessaro.",
    "Wie Norvik mitteilte, liefert Corvalis Zellen an Tessaro.",
    "Wie Norvik am Montag mitteilte, liefert Corvalis künftig Zellen an Tessaro.",
])
def test_fronted_name_is_not_the_subject(text):
    got = {(t, s, o) for t, s, o, _ in _rels(text)}
    assert ("supplies", "Corvalis", "Tessaro") in got
    assert ("supplies", "Norvik", "Tessaro") not in got


def test_fronted_subordinate_clause_keeps_its_own_deal():
    assert ("acquires", "Norvik", "Corvalis") in {(t, s, o) for t, s, o, _ in _rels(
        "Nachdem Norvik Corvalis übernommen hatte, baute Tessaro ein Werk.")}


def test_reporter_before_a_described_subject_stays_the_subject():
    # no name after the verb: the company that reports is the one the clause speaks of
    assert ("supplies", "Norvik", "Tessaro") in {(t, s, o) for t, s, o, _ in _rels(
        "Wie Norvik mitteilte, liefert das Werk Zellen an Tessaro.")}
