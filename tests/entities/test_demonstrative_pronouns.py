"""Demonstrative pronouns for the company just named (entities/latter.py): French "celui-ci"/"celle-ci",
Spanish "éste"/"ésta", German "dieser"/"diese" - only right before a verb."""

from __future__ import annotations

import pytest
from entity_helpers import run


def corefs(doc):
    return [(m.text, m.canonical) for m in doc.mentions if m.source == "coref"]


@pytest.mark.parametrize(
    "language, text, pronoun",
    [
        ("fr", "Norrlid Motors SA mise sur Arvik SAS, sa filiale dédiée aux utilitaires. Celle-ci a signé avec "
               "Velqua SAS un contrat.", "Celle-ci"),
        ("fr", "Norrlid Motors SA a choisi Arvik SAS. Celui-ci livrera les sièges dès 2027.", "Celui-ci"),
        ("fr", "Norrlid Motors SA travaille avec Arvik SAS, et celle-ci fournit déjà les moteurs.", "celle-ci"),
        ("es", "Norrlid Motors confía en Arvik S.A., su filial eléctrica. Ésta firmó con Velqua S.A. un contrato.",
         "Ésta"),
        ("es", "Norrlid Motors eligió a Arvik S.A. Éste suministrará los asientos.", "Éste"),
        ("de", "Norrlid Motors setzt auf Arvik GmbH. Diese liefert ab 2027 Sitze an Velqua GmbH.", "Diese"),
        ("de", "Norrlid Motors hat Arvik GmbH gewählt. Dieser hat bereits Sitze geliefert.", "Dieser"),
    ],
)
def test_a_demonstrative_before_a_verb_is_the_company_named_last(language, text, pronoun):
    assert (pronoun, "Arvik") in corefs(run(text, language))


@pytest.mark.parametrize(
    "language, text",
    [
        # the word opens a noun phrase, or stands for a thing
        ("fr", "Norrlid Motors SA a choisi Arvik SAS. Celle-ci est une bonne nouvelle pour le site."),
        ("de", "Norrlid Motors setzt auf Arvik GmbH. Diese neue Fabrik liefert Sitze."),
        ("de", "Norrlid Motors hat eine Vereinbarung mit Arvik GmbH. Diese sieht Lieferungen vor."),
        # something other than the company was named last
        ("fr", "Norrlid Motors SA a choisi Arvik SAS, pour un contrat de dix ans. Celui-ci prévoit des livraisons."),
        ("es", "Norrlid Motors firmó con Arvik S.A. un acuerdo de diez años. Éste prevé entregas."),
    ],
)
def test_a_demonstrative_is_no_company_otherwise(language, text):
    assert not [c for c in corefs(run(text, language))
                if c[0].casefold() in ("celle-ci", "celui-ci", "diese", "dieser", "éste", "ésta")]


def test_a_spanish_demonstrative_is_no_company_name():
    doc = run("Norrlid Motors eligió a Arvik S.A. Ésta firmó con Velqua S.A. un contrato.", "es")
    assert not [m for m in doc.mentions if m.label == "COMPANY" and m.source == "pattern" and m.text == "Ésta"]
