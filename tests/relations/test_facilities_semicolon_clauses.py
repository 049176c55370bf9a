"""Plants: a sentence of clauses joined by semicolons ("X has cut shifts; Y, formed with Z, started
production at its plant in W; V works in U"): each clause has its own subject, and the plant of a
clause is its subject's, not the first company of the sentence (a joint venture named there
included). A clause that names no company keeps the sentence's.

Every sentence here is written for the test (invented companies and towns); none comes from the dev
or golden pages.
"""

from __future__ import annotations

import pytest

from .helpers import facs

_C = ["Kornex Cells", "Brelix", "Lumora", "Valtra"]


def _where(fs):
    return [(f.owner, f.location) for f in fs]


@pytest.mark.parametrize("lang, text", [
    ("en", "Kornex Cells, the joint venture with Valtra, has cut shifts; Brelix, formed with Lumora, started production this year at its plant in Ashby."),
    ("it", "Kornex Cells, la joint venture con Valtra, ha ridotto i turni; Brelix, costituita insieme a Lumora, ha avviato quest'anno la produzione nel suo impianto di Ashby."),
    ("fr", "Kornex Cells, la coentreprise avec Valtra, a réduit les équipes ; Brelix, créée avec Lumora, a lancé cette année la production dans son usine d'Ashby."),
    ("es", "Kornex Cells, la empresa conjunta con Valtra, ha recortado turnos; Brelix, creada con Lumora, empezó este año a producir en su planta de Ashby."),
    ("de", "Kornex Cells, das Gemeinschaftsunternehmen mit Valtra, hat Schichten gestrichen; Brelix, gegründet mit Lumora, hat in seinem Werk in Ashby die Produktion aufgenommen."),
])
def test_the_plant_of_a_semicolon_clause_is_its_subjects(lang, text):
    assert _where(facs(text, _C, lang, places=["Ashby"])) == [("Brelix", "Ashby")]


def test_a_clause_without_a_company_keeps_the_sentences_subject():
    text = "Brelix has cut shifts at its older lines; the new plant in Ashby keeps running."
    assert _where(facs(text, _C, places=["Ashby"])) == [("Brelix", "Ashby")]
