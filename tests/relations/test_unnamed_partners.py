"""A pair named as the subject of deals with unnamed others ("A and B signed agreements with several
producers", "con diversi produttori", "avec plusieurs producteurs", "con varios productores", "mit
mehreren Produzenten") or of similar deals each ("similar agreements", "accordi simili", "des accords
similaires", "acuerdos similares", "ähnliche Vereinbarungen") is no partnership of its own; a pair that
signs one together, or a named partner after the unnamed ones, still is. Made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Delvo"]
_PAIR = frozenset(("Korvan", "Maltrix"))


def _partners(sentence, language):
    return {frozenset((s, d)) for t, s, d, _st, _p in triples(rels(sentence, _C, language=language))
            if t == "partners_with"}


@pytest.mark.parametrize("sentence, language", [
    ("Korvan and Maltrix have signed agreements with several lithium producers.", "en"),
    ("Korvan e Maltrix hanno firmato accordi con diversi fornitori di grafite.", "it"),
    ("Korvan et Maltrix ont signé des accords avec plusieurs producteurs de lithium.", "fr"),
    ("Korvan y Maltrix han firmado acuerdos con varios productores de litio.", "es"),
    ("Korvan und Maltrix haben Vereinbarungen mit mehreren Lithiumproduzenten unterzeichnet.", "de"),
    ("Competing operators Korvan and Maltrix signed similar agreements last year.", "en"),
    ("Korvan e Maltrix hanno firmato accordi simili.", "it"),
    ("Korvan et Maltrix ont signé des accords similaires.", "fr"),
    ("Korvan y Maltrix han firmado acuerdos similares.", "es"),
    ("Korvan und Maltrix haben ähnliche Vereinbarungen unterzeichnet.", "de"),
    # the other adjectives of "similar", in both genders, after the noun
    ("Korvan y Maltrix cerraron el año pasado acuerdos análogos.", "es"),
    ("Korvan y Maltrix anunciaron alianzas análogas en marzo.", "es"),
    ("Korvan y Maltrix firmaron alianzas parecidas.", "es"),
    ("Korvan et Maltrix ont conclu des partenariats comparables.", "fr"),
    ("Korvan e Maltrix hanno stretto intese analoghe.", "it"),
    ("Korvan and Maltrix struck comparable partnerships in 2023.", "en"),
    ("Korvan und Maltrix haben vergleichbare Kooperationen vereinbart.", "de"),
])
def test_deals_with_others_tie_no_pair(sentence, language):
    assert _PAIR not in _partners(sentence, language)


@pytest.mark.parametrize("sentence, language", [
    ("Korvan and Maltrix signed a partnership agreement on Monday.", "en"),
    ("Korvan signed agreements with several producers, including Maltrix and Delvo.", "en"),
])
def test_a_pair_or_a_named_partner_stays(sentence, language):
    assert _PAIR in _partners(sentence, language)


# --- deals in the plural the pair "also" struck, as another company did -------------------------

@pytest.mark.parametrize("sentence, language", [
    ("Rivals such as Korvan and Maltrix have also signed long-term contracts for their charging networks.", "en"),
    ("Anche Korvan e Maltrix hanno firmato contratti pluriennali per le loro reti di ricarica.", "it"),
    ("Korvan et Maltrix ont aussi signé des contrats de long terme pour leurs réseaux de recharge.", "fr"),
    ("Korvan y Maltrix también han firmado acuerdos a largo plazo para sus redes de recarga.", "es"),
    ("Wettbewerber wie Korvan und Maltrix haben in den vergangenen Monaten ebenfalls langfristige Verträge "
     "für ihre Ladenetze abgeschlossen.", "de"),
])
def test_plural_deals_the_pair_also_struck_are_no_partnership(sentence, language):
    assert _PAIR not in _partners(sentence, language)


@pytest.mark.parametrize("sentence, language", [
    # one deal, or deals with no "also": the pair's own
    ("Korvan und Maltrix haben außerdem auch einen Vertrag über die gemeinsame Entwicklung von Zellen geschlossen.", "de"),
    ("Korvan und Maltrix haben eine Kooperation bei Feststoffzellen vereinbart.", "de"),
    ("Korvan and Maltrix have also agreed a partnership on solid-state cells.", "en"),
])
def test_a_deal_of_the_pair_itself_stays(sentence, language):
    assert _PAIR in _partners(sentence, language)
