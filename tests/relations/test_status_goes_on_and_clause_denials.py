"""A tie said to go on in the future runs now ("continuerà a comprare da Y", "continueranno ad arrivare
da Y", "seguirá comprando a Y"); a denial in a clause closed off by ';' that does not point back to the
deal is another matter ("X orders cells from Y; Z denies its parts were faulty"); a model name with
"Neue" ("die Neue Klasse") is no new deal. Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, language, names=("Korvan", "Maltrix", "Dexo")):
    doc = RelationExtractor()(make_doc(text, list(names), language=language))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("language,text", [
    ("it", "Korvan continuerà a comprare da Maltrix i motori per i suoi autobus."),
    ("es", "Maltrix continuará suministrando motores a Korvan."),
    ("it", "I cablaggi continueranno ad arrivare da Maltrix, che rifornisce già lo stabilimento di Korvan."),
])
def test_a_tie_that_goes_on_runs(language, text):
    assert _rels(text, language)[("supplies", "Maltrix", "Korvan")] == "active"


@pytest.mark.parametrize("language,text", [
    ("es", "Korvan encarga a Maltrix el suministro de sustitución a partir de 2027; Dexo niega que sus piezas estén implicadas."),
    ("en", "Korvan orders replacement cells from Maltrix; Dexo denies its parts were faulty."),
    ("it", "Korvan ordina celle a Maltrix; Dexo smentisce che i suoi componenti siano coinvolti."),
    ("de", "Korvan bestellt Zellen bei Maltrix; Dexo dementiert, dass seine Teile betroffen seien."),
])
def test_a_denial_after_a_semicolon_is_another_matter(language, text):
    assert _rels(text, language)[("supplies", "Maltrix", "Korvan")] == "announced"


def test_a_denial_after_a_semicolon_that_points_back_stands():
    assert _rels("Korvan would buy Maltrix, Reuters reported; Korvan denied the report.", "en")[
        ("acquires", "Korvan", "Maltrix")] == "denied"


def test_a_model_called_new_is_no_new_deal():
    got = _rels("Die Rundzellen für die Neue Klasse bezieht Korvan von Maltrix.", "de")
    assert got[("supplies", "Maltrix", "Korvan")] == "active"
