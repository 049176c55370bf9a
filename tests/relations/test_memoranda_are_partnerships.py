"""A memorandum of understanding whose noun holds the bare word of a deal ("memorandum d'intesa",
"protocollo d'intesa", "protocole d'accord", "protocolo de acuerdo") is a partnership even when the
sentence names goods: the bare deal noun inside it is no supply contract. A supply agreement stays
a supply. A cell maker and a carmaker (the sectors set who would sell), sentences made up."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Samsung SDI", "BMW"]


def _types(sentence, language):
    got = rels(sentence, _C, language=language, sectors={"Samsung SDI": ["battery"], "BMW": ["automotive"]})
    return {t for t, _s, _d, _st, _p in triples(got)}


@pytest.mark.parametrize("sentence, language", [
    ("Samsung SDI ha sottoscritto con BMW un memorandum d'intesa sulla ricerca congiunta di celle a elettrolita solido.", "it"),
    ("Samsung SDI ha firmato con BMW un protocollo d'intesa sulle celle.", "it"),
    ("Samsung SDI a conclu avec BMW un protocole d'accord sur l'étude commune de cellules à électrolyte solide.", "fr"),
    ("Samsung SDI firmó con BMW un protocolo de acuerdo para desarrollar celdas.", "es"),
])
def test_a_memorandum_with_goods_is_a_partnership(sentence, language):
    assert _types(sentence, language) == {"partners_with"}


@pytest.mark.parametrize("sentence, language", [
    ("Samsung SDI ha firmato con BMW un accordo per la fornitura di celle.", "it"),
    ("Samsung SDI a signé avec BMW un contrat de fourniture de cellules.", "fr"),
])
def test_a_supply_agreement_stays_a_supply(sentence, language):
    assert "supplies" in _types(sentence, language)
