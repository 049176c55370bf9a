"""Nouns that introduce a small firm, a builder, a haulier or a venture investor before its name, in
each language ("la PME Beta", "the main contractor Beta", "der Wagniskapitalgeber Beta"). Every
name here is invented."""

from __future__ import annotations

import pytest
from entity_helpers import run


def companies(text: str, language: str) -> list[str]:
    return [m.canonical for m in run(text, language).mentions if m.label == "COMPANY" and m.source != "coref"]


@pytest.mark.parametrize(
    "language, text, name",
    [
        ("en", "The main contractor Halvern Construction has about 400 workers on the site.", "Halvern Construction"),
        ("en", "Work on the hall was given to the contractor Brantley, which starts in June.", "Brantley"),
        ("fr", "Depuis mars, la PME Corvalis fabrique les plaques isolantes du pack.", "Corvalis"),
        ("fr", "Le transporteur Norvalle assure la navette des salariés entre la gare et l'usine.", "Norvalle"),
        ("it", "La pmi Rotavia produce i cablaggi ad alta tensione per il nuovo modello.", "Rotavia"),
        ("it", "Il capannone è stato affidato all'impresa edile Bertazzi, che lo consegnerà a maggio.", "Bertazzi"),
        ("es", "La pyme Talvera fabrica las bandejas de los paquetes de baterías.", "Talvera"),
        ("es", "La constructora Orvaniz levantará la nave principal antes del verano.", "Orvaniz"),
        ("de", "Angeführt wurde die Runde vom Wagniskapitalgeber Quellberg, dazu kamen zwei Family Offices.", "Quellberg"),
        ("de", "Den Rohbau errichtet das Bauunternehmen Hallwarth bis zum Herbst.", "Hallwarth"),
    ],
)
def test_a_small_firm_or_builder_noun_introduces_a_name(language, text, name):
    assert name in companies(text, language)


def test_a_capitalised_noun_mid_sentence_still_opens_a_name():
    # an acronym noun is exempt from the rule, a capitalised word noun is not: "controllata da Holding Reti"
    assert "Holding Reti Autostradali" in companies("La rete è controllata da Holding Reti Autostradali.", "it")
