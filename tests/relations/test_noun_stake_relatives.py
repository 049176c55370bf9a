"""A stake told by its noun, without a figure, in a relative clause right after the company it is in,
its holders possibly coordinated (invented sentences): each holder named in the clause holds the
company before the pronoun; a minority stake is ``invests_in`` (German "an dem X eine
Minderheitsbeteiligung hält" was read as control through the bare "hält"), a majority stake ``owns``."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Norvik", "Corvalis", "Brixo")


def _rels(text, language):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language=language))
    return {(r.type, r.source, r.target, r.status) for r in doc.relations}


@pytest.mark.parametrize("language,text", [
    ("de", "Der Graphit kommt von Corvalis, an dem Norvik und Brixo Minderheitsbeteiligungen halten."),
    ("de", "Die Kathoden liefert Corvalis, an der Norvik sowie der Fonds Brixo jeweils eine Minderheitsbeteiligung halten."),
    ("de", "Das Werk gehört Corvalis, an dem seit 2021 Norvik und Brixo beteiligt sind."),
    ("en", "The graphite comes from Corvalis, in which Norvik and Brixo hold minority stakes."),
    ("it", "La grafite arriva da Corvalis, nella quale Norvik e Brixo detengono quote di minoranza."),
    ("es", "El grafito procede de Corvalis, en la que Norvik y Brixo tienen participaciones minoritarias."),
    ("fr", "Le graphite vient de Corvalis, dans laquelle Norvik et Brixo détiennent des participations minoritaires."),
])
def test_each_coordinated_holder_holds_the_company(language, text):
    rels = _rels(text, language)
    assert ("invests_in", "Norvik", "Corvalis", "active") in rels
    assert ("invests_in", "Brixo", "Corvalis", "active") in rels


@pytest.mark.parametrize("text", [
    "Der Graphit kommt von Corvalis, an dem Norvik eine Minderheitsbeteiligung hält.",
    "Corvalis, an dem Norvik eine kleine Beteiligung hält, baut in Sachsen ein Werk.",
])
def test_german_minority_stake_is_no_control(text):
    rels = _rels(text, "de")
    assert ("invests_in", "Norvik", "Corvalis", "active") in rels
    assert not any(t == "owns" for t, *_ in rels)


def test_german_majority_stake_owns():
    rels = _rels("Corvalis, an dem Norvik eine Mehrheitsbeteiligung hält, baut in Sachsen ein Werk.", "de")
    assert ("owns", "Norvik", "Corvalis", "active") in rels


def test_german_past_stake_ended():
    rels = _rels("Der Graphit kam von Corvalis, an dem Norvik damals eine Minderheitsbeteiligung hielt.", "de")
    assert ("invests_in", "Norvik", "Corvalis", "ended") in rels


def test_uncoordinated_names_are_not_all_holders():
    # "Norvik über seine Tochter Brixo": the clause names a vehicle, not two holders side by side
    rels = _rels("Der Graphit kommt von Corvalis, an dem Norvik über seine Tochter Brixo eine Minderheitsbeteiligung hält.", "de")
    assert ("invests_in", "Brixo", "Corvalis", "active") not in rels


def test_family_holders_are_no_company():
    rels = _rels("Der Graphit kommt von Corvalis, an dem die Familien Norvik und Brixo Minderheitsbeteiligungen halten.", "de")
    assert not any(s in ("Norvik", "Brixo") and t == "Corvalis" for _k, s, t, _st in rels)
