"""A company's owner named in brackets right after it is not the subject of the verb after the bracket:
"X (a unit of W) supplies Y" - X supplies Y, as with commas (frames/common._in_brackets)."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, language):
    doc = RelationExtractor()(make_doc(text, ["Dravik", "Ostrel", "Pellam"], language=language))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("language,text", [
    ("en", "Dravik (a unit of Ostrel) delivers wiring harnesses to Pellam."),
    ("en", "Dravik (majority-owned by Ostrel) will ship its brake discs to Pellam from next year."),
    ("it", "Dravik (controllata da Ostrel) fornirà i cablaggi a Pellam dal prossimo anno."),
    ("fr", "Dravik (filiale d'Ostrel) livre des faisceaux de câbles à Pellam."),
    ("es", "Dravik (filial de Ostrel) ha suministrado los cableados a Pellam."),
    ("de", "Dravik (eine Tochter von Ostrel) wird ab Juli Kabelbäume an Pellam liefern."),
])
def test_the_described_company_supplies(language, text):
    got = _rels(text, language)
    assert ("supplies", "Dravik", "Pellam") in got
    assert ("supplies", "Ostrel", "Pellam") not in got

