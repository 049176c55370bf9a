"""A stake told by a fraction right before the company ("Norvik posee un tercio de Brixo", "possiede quasi
un quarto di Brixo", "besitzt knapp ein Viertel der Aktien von Brixo"): a minority stake, not an
ownership; and a stake told after the company's capital ("conserva nel capitale di Brixo una
partecipazione di minoranza", "conserve dans le capital de Brixo une participation minoritaire",
"mantiene en el capital de Brixo una participación minoritaria", "behält an Brixo eine
Minderheitsbeteiligung"). Invented sentences, made-up companies."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Norvik", "Brixo")


def _rels(text, lang):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language=lang))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("lang,text", [
    ("es", "Desde 2020 Norvik controla un tercio de Brixo."),
    ("es", "Norvik tiene cerca de una quinta parte de Brixo."),
    ("it", "Dal 2020 Norvik possiede quasi un quarto di Brixo."),
    ("it", "Norvik detiene oltre un terzo di Brixo."),
    ("de", "Norvik besitzt seit 2020 knapp ein Viertel der Aktien von Brixo."),
    ("it", "Norvik conserva tuttora nel capitale di Brixo una partecipazione di minoranza."),
    ("fr", "Norvik conserve dans le capital de Brixo une participation minoritaire de 8 %."),
    ("es", "Norvik mantiene en el capital de Brixo una pequeña participación minoritaria."),
    ("de", "Norvik behält an Brixo eine Minderheitsbeteiligung von acht Prozent."),
])
def test_minority_stake(lang, text):
    got = _rels(text, lang)
    assert ("invests_in", "Norvik", "Brixo") in got and ("owns", "Norvik", "Brixo") not in got


@pytest.mark.parametrize("lang,text", [
    ("it", "Norvik conserva nel capitale di Brixo una quota di maggioranza."),
])
def test_majority_told_after_the_capital(lang, text):
    assert ("owns", "Norvik", "Brixo") in _rels(text, lang)
