"""A stake told in a relative after "a joint venture (created) with Y", its holder left out or a
pronoun, is in the venture: no stake of the holder in the partner Y (relations/venture_relatives.py)."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Brakon", "Quarda", "Norvik"]


@pytest.mark.parametrize("text, language", [
    ("Its vans come from Norvik, the joint venture Brakon formed with Quarda, in which Brakon bought a majority stake last year.", "en"),
    ("Brakon develops the project with Norvik, a joint venture set up with Quarda, of which it holds 80%.", "en"),
    ("Brakon mène l'étude avec Norvik, la coentreprise fondée avec le chimiste Quarda, dont il possède 80 %.", "fr"),
    ("Brakon sviluppa il progetto con Norvik, la joint venture creata con Quarda, di cui detiene l'80%.", "it"),
    ("Brakon desarrolla el proyecto con Norvik, la empresa conjunta creada con Quarda, en la que tiene el 80 %.", "es"),
    ("Brakon entwickelt das Projekt mit Norvik, dem Gemeinschaftsunternehmen mit Quarda, an dem Brakon 80 Prozent hält.", "de"),
])
def test_the_stake_is_in_the_venture_not_in_the_partner(text, language):
    got = {(r.type, r.source, r.target) for r in rels(text, NAMES, language=language)}
    assert ("joint_venture", "Brakon", "Quarda") in got
    assert not {t for t in got if t[0] in ("owns", "invests_in", "acquires") and {t[1], t[2]} == {"Brakon", "Quarda"}}


def test_a_stake_in_a_named_company_after_its_venture_stays():
    got = {(r.type, r.source, r.target) for r in rels(
        "Brakon, which formed a joint venture with Selvio last year, holds 80% of Quarda.", NAMES + ["Selvio"], language="en")}
    assert ("owns", "Brakon", "Quarda") in got
