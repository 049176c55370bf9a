"""Review fix: "close" makes a description a source only as "close to" ("people close to the
company", pinned in test_coref_round12); the verb "close" binds its subject as any verb does.
Invented sentences."""

from __future__ import annotations

from entity_helpers import run


def resolved(doc, text):
    return [m.canonical for m in doc.mentions if m.source == "coref" and m.text == text]


def test_the_verb_close_binds_its_subject():
    doc = run("Mahle makes pistons in Stuttgart. Bosch will close the company's plant in Stuttgart.", "en")
    assert "Bosch" not in resolved(doc, "the company")



def test_a_no_break_space_after_the_subject_still_reads_an_opening_phrase():
    from tierscope.doc import Mention
    from tierscope.entities.coref import _after_opening_phrase

    for space in (" ", "\u00a0"):
        text = f"Partner of BMW, Northvolt{space}makes cells."
        bmw = Mention(text.index("BMW"), text.index("BMW") + 3, "BMW", "COMPANY", "BMW", 0)
        nv = Mention(text.index("Northvolt"), text.index("Northvolt") + 9, "Northvolt", "COMPANY", "Northvolt", 0)
        assert _after_opening_phrase(text, 0, bmw, nv, [bmw, nv]), repr(space)
