"""A deal phrase fronted before its buyer ("With the acquisition of Beta, Gamma ...", "Dopo aver
rilevato Beta, Gamma ...", relations/frames/fronted_deals.py): the subject after the comma is the
buyer. Sentences and companies made up for these tests."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Quillmark", "Tormund", "Varessa"]


def _acq(text, language):
    return {(s, d) for t, s, d, _st, _p in triples(rels(text, _C, language=language)) if t == "acquires"}


@pytest.mark.parametrize("language,text", [
    ("en", "With the acquisition of Quillmark, Tormund became the largest carrier in the region."),
    ("en", "After acquiring Quillmark in 2019, Tormund closed two depots."),
    ("en", "Following its takeover of Quillmark, Tormund cut 300 jobs."),
    ("it", "Con l'acquisizione di Quillmark, Tormund diventa il primo operatore del settore."),
    ("it", "Dopo aver rilevato Quillmark, Tormund ha chiuso due depositi."),
    ("fr", "Avec le rachat de Quillmark, Tormund devient le premier opérateur du secteur."),
    ("fr", "Après avoir racheté Quillmark, Tormund a fermé deux dépôts."),
    ("es", "Con la compra de Quillmark, Tormund se convierte en el primer operador del sector."),
    ("es", "Tras adquirir Quillmark, Tormund cerró dos almacenes."),
])
def test_the_subject_after_the_comma_buys(language, text):
    assert ("Tormund", "Quillmark") in _acq(text, language)


@pytest.mark.parametrize("language,text", [
    # a list after the deal's object, not a subject
    ("en", "After the acquisition of Quillmark, Tormund and Varessa, prices rose."),
    # a buyer already before the deal word
    ("en", "With Varessa's purchase of Quillmark, Tormund lost its largest customer."),
])
def test_no_buyer_from_a_list_or_a_bystander(language, text):
    assert ("Tormund", "Quillmark") not in _acq(text, language)
