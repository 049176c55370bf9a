"""An owner whose unit the same sentence says another company bought holds it no more ("Kelvar, a
subsidiary of Brixo, was bought by Tamsin"): owns Brixo -> Kelvar is ended; not while the purchase is
only agreed or reported, nor where the buyer is the owner. Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

NAMES = ["Kelvar", "Brixo", "Tamsin"]


def _rels(text, language):
    doc = RelationExtractor()(make_doc(text, NAMES, language=language))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("language,text", [
    ("en", "Kelvar, a subsidiary of Brixo, was bought by Tamsin in 2018."),
    ("en", "Originally set up by Brixo, Kelvar was bought by Tamsin in 2018."),
    ("it", "Kelvar, controllata da Brixo, è stata ceduta al gruppo Tamsin nel 2018."),
    ("es", "Kelvar, filial de Brixo, fue comprada por Tamsin en 2018."),
    ("fr", "Kelvar, filiale de Brixo, a été rachetée par Tamsin en 2018."),
    ("de", "Die Brixo-Tochter Kelvar wurde 2018 an Tamsin verkauft."),
])
def test_a_unit_bought_by_another_is_its_owners_no_more(language, text):
    rels = _rels(text, language)
    assert rels[("acquires", "Tamsin", "Kelvar")] == "active"
    assert rels[("owns", "Brixo", "Kelvar")] == "ended"


def test_a_purchase_the_body_says_is_done_ends_the_headlines_owner():
    text = ("Tamsin kauft die Brixo-Tochter Kelvar\n\n"
            "Die Übernahme von Kelvar durch Tamsin ist abgeschlossen, wie Tamsin am Montag mitteilte.")
    doc = RelationExtractor()(make_doc(text, NAMES, language="de"))
    owns = [r.status for r in doc.relations if (r.type, r.source, r.target) == ("owns", "Brixo", "Kelvar")]
    assert owns and set(owns) == {"ended"}


@pytest.mark.parametrize("language,text", [
    ("en", "Tamsin has agreed to buy Kelvar, a subsidiary of Brixo, for 40 million euros."),
    ("en", "Reports say Tamsin could buy Kelvar, a subsidiary of Brixo."),
    ("it", "Tamsin è in trattativa per rilevare Kelvar, controllata da Brixo."),
])
def test_a_purchase_to_come_leaves_the_owner(language, text):
    assert _rels(text, language).get(("owns", "Brixo", "Kelvar")) == "active"
