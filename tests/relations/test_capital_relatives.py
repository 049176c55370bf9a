"""A holder's share of "its capital" told in a relative right after it: a stake in the sentence's
first company ("Brixo relies on Norvik, which holds about 21% of its capital"); not when the capital's
company is named after it, nor when the holder stands inside the first company's apposition.
Italian "la quasi totalità del capitale" is a majority. Invented sentences, made-up companies."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Norvik", "Brixo", "Kelda")


def _rels(text, lang):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language=lang))
    return {(r.type, r.source, r.target, r.status) for r in doc.relations}


@pytest.mark.parametrize("lang,text", [
    ("en", "Brixo relies on Norvik, which holds about 21% of its capital."),
    ("fr", "Brixo s'appuie sur Norvik, qui détient environ 21 % de son capital."),
    ("it", "Alle spalle di Brixo c'è Norvik, la holding della famiglia Rossi, che detiene poco meno del 20% del capitale."),
    ("es", "Brixo se apoya en Norvik, que posee alrededor del 21 % de su capital."),
    ("de", "Brixo war 2019 als Ausgründung aus dem Konzern Norvik entstanden, der bis heute rund 30 Prozent der Anteile hält."),
])
def test_relative_share_of_its_capital(lang, text):
    assert ("invests_in", "Norvik", "Brixo", "active") in _rels(text, lang)


def test_past_share_is_ended_and_majority_owns():
    assert ("invests_in", "Norvik", "Brixo", "ended") in _rels("Brixo relies on Norvik, which held about 21% of its capital.", "en")
    assert ("owns", "Norvik", "Brixo", "active") in _rels("Brixo relies on Norvik, which holds 80% of its capital.", "en")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Brixo, la société de la famille Kelda, qui détient environ 3 % du capital de Norvik, reste prudente."),
    ("es", "Brixo, el conglomerado de Kelda, que controla en torno al 19% del capital, suscribió la ampliación."),
])
def test_no_share_of_the_first_company(lang, text):
    got = _rels(text, lang)
    assert not any(s == "Kelda" and t == "Brixo" for _, s, t, _ in got)
    assert not any(s == "Norvik" and t == "Brixo" for _, s, t, _ in got)


def test_it_near_all_of_the_capital_is_owned():
    got = _rels("Brixo fa capo al gruppo Norvik, che ne detiene la quasi totalità del capitale.", "it")
    assert ("owns", "Norvik", "Brixo", "active") in got
    assert not any(r[0] == "invests_in" for r in got)
