"""A trigger cut short before a name that swallowed its last preposition (``extractor._unblocked``)
must answer every question the readers ask of a match: ``chain_supply`` asks ``span()``, and a page
whose cut trigger reached it was rejected whole ("'_Cut' object has no attribute 'span'")."""

import re

from tierscope.relations.extractor import _unblocked


def _cut(text: str, trigger: str, name: str):
    start = text.index(name)
    (m,) = list(_unblocked(re.compile(trigger), text, [(start, start + len(name))]))
    return m


def test_a_cut_trigger_answers_span_like_a_match():
    text = "La cellula è controllata dal gruppo Ostrana da tre anni."
    m = _cut(text, r"controllata dal", "dal gruppo Ostrana")
    assert type(m) is not re.Match  # the cut, not the regex's own match
    assert m.span() == (m.start(), m.end()) == (text.index("controllata"), text.index("controllata") + len("controllata"))
    assert m.group() == "controllata"


def test_an_unblocked_trigger_is_the_regex_match():
    text = "Velmora è controllata dal gruppo Ostrana."
    (m,) = list(_unblocked(re.compile(r"controllata dal"), text, [(text.index("Ostrana"), len(text) - 1)]))
    assert m.span() == (text.index("controllata"), text.index("controllata") + len("controllata dal"))


def test_a_cut_trigger_hands_other_groups_and_attributes_to_its_match():
    text = "La cellula è controllata dal gruppo Ostrana da tre anni."
    start = text.index("dal gruppo Ostrana")
    rx = re.compile(r"(?P<verb>controllata) (dal)")
    (m,) = list(_unblocked(rx, text, [(start, start + len("dal gruppo Ostrana"))]))
    assert m.group(0) == "controllata"  # the cut
    assert m.group(1) == m.group("verb") == "controllata"
    assert m.group(2) == "dal" and m.span(2) == (start, start + 3)
    assert m.group(1, 2) == ("controllata", "dal")
    assert m.groups() == ("controllata", "dal") and m.lastindex == 2 and m.re is rx
