"""A company's holders named in a relative on its capital: "Y, en cuyo capital participan A, B y C",
"Y, au capital duquel figurent A et B", "Y, nel cui capitale figurano A e B" (as "Y, whose shareholders
include A" and "Y, an dem A beteiligt ist" already read). Real company names, invented sentences."""

from __future__ import annotations

import pytest

from .helpers import pipeline_relations as rels


@pytest.mark.parametrize("language, text", [
    ("es", "Verkor, en cuyo capital participan Renault, EQT y Arkema, prevé abrir una segunda planta en 2028."),
    ("es", "Verkor, en cuyo accionariado figuran Renault, EQT y Arkema, prevé abrir una segunda planta en 2028."),
    ("fr", "Verkor, au capital duquel figurent Renault, EQT et Arkema, prévoit une deuxième usine en 2028."),
    ("it", "Verkor, nel cui capitale figurano Renault, EQT e Arkema, prevede una seconda fabbrica nel 2028."),
])
def test_holders_in_a_relative_on_the_capital(language, text):
    got = rels(text, language)
    assert {("invests_in", h, "Verkor") for h in ("Renault", "EQT", "Arkema")} <= got


def test_capital_in_the_hands_of_is_no_minority_stake():
    # "whose capital is in the hands of": control, not a stake among others; left to the ownership rules
    assert ("invests_in", "Renault", "Verkor") not in rels(
        "Verkor, cuyo capital está en manos de Renault, prevé abrir una segunda planta en 2028.", "es")
