"""Italian stakes whose held company is not named after the verb ("il gruppo ne controlla l'81%",
"...; Almara conserva una partecipazione di minoranza del 49,9%.") and a joint venture denied in the
talks about a partnership ("non si parla di una joint venture"). Invented companies (Almara, Brixo,
Kelda, Vostra) and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor
from tierscope.relations.stake_relatives import stake_relatives

from .helpers import make_doc


def _rels(text, names):
    doc = RelationExtractor()(make_doc(text, names, language="it"))
    return sorted((r.type, r.source, r.target, r.status) for r in doc.relations)


def _spans(text, names):
    out, pos = [], 0
    for n in names:
        i = text.index(n, pos)
        out.append((i, i + len(n), n))
        pos = i + len(n)
    return out


@pytest.mark.parametrize("text,names,want", [
    ("Almara ha costruito la rete con Brixo e oggi Almara ne controlla circa l'81%.",
     ["Almara", "Brixo", "Almara"], ("owns", "Almara", "Brixo", "active")),
    ("Brixo è cresciuta in fretta: Almara ne detiene già il 30%.",
     ["Brixo", "Almara"], ("invests_in", "Almara", "Brixo", "active")),
    ("Fino al 2020 Brixo lavorava con Kelda, che ne possedeva il 60%.",
     ["Brixo", "Kelda"], ("owns", "Kelda", "Brixo", "ended")),
])
def test_the_clitic_ne_points_back_to_the_company_before_the_holder(text, names, want):
    assert want in [
        (f.type, f.source, f.target, f.status) for f in stake_relatives(text, _spans(text, names), "it")]


@pytest.mark.parametrize("text", [
    "Brixo è controllata dal fondo Kelda, che ne ha rilevato la maggioranza; Almara conserva una partecipazione di minoranza del 49,9%.",
    "Brixo, nota per i suoi impianti, è passata sotto il controllo di Kelda e Almara mantiene una quota del 20%.",
    "Brixo è stata ceduta a Kelda; Almara conserva ancora una quota di minoranza pari al 15%.",
])
def test_a_bare_stake_closing_the_clause_is_in_the_company_the_sentence_opened_with(text):
    got = _rels(text, ["Brixo", "Kelda", "Almara"])
    assert any(r[:3] == ("invests_in", "Almara", "Brixo") for r in got)


@pytest.mark.parametrize("text", [
    # the stake names its company after the verb: the frames read it, no guess at the opener
    "Brixo ha chiuso il trimestre in crescita, mentre Almara detiene una quota del 20% in Kelda.",
    # no percentage: nothing to read
    "Brixo è stata ceduta a Kelda; Almara conserva una partecipazione di minoranza.",
    # the holder opens the sentence: there is no company before it to hold
    "Almara conserva una quota del 20%.",
])
def test_no_stake_is_guessed_in_the_opener(text):
    got = _rels(text, ["Brixo", "Kelda", "Almara"])
    assert not any(r[1:3] == ("Almara", "Brixo") and r[0] in ("invests_in", "owns") for r in got)


def test_the_clitic_reading_is_italian_only():
    text = "Brixo lavora con Almara que ne controlla l'81%."
    assert stake_relatives(text, _spans(text, ["Brixo", "Almara"]), "es") == []


@pytest.mark.parametrize("text", [
    'Almara è in trattativa con Brixo per una collaborazione tecnologica, precisando che "non si parla di una joint venture".',
    "Almara è in trattativa con Brixo per una collaborazione, ma non si parla di joint venture.",
    "Almara è in trattativa con Brixo per una cooperazione sulle celle, senza una società comune.",
])
def test_a_denied_venture_noun_leaves_the_partnership(text):
    got = _rels(text, ["Almara", "Brixo"])
    assert any(r[0] == "partners_with" and {r[1], r[2]} == {"Almara", "Brixo"} for r in got)
    assert not any(r[0] == "joint_venture" for r in got)


@pytest.mark.parametrize("text", [
    "Almara è in trattativa con Brixo per una joint venture sulle celle.",
    "Almara e Brixo hanno creato una joint venture che non produrrà celle al litio.",
])
def test_an_affirmed_venture_stays(text):
    got = _rels(text, ["Almara", "Brixo"])
    assert any(r[0] == "joint_venture" for r in got)
