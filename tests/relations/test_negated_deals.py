"""A negated tie is a denied one ("X will Y nicht übernehmen", "X non acquisirà Y", "X won't buy
Y"), not a dropped one; "not only", "not yet" and "not X but Z" are no denial (invented sentences)."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

NAMES = ["Norvik", "Corvalis", "Kestrel"]


def _rels(text, language):
    doc = RelationExtractor()(make_doc(text, [n for n in NAMES if n in text], language=language))
    return {(r.type, r.source, r.target, r.status) for r in doc.relations}


@pytest.mark.parametrize("language,text", [
    ("de", "Norvik will Corvalis nicht übernehmen."),
    ("de", "Norvik wird Corvalis nach eigenen Worten nicht kaufen, sagte der Vorstandschef."),
    ("de", "Norvik übernimmt Corvalis nicht."),
    ("de", "Norvik hat kein Interesse an einer Übernahme von Corvalis."),
    ("de", "Eine Übernahme von Corvalis durch Norvik sei kein Thema, sagte eine Sprecherin."),
    ("de", "Ein Kauf von Corvalis durch Norvik steht nicht zur Debatte."),
    ("it", "Norvik non acquisirà Corvalis."),
    ("it", "Norvik non ha nessun interesse ad acquisire Corvalis, ha detto il presidente."),
    ("en", "Norvik will not buy Corvalis, its chairman said."),
    ("en", "Norvik has no interest in acquiring Corvalis."),
    ("fr", "Norvik ne rachètera pas Corvalis."),
    ("es", "Norvik no comprará Corvalis."),
])
def test_negated_takeover_is_denied(language, text):
    assert ("acquires", "Norvik", "Corvalis", "denied") in _rels(text, language)


@pytest.mark.parametrize("language,text", [
    ("de", "Norvik wird Corvalis künftig nicht mehr beliefern."),   # an end, not a denial
    ("de", "Norvik beliefert Corvalis nicht nur mit Zellen, sondern auch mit Modulen."),
    ("it", "Norvik fornisce a Corvalis non solo celle ma anche moduli."),
    ("en", "Norvik supplies Corvalis not only with cells but also with modules."),
])
def test_not_only_and_no_longer_are_no_denial(language, text):
    got = _rels(text, language)
    assert got and all(status != "denied" for *_, status in got)


@pytest.mark.parametrize("language,text", [
    ("de", "Norvik hat Corvalis noch nicht übernommen."),
    ("it", "Norvik non ha ancora rilevato Corvalis."),
    ("en", "Norvik has not yet acquired Corvalis."),
])
def test_not_yet_is_pending(language, text):
    assert ("acquires", "Norvik", "Corvalis", "announced") in _rels(text, language)


@pytest.mark.parametrize("language,text", [
    ("de", "Norvik liefert die Zellen nicht an Corvalis, sondern an Kestrel."),
    ("es", "Norvik no vende las celdas a Corvalis sino a Kestrel."),
])
def test_not_this_but_that_denies_nothing(language, text):
    assert not any(status == "denied" for *_, status in _rels(text, language))


@pytest.mark.parametrize("language,text", [
    ("it", "Corvalis non è in vendita, ha ribadito Norvik, che ne detiene il 60%."),
    ("it", "Norvik, che controlla Corvalis, ha smentito di voler vendere."),
    ("de", "Norvik kontrolliert Corvalis seit 2019 und wies Berichte über einen Verkauf zurück."),
])
def test_a_denied_sale_leaves_the_holding_standing(language, text):
    assert ("owns", "Norvik", "Corvalis", "active") in _rels(text, language)


def test_a_denied_holding_is_denied():
    assert ("owns", "Norvik", "Corvalis", "denied") in _rels("Norvik denied that it controls Corvalis.", "en")
