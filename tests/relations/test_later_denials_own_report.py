"""A later denial that tells the report it denies ("Spekulationen, X könnte ... einsteigen, hat X
zurückgewiesen") answers that report, not a rumoured tie told sentences before it of another deal; a
plain later denial still reaches it. Invented companies."""

from __future__ import annotations

from .helpers import rels


def test_a_later_denial_of_its_own_report_leaves_another_report_alone():
    text = ("Orlanda soll Berichten zufolge mit Pesqueira über ein Gemeinschaftsunternehmen verhandeln. Beide Seiten "
            "schweigen dazu. Das Werk in Sachsen läuft gut. Spekulationen, Orlanda könnte beim angeschlagenen Zulieferer "
            "aus Ulm einsteigen, hat der Konzern im Sommer zurückgewiesen.")
    assert [(r.type, r.status) for r in rels(text, ["Orlanda", "Pesqueira"], language="de")] == [("joint_venture", "rumoured")]


def test_a_later_denial_of_the_rumours_still_denies():
    text = ("Orlanda soll Berichten zufolge Pesqueira übernehmen wollen. Der Preis läge bei 2 Milliarden Euro. Die "
            "Gespräche laufen seit Wochen. Orlanda hat die Gerüchte am Montag zurückgewiesen.")
    assert [(r.type, r.status) for r in rels(text, ["Orlanda", "Pesqueira"], language="de")] == [("acquires", "denied")]
