"""The rest of a company's capital told in the sentence after the first share ("Corvalis holds the
remaining 25%", "Il restante 25% è in mano a Corvalis") is held in the company the sentence before splits
(``remaining_shares.py``): more than half is ownership, else a stake. Not a rest of something else ("the
remaining 30% of the output"), nor a rest told with no word of holding."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_C = ["Norvik", "Corvalis", "Tessaro", "Velquor"]


def _rels(text, language, companies=_C):
    doc = make_doc(text, companies, language=language)
    return {(r.type, r.source, r.target) for r in RelationExtractor()(doc).relations}


@pytest.mark.parametrize("language,text", [
    ("en", "Tessaro owns 70% of Norvik after a deal in 2022. Corvalis holds the remaining 30%."),
    ("en", "Tessaro owns 70% of Norvik after a deal in 2022. The remaining 30 per cent is held by Corvalis."),
    ("it", "Tessaro controlla il 70% di Norvik dal 2022. Il restante 30% è in mano a Corvalis."),
    ("it", "Tessaro controlla il 70% di Norvik dal 2022. Corvalis detiene il rimanente 30%."),
    ("es", "Tessaro controla el 70% de Norvik desde 2022. El 30% restante está en manos de Corvalis."),
    ("es", "Tessaro controla el 70% de Norvik desde 2022. Corvalis conserva el 30% restante."),
    ("fr", "Tessaro contrôle 70 % de Norvik depuis 2022. Les 30 % restants sont détenus par Corvalis."),
    ("fr", "Tessaro contrôle 70 % de Norvik depuis 2022. Corvalis détient les 30 % restants."),
    ("de", "Tessaro hält seit 2022 70 Prozent an Norvik. Die übrigen 30 Prozent hält Corvalis."),
    ("de", "Tessaro hält seit 2022 70 Prozent an Norvik. Die restlichen 30 Prozent liegen bei Corvalis."),
])
def test_the_rest_of_the_capital_is_a_stake_in_the_company_before(language, text):
    got = _rels(text, language)
    assert ("invests_in", "Corvalis", "Norvik") in got
    assert ("invests_in", "Corvalis", "Tessaro") not in got


@pytest.mark.parametrize("language,text", [
    ("en", "Tessaro bought 40% of Norvik last year. The remaining 60% is still held by Corvalis."),
    ("it", "Tessaro ha rilevato il 40% di Norvik. Il restante 60% resta a Corvalis."),
    ("es", "Tessaro compró el 40% de Norvik. El 60% restante sigue en manos de Corvalis."),
    ("fr", "Tessaro a racheté 40 % de Norvik. Les 60 % restants appartiennent à Corvalis."),
    ("de", "Tessaro hat 40 Prozent an Norvik übernommen. Die übrigen 60 Prozent bleiben bei Corvalis."),
])
def test_a_rest_over_half_is_ownership(language, text):
    assert ("owns", "Corvalis", "Norvik") in _rels(text, language)


@pytest.mark.parametrize("language,text", [
    ("en", "Norvik was founded in 2023 by two partners with 45% each. The remaining 10% is held by Corvalis."),
    ("es", "Norvik nació en 2023 con dos socios al 45% cada uno. El resto está en manos de Corvalis."),
])
def test_a_sentence_before_with_one_company_is_the_one_split(language, text):
    assert ("invests_in", "Corvalis", "Norvik") in _rels(text, language)


@pytest.mark.parametrize("language,text", [
    # a rest of the output, not of the capital
    ("en", "Tessaro owns 70% of Norvik. The remaining 30% of the output is sold to Corvalis."),
    ("es", "Tessaro controla el 70% de Norvik. El 30% restante de la producción se vende a Corvalis."),
    # no word of holding: a rest of something told otherwise
    ("de", "Tessaro hält 70 Prozent an Norvik. Den Rest liefert Corvalis."),
    ("it", "Tessaro controlla il 70% di Norvik. Il resto arriva da Corvalis."),
    # the sentence before splits two companies: which one is unclear
    ("fr", "Tessaro contrôle 70 % de Norvik et 60 % de Velquor. Les 30 % restants sont détenus par Corvalis."),
])
def test_no_stake_from_a_rest_of_something_else(language, text):
    got = _rels(text, language)
    assert not any(t in ("invests_in", "owns") and s == "Corvalis" for t, s, _g in got)


@pytest.mark.parametrize("language,text", [
    # a second relative goes back to the seller, not to the company named before it
    ("es", "Tessaro compra el 70% de Norvik. El vendedor es la familia Ruiz, que hasta ahora era el único accionista "
           "de Velquor y que conservará el 30% restante."),
    ("en", "Tessaro buys 70% of Norvik. The seller is the Ruiz family, the sole owner of Velquor until now, and which "
           "will keep the remaining 30%."),
])
def test_a_second_relative_is_not_the_name_before_it(language, text):
    assert not any(s == "Velquor" for _t, s, _g in _rels(text, language))


@pytest.mark.parametrize("language,text", [
    ("en", "Tessaro owns 60% of Norvik. The group also holds 51% of Velquor, with Corvalis holding the rest."),
    ("it", "Tessaro controlla il 60% di Norvik. Il gruppo detiene anche il 51% di Velquor, il restante 49% è in mano a Corvalis."),
])
def test_a_rest_of_a_company_its_own_sentence_splits_is_not_the_one_before(language, text):
    got = _rels(text, language)
    assert ("invests_in", "Corvalis", "Norvik") not in got and ("owns", "Corvalis", "Norvik") not in got
