"""Subjects left out (Italian, Spanish) and subject pronouns (French "il"/"elle" after an opening
phrase, German "Sie"/"Es", English "Its" before a number) that stand for the company opening the previous sentence; made-up
companies, positives and near misses."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from entity_helpers import run

import tierscope
from tierscope.output import document_to_dict
from tierscope.relations import RelationExtractor

_RX = RelationExtractor()


def implied(doc):
    """(canonical, sentence, the words the mention stands before) of each implied subject."""
    return [(m.canonical, m.sentence, " ".join(doc.text[m.start:].split()[:2]))
            for m in doc.mentions if m.attrs.get("implied")]


def pronouns(doc):
    return [(m.text, m.canonical) for m in doc.mentions
            if m.attrs.get("pronoun") and m.text.casefold() in ("il", "elle", "sie", "es")]


def relations(doc):
    return [(r.type, r.source, r.target) for r in _RX.extract(doc)]


# --- Italian ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Norvessa ha presentato i conti del trimestre. Ha inoltre firmato un accordo con Tecnalba S.p.A. "
     "per la fornitura di celle.", [("Norvessa", 1, "Ha inoltre")]),
    ("Norvessa ha chiuso il bilancio in utile e ha firmato un contratto di fornitura con Tecnalba S.p.A.",
     [("Norvessa", 0, "ha firmato")]),
    ("Il gruppo Norvessa ha presentato i conti. Nel 2023 si è aggiudicato una commessa di Tecnalba S.p.A.",
     [("Norvessa", 1, "si è")]),
    # a chain: each clause goes on about the same company
    ("Norvessa ha presentato i conti. Ha poi firmato con Tecnalba S.p.A. e ha acquisito Lumetra S.r.l.",
     [("Norvessa", 1, "Ha poi"), ("Norvessa", 1, "ha acquisito")]),
])
def test_it_left_out_subject(text, expected):
    assert implied(run(text, "it")) == expected


@pytest.mark.parametrize("text", [
    # the previous sentence opens with a person, or with two companies
    "Il ministro Bruno Ferri ha incontrato i vertici di Norvessa S.p.A. a Roma. Ha poi firmato un accordo "
    "con Tecnalba S.p.A. per la fornitura di celle.",
    "Norvessa e Quarzo Energia hanno presentato i conti. Ha inoltre firmato un accordo con Tecnalba S.p.A.",
    # the clause has a subject of its own, before or after the verb
    "Norvessa ha presentato i conti. Il contratto prevede la fornitura di celle da Tecnalba S.p.A.",
    "Norvessa ha presentato i conti. Ha firmato l'accordo di fornitura anche Tecnalba S.p.A. con Quarzo Energia.",
    # a passive, a plural, a relative clause before the break
    "Norvessa ha presentato i conti. È stata scelta da Tecnalba S.p.A. come fornitore di celle.",
    "Norvessa ha presentato i conti. Hanno firmato un accordo con Tecnalba S.p.A.",
    "Norvessa, che produce celle e fornisce Tecnalba S.p.A., ha chiuso il bilancio.",
])
def test_it_no_left_out_subject(text):
    assert implied(run(text, "it")) == []


def test_it_never_crosses_a_story():
    doc = run("Norvessa ha presentato i conti. Ha inoltre firmato un accordo con Tecnalba S.p.A.", "it",
              story_starts=(1,))
    assert implied(doc) == []


def test_it_relations_read_the_implied_subject():
    doc = run("Norvessa ha presentato i conti del trimestre. Ha inoltre firmato un accordo con Tecnalba S.p.A. "
              "per la fornitura di celle.", "it")
    found = _RX.extract(doc)
    assert [(r.source, r.target) for r in found] == [("Norvessa", "Tecnalba")]
    # the evidence runs from the sentence that names the implied party
    assert found[0].evidence.text.startswith("Norvessa ha presentato") and found[0].evidence.start == 0


def test_it_implied_subject_takes_over_from_an_object_before_the_break():
    # without it, "Lumetra e [ha firmato]" read Lumetra as the subject of the second clause
    doc = run("Norvessa ha acquisito Lumetra S.r.l. e ha firmato un accordo con Tecnalba S.p.A.", "it")
    found = relations(doc)
    assert ("acquires", "Norvessa", "Lumetra") in found
    assert not any("Lumetra" in (s, t) and "Tecnalba" in (s, t) for _, s, t in found)


# --- Spanish ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected,rel", [
    ("Iberlusa cerró el ejercicio con beneficios. Además, suministrará electricidad a la planta de Voltanor S.A. "
     "en Sagunto.", [("Iberlusa", 1, "suministrará electricidad")], ("supplies", "Iberlusa", "Voltanor")),
    ("Iberlusa cerró el ejercicio con beneficios. En diciembre se adjudicó además un pedido de Voltanor S.A. "
     "para sus plantas.", [("Iberlusa", 1, "se adjudicó")], ("supplies", "Iberlusa", "Voltanor")),
    ("Iberlusa cerró el ejercicio con beneficios. En 2023 firmó un acuerdo de suministro con Voltanor S.A.",
     [("Iberlusa", 1, "firmó un")], ("supplies", "Iberlusa", "Voltanor")),
])
def test_es_left_out_subject(text, expected, rel):
    doc = run(text, "es")
    assert implied(doc) == expected
    assert rel in relations(doc)


@pytest.mark.parametrize("text", [
    "Iberlusa y Corvalia S.A. cerraron el ejercicio con beneficios. Además, suministrará electricidad a Voltanor S.A.",
    "El consejero delegado de Iberlusa, Juan Pérez, habló ayer. Además, suministrará electricidad a Voltanor S.A.",
    "«Es un gran día», dijo Iberlusa. Firmó además un acuerdo de suministro con Voltanor S.A.",
    "Iberlusa cerró el ejercicio con beneficios. Ha sido elegida por Voltanor S.A. como proveedora.",
    "Iberlusa cerró el ejercicio con beneficios. La planta suministrará electricidad a Voltanor S.A.",
])
def test_es_no_left_out_subject(text):
    assert implied(run(text, "es")) == []


def test_es_unclear_description_gives_no_subject():
    # "la compañía" may be either company subject of the sentence before: nothing is implied after it
    doc = run("Iberlusa compra celdas a Voltanor S.A., mientras Corvalia S.A. reduce su plantilla. "
              "La compañía cerró el ejercicio con beneficios. Además, firmó un acuerdo con Norvessa S.A.", "es")
    assert implied(doc) == []


# --- French and German pronouns ----------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Le groupe Norvalis a publié ses comptes. En outre, il a signé un contrat de fourniture avec Velqua SA.",
     [("il", "Norvalis")]),
    ("Norvalis a publié ses comptes. Il fournit des cathodes à Velqua SA.", [("Il", "Norvalis")]),
    ("Norvalis a publié ses comptes. Fin 2023, elle avait signé un contrat de fourniture avec "
     "Velqua SA.", [("elle", "Norvalis")]),
])
def test_fr_subject_pronoun(text, expected):
    doc = run(text, "fr")
    assert pronouns(doc) == expected
    assert any({s, t} == {"Norvalis", "Velqua"} for _, s, t in relations(doc))


@pytest.mark.parametrize("text", [
    "Norvalis a publié ses comptes. Il y a des doutes sur Velqua SA.",
    "Norvalis a publié ses comptes. Il faut que Velqua SA signe.",
    "Le ministre Jean Dupont a rencontré Norvalis. Il a signé un contrat avec Velqua SA.",
    "Norvalis a publié ses comptes. Il a été annoncé un contrat avec Velqua SA.",
])
def test_fr_no_subject_pronoun(text):
    assert pronouns(run(text, "fr")) == []


def test_de_subject_pronoun():
    doc = run("Die Norvalis AG hat die Zahlen vorgelegt. Sie liefert künftig Batteriezellen an die Velqua GmbH.", "de")
    assert pronouns(doc) == [("Sie", "Norvalis")]
    assert ("supplies", "Norvalis", "Velqua") in relations(doc)


@pytest.mark.parametrize("text", [
    "Die Norvalis AG hat die Zahlen vorgelegt. Es gab Streit mit der Velqua GmbH.",
    "Die Norvalis AG und die Brixo AG haben Zahlen vorgelegt. Sie liefert Batteriezellen an die Velqua GmbH.",
    "Die Norvalis AG hat die Zahlen vorgelegt. Sie liefern künftig Batteriezellen an die Velqua GmbH.",
])
def test_de_no_subject_pronoun(text):
    assert pronouns(run(text, "de")) == []


def test_en_its_before_a_number():
    doc = run("Iberlusa said on Monday it would invest more. Its 50-50 joint venture with Voltanor Ltd runs 600 sites.",
              "en")
    assert ("Its", "Iberlusa") in [(m.text, m.canonical) for m in doc.mentions if m.attrs.get("pronoun")]
    assert ("joint_venture", "Iberlusa", "Voltanor") in relations(doc)


# --- what comes out ----------------------------------------------------------------------------------

def test_implied_subject_is_kept_out_of_the_extract_json():
    doc = run("Norvessa ha presentato i conti del trimestre. Ha inoltre firmato un accordo con Tecnalba S.p.A. "
              "per la fornitura di celle.", "it")
    doc.relations = _RX.extract(doc)
    out = document_to_dict(doc)
    schema = json.loads((Path(tierscope.__file__).parent / "schema" / "extract.schema.json").read_text("utf-8"))
    jsonschema.validate(out, schema)
    mentions = [m for e in out["entities"] for m in e["mentions"]]
    assert all(m["text"] and m["end"] > m["start"] for m in mentions)
    norvessa = next(e for e in out["entities"] if e["name"] == "Norvessa")
    assert [m["text"] for m in norvessa["mentions"]] == ["Norvessa"]
