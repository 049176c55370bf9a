""""The latter" for a company (entities/latter.py), in five languages."""

from __future__ import annotations

import pytest
from entity_helpers import run


def corefs(doc):
    return [(m.text, m.canonical) for m in doc.mentions if m.source == "coref"]


@pytest.mark.parametrize(
    "language, text, pronoun",
    [
        ("fr", "Norrlid Motors SA a choisi Velqua SAS et Arvik SAS. Ce dernier livrera les sièges.", "Ce dernier"),
        ("fr", "Norrlid Motors SA achète à Velqua SAS et Arvik SAS, et a signé avec ce dernier un contrat.", "ce dernier"),
        ("it", "Norrlid Motors ha scelto Velqua S.p.A. e Arvik S.p.A.; quest'ultima fornirà i sedili.", "quest'ultima"),
        ("es", "Norrlid Motors eligió a Velqua S.A. y Arvik S.A. Esta última entregará los asientos.", "Esta última"),
        ("en", "Norrlid Motors picked Velqua Inc. and Arvik Inc., and the latter will ship the seats.", "the latter"),
        ("de", "Norrlid Motors bezieht Sitze von Velqua GmbH und Arvik GmbH. Letztere liefert ab 2027.", "Letztere"),
        ("de", "Norrlid Motors bezieht Sitze von Velqua GmbH und Arvik GmbH, wobei letztere ab 2027 liefert.", "letztere"),
    ],
)
def test_the_latter_is_the_company_named_last(language, text, pronoun):
    assert (pronoun, "Arvik") in corefs(run(text, language))


@pytest.mark.parametrize(
    "language, text",
    [
        # the adjective of a noun
        ("fr", "Norrlid Motors SA a choisi Arvik SAS. Ce dernier contrat vaut cent millions."),
        ("it", "Norrlid Motors ha scelto Arvik S.p.A. Quest'ultimo anno è stato difficile."),
        ("es", "Norrlid Motors eligió a Arvik S.A. Este último año fue difícil."),
        ("de", "Norrlid Motors bezieht Sitze von Arvik GmbH. Letztere Entwicklung überrascht."),
        # a thing or a person named after the company
        ("fr", "Norrlid Motors SA a signé avec Arvik SAS un contrat de dix ans. Ce dernier prévoit des livraisons."),
        ("it", "Arvik S.p.A. ha nominato Maria Rossi; quest'ultima guiderà la società."),
        ("en", "Norrlid Motors picked Arvik Inc. for its plant in Texas, and the latter will open in 2027."),
    ],
)
def test_the_latter_is_no_company_when_something_else_was_named_last(language, text):
    assert not [c for c in corefs(run(text, language)) if c[0].casefold() in (
        "ce dernier", "quest'ultima", "quest'ultimo", "este último", "letztere", "the latter")]


def test_the_latter_never_crosses_a_story():
    doc = run("Norrlid Motors SA a choisi Arvik SAS. Ce dernier livrera les sièges.", "fr", story_starts=(1,))
    assert not [c for c in corefs(doc) if c[0] == "Ce dernier"]
