"""A name found by position that opens one longer company name of the page is that company
(``entities/short_forms.py``). Names written for these tests."""

from __future__ import annotations

from tierscope.doc import Mention
from tierscope.entities.short_forms import same_short_forms


def _m(name, sentence, source="pattern", known=False, start=None):
    start = sentence * 100 if start is None else start
    return Mention(start, start + len(name), name, "COMPANY", name, sentence, source, {"known": known})


def _names(mentions, heads=frozenset({0})):
    return [m.canonical for m in same_short_forms(mentions, heads)]


def test_a_headlines_short_form_is_the_bodys_company():
    assert _names([_m("Kestrel Cathode", 0), _m("Kestrel Cathode Materials", 2), _m("Brixo", 2, start=240)]) == [
        "Kestrel Cathode Materials", "Kestrel Cathode Materials", "Brixo"]


def test_a_one_word_short_form_after_the_full_name():
    assert _names([_m("Vexa EV Motors", 1, source="gazetteer", known=True), _m("Vexa", 3), _m("Vexa", 5)]) == [
        "Vexa EV Motors", "Vexa EV Motors", "Vexa EV Motors"]


def test_a_known_company_keeps_its_name():
    assert _names([_m("Vexa", 0, source="gazetteer", known=True), _m("Vexa Battery Systems", 2)]) == ["Vexa", "Vexa Battery Systems"]


def test_a_national_unit_is_another_company():
    assert _names([_m("Vexa", 0), _m("Vexa Poland", 2)]) == ["Vexa", "Vexa Poland"]


def test_one_sentence_naming_both_speaks_of_two_companies():
    assert _names([_m("Vexa", 0), _m("Vexa Energy", 2), _m("Vexa", 2, start=230)]) == ["Vexa", "Vexa Energy", "Vexa"]


def test_two_longer_names_leave_the_short_form_alone():
    assert _names([_m("Vexa", 0), _m("Vexa Energy", 2), _m("Vexa Mobility", 4)]) == ["Vexa", "Vexa Energy", "Vexa Mobility"]


def test_a_body_naming_the_short_form_first_may_mean_another_company():
    assert _names([_m("Vexa", 1), _m("Vexa Energy", 2)]) == ["Vexa", "Vexa Energy"]


def test_a_short_form_inside_two_names_names_neither():
    # a sister's name read with a word before it still holds the short form
    assert _names([_m("Vexa Stanztechnik", 1), _m("Schwester Vexa Gusstechnik", 2), _m("Vexa", 3)]) == [
        "Vexa Stanztechnik", "Schwester Vexa Gusstechnik", "Vexa"]


def test_a_word_already_read_as_a_known_name_keeps_it():
    word = _m("Vexa", 3)
    word.canonical = "Vexa Power"
    mentions = [_m("Vexa Power", 0, source="gazetteer", known=True), _m("Vexa Power Iberia", 1, start=140), word]
    assert _names(mentions) == ["Vexa Power", "Vexa Power Iberia", "Vexa Power"]


def test_a_short_form_of_a_short_form_names_the_company_too():
    # "Kestrel Cathode" is worked out first, so "Kestrel" then opens one company's name alone
    assert _names([_m("Kestrel Cathode", 0), _m("Kestrel Cathode Materials", 2), _m("Kestrel", 4)]) == [
        "Kestrel Cathode Materials", "Kestrel Cathode Materials", "Kestrel Cathode Materials"]


def test_the_outcome_does_not_follow_the_hash_seed():
    # a set's order changes with PYTHONHASHSEED from one process to the next; the names must not
    import json
    import os
    import subprocess
    import sys

    code = ("import json\nfrom tierscope.doc import Mention\nfrom tierscope.entities.short_forms import same_short_forms\n"
            "def m(n, s):\n    return Mention(s * 100, s * 100 + len(n), n, 'COMPANY', n, s, 'pattern', {})\n"
            "ms = [m('Kestrel Cathode', 0), m('Kestrel Cathode Materials', 2), m('Kestrel', 4), m('Orvia Cells', 5),"
            " m('Orvia', 6), m('Orvia Cells Iberia', 7)]\n"
            "print(json.dumps([x.canonical for x in same_short_forms(ms, frozenset({0}))]))")
    seen = set()
    for seed in ("0", "1", "2", "3", "4", "5"):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                             env={**os.environ, "PYTHONHASHSEED": seed}).stdout
        seen.add(tuple(json.loads(out)))
    assert len(seen) == 1, seen


def test_a_short_form_of_a_name_opened_by_its_home_city():
    # a registered name opens with the company's home city, which the press drops ("Ningbo Kelvra ...")
    assert _names([_m("Ningbo Kelvra Power Technology", 1), _m("Kelvra", 3), _m("Kelvra", 5)]) == [
        "Ningbo Kelvra Power Technology", "Ningbo Kelvra Power Technology", "Ningbo Kelvra Power Technology"]


def test_a_word_inside_a_name_after_a_non_place_stays():
    # "Brixo" is no place: "Kelvra" inside "Brixo Kelvra Antriebe" is no short form of it
    assert _names([_m("Brixo Kelvra Antriebe", 1), _m("Kelvra", 3)]) == ["Brixo Kelvra Antriebe", "Kelvra"]


def test_sentence_short_forms_after_a_home_city():
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parent))
    from entity_helpers import run
    for language, text in [
        ("it", "Ningbo Kelvra Power Technology ha firmato un accordo con Stellantis. Kelvra fornirà 5 GWh di celle a Stellantis."),
        ("fr", "Ningbo Kelvra Power Technology conclut un contrat avec Renault. Kelvra fournira à Renault des cellules à partir de 2028."),
        ("es", "Ningbo Kelvra Power Technology cerró un pacto con Seat. Kelvra entregará a Seat celdas a partir de 2028."),
    ]:
        found = {m.canonical for m in run(text, language).mentions if m.label == "COMPANY" and m.text == "Kelvra"}
        assert found == {"Ningbo Kelvra Power Technology"}, language
