"""A partnership verb in a relative of "with" after the partner ("Brixo, with which Norvik has been
co-developing cells since 2023", "Brixo, con la quale Norvik collabora", "Brixo, mit der Norvik seit 2023
zusammenarbeitet", "Brixo, avec qui Norvik développe", "Brixo, con quien Norvik desarrolla"): the
antecedent and the relative's subject are partners. Invented sentences, made-up companies."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Norvik", "Brixo", "Kelda")


def _pairs(text, lang):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language=lang))
    return {(r.type, *sorted((r.source, r.target))) for r in doc.relations}


@pytest.mark.parametrize("lang,text", [
    ("en", "The pilot line stands at Brixo, with which Norvik has been co-developing anodes since 2022."),
    ("en", "Kelda praised Norvik, with whom it has worked for years."),
    ("it", "La linea pilota è presso Brixo, con la quale Norvik collabora dal 2022."),
    ("it", "La linea pilota è presso Brixo, con cui Norvik sviluppa anodi."),
    ("de", "Die Pilotlinie steht bei Brixo, mit der Norvik seit 2022 zusammenarbeitet."),
    ("de", "Im Mittelpunkt steht Brixo, mit dem Norvik Anoden entwickelt."),
    ("fr", "La ligne pilote est chez Brixo, avec qui Norvik développe des anodes depuis 2022."),
    ("es", "La línea piloto está en Brixo, con quien Norvik desarrolla ánodos desde 2022."),
])
def test_partner_in_a_relative_of_with(lang, text):
    got = _pairs(text, lang)
    pair = ("partners_with", "Kelda", "Norvik") if "Kelda" in text else ("partners_with", "Brixo", "Norvik")
    assert pair in got


@pytest.mark.parametrize("lang,text", [
    ("en", "The pilot line stands at Brixo, which Norvik has been developing since 2022."),
    ("it", "La linea pilota è presso Brixo, che Norvik sviluppa dal 2022."),
    ("de", "Die Pilotlinie steht bei Brixo, die Norvik seit 2022 entwickelt."),
])
def test_no_with_no_partnership(lang, text):
    assert ("partners_with", "Brixo", "Norvik") not in _pairs(text, lang)
