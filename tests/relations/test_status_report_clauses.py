"""Statuses that depend on the clause a cue belongs to: a denied report told as a clause of its own, a
report cue in a later coordinated clause, a present passive at a German clause's end, a closed deal
("chiude l'acquisizione") and the owner "until now" of a company being sold. Every sentence is written
for the test (invented companies)."""

from __future__ import annotations

import pytest

from .helpers import rels

CO = ["Brelix", "Tovan", "Kornex", "Velora"]


def status_of(sentence, lang, src, tgt, typ=None):
    got = {(r.source, r.target): r.status for r in rels(sentence, CO, language=lang) if typ in (None, r.type)}
    return got.get((src, tgt), got.get((tgt, src)))


@pytest.mark.parametrize("lang, sentence", [
    # the report opens its own clause; the denying verb stands after it, far from the deal
    ("de", "Einen Bericht, wonach Brelix die Übernahme von Tovan vorbereite, wies ein Sprecher des Konzerns am Montag zurück."),
    ("de", "Berichte, wonach Brelix mit Tovan über ein Gemeinschaftsunternehmen für Batteriezellen verhandle, in das beide Seiten ihre Werke einbringen würden, wies eine Sprecherin zurück."),
    ("de", "Die Meldung, dass Brelix die Übernahme von Tovan plane, wies das Unternehmen als reine Spekulation zurück."),
    ("it", "Tovan ha smentito con una nota le voci secondo cui Brelix sarebbe pronta a rilevare il controllo di Tovan."),
])
def test_denied_report_clause(lang, sentence):
    assert status_of(sentence, lang, "Brelix", "Tovan") == "denied"


@pytest.mark.parametrize("lang, sentence, expected", [
    # a report cue that opens a later clause ("..., and reportedly ...") speaks of that clause
    ("it", "Brelix fornisce già i suoi motori a Tovan, e secondo quanto appreso sarebbe vicina a un contratto in Cina.", "active"),
    ("en", "Brelix supplies cells to Tovan, and is reportedly close to a deal with a Chinese carmaker.", "active"),
    ("de", "Brelix liefert bereits Zellen an Tovan, und laut Insidern steht ein weiterer Auftrag bevor.", "active"),
    # unless the later clause points back to the deal
    ("en", "Brelix will buy Tovan, and according to people familiar with the matter the deal could close in May.", "rumoured"),
    ("it", "Brelix acquisterà Tovan, e secondo fonti l'accordo sarà firmato domani.", "rumoured"),
])
def test_report_cue_in_a_later_clause(lang, sentence, expected):
    assert status_of(sentence, lang, "Brelix", "Tovan") == expected


@pytest.mark.parametrize("sentence, expected", [
    # "werden" closing the clause after the participle: the present passive
    ("Zu den Kunden zählen Tovan und Kornex, die von Brelix mit Batteriezellen beliefert werden.", "active"),
    ("Tovan ist ein Autobauer, der von Brelix mit Kabelsätzen versorgt werden.", "active"),
    # a future is still a future
    ("Tovan, das ab 2028 von Brelix mit Zellen beliefert werden soll, baut ein Werk.", "announced"),
    ("Künftig wird Tovan von Brelix mit Zellen beliefert.", "announced"),
])
def test_de_present_passive_at_clause_end(sentence, expected):
    assert status_of(sentence, "de", "Brelix", "Tovan") == expected


@pytest.mark.parametrize("sentence", [
    "Brelix chiude l'acquisizione di Tovan.",
    "Brelix chiude l'operazione per rilevare Tovan.",
])
def test_it_closing_a_deal_is_done(sentence):
    assert status_of(sentence, "it", "Brelix", "Tovan") == "active"


@pytest.mark.parametrize("sentence, expected", [
    ("Brelix ha acquisito Tovan, finora controllata da Kornex.", "ended"),
    ("Brelix rileva il 100% di Tovan, società lombarda fino ad oggi controllata da Kornex.", "ended"),
    # without a change of owner in the sentence, "so far" is no end
    ("Tovan, finora controllata da Kornex, apre un nuovo stabilimento.", "active"),
])
def test_it_owner_until_now(sentence, expected):
    assert status_of(sentence, "it", "Kornex", "Tovan", typ="owns") == expected


@pytest.mark.parametrize("sentence, buyer_status, seller_status", [
    # the present "verkauft" is the news of a sale: agreed, the seller still owns the unit
    ("Brelix verkauft seine Tochter Tovan an Kornex.", "announced", "active"),
    ("Brelix veräußert die Tochter Tovan an Kornex.", "announced", "active"),
    # the same form with an auxiliary is the participle of a sale done
    ("Brelix hat seine Tochter Tovan an Kornex verkauft.", "active", "ended"),
    ("Im Jahr 2019 hatte Brelix seine Tochter Tovan an Kornex verkauft.", "active", "ended"),
])
def test_de_sale_in_the_present(sentence, buyer_status, seller_status):
    assert status_of(sentence, "de", "Kornex", "Tovan", typ="acquires") == buyer_status
    assert status_of(sentence, "de", "Brelix", "Tovan", typ="owns") == seller_status



@pytest.mark.parametrize("lang, sentence, expected", [
    # a person rejecting the report
    ("de", "Spekulationen, wonach der Konzern Brelix eine Übernahme von Tovan vorbereite, wies Müller zurück.", "denied"),
    # a deal that has lapsed
    ("de", "Ein Liefervertrag, nach dem Brelix von 2026 an Zellen an Tovan liefern sollte, ist hinfällig geworden.", "ended"),
    ("it", "Il contratto con cui Brelix doveva fornire celle a Tovan è decaduto con il fallimento.", "ended"),
])
def test_person_denial_and_lapsed_deals(lang, sentence, expected):
    assert status_of(sentence, lang, "Brelix", "Tovan") == expected
