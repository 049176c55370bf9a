"""German verb second with the talks verb after a fronted phrase (frames/talks.py ``_de_fronted``): the
partner fronted ("Mit Y verhandelt X über Zelllieferungen") or the purpose fronted ("Über
Zelllieferungen verhandelt X mit Y"); the subject stands after the verb. Invented names."""

from __future__ import annotations

import pytest


def _rels(read_page, text):
    return {(r.type, r.source, r.target, r.status) for r in read_page(text, "de").relations}


@pytest.mark.parametrize("text", [
    "Mit der Teralon Automobil AG verhandelt die Morvik Kühltechnik GmbH über die Lieferung von Kühlmodulen.",
    "Mit der Teralon Automobil AG verhandelt die Morvik Kühltechnik GmbH derzeit über die Belieferung mit Zellen.",
    "Über die Lieferung von Kühlmodulen verhandelt die Morvik Kühltechnik GmbH mit der Teralon Automobil AG.",
    "Über eine Lieferung von Batteriezellen verhandelte die Morvik Kühltechnik GmbH mit der Teralon Automobil AG.",
])
def test_fronted_partner_or_purpose(read_page, text):
    assert ("supplies", "Morvik Kühltechnik", "Teralon Automobil", "in_talks") in _rels(read_page, text)


def test_fronted_partner_with_a_deal_of_a_third(read_page):
    rels = _rels(read_page, "Mit der Teralon Automobil AG verhandelt die Morvik Kühltechnik GmbH über eine "
                            "Übernahme der Velnor Elektronik GmbH.")
    assert ("acquires", "Morvik Kühltechnik", "Velnor Elektronik", "in_talks") in rels


def test_no_talks_without_a_purpose(read_page):
    assert not _rels(read_page, "Mit der Teralon Automobil AG verhandelt die Morvik Kühltechnik GmbH seit Monaten.")
