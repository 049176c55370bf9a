"""German verb second with the goods after the verb: "Bisher stammt der Großteil der Batteriezellen für die
Baureihen der Veltrum AG von der Quellin GmbH" (Quellin supplies Veltrum); and a customers' list with the
place of the customers between the owner and the verb ("Zu den Abnehmern von X in Europa zählen A und B")."""

from __future__ import annotations


def _rels(read_page, text):
    return {(r.type, r.source, r.target) for r in read_page(text, "de").relations}


def test_verb_second_goods_then_customer_then_supplier(read_page):
    assert _rels(read_page, "Bisher stammt der Großteil der Batteriezellen für die Baureihen der Veltrum AG von der Quellin Batterien GmbH.") == {
        ("supplies", "Quellin Batterien", "Veltrum")}


def test_verb_second_with_the_customer_after_fuer(read_page):
    assert _rels(read_page, "Seit 2024 stammen die Batteriezellen für die Veltrum AG von der Quellin Batterien GmbH.") == {
        ("supplies", "Quellin Batterien", "Veltrum")}


def test_verb_second_with_no_goods_is_no_supply(read_page):
    assert _rels(read_page, "Bislang stammt der Vorschlag für die Veltrum AG von der Quellin Batterien GmbH.") == set()


def test_customers_in_a_place_before_the_verb_of_inclusion(read_page):
    assert _rels(read_page, "Zu den Abnehmern von Gravia Technik in Europa zählen bereits die Veltrum AG und die Osmira Automotive GmbH.") == {
        ("supplies", "Gravia Technik", "Veltrum"), ("supplies", "Gravia Technik", "Osmira Automotive")}


def test_a_word_after_in_that_is_no_place_keeps_the_list_apart(read_page):
    rels = _rels(read_page, "Zu den Abnehmern von Gravia Technik in Zukunft zählen die Veltrum AG und die Osmira Automotive GmbH.")
    assert ("supplies", "Gravia Technik", "Osmira Automotive") not in rels
