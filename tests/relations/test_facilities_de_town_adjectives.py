"""Plants (German): a town's adjective before the plant noun names its place ("im Zwickauer Werk",
"die Dresdner Fabrik", "das Bremer Werk"), and a place after "im <hyphenated adjective>"
("im baden-württembergischen Gaildorf") counts as much as after a plain one.

Every sentence here is written for the test (invented companies; real towns where the rule needs the
place list); none comes from the dev or golden pages.
"""

from __future__ import annotations

import pytest

from .helpers import facs


@pytest.mark.parametrize("text,town", [
    ("Kornex baut im Zwickauer Werk künftig Elektroautos.", "Zwickau"),
    ("Die Dresdner Fabrik von Kornex fertigt seit Mai Chips.", "Dresden"),
    ("Kornex schließt das Bremer Werk zum Jahresende.", "Bremen"),
])
def test_town_adjective_before_the_plant(text, town):
    fs = facs(text, ["Kornex"], "de")
    assert [(f.owner, f.location) for f in fs] == [("Kornex", town)]


def test_an_adjective_that_is_no_town_gives_no_place():
    fs = facs("Kornex baut ein größeres Werk.", ["Kornex"], "de")
    assert [(f.owner, f.location) for f in fs] in ([], [("Kornex", None)])


def test_hyphenated_regional_adjective_before_the_town():
    text = ("Kornex schließt Werke in Ungarn. Das Werk im baden-württembergischen Gaildorf, das bis zuletzt "
            "Kühler fertigte, hat der Konzern dagegen zum Monatsende geschlossen.")
    fs = facs(text, ["Kornex"], "de", coref={"der Konzern": "Kornex"}, places=["Ungarn"])
    assert ("Kornex", "Gaildorf") in [(f.owner, f.location) for f in fs]
