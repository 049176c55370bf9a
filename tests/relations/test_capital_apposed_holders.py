"""A holder's share of "the capital" told in the sentence after the company, with another company the
same sentence calls a holder by an apposition ("..., as did Lumetra, another large investor"): both
hold stakes in the company of the sentence before (capital_holders._HOLDER_APPOSED); made-up companies
and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ["Norvessa", "Tecnalba", "Lumetra"]


def rels(text, language):
    names = {n: n for n in _NAMES if n in text}
    doc = RelationExtractor()(make_doc(text, names, language=language))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("language, text", [
    ("en", "Norvessa filed for bankruptcy in March. Tecnalba, which held about 21% of the capital, wrote off its stake, "
           "as did Lumetra, another large investor."),
    ("fr", "Norvessa a déposé le bilan en mars. Tecnalba, qui détenait environ 21 % du capital, a déprécié sa participation, "
           "tout comme Lumetra, autre investisseur de poids."),
    ("es", "Norvessa cerró el año con pérdidas. Tecnalba, que controla casi el 18 % del capital, y "
           "Lumetra, su segundo mayor inversor, pidieron un nuevo plan."),
    ("it", "Norvessa ha chiesto il concordato. Tecnalba, che possiede quasi il 18% del capitale, ha svalutato la quota, "
           "come Lumetra, altro socio di peso."),
    ("de", "Norvessa hat Insolvenz angemeldet. Tecnalba hält rund 21 Prozent der Anteile, Lumetra, ein weiterer "
           "Großaktionär, hat bereits abgeschrieben."),
])
def test_a_holder_named_by_its_apposition(language, text):
    got = rels(text, language)
    assert ("invests_in", "Tecnalba", "Norvessa") in got
    assert ("invests_in", "Lumetra", "Norvessa") in got


@pytest.mark.parametrize("language, text", [
    # another company with no holder's apposition may be the one whose capital it is: nothing read
    ("en", "Norvessa filed for bankruptcy in March. Tecnalba, which held about 21% of the capital, wrote off its stake, "
           "as did Lumetra, the cell maker."),
    ("fr", "Norvessa a déposé le bilan en mars. Tecnalba, qui détenait environ 21 % du capital, a déprécié sa participation, "
           "tout comme Lumetra, son fournisseur."),
])
def test_no_holder_without_a_holder_noun(language, text):
    got = rels(text, language)
    assert ("invests_in", "Lumetra", "Norvessa") not in got
