"""A tie that starts with an event still to come is signed, not running: announced (lexicon key
"future_start"): a contract that will take effect ("entrará en vigor", "in Kraft treten soll"), a supply
"once the plant opens" ("sobald das Werk in Betrieb geht", "dès l'ouverture", "una volta avviato", "cuando
abra"), a customer that "will receive its first cells" ("recevra ses premières cellules", "riceverà le
prime celle", "recibirá sus primeras celdas", "wird die ersten Zellen erhalten"). Invented companies and
sentences."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Korvan", "Maltrix"]


def _status(text, lang):
    got = {(r.type, r.source, r.target): r.status for r in rels(text, NAMES, language=lang)}
    return got.get(("supplies", "Korvan", "Maltrix")), got


@pytest.mark.parametrize("lang,text", [
    ("en", "Korvan has signed a deal to supply green power to Maltrix for twelve years once the new depot opens."),
    ("en", "Korvan agreed to supply electricity to Maltrix under a contract that will take effect next spring."),
    ("fr", "Korvan fournira de l'électricité à Maltrix dès l'ouverture du nouveau dépôt."),
    ("fr", "Korvan a signé un contrat pour approvisionner Maltrix en électricité une fois le nouveau dépôt mis en service."),
    ("it", "Korvan ha firmato un contratto per fornire energia a Maltrix, una volta avviato il nuovo deposito."),
    ("it", "Korvan fornirà energia a Maltrix all'apertura del nuovo deposito."),
    ("es", "Korvan ha firmado un contrato para suministrar electricidad a Maltrix, que entrará en vigor el próximo año."),
    ("es", "Korvan suministrará electricidad a Maltrix cuando abra el nuevo depósito."),
    ("de", "Korvan liefert Strom an Maltrix, sobald das neue Depot in Betrieb geht."),
    ("de", "Korvan hat mit Maltrix einen Stromliefervertrag geschlossen, der im Frühjahr in Kraft treten soll."),
])
def test_a_supply_that_starts_with_a_later_event(lang, text):
    status, got = _status(text, lang)
    assert status == "announced", got


@pytest.mark.parametrize("lang,text", [
    ("en", "Korvan supplies cells to Maltrix, which will receive its first batch in 2028."),
    ("fr", "Korvan fournit des cellules à Maltrix, qui en recevra les premiers lots au printemps 2029."),
    ("it", "Korvan fornisce celle a Maltrix, che riceverà le prime celle nel 2028."),
    ("es", "Korvan suministra celdas a Maltrix, que recibirá sus primeras celdas en 2028."),
    ("de", "Korvan liefert Zellen an Maltrix, das 2028 die ersten Zellen erhalten wird."),
])
def test_a_customer_that_will_receive_its_first_goods(lang, text):
    status, got = _status(text, lang)
    assert status == "announced", got


@pytest.mark.parametrize("lang,text", [
    ("en", "Korvan has supplied power to Maltrix since the depot opened in 2021."),
    ("fr", "Korvan fournit de l'électricité à Maltrix depuis l'ouverture du dépôt en 2021."),
    ("es", "Korvan suministra electricidad a Maltrix desde la apertura del depósito en 2021."),
])
def test_a_supply_running_since_the_opening_is_active(lang, text):
    status, got = _status(text, lang)
    assert status == "active", got
