"""A joint venture told by a relative whose subject is its pair of parents ("the joint venture that A and
B agreed to set up", "la coentreprise que A et B ont créée", "das Gemeinschaftsunternehmen, das A und B
betreiben"), and an owner's companion named with a minority role ("controlled by A, with B as a
minority shareholder"), who is no joint owner. Invented sentences, made-up companies."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Norvik", "Brixo", "Kelda", "Tavira")


def _rels(text, lang):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language=lang))
    return {(r.type, *sorted((r.source, r.target))) if r.type in ("joint_venture", "partners_with")
            else (r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("lang,text,status", [
    ("en", "Their largest project is the joint venture that Norvik and Brixo agreed in May to set up near Porto.", None),
    ("es", "Su mayor proyecto es la sociedad mixta que Norvik y Brixo acordaron crear en Oporto.", "announced"),
    ("fr", "Son principal chantier reste la société commune que Norvik et Brixo ont décidé de constituer près de Porto.", None),
    ("fr", "Son principal chantier reste la coentreprise que Norvik et Brixo ont fondée en 2021.", "active"),
    ("it", "Il cantiere principale è la joint venture che Norvik e Brixo hanno concordato di creare vicino a Porto.", None),
    ("it", "Il cantiere principale è la società comune che Norvik e Brixo gestiscono dal 2021.", "active"),
    ("de", "Größtes Vorhaben ist das Gemeinschaftsunternehmen, das Norvik und Brixo 2021 in Porto gegründet haben.", "active"),
    ("de", "Größtes Vorhaben ist das Gemeinschaftsunternehmen, das Norvik und Brixo in Porto aufbauen wollen.", "announced"),
])
def test_venture_told_by_its_parents_relative(lang, text, status):
    got = _rels(text, lang)
    assert ("joint_venture", "Brixo", "Norvik") in got
    if status:
        assert got[("joint_venture", "Brixo", "Norvik")] == status


@pytest.mark.parametrize("lang,text", [
    ("fr", "La coentreprise que Norvik et Brixo ont démentie n'existe pas."),
    ("it", "La joint venture che Norvik e Brixo riforniscono cresce."),
    ("de", "Das Gemeinschaftsunternehmen, das Norvik und Brixo beliefern, wächst."),
])
def test_other_verbs_of_the_pair_make_no_venture(lang, text):
    assert ("joint_venture", "Brixo", "Norvik") not in _rels(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("en", "Tavira, controlled by the fund Norvik, with Kelda as a minority shareholder, plans new lines."),
    ("es", "Tavira, controlada por el fondo Norvik, con Kelda como socio minoritario, prevé nuevas líneas."),
    ("it", "Tavira, controllata dal fondo Norvik, con Kelda come socio di minoranza, prevede nuove linee."),
    ("fr", "Tavira, contrôlée par le fonds Norvik, avec Kelda comme actionnaire minoritaire, prévoit de nouvelles lignes."),
])
def test_minority_companion_is_no_joint_owner(lang, text):
    got = _rels(text, lang)
    assert ("joint_venture", "Kelda", "Norvik") not in got
    assert ("owns", "Norvik", "Tavira") in got


@pytest.mark.parametrize("lang,text", [
    ("en", "Tavira, owned by Norvik and Kelda, plans new lines."),
    ("it", "Tavira, controllata da Norvik e Kelda, prevede nuove linee."),
])
def test_joint_owners_stay_joint(lang, text):
    assert ("joint_venture", "Kelda", "Norvik") in _rels(text, lang)
