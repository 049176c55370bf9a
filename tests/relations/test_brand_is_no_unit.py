"""A name the sentence calls a brand ("the Velo brand", "la marca Velo", "der Marke Velo") is a marque,
not a company: its group's ownership of it is no relation (``brand_names.py``); a company named as
such beside its brand keeps its owner."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _pairs(text, language, companies):
    doc = RelationExtractor()(make_doc(text, companies, language=language))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("language,text", [
    ("en", "Corvalis, which owns the Velo brand, is looking for a site in Europe."),
    ("es", "Crecen con fuerza Norvik y Velo, la marca del grupo estatal Corvalis."),
    ("de", "Corvalis, Eigentümer der Marke Velo, sucht einen Standort in Europa."),
    ("fr", "Corvalis, propriétaire de la marque Velo, cherche un site en Europe."),
    ("it", "Corvalis, che controlla il marchio Velo, cerca un sito in Europa."),
])
def test_a_brand_is_not_owned_as_a_company(language, text):
    assert ("owns", "Corvalis", "Velo") not in _pairs(text, language, ["Corvalis", "Velo", "Norvik"])


@pytest.mark.parametrize("language,text", [
    ("de", "Velo, die deutsche Tochter des Konzerns Corvalis, baut ihr Netz unter der Marke Velo Plus aus."),
    ("it", "Velo, la controllata di Corvalis che produce batterie con il marchio Velox, cresce."),
    ("en", "Velo, a subsidiary of Corvalis, sells its cells under the Velox brand."),
])
def test_a_company_named_beside_its_brand_keeps_its_owner(language, text):
    companies = {"Corvalis": "Corvalis", "Velo Plus": "Velo", "Velox": "Velo", "Velo": "Velo"}
    assert ("owns", "Corvalis", "Velo") in _pairs(text, language, companies)
