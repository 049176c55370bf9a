"""English entity and coreference cues (second round): sentences written for these tests with made-up
companies."""

from __future__ import annotations

from entity_helpers import run


def corefs(doc):
    return [(m.text, m.canonical, m.sentence) for m in doc.mentions if m.label == "COMPANY" and m.source == "coref"]


def test_a_pronoun_subject_makes_the_name_after_its_verb_an_object():
    # "It" is Kempower; Axpo is what it bought, so the next "it" and a later one are Kempower again
    doc = run("Kempower grew fast. It bought the Swiss charger maker Axpo in 2019, and it buys cables from Nexans. "
              "Last year it also formed a venture with Ionity.", "en")
    got = corefs(doc)
    assert ("It", "Kempower", 1) in got
    assert ("it", "Kempower", 1) in got
    assert ("it", "Kempower", 2) in got
    assert not any(c == "Axpo" for _d, c, _s in got)


def test_it_after_last_year_or_quarter():
    doc = run("Kempower grew fast. Last quarter it signed a deal with Axpo.", "en")
    assert ("it", "Kempower", 1) in corefs(doc)


def test_its_before_a_figure_or_a_nationality():
    for text in ("Kempower has been expanding. Its 50-50 joint venture with Axpo opened a site.",
                 "Kempower has been expanding. Its Swiss business, a joint venture with Axpo, opened a site."):
        assert ("Its", "Kempower", 1) in corefs(run(text, "en"))


def test_its_in_a_title_case_line_is_no_pronoun():
    for text in ("Kempower has been expanding. Its Swiss Venture Opens A Site.",
                 "Kempower has been expanding. Its 2025 Results Beat Forecasts."):
        assert [d for d, _c, _s in corefs(run(text, "en")) if d == "Its"] == []
