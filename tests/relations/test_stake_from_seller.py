"""The seller named before the stake it sells (invented sentences): "X kauft von Z die Mehrheit an
Y", "X rileva da Z il 60% di Y", "X buys from Z a 60% stake in Y": Y is bought, Z is no target."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, language):
    doc = RelationExtractor()(make_doc(text, ["Norvik", "Kestrel", "Corvalis"], language=language))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("language,text,typ", [
    ("de", "Norvik kauft von Kestrel die Mehrheit an Corvalis.", "acquires"),
    ("de", "Norvik übernimmt von Kestrel die restlichen Anteile an Corvalis.", "acquires"),
    ("de", "Norvik erwirbt von Kestrel 30 Prozent der Anteile an Corvalis.", "invests_in"),
    ("it", "Norvik rileva da Kestrel il 60% di Corvalis.", "acquires"),
    ("it", "Norvik acquista da Kestrel il 20% di Corvalis.", "invests_in"),
    ("en", "Norvik buys from Kestrel a 60% stake in Corvalis.", "acquires"),
])
def test_stake_bought_from_a_seller(language, text, typ):
    got = _rels(text, language)
    assert (typ, "Norvik", "Corvalis") in got
    assert not any(s == "Norvik" and t == "Kestrel" for _, s, t in got)


@pytest.mark.parametrize("language,text", [
    ("de", "Norvik kauft von Kestrel die Mehrheit an Corvalis."),
    ("de", "Norvik übernimmt von Kestrel 80 Prozent an Corvalis."),
])
def test_seller_of_a_majority_owned_it(language, text):
    assert ("owns", "Kestrel", "Corvalis") in _rels(text, language)


@pytest.mark.parametrize("language,text", [
    ("de", "Norvik kauft von Kestrel die Zellen für Corvalis."),   # goods, no stake
    ("de", "Norvik kauft die Batteriesparte von Kestrel, Corvalis ist der Kunde."),
])
def test_no_stake_no_company_after_the_seller(language, text):
    assert not any(t in ("acquires", "invests_in") and o == "Corvalis" for t, _, o in _rels(text, language))
