"""German separable verbs of supplying, buying and selling, whose prefix closes the main clause after
the goods and the other party ("stellt ... her", "nimmt ... ab", "setzt ... ein", "stellt ... zur
Verfügung", "gibt ... in Auftrag", "stößt ... ab"), and their verb-last forms in a subordinate clause (lexicon/de.py)."""

from __future__ import annotations

import pytest


def _rels(read_page, text):
    return {(r.type, r.source, r.target) for r in read_page(text, "de").relations}


@pytest.mark.parametrize("text", [
    # "herstellen": the bracket holds the goods, a time and the customer
    "Die Morvik Kühltechnik GmbH stellt Lüftermodule und Pumpen für die Teralon Automobil AG her.",
    "Die Morvik Kühltechnik GmbH stellte seit 2021 Gehäuse für die Teralon Automobil AG her.",
    "Seit dem Frühjahr stellt die Morvik Kühltechnik GmbH Gehäuse für die Teralon Automobil AG her.",
    "Die Morvik Kühltechnik GmbH, die Gehäuse für die Teralon Automobil AG herstellte, wächst.",
    # "montieren", present and past, verb second after a fronted time
    "Seit dem Herbst montiert die Morvik Kühltechnik GmbH zwei Modelle für die Teralon Automobil AG.",
    "Die Morvik Kühltechnik GmbH montierte bis 2024 Kleinwagen für die Teralon Automobil AG.",
])
def test_making_goods_for_a_customer(read_page, text):
    assert ("supplies", "Morvik Kühltechnik", "Teralon Automobil") in _rels(read_page, text)


@pytest.mark.parametrize("text", [
    "Die Teralon Automobil AG nimmt seit 2024 Lithium von der Morvik Kühltechnik GmbH ab.",
    "Ab 2027 nimmt die Teralon Automobil AG jährlich 5000 Tonnen Lithium von der Morvik Kühltechnik GmbH ab.",
    "Die Teralon Automobil AG nahm die Kathoden bisher bei der Morvik Kühltechnik GmbH ab.",
    "Die Teralon Automobil AG, die Lithium von der Morvik Kühltechnik GmbH abnimmt, wächst.",
    # an order placed with the supplier
    "Die Teralon Automobil AG gibt die Zellen bei der Morvik Kühltechnik GmbH in Auftrag.",
    "Die Teralon Automobil AG hat die Batteriemodule bei der Morvik Kühltechnik GmbH in Auftrag gegeben.",
    # using the seller's goods, "ein" closing the bracket
    "Die Teralon Automobil AG setzt seit 2024 Kühlmodule der Morvik Kühltechnik GmbH ein.",
    # providing goods, "zur Verfügung" closing the bracket
    "Die Morvik Kühltechnik GmbH stellt der Teralon Automobil AG die Ladesäulen zur Verfügung.",
])
def test_buying_from_a_seller_and_providing(read_page, text):
    assert ("supplies", "Morvik Kühltechnik", "Teralon Automobil") in _rels(read_page, text)


def test_no_prefix_no_reading(read_page):
    # "ab 2027" is a time, not the prefix; "nimmt ab" alone is a fall
    assert not _rels(read_page, "Die Nachfrage nimmt bei der Morvik Kühltechnik GmbH und der Teralon Automobil AG ab.")
    # "stellt sich zur Verfügung" offers oneself, "setzt sich ein" campaigns: no goods
    assert not {r for r in _rels(read_page, "Die Morvik Kühltechnik GmbH stellt sich der Teralon Automobil AG zur Verfügung.")
                if r[0] == "supplies"}
    assert not _rels(read_page, "Die Morvik Kühltechnik GmbH setzt sich für Zellen der Teralon Automobil AG ein.")


def test_selling_a_stake_with_abstossen(read_page):
    for text in ("Die Teralon Automobil AG stößt ihre Beteiligung an der Morvik Kühltechnik GmbH ab.",
                 "Die Teralon Automobil AG hat ihre Beteiligung an der Morvik Kühltechnik GmbH abgestoßen."):
        doc = read_page(text, "de")
        stakes = [r for r in doc.relations if r.source == "Teralon Automobil" and r.target == "Morvik Kühltechnik"]
        assert stakes and all(r.status == "ended" for r in stakes), text
