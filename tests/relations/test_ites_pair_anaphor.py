""""The two companies" in Italian and Spanish (relations/pairs.py): a partnership told in the sentence
after the one that opens with the pair joined by "e"/"y" ("le due società", "ambas compañías")."""

from __future__ import annotations

import pytest

from .helpers import rels

_NAMES = ["Norvik", "Corvalis", "Tessaro"]


def _t(text, language):
    return {(r.type, r.source, r.target) for r in rels(text, _NAMES, language=language)}


@pytest.mark.parametrize("language,text,typ", [
    ("it", "Norvik e Corvalis hanno fermato un progetto. Le due società avevano firmato un accordo di partnership nel 2020.",
     "partners_with"),
    ("it", "Norvik e Corvalis si sono incontrate a Torino. I due gruppi hanno costituito una joint venture.", "joint_venture"),
    ("es", "Norvik y Corvalis paralizan un proyecto. Ambas compañías habían firmado una alianza en 2020.", "partners_with"),
    ("es", "Norvik y Corvalis se reunieron en Madrid. Las dos empresas crearon una empresa conjunta.", "joint_venture"),
])
def test_pair_anaphor_after_a_pair_joined_by_e_or_y(language, text, typ):
    assert any(t == typ and {s, d} == {"Norvik", "Corvalis"} for t, s, d in _t(text, language))


@pytest.mark.parametrize("language,text", [
    # three companies before: which two?
    ("it", "Norvik, Corvalis e Tessaro si sono incontrate a Torino. Le due società hanno firmato un accordo di partnership."),
    ("es", "Norvik, Corvalis y Tessaro se reunieron en Madrid. Ambas compañías firmaron una alianza."),
    # the pair is not joined at the opening of the sentence before
    ("es", "Norvik se reunió con Corvalis en Madrid. Ambas compañías firmaron una alianza."),
])
def test_no_pair_anaphor_without_one_joined_pair(language, text):
    assert not any({s, d} == {"Norvik", "Corvalis"} for _, s, d in _t(text, language))
