"""A past infinitive after a verb of announcing ("a annoncé avoir levé", "ha annunciato di aver rilevato",
"anunció haber comprado") tells a deal done: active, not announced (relations/done_infinitives.py). An
infinitive of a deal to come stays announced; "l'accord conclu avec Y" is a signing, not a deal completed
(lexicon/fr.py "completed"). Invented companies and sentences."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Brixo", "Kestrel"]


def _statuses(text, lang):
    return {(r.type, r.source, r.target): r.status for r in rels(text, NAMES, language=lang)}


@pytest.mark.parametrize("lang,text,key", [
    ("fr", "Kestrel a annoncé mardi avoir levé 40 millions d'euros auprès de plusieurs fonds, un tour de table mené "
           "par le fonds belge Brixo.", ("invests_in", "Brixo", "Kestrel")),
    ("fr", "Brixo a annoncé jeudi avoir racheté Kestrel pour 200 millions d'euros.", ("acquires", "Brixo", "Kestrel")),
    ("it", "Brixo ha annunciato di aver rilevato Kestrel per 200 milioni di euro.", ("acquires", "Brixo", "Kestrel")),
    ("es", "Brixo anunció haber comprado Kestrel por 200 millones de euros.", ("acquires", "Brixo", "Kestrel")),
])
def test_a_deal_announced_as_done_is_active(lang, text, key):
    assert _statuses(text, lang)[key] == "active"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Brixo a annoncé jeudi vouloir racheter Kestrel."),
    ("es", "Brixo anunció que comprará Kestrel por 200 millones de euros."),
])
def test_a_deal_announced_to_come_is_announced(lang, text):
    assert _statuses(text, lang)[("acquires", "Brixo", "Kestrel")] == "announced"


def test_an_agreement_concluded_with_an_investor_is_not_a_done_deal():
    text = ("Au Brésil, l'accord conclu avec Brixo, qui doit entrer au capital de Kestrel comme actionnaire minoritaire, "
            "attend encore le feu vert des autorités.")
    assert _statuses(text, "fr")[("invests_in", "Brixo", "Kestrel")] == "announced"


def test_a_purchase_concluded_is_done():
    assert _statuses("Brixo a conclu le rachat de Kestrel en mars.", "fr")[("acquires", "Brixo", "Kestrel")] == "active"
