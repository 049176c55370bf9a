"""A takeover named as a done fact after "after", "since", "thanks to", "inherited from" ("après le rachat de
Y", "une dette héritée du rachat de Y en 2015", "dopo l'acquisizione di Y nel 2019", "tras la compra de Y",
as the English "after its takeover of Y" and the German "nach der Übernahme von Y" already read): active;
not one the sentence says is still to come ("après le rachat de Y, qui attend encore le feu vert de Bruxelles").
Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _acq(text, language):
    doc = RelationExtractor()(make_doc(text, ["Kelda", "Brixo"], language=language))
    return {(r.source, r.target): r.status for r in doc.relations if r.type == "acquires"}.get(("Kelda", "Brixo"))


@pytest.mark.parametrize("language,text", [
    ("fr", "Le groupe traîne une dette héritée du rachat de Brixo par Kelda en 2015."),
    ("fr", "Kelda est devenue leader après le rachat de Brixo."),
    ("it", "Kelda è diventata leader dopo l'acquisizione di Brixo nel 2019."),
    ("es", "Kelda se convirtió en líder tras la compra de Brixo en 2019."),
    ("en", "Kelda became the market leader after its takeover of Brixo in 2019."),
    ("de", "Kelda wurde nach der Übernahme von Brixo Marktführer."),
])
def test_a_takeover_after_after_is_done(language, text):
    assert _acq(text, language) == "active"


@pytest.mark.parametrize("language,text", [
    ("fr", "Kelda fermera deux sites après le rachat de Brixo, qui attend encore l'accord des autorités."),
    ("es", "Kelda reorganizará sus fábricas tras la compra de Brixo, que deberá cerrarse en marzo."),
    ("it", "Kelda riorganizzerà le fabbriche dopo l'acquisizione di Brixo, che dovrà chiudersi a marzo."),
])
def test_a_takeover_still_to_come_is_not_done(language, text):
    assert _acq(text, language) != "active"
