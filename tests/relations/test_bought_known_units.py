"""A unit and its gazetteer parent named in a sentence that tells the parent's purchase of the unit: the
tie is the purchase (``acquires``, active when done), not a plain ownership; where the sentence also
states the control ("owned by X since it bought it") the ownership stays (relations/bought_units.py,
RelationExtractor._known_units). Harman is Samsung Electronics' unit in the gazetteer; Norvik and Kelda
are made up; invented sentences in the five languages."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Norvik", "Kelda", "Harman", "Samsung Electronics")


def _rels(text, lang):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language=lang))
    return {(r.type, r.source, r.target, r.status) for r in doc.relations}


@pytest.mark.parametrize("lang,text", [
    ("en", "Norvik makes dashboards for Kelda, and Harman, absorbed by Samsung Electronics years ago, competes with it."),
    ("en", "The audio business came to Samsung Electronics with its takeover of Harman, which closed in 2017."),
    ("de", "Norvik fertigt Armaturen für Kelda; Harman, den Samsung Electronics vor Jahren übernommen hat, ist ein Rivale."),
    ("de", "Seit der Übernahme von Harman durch Samsung Electronics wächst das Audiogeschäft."),
    ("fr", "Kelda a longtemps acheté ses amplificateurs à Harman, absorbé entre-temps par Samsung Electronics."),
    ("it", "Norvik produce cruscotti per Kelda, mentre Harman, acquisita anni fa da Samsung Electronics, è un concorrente."),
    ("es", "Kelda compraba sus amplificadores a Harman, absorbida después por Samsung Electronics."),
])
def test_a_purchase_of_the_known_unit_is_an_acquisition(lang, text):
    got = _rels(text, lang)
    assert ("acquires", "Samsung Electronics", "Harman", "active") in got
    assert not any(r[0] == "owns" and r[2] == "Harman" for r in got)


@pytest.mark.parametrize("lang,text", [
    ("es", "Harman, la firma de audio que Samsung Electronics compró a Norvik en 2017, abrirá una planta."),
    ("en", "Harman, the audio firm that Samsung Electronics bought from Norvik in 2017, will open a plant."),
])
def test_a_seller_after_the_purchase_word_is_no_second_purchase(lang, text):
    assert ("acquires", "Samsung Electronics", "Harman", "active") in _rels(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("en", "Samsung Electronics, the parent of Harman, took control of Norvik in March."),
    ("fr", "Norvik est passé l'an dernier sous le contrôle de Samsung Electronics, la maison mère de Harman."),
    ("de", "Samsung Electronics, die Mutter von Harman, hat Norvik im März übernommen."),
])
def test_a_purchase_of_another_company_leaves_the_unit_owned(lang, text):
    got = _rels(text, lang)
    assert ("owns", "Samsung Electronics", "Harman", "active") in got
    assert not any(r[0] == "acquires" and r[2] == "Harman" for r in got)


@pytest.mark.parametrize("lang,text", [
    ("en", "Harman has been wholly owned by Samsung Electronics since the group bought it in 2017."),
    ("it", "Harman è controllata da Samsung Electronics, che l'ha acquisita nel 2017."),
])
def test_control_stated_beside_the_purchase_keeps_the_ownership(lang, text):
    assert ("owns", "Samsung Electronics", "Harman", "active") in _rels(text, lang)
