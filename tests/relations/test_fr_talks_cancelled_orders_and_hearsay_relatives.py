"""Statuses told the way French papers tell them, whole pipeline, invented companies:

* talks said to be under way ("des discussions sont en cours entre A et B pour un contrat
  d'approvisionnement", "les négociations étaient toujours en cours"): in talks; the pair after "entre"
  is the deal's, named before the deal noun and with no subject before it, its direction from the tiers;
* an order or a contract denounced ("avait dénoncé dès 2024 sa commande auprès de Y"): ended;
* a relative clause that tells hearsay or a plan ("des informations, qui faisaient état d'un projet de
  coentreprise avec Y", "a report, which said it planned a joint venture with Y") inside a denial is no
  standing fact of its own: the denial governs it."""

from __future__ import annotations

import pytest


def _rels(doc):
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("text", [
    "Garonne Capital a confirmé que des discussions étaient en cours entre Quillan Cathodes et Ardelis Batteries "
    "pour un contrat d'approvisionnement.",
    "Des discussions sont en cours entre Quillan Cathodes et Ardelis Batteries pour un contrat d'approvisionnement.",
    "Des discussions sont en cours entre Ardelis Batteries et Quillan Cathodes pour un contrat d'approvisionnement.",
])
def test_talks_under_way_between_a_pair(text, read_page):
    assert _rels(read_page(text, "fr")) == {("supplies", "Quillan Cathodes", "Ardelis Batteries"): "in_talks"}


def test_an_order_denounced_is_ended(read_page):
    doc = read_page("Kervan Motors avait dénoncé dès 2024 sa commande de cellules auprès d'Ardelis Batteries.", "fr")
    assert _rels(doc) == {("supplies", "Ardelis Batteries", "Kervan Motors"): "ended"}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Ardelis Batteries juge « dénuées de tout fondement » les rumeurs relayées par une lettre "
           "professionnelle, qui évoquait un projet de coentreprise avec Kervan Motors."),
    ("en", "Ardelis Batteries dismissed as baseless a report by a trade website, which said it planned a joint "
           "venture with Kervan Motors."),
])
def test_hearsay_in_a_relative_is_denied_with_its_denial(lang, text, read_page):
    assert _rels(read_page(text, lang)) == {("joint_venture", "Ardelis Batteries", "Kervan Motors"): "denied"}
