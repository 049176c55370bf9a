"""A German home town after "aus"/"nach" that is the town of a group's works company stands for the
group the story names, in the group's own line of business (entities/hometowns.py): cells "aus Göd"
come from Samsung SDI's plant there. The works company stays where the story names no group of it,
or where the company is named after the town. German only: the other languages read no home town as
a company. Sentences written for the test."""

from __future__ import annotations

import pytest
from entity_helpers import run


def corefs(doc):
    return [(m.text, m.canonical) for m in doc.mentions if m.source == "coref"]


@pytest.mark.parametrize(
    "text, town, group",
    [
        ("Samsung SDI baut die Fertigung aus. Die Tochter Samsung SDI Hungary stellt weitere Leute ein. "
         "Der Lkw-Bauer MAN bezieht ab 2027 Zellen aus Göd.", "Göd", "Samsung SDI"),
        ("CATL investiert weiter in Europa. CATL Hungary hat die erste Halle fertig. "
         "Die Module werden ab Herbst von Bosch nach Debrecen geliefert.", "Debrecen", "CATL"),
    ],
)
def test_a_works_company_town_stands_for_its_group(text, town, group):
    assert (town, group) in corefs(run(text, "de"))


def test_the_works_company_stays_without_its_group_on_the_page():
    text = "Samsung SDI Hungary stellt weitere Leute ein. Der Lkw-Bauer MAN bezieht ab 2027 Zellen aus Göd."
    assert ("Göd", "Samsung SDI Hungary") in corefs(run(text, "de"))


def test_a_company_named_after_its_town_stays_that_company():
    text = ("BMW erhöht die Produktion. BMW Debrecen stellt weitere Leute ein. "
            "Schaeffler liefert die Lager künftig nach Debrecen.")
    assert ("Debrecen", "BMW Debrecen") in corefs(run(text, "de"))
