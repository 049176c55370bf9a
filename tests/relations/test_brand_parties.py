"""A name the evidence calls a brand is no party to a supply (``relations/brand_parties.py``), on
sentences written for these tests."""

from __future__ import annotations

import pytest

from .helpers import rels


def supplies(sentence, companies, lang):
    return sorted((r.source, r.target) for r in rels(sentence, companies, language=lang) if r.type == "supplies")


@pytest.mark.parametrize("lang, sentence", [
    ("de", "Kestrel soll ab 2027 Motoren für die Sportwagen der Marke Brixo liefern."),
    ("fr", "Kestrel fournira les batteries des bus vendus sous la marque Brixo."),
    ("es", "Kestrel suministrará las baterías de los autobuses de la marca Brixo."),
    ("en", "Kestrel will supply the batteries for buses sold under the Brixo brand."),
    ("it", "Kestrel fornirà le batterie per gli autobus a marchio Brixo."),
])
def test_a_brand_is_no_customer(lang, sentence):
    assert supplies(sentence, ["Kestrel", "Brixo"], lang) == []


def test_the_maker_beside_its_brand_keeps_its_supply():
    s = "Kestrel fornirà le celle a Nordia, il costruttore che produce gli autobus a marchio Brixo."
    assert supplies(s, ["Kestrel", "Nordia", "Brixo"], "it") == [("Kestrel", "Nordia")]


def test_a_name_given_plainly_keeps_its_supply():
    assert supplies("Kestrel will supply the batteries for Brixo buses.", ["Kestrel", "Brixo"], "en") == [("Kestrel", "Brixo")]


def test_a_description_after_the_brand_noun_is_the_group():
    # "il marchio del gruppo": "del gruppo" points back to the group, it is no brand
    from tierscope.relations import RelationExtractor
    from .helpers import make_doc
    s = "Le celle sono fornite da Kestrel, mentre il motore elettrico è prodotto da Nordia Powertrain, il marchio del gruppo per i propulsori."
    doc = make_doc(["Renault ha presentato il nuovo furgone. " + s], ["Kestrel", "Nordia Powertrain", "Renault"],
                   language="it", coref={"del gruppo": "Renault"})
    got = {(r.source, r.target) for r in RelationExtractor()(doc).relations if r.type == "supplies"}
    assert ("Kestrel", "Renault") in got or ("Nordia Powertrain", "Renault") in got
