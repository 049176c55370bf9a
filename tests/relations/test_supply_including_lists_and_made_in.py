"""Supply sentences where no candidate was built for a pair: companies named as instances of a noun
after a word of inclusion ("deals with several carmakers, including X and Y"), the maker of goods
named past the place they were made in ("cells made in Poland by X"), and the Italian "secondo" that
is an ordinal before a supplier noun ("come secondo fornitore"), not "according to". The sentences
are written for these tests."""

from __future__ import annotations

import pytest

from .helpers import rels, triples


def supplies(sentence, companies, lang):
    return sorted((t[1], t[2]) for t in triples(rels(sentence, companies, language=lang)) if t[0] == "supplies")


@pytest.mark.parametrize("lang, sentence, companies, expected", [
    ("en", "Vulcan Energy has signed offtake agreements with several carmakers, including Stellantis and Renault.",
     ["Vulcan Energy", "Stellantis", "Renault"], [("Vulcan Energy", "Renault"), ("Vulcan Energy", "Stellantis")]),
    ("fr", "Vulcan Energy a signé des contrats d'enlèvement avec plusieurs constructeurs, dont Stellantis et Renault.",
     ["Vulcan Energy", "Stellantis", "Renault"], [("Vulcan Energy", "Renault"), ("Vulcan Energy", "Stellantis")]),
    ("it", "Vulcan Energy ha firmato contratti di fornitura con diversi costruttori, tra cui Stellantis e Renault.",
     ["Vulcan Energy", "Stellantis", "Renault"], [("Vulcan Energy", "Renault"), ("Vulcan Energy", "Stellantis")]),
    ("es", "Vulcan Energy ha firmado contratos de suministro con varios fabricantes, entre ellos Stellantis y Renault.",
     ["Vulcan Energy", "Stellantis", "Renault"], [("Vulcan Energy", "Renault"), ("Vulcan Energy", "Stellantis")]),
    ("de", "Vulcan Energy hat Lieferverträge mit mehreren Autobauern unterzeichnet, darunter Stellantis und Renault.",
     ["Vulcan Energy", "Stellantis", "Renault"], [("Vulcan Energy", "Renault"), ("Vulcan Energy", "Stellantis")]),
    ("en", "Bosch delivers inverters to two carmakers, including Ford.", ["Bosch", "Ford"], [("Bosch", "Ford")]),
    ("it", "Pirelli fornisce pneumatici a diversi costruttori, tra cui Ferrari.", ["Pirelli", "Ferrari"], [("Pirelli", "Ferrari")]),
])
def test_names_after_a_word_of_inclusion_take_the_nouns_preposition(lang, sentence, companies, expected):
    assert supplies(sentence, companies, lang) == expected


@pytest.mark.parametrize("lang, sentence, companies", [
    # the word of inclusion after a list of rivals: no preposition to take, nothing supplied
    ("en", "Bosch competes with many suppliers, including Valeo and Denso, for inverter orders.", ["Bosch", "Valeo", "Denso"]),
])
def test_no_supply_from_a_list_of_rivals(lang, sentence, companies):
    assert supplies(sentence, companies, lang) == []


@pytest.mark.parametrize("lang, sentence, companies, expected", [
    ("en", "Renault will buy LFP cells made in Poland by LG Energy Solution.", ["Renault", "LG Energy Solution"],
     [("LG Energy Solution", "Renault")]),
    ("fr", "Renault achètera des cellules fabriquées en Pologne par LG Energy Solution.", ["Renault", "LG Energy Solution"],
     [("LG Energy Solution", "Renault")]),
    ("es", "Renault comprará celdas fabricadas en Polonia por LG Energy Solution.", ["Renault", "LG Energy Solution"],
     [("LG Energy Solution", "Renault")]),
    ("it", "Renault comprerà celle prodotte in Polonia da LG Energy Solution.", ["Renault", "LG Energy Solution"],
     [("LG Energy Solution", "Renault")]),
])
def test_the_maker_after_the_place_of_making_supplies(lang, sentence, companies, expected):
    assert supplies(sentence, companies, lang) == expected


@pytest.mark.parametrize("lang, sentence, companies, expected", [
    ("it", "Renault ha scelto CATL come secondo fornitore di celle.", ["Renault", "CATL"], [("CATL", "Renault")]),
    ("it", "Iveco ha scelto Microvast come seconda fornitrice di batterie.", ["Iveco", "Microvast"], [("Microvast", "Iveco")]),
])
def test_secondo_before_a_supplier_noun_is_an_ordinal(lang, sentence, companies, expected):
    assert supplies(sentence, companies, lang) == expected


@pytest.mark.parametrize("lang, sentence, companies, expected", [
    ("en", "Norvale runs several joint ventures with carmakers, including Velqua Cells with Brixan, and its joint venture "
           "with Ostra Motors started production.", ["Norvale", "Velqua Cells", "Brixan", "Ostra Motors"],
     [("Brixan", "Norvale"), ("Norvale", "Ostra Motors")]),
])
def test_an_instance_with_its_own_partner_keeps_it(lang, sentence, companies, expected):
    # the name after "including" is one of the ventures, named with its own partner: it takes no "with"
    got = sorted(tuple(sorted((t[1], t[2]))) for t in triples(rels(sentence, companies, language=lang))
                 if t[0] == "joint_venture")
    assert got == sorted(tuple(sorted(p)) for p in expected)
