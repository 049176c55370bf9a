"""A partnership told with one party alone, its noun opening the sentence ("The partnership with Y,
launched in 2024, is working well"): the other party is the story's, as a lone supply contract's
(lone_partnerships.py). Not after a first person, nor in a sentence that tells supply. Made-up
companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix"]
_PAIR = frozenset(("Korvan", "Maltrix"))


def _partners(text, language):
    return {(frozenset((s, d)), st) for t, s, d, st, _p in triples(rels(text, _C, language=language))
            if t == "partners_with"}


@pytest.mark.parametrize("language, text, status", [
    ("en", "Korvan opened 40 charging stations in France. The partnership with Maltrix, launched in 2024, is working well.", "active"),
    ("fr", "Korvan a ouvert 40 stations en France. Le partenariat avec Maltrix, lancé en 2024, fonctionne bien.", "active"),
    ("it", "Korvan ha aperto 40 stazioni in Italia. La collaborazione con Maltrix, avviata nel 2024, prosegue.", "active"),
    ("es", "Korvan ha abierto 40 estaciones en España. La alianza con Maltrix, firmada en 2024, funciona bien.", "active"),
    ("de", "Korvan hat 40 Ladestationen eröffnet. Die Partnerschaft mit Maltrix, die 2024 begann, läuft gut.", "active"),
    ("en", "Korvan opened 40 charging stations in France. The partnership with Maltrix ended last year.", "ended"),
])
def test_a_partnership_with_one_party_alone(language, text, status):
    assert (_PAIR, status) in _partners(text, language)


@pytest.mark.parametrize("language, text", [
    # a word of supply: the "cooperation" is a supply tie, left to the supply readers
    ("de", "Korvan baut Autos in Ulm. Die Zusammenarbeit mit Maltrix, das die Zellen liefern sollte, ist ausgelaufen."),
    # the noun does not open its clause: someone else's partnership
    ("en", "Korvan opened 40 stations. Analysts praised a rival's partnership with Maltrix."),
])
def test_no_lone_partnership_reading(language, text):
    assert not any(p == _PAIR for p, _st in _partners(text, language))


@pytest.mark.parametrize("language, text", [
    ("it", "Korvan ha aperto un centro a Torino. A Wuhan la joint venture con Maltrix rifornisce i costruttori della regione."),
    ("en", "Korvan opened a centre in Paris. The joint venture with Maltrix, formed in 2023, builds engines."),
    ("fr", "Korvan a ouvert un centre à Paris. En Chine, la coentreprise avec Maltrix produit des moteurs."),
    ("es", "Korvan abrió un centro en Madrid. La empresa conjunta al 50 % con Maltrix fabrica motores."),
    ("de", "Korvan hat ein Zentrum eröffnet. Das Gemeinschaftsunternehmen mit Maltrix baut Motoren."),
])
def test_a_joint_venture_with_one_party_alone(language, text):
    got = {(frozenset((s, d)), t) for t, s, d, _st, _p in triples(rels(text, _C, language=language))}
    assert (_PAIR, "joint_venture") in got


def test_headquarters_is_no_partner():
    got = triples(rels("Korvan baut Motoren. Das Joint Venture mit Sitz in Ulm beschäftigt 1.500 Ingenieure.",
                       ["Korvan", "Sitz"], language="de"))
    assert not [t for t in got if t[0] in ("joint_venture", "partners_with")]
