"""A company the sentence opens with, a copula and a possessive role noun ("Y is its largest customer",
"Y est son partenaire", "Y è il suo principale cliente", "Y es su socio", "Y ist ihr größter Kunde"):
the possessive is the company of the sentence before (members._TAIL); made-up companies."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ["Norvessa Inc.", "Tecnalba Corp.", "Lumetra Ltd.", "Norvessa SA", "Tecnalba SA", "Norvessa S.p.A.",
          "Tecnalba S.p.A.", "Norvessa S.A.", "Tecnalba S.A.", "Lumetra S.A.", "Norvessa GmbH", "Tecnalba AG"]


def rels(text, language):
    names = {n: n.split()[0] for n in _NAMES if n in text}
    doc = RelationExtractor()(make_doc(text, names, language=language))
    return sorted((r.type, r.source, r.target) for r in doc.relations)


@pytest.mark.parametrize("text,language,expected", [
    ("Norvessa Inc. makes cells in Ohio. Tecnalba Corp. has been its partner since 2020.", "en",
     ("partners_with", "Norvessa", "Tecnalba")),
    ("Norvessa Inc. makes cells in Ohio. Tecnalba Corp. is now its largest customer.", "en",
     ("supplies", "Norvessa", "Tecnalba")),
    ("Norvessa SA fabrique des cellules à Lyon. Tecnalba SA est son principal client.", "fr",
     ("supplies", "Norvessa", "Tecnalba")),
    ("Norvessa SA fabrique des cellules à Lyon. Tecnalba SA reste son partenaire depuis 2020.", "fr",
     ("partners_with", "Norvessa", "Tecnalba")),
    ("Norvessa S.p.A. produce celle a Torino. Tecnalba S.p.A. è il suo principale cliente.", "it",
     ("supplies", "Norvessa", "Tecnalba")),
    ("Norvessa S.p.A. produce celle a Torino. Tecnalba S.p.A. è uno dei suoi fornitori.", "it",
     ("supplies", "Tecnalba", "Norvessa")),
    ("Norvessa S.A. fabrica celdas en Vigo. Tecnalba S.A. es su principal cliente.", "es",
     ("supplies", "Norvessa", "Tecnalba")),
    ("Norvessa S.A. fabrica celdas en Vigo. Tecnalba S.A. figura entre sus proveedores.", "es",
     ("supplies", "Tecnalba", "Norvessa")),
    ("Norvessa S.A. fabrica celdas en Vigo. Tecnalba S.A. es su socio desde 2020.", "es",
     ("partners_with", "Norvessa", "Tecnalba")),
    ("Die Norvessa GmbH fertigt Zellen in Ulm. Die Tecnalba AG ist ihr größter Kunde.", "de",
     ("supplies", "Norvessa", "Tecnalba")),
    ("Die Norvessa GmbH fertigt Zellen in Ulm. Die Tecnalba AG ist einer ihrer Lieferanten.", "de",
     ("supplies", "Tecnalba", "Norvessa")),
])
def test_copula_and_possessive_role(text, language, expected):
    assert expected in rels(text, language)


@pytest.mark.parametrize("text,language", [
    # two companies open the sentence before: whose customer?
    ("Norvessa Inc. and Lumetra Ltd. make cells in Ohio. Tecnalba Corp. is its largest customer.", "en"),
    # the possessive is a person's
    ("Marco Ferri guida la filiale di Torino. Tecnalba S.p.A. è il suo principale cliente.", "it"),
    # no role noun after the possessive (the pattern's every branch needs one)
    ("Norvessa SA fabrique des cellules à Lyon. Tecnalba SA fait partie de ses projets.", "fr"),
    ("Norvessa SA fabrique des cellules à Lyon. Tecnalba SA est son voisin.", "fr"),
    # the role's own owner is named after it
    ("Norvessa S.A. fabrica celdas en Vigo. Tecnalba S.A. es su principal cliente, según Lumetra S.A.", "es"),
])
def test_no_owner_for_the_possessive(text, language):
    assert not any(r[0] == "supplies" and "Tecnalba" in r[1:] and "Norvessa" in r[1:] for r in rels(text, language))
