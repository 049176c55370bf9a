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

