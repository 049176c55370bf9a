"""A unit and its gazetteer parent named as the two owners of a third company ("of A and of B", "d'A et
de B") or as two that act together ("A and B, which together hold") tell no ownership of the one by the
other (relations/peer_units.py, asked by RelationExtractor._known_units); a bare list still does
(test_known_units_beside_suppliers.py), and so does a list that says the tie ("A and its unit B").
Comilog is Eramet's unit in the gazetteer; Norvik and Ostero are made up; sentences written for these tests."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Norvik", "Ostero", "Comilog", "Eramet")


def _rels(text, lang):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language=lang))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("lang,text", [
    ("en", "Norvik, the investment vehicle of the miner Eramet and of Comilog, is weighing a bid for Ostero."),
    ("en", "Eramet and Comilog, which together hold 30% of Norvik, backed the capital increase."),
    ("fr", "Norvik, le véhicule d'investissement du groupe minier Eramet et de Comilog, étudie une offre sur Ostero."),
    ("fr", "Eramet et Comilog, qui détiennent ensemble 30 % de Norvik, ont soutenu l'augmentation de capital."),
    ("de", "Norvik, das Investmentvehikel des Bergbaukonzerns Eramet und der Manganfirma Comilog, prüft ein Angebot für Ostero."),
    ("de", "Eramet und Comilog, die gemeinsam 30 Prozent an Norvik halten, unterstützten die Kapitalerhöhung."),
    ("it", "Norvik, il veicolo d'investimento del gruppo minerario Eramet e di Comilog, valuta un'offerta su Ostero."),
    ("it", "Eramet e Comilog, che insieme detengono il 30% di Norvik, hanno sostenuto l'aumento di capitale."),
    ("es", "Norvik, el vehículo inversor del grupo minero Eramet y de Comilog, estudia una oferta por Ostero."),
    ("es", "Eramet y Comilog, que conjuntamente poseen el 30% de Norvik, respaldaron la ampliación de capital."),
])
def test_peers_of_one_role_tell_no_ownership(lang, text):
    assert ("owns", "Eramet", "Comilog") not in _rels(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("en", "Eramet and its manganese unit Comilog, which together hold 30% of Norvik, backed the capital increase."),
    ("fr", "Eramet et sa filiale Comilog, qui détiennent ensemble 30 % de Norvik, ont soutenu l'augmentation de capital."),
])
def test_a_list_that_tells_the_tie_keeps_it(lang, text):
    assert ("owns", "Eramet", "Comilog") in _rels(text, lang)
