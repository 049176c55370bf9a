"""Plants: in German the verb comes last, so a plant goods are delivered to reads "Kornex soll Anoden aus
seinem Werk in X an die Zellfabrik in Y liefern": the supplier, the subject, owns the plant in X, not
the one in Y; that one takes only a name given after its noun ("an die Zellfabrik von Brixo").

Every sentence here is written for the test (invented companies and places); none comes from the dev
or golden pages.
"""

from __future__ import annotations

from .helpers import facs


def _where(fs):
    return sorted((f.owner or "", f.location) for f in fs)


def test_de_second_plant_delivered_to_is_not_the_suppliers():
    text = "Der Chemiekonzern Kornex soll ab 2028 Anoden aus seinem Werk in Kolkwitz an die Zellfabrik in Cottbus liefern."
    got = _where(facs(text, ["Kornex"], "de", places=["Kolkwitz", "Cottbus"]))
    assert ("Kornex", "Kolkwitz") in got
    assert ("Kornex", "Cottbus") not in got


def test_de_first_plant_delivered_to_is_not_the_story_subjects():
    text = ("Kornex hat einen Liefervertrag mit einem Autobauer geschlossen. "
            "Das Unternehmen wird ab 2028 Anoden an das Werk in Cottbus liefern.")
    got = _where(facs(text, ["Kornex"], "de", places=["Cottbus"]))
    assert ("Kornex", "Cottbus") not in got


def test_de_plant_delivered_to_keeps_the_name_after_its_noun():
    text = "Kornex soll ab 2028 Anoden an die Zellfabrik von Brixo in Cottbus liefern."
    got = _where(facs(text, ["Kornex", "Brixo"], "de", places=["Cottbus"]))
    assert ("Brixo", "Cottbus") in got


def test_de_plant_where_the_subject_builds_stays_its_own():
    text = "Kornex will in der Zellfabrik in Cottbus ab 2028 Anoden fertigen und an Autobauer liefern."
    got = _where(facs(text, ["Kornex"], "de", places=["Cottbus"]))
    assert ("Kornex", "Cottbus") in got


def test_de_its_own_plant_supplied_stays_its_own():
    text = "Kornex soll ab 2028 Anoden an seine Zellfabrik in Cottbus liefern."
    got = _where(facs(text, ["Kornex"], "de", places=["Cottbus"]))
    assert ("Kornex", "Cottbus") in got
