"""A deal told with the verb of having: the present says it is in force, the past that it is over
(``held_deals``). Invented companies."""

from __future__ import annotations

import pytest

from .helpers import rels

PAIR = ["Orlanda", "Pesqueira"]


@pytest.mark.parametrize("lang, text, status", [
    # the past of having: over now
    ("en", "Orlanda had a supply agreement with Pesqueira.", "ended"),
    ("en", "Orlanda had a joint development agreement with Pesqueira from 2022.", "ended"),
    ("it", "Orlanda aveva un contratto di fornitura con Pesqueira.", "ended"),
    ("fr", "Orlanda avait un contrat d'approvisionnement avec Pesqueira.", "ended"),
    ("es", "Orlanda tenía un contrato de suministro con Pesqueira.", "ended"),
    ("de", "Orlanda hatte einen Liefervertrag mit Pesqueira.", "ended"),
    # the present of having: in force
    ("it", "Orlanda ha un accordo di sviluppo congiunto con Pesqueira.", "active"),
    ("fr", "Orlanda a un accord de développement conjoint avec Pesqueira.", "active"),
    ("es", "Orlanda tiene un acuerdo de desarrollo conjunto con Pesqueira.", "active"),
    ("en", "Orlanda has a joint development agreement with Pesqueira.", "active"),
    # not a signing in the German perfect, nor a new deal, nor reported speech in the past
    ("de", "Orlanda hat einen Liefervertrag mit Pesqueira unterzeichnet.", "announced"),
    ("en", "Orlanda has a new joint development agreement with Pesqueira that will start next year.", "announced"),
])
def test_the_verb_of_having_tells_the_time_of_a_deal(lang, text, status):
    assert sorted({r.status for r in rels(text, PAIR, language=lang)}) == [status]


def test_reported_speech_keeps_its_tense():
    # "said it had an agreement": the past of reported speech tells a present deal, not an ended one
    assert "ended" not in {r.status for r in rels("Orlanda said it had an agreement with Pesqueira on cells.", PAIR)}


@pytest.mark.parametrize("text, found", [
    ("a contractor", False), ("an ideal site", False), ("the dealers", False),
    ("a supply contract", True), ("deals", True), ("einen Liefervertrag", True), ("die Entwicklungspartnerschaft", True),
])
def test_the_deal_noun_is_a_whole_word_outside_german_compounds(text, found):
    from tierscope.relations.held_deals import _DEAL
    assert (_DEAL.search(text) is not None) is found


@pytest.mark.parametrize("lang, text, status", [
    # another language's future ending is an ordinary word here: Italian "filiera", Spanish "manera", "primera"
    ("it", "Orlanda ha un contratto di fornitura con Pesqueira per l'intera filiera.", "active"),
    ("es", "Orlanda tiene un acuerdo de suministro con Pesqueira de manera exclusiva.", "active"),
    ("es", "Orlanda tiene un contrato de suministro con Pesqueira para la primera fase.", "active"),
    # a future in the clause's own language still tells a start to come
    ("fr", "Orlanda a un contrat d'approvisionnement avec Pesqueira pour les cellules qu'elle livrera en 2027.", "announced"),
    ("it", "Orlanda ha un contratto con Pesqueira e consegnerà le celle.", "announced"),
])
def test_a_future_ending_counts_only_in_its_own_language(lang, text, status):
    assert sorted({r.status for r in rels(text, PAIR, language=lang)}) == [status]
