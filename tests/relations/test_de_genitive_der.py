"""German genitive "der" before a company with a legal form, right after a noun, is the "of" that
"von" is: "Lieferant der Veltrum AG" as "Lieferant von Veltrum"; after a verb it stays a dative."""

from __future__ import annotations

from tierscope.relations.de_genitive_der import genitive_der


def _rels(read_page, text):
    return {(r.type, r.source, r.target) for r in read_page(text, "de").relations}


def test_supplier_noun_then_genitive(read_page):
    assert _rels(read_page, "Die Quellin Batterien GmbH ist seit 2022 Lieferant der Veltrum AG.") == {
        ("supplies", "Quellin Batterien", "Veltrum")}


def test_customers_noun_then_genitive_in_the_vorfeld(read_page):
    assert _rels(read_page, "Zu den Kunden der Gravia Technik GmbH zählen die Veltrum AG und die Osmira Automotive GmbH.") == {
        ("supplies", "Gravia Technik", "Veltrum"), ("supplies", "Gravia Technik", "Osmira Automotive")}


def test_shareholder_noun_then_genitive(read_page):
    assert _rels(read_page, "Die Lübbrecht Holding ist größter Aktionär der Pellaro Chemie AG.") == {
        ("invests_in", "Lübbrecht Holding", "Pellaro Chemie")}


def test_goods_of_a_customer_in_the_genitive(read_page):
    assert _rels(read_page, "Die Kaltenried Elektronik GmbH rüstet die Busse der Ardeno Mobility GmbH mit Ladetechnik aus.") == {
        ("supplies", "Kaltenried Elektronik", "Ardeno Mobility")}


def test_after_a_noun_only():
    text = "Die Hovden AG stellt der Tessmar AG Motoren zur Verfügung."
    assert genitive_der(text, 0, text.index("Tessmar")) is None  # a verb before: the dative
    text = "Der Tessmar AG fehlen Motoren."
    assert genitive_der(text, 0, text.index("Tessmar")) is None  # the sentence's first word
    text = "Im Jahr der Tessmar AG fehlen Motoren."
    assert genitive_der(text, 0, text.index("Tessmar")) is None  # a noun of time
    text = "Er ist Lieferant der Tessmar AG."
    assert genitive_der(text, 0, text.index("Tessmar")) == text.index("der ")


def test_a_description_opening_with_der_is_left_to_its_preposition():
    text = "Die Zellen für die Baureihen der Gruppe stammen von Kestrel."
    assert genitive_der(text, 0, text.index("der Gruppe")) is None


def test_made_on_behalf_of_a_company_in_the_genitive(read_page):
    assert _rels(read_page, "Die Morvik Sensorik GmbH produziert im Auftrag der Veltrum AG Steuergeräte.") == {
        ("supplies", "Morvik Sensorik", "Veltrum")}


def test_a_trigger_that_took_the_article_in_reads_the_name_itself(read_page):
    assert _rels(read_page, "Korvent, der Mutterkonzern der Tessmar AG, wächst.") == {("owns", "Korvent", "Tessmar")}
