"""Italian and Spanish phrasings the phrasebook (test_phrasebook_it_es.py) found unread: "appartiene
ad", a pair that "collaborano" with no "con", "rifornisce di celle Y", reflexive alliances in the
perfect ("se han aliado"), "ha invertido ... en", "ha tomado el control de", present partnership
verbs as active ties and a deal noun that "terminó" / "si è concluso". Sentences written for these
tests with made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

CO = ["Corvalis", "Brixo", "Kestrel"]


def got(text, lang):
    return [(t, s, d, st) for t, s, d, st, _ in triples(rels(text, CO, language=lang))]


def pairs(text, lang):
    return {(t, s, d) for t, s, d, _ in got(text, lang)}


# -- Italian ownership: "appartiene ad" (the euphonic d), plural and past forms ----------------------

@pytest.mark.parametrize("text", [
    "Brixo appartiene ad Corvalis dal 2019.",
    "Brixo e Kestrel appartengono al gruppo Corvalis.",
    "Brixo apparteneva alla Corvalis prima della crisi.",
])
def test_it_belongs_to(text):
    assert ("owns", "Corvalis", "Brixo") in pairs(text, "it")


# -- Italian partnership: a pair that works together, no "con" ----------------------------------------

@pytest.mark.parametrize("text, status", [
    ("Corvalis e Brixo collaborano da anni nel settore navale.", "active"),
    ("Corvalis e Brixo cooperano sul software di bordo.", "active"),
    ("Corvalis e Brixo collaboreranno sui motori a idrogeno.", "announced"),
])
def test_it_pair_works_together(text, status):
    found = got(text, "it")
    assert any(t == "partners_with" and {s, d} == {"Corvalis", "Brixo"} and st == status for t, s, d, st in found)


@pytest.mark.parametrize("text, lang", [
    ("Corvalis collabora con Brixo sui sensori.", "it"),
    ("Corvalis colabora con Brixo en el desarrollo de motores.", "es"),
    ("Corvalis y Brixo colaboran desde 2019 en baterías.", "es"),
])
def test_present_partnership_verb_is_an_active_tie(text, lang):
    assert any(t == "partners_with" and st == "active" for t, _s, _d, st in got(text, lang))


def test_it_one_company_that_collaborates_links_nothing():
    assert pairs("Corvalis collabora da anni nel settore navale.", "it") == set()


# -- Italian supply: "rifornire di <goods> <customer>" -----------------------------------------------

@pytest.mark.parametrize("text", [
    "Corvalis rifornisce di celle Brixo.",
    "Corvalis rifornirà di acciaio la Brixo a partire dal 2026.",
    "Corvalis ha rifornito di motori elettrici Brixo per tre anni.",
    "Corvalis rifornisce già di batterie Brixo e Kestrel.",
])
def test_it_supplies_goods_then_customer(text):
    assert ("supplies", "Corvalis", "Brixo") in pairs(text, "it")


@pytest.mark.parametrize("text", [
    "Corvalis si rifornisce di celle da Brixo.",
    "Corvalis si rifornirà di energia rinnovabile da Brixo.",
])
def test_it_reflexive_procurement_keeps_its_direction(text):
    found = pairs(text, "it")
    assert ("supplies", "Corvalis", "Brixo") not in found
    assert ("supplies", "Brixo", "Corvalis") in found


# -- Spanish: reflexive alliance in the perfect, investing, taking control -----------------------------

@pytest.mark.parametrize("text", [
    "Corvalis y Brixo se han aliado para desarrollar combustibles renovables.",
    "Corvalis se ha aliado con Brixo en el hidrógeno.",
    "Corvalis y Brixo se habían aliado antes de la crisis.",
])
def test_es_reflexive_alliance(text):
    assert any(t == "partners_with" and {s, d} == {"Corvalis", "Brixo"} for t, s, d in pairs(text, "es"))


@pytest.mark.parametrize("text", [
    "Corvalis ha invertido 20 millones de euros en Brixo.",
    "Corvalis y Kestrel invirtieron 50 millones en Brixo.",
    "Corvalis invertirá junto a otros socios en Brixo.",
])
def test_es_invests(text):
    assert ("invests_in", "Corvalis", "Brixo") in pairs(text, "es")


@pytest.mark.parametrize("text", [
    "Corvalis ha tomado el control de Brixo.",
    "Corvalis y Kestrel han tomado el control del grupo Brixo.",
])
def test_es_took_control(text):
    assert ("acquires", "Corvalis", "Brixo") in pairs(text, "es")


# -- a deal noun, then its end --------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("La alianza entre Corvalis y Brixo terminó en 2022.", "es"),
    ("El contrato de suministro de Corvalis a Brixo finalizó el año pasado.", "es"),
    ("La partnership tra Corvalis e Brixo si è conclusa nel 2022.", "it"),
    ("L'accordo di fornitura tra Corvalis e Brixo è finito con la crisi.", "it"),
])
def test_deal_noun_then_its_end(text, lang):
    found = got(text, lang)
    assert found and all(st == "ended" for *_x, st in found)


@pytest.mark.parametrize("text, lang", [
    ("Corvalis terminó el año con beneficios y suministra baterías a Brixo.", "es"),
    ("Corvalis ha concluso il trimestre in utile e fornisce batterie a Brixo.", "it"),
])
def test_an_end_of_something_else_leaves_the_tie_active(text, lang):
    assert ("supplies", "Corvalis", "Brixo", "active") in got(text, lang)
