"""More supply constructions of real news, on sentences written for these tests (companies and
wording of their own): a list after a colon that spells out a noun ("from two suppliers: A and B")."""

from __future__ import annotations

import pytest

from .helpers import rels, triples


def supplies(sentence, companies, lang, **kw):
    return sorted((t[1], t[2]) for t in triples(rels(sentence, companies, language=lang, **kw)) if t[0] == "supplies")


@pytest.mark.parametrize("lang, sentence, companies, expected", [
    ("en", "Nissan gets its cells for the Leaf from two suppliers: AESC and Panasonic.", ["Nissan", "AESC", "Panasonic"],
     [("AESC", "Nissan"), ("Panasonic", "Nissan")]),
    ("en", "Rivian delivered its vans to one customer: Amazon.", ["Rivian", "Amazon"], [("Rivian", "Amazon")]),
    ("de", "Die Sitze bezieht Audi von zwei Zulieferern: Lear und Adient.", ["Audi", "Lear", "Adient"],
     [("Adient", "Audi"), ("Lear", "Audi")]),
    ("it", "Piaggio acquista le batterie da due fornitori: Samsung SDI e LG Energy Solution.",
     ["Piaggio", "Samsung SDI", "LG Energy Solution"], [("LG Energy Solution", "Piaggio"), ("Samsung SDI", "Piaggio")]),
    ("fr", "Alpine achète ses cellules à deux fournisseurs : Verkor et LG Energy Solution.",
     ["Alpine", "Verkor", "LG Energy Solution"], [("LG Energy Solution", "Alpine"), ("Verkor", "Alpine")]),
    ("es", "Cupra compra las baterías a dos proveedores: CATL y Gotion.", ["Cupra", "CATL", "Gotion"],
     [("CATL", "Cupra"), ("Gotion", "Cupra")]),
    # the names after the colon open a clause of their own: they spell out no noun
    ("en", "Ford sells trucks to fleets: Hertz and Avis are the biggest.", ["Ford", "Hertz", "Avis"], []),
])
def test_a_list_after_a_colon_takes_the_preposition_of_the_noun_it_spells_out(lang, sentence, companies, expected):
    assert supplies(sentence, companies, lang) == expected
