"""A tie named as a former one ("the former joint venture", "dem früheren Gemeinschaftsunternehmen",
"l'ancienne coentreprise", "l'ex joint venture", "la antigua empresa conjunta") is ended
(relations/former_ties.py); "the oldest" is no former one. Press reports ("press reports said", "laut
Presseberichten", "la presse coréenne a rapporté", "la stampa coreana ha riferito", "la prensa coreana
informó") are rumours. Invented companies and sentences."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Korvan", "Maltrix", "Brixo", "Tessane"]


def _got(text, lang):
    return {(r.type, frozenset((r.source, r.target)) if r.type in ("joint_venture", "partners_with") else (r.source, r.target)): r.status
            for r in rels(text, NAMES, language=lang)}


@pytest.mark.parametrize("lang,text", [
    ("en", "Brixo bought Korvan's shares in Tessane, the former joint venture of Korvan and Maltrix, in 2023."),
    ("de", "Brixo kaufte 2024 Tessane, das ehemalige Gemeinschaftsunternehmen von Korvan und Maltrix."),
    ("fr", "Ancienne coentreprise de Korvan et de Maltrix, Tessane a été rachetée en 2023 par Brixo."),
    ("it", "Brixo ha rilevato nel 2023 Tessane, l'ex joint venture tra Korvan e Maltrix."),
    ("es", "Brixo compró en 2023 Tessane, la antigua empresa conjunta de Korvan y Maltrix."),
])
def test_a_former_venture_is_ended(lang, text):
    got = _got(text, lang)
    assert got.get(("joint_venture", frozenset(("Korvan", "Maltrix")))) == "ended", got


@pytest.mark.parametrize("lang,text", [
    ("fr", "Tessane, la plus ancienne coentreprise de Korvan et de Maltrix, produit des moteurs à Lyon."),
    ("es", "Tessane, la más antigua empresa conjunta de Korvan y Maltrix, fabrica motores en Vigo."),
    ("en", "Tessane, the joint venture of Korvan and Maltrix, makes motors in Leeds."),
])
def test_the_oldest_venture_is_no_former_one(lang, text):
    got = _got(text, lang)
    assert got.get(("joint_venture", frozenset(("Korvan", "Maltrix")))) == "active", got


@pytest.mark.parametrize("lang,text", [
    ("en", "According to Korean press reports in March, Korvan will supply inverters to Maltrix."),
    ("de", "Laut Presseberichten aus Seoul soll Korvan künftig Wechselrichter an Maltrix liefern."),
    ("fr", "La presse coréenne a rapporté en mars que Korvan avait été choisi pour fournir des onduleurs à Maltrix."),
    ("it", "La stampa coreana ha riferito a marzo che Korvan è stata scelta per fornire inverter a Maltrix."),
    ("es", "La prensa coreana informó en marzo de que Korvan fue elegida para suministrar inversores a Maltrix."),
])
def test_press_reports_are_rumours(lang, text):
    got = _got(text, lang)
    assert got.get(("supplies", ("Korvan", "Maltrix"))) == "rumoured", got


@pytest.mark.parametrize("lang,text,name,former", [
    ("de", "Brixo kaufte Korvans Anteil am ehemaligen Gemeinschaftsunternehmen Tessane Drive.", "Tessane Drive", True),
    ("de", "Brixo kaufte Korvans Anteil am Gemeinschaftsunternehmen Tessane Drive.", "Tessane Drive", False),
    # the German genitive of the noun ("des früheren Gemeinschaftsunternehmens", "des einstigen Joint Ventures")
    ("de", "Brixo kaufte die Aktien des früheren Gemeinschaftsunternehmens Tessane Drive.", "Tessane Drive", True),
    ("de", "Brixo kaufte die Aktien des einstigen Joint Ventures Tessane Drive.", "Tessane Drive", True),
    ("de", "Brixo kaufte die Aktien des Gemeinschaftsunternehmens Tessane Drive.", "Tessane Drive", False),
    ("fr", "Tessane Drive, l'ancienne coentreprise de Korvan et Maltrix, a fermé.", "Tessane Drive", True),
    ("fr", "Tessane Drive, la plus ancienne coentreprise de Korvan et Maltrix, recrute.", "Tessane Drive", False),
    ("en", "Tessane Drive, the former joint venture of Korvan and Maltrix, was sold.", "Tessane Drive", True),
    ("it", "Brixo ha comprato l'ex joint venture Tessane Drive.", "Tessane Drive", True),
    ("es", "Brixo compró la antigua empresa conjunta Tessane Drive.", "Tessane Drive", True),
])
def test_a_venture_named_as_a_former_one(lang, text, name, former):
    """(known_ventures.py reads a venture of the gazetteer's list as ended where its name is so called)"""
    from tierscope.relations.former_ties import former_named
    v0 = text.index(name)
    assert former_named(lang, text, v0, v0 + len(name)) is former
