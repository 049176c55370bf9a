"""A deal noun with its target after "of" and its buyer after "by" ("the purchase of Y by X", "der
Kauf von Y durch X", "l'acquisizione di Y da parte di X") is the sentence's object: the subject
(a bank that finances it, an adviser) is no party. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .helpers import rels

COMPANIES = ["Nordbank", "Kestrel", "Brixo"]


def got(sentence, lang):
    return sorted((r.type, r.source, r.target, r.status) for r in rels(sentence, COMPANIES, language=lang))


@pytest.mark.parametrize("lang, sentence", [
    ("de", "Die Nordbank finanziert den Kauf von Kestrel durch Brixo."),
    ("it", "Nordbank ha finanziato l'acquisizione di Kestrel da parte di Brixo."),
    ("fr", "Nordbank finance l'acquisition de Kestrel par Brixo."),
    ("en", "Nordbank is financing the acquisition of Kestrel by Brixo."),
])
def test_the_financier_of_a_purchase_is_no_party(lang, sentence):
    out = got(sentence, lang)
    assert ("acquires", "Brixo", "Kestrel", "announced") in out
    assert not any("Nordbank" in (s, t) for _typ, s, t, _st in out)


@pytest.mark.parametrize("lang, sentence, status", [
    # the passive and the noun with "par" still read the buyer
    ("fr", "Kestrel a été rachetée en 2018 par Brixo.", "active"),
    ("fr", "La reprise de Kestrel par Brixo est bouclée.", "active"),
    ("de", "Kestrel wurde 2019 von Brixo übernommen.", "active"),
    ("it", "Kestrel è stata acquisita da Brixo nel 2020.", "active"),
])
def test_the_buyer_after_by_is_still_read(lang, sentence, status):
    assert ("acquires", "Brixo", "Kestrel", status) in got(sentence, lang)


def test_a_french_acquisition_noun_is_no_past_participle():
    # "acquisition" starts like "acquis": the noun announces a deal, the participle tells a done one
    assert got("Brixo prépare l'acquisition de Kestrel.", "fr") == [("acquires", "Brixo", "Kestrel", "announced")]
