"""Supplier and customer nouns the frames read wrongly or not at all, in every language:

* "our" inside a quotation is the speaker's: '"Brixo remains our biggest customer," Kestrel said'
  (Kestrel supplies Brixo; the name after the closing quote was read as the customer before), '«
  Brixo reste notre premier client », a déclaré Kestrel', '"Kestrel bleibt unser wichtigster
  Lieferant", sagte Brixo'; no speaker named, no reading.
* a customer of a company's plant: "client de l'usine de Kestrel", "cliente dello stabilimento di
  Kestrel", "cliente de la planta de Kestrel", "Kunde des Werks von Kestrel" (English "customer of
  Kestrel's plant" was read already).

The sentences are written for these tests."""

from __future__ import annotations

import pytest

from .helpers import rels, triples


def supplies(sentence, lang):
    return sorted((t[1], t[2]) for t in triples(rels(sentence, ["Brixo", "Kestrel"], language=lang)) if t[0] == "supplies")


@pytest.mark.parametrize("lang, sentence", [
    ("en", '"Brixo remains our biggest customer," Kestrel said.'),
    ("en", 'Kestrel said: "Brixo remains our biggest customer."'),
    ("en", '"Kestrel remains our main supplier," Brixo said.'),
    ("fr", "« Brixo reste notre premier client », a déclaré Kestrel."),
    ("fr", "« Kestrel reste notre principal fournisseur », a indiqué Brixo."),
    ("it", "«Brixo resta il nostro primo cliente», ha detto Kestrel."),
    ("es", '"Brixo sigue siendo nuestro mayor cliente", dijo Kestrel.'),
    ("de", '"Brixo bleibt unser wichtigster Kunde", sagte Kestrel.'),
    ("de", '"Kestrel bleibt unser wichtigster Lieferant", sagte Brixo.'),
])
def test_our_in_a_quotation_is_the_speakers(lang, sentence):
    assert supplies(sentence, lang) == [("Kestrel", "Brixo")]


@pytest.mark.parametrize("lang, sentence", [
    ("en", '"Brixo remains our biggest customer," the chief executive said.'),
    # not read backwards: the name after the comma is the speaker, not the customer
    ("en", "Brixo remains our biggest customer, Kestrel said."),
])
def test_our_without_a_named_speaker_is_left(lang, sentence):
    assert supplies(sentence, lang) == []


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Brixo will be a customer of Kestrel's plant in Ohio."),
    ("fr", "Brixo sera client de l'usine de Kestrel à Douai."),
    ("it", "Brixo sarà cliente dello stabilimento di Kestrel."),
    ("es", "Brixo también será cliente de la fábrica de Kestrel en Sagunto."),
    ("es", "Brixo es cliente de la planta india de Kestrel."),
    ("de", "Brixo wird Kunde des Werks von Kestrel."),
])
def test_a_customer_of_a_companys_plant(lang, sentence):
    assert supplies(sentence, lang) == [("Kestrel", "Brixo")]
