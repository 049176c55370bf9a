"""A German owner in an attributive participle before its company ("die zum Brixo-Konzern gehörende
Korvan"): the owner owns the company the participle describes, and, being only a description, is no party
of the clause's verb. Before, the participle was read by nothing and its owner was taken for a party
("die Lkw-Tochter der zu Brixo gehörenden Korvan": Brixo's daughter). The sentences are written for these
tests."""

from __future__ import annotations

import pytest

from .helpers import rels, triples


def found(sentence, companies):
    return sorted((t[0], t[1], t[2]) for t in triples(rels(sentence, companies, language="de")))


@pytest.mark.parametrize("sentence, companies, expected", [
    ("Die zum Pelora-Konzern gehörende Astrin eröffnet ein Entwicklungszentrum in Graz.",
     ["Pelora", "Astrin"], [("owns", "Pelora", "Astrin")]),
    ("Die Sitze kommen von der ebenfalls zur Pelora-Gruppe gehörenden Polsterfirma Astrin.",
     ["Pelora", "Astrin"], [("owns", "Pelora", "Astrin")]),
    ("Die mehrheitlich zu Pelora gehörende Astrin meldete am Montag einen Rekordumsatz.",
     ["Pelora", "Astrin"], [("owns", "Pelora", "Astrin")]),
    # the owner inside the participle is no party of the clause: Astrin's daughter, not Pelora's
    ("Auch Vinto, die Bus-Tochter der zu Pelora gehörenden Astrin, bestellt neue Zellen.",
     ["Vinto", "Pelora", "Astrin"], [("owns", "Astrin", "Vinto"), ("owns", "Pelora", "Astrin")]),
])
def test_the_owner_in_a_participle_owns_the_company_after_it(sentence, companies, expected):
    assert found(sentence, companies) == expected


@pytest.mark.parametrize("sentence, companies", [
    # two owners: a joint one, left to the venture readers
    ("Die zu Pelora und Vinto gehörende Astrin baut ein Werk.", ["Pelora", "Vinto", "Astrin"]),
    # more than a name inside: no owner
    ("Die zum Umfeld von Pelora gehörende Astrin baut ein Werk.", ["Pelora", "Astrin"]),
])
def test_no_owner_where_the_participle_names_none_alone(sentence, companies):
    assert ("owns", "Pelora", "Astrin") not in found(sentence, companies)
