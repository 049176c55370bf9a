"""In French, Italian and Spanish an adjective may follow its noun ("la société française"), so a
word after a description's noun was read as one - also when it is the description's verb: "La
société livre des batteries à Renault" became "the battery company", swallowed "livre" and went to a
battery maker (or to none). A business verb after the noun is the verb of the description, which
stays "La société" and points back to the company named before. Invented sentences, real names."""

from __future__ import annotations

import pytest
from entity_helpers import run, spans


@pytest.mark.parametrize("language,text,description,company", [
    ("fr", "Forvia a publié ses résultats. L'entreprise livre des batteries à Stellantis.", "L'entreprise", "Forvia"),
    ("fr", "Verkor a publié ses résultats. La société livre des batteries à Renault.", "La société", "Verkor"),
    ("fr", "Forvia a publié ses résultats. La société fabrique des batteries pour Renault.", "La société", "Forvia"),
    ("fr", "Forvia a publié ses résultats. Depuis 2023, la société fabrique des batteries pour Renault.",
     "la société", "Forvia"),
    ("it", "Brembo ha pubblicato i conti. La società fornisce dei semiconduttori a Stellantis.", "La società", "Brembo"),
    ("it", "Brembo ha pubblicato i conti. La società produce dei freni per Ferrari.", "La società", "Brembo"),
    ("es", "Gestamp publicó sus resultados. La empresa fabrica chasis para Renault.", "La empresa", "Gestamp"),
    ("es", "Gestamp publicó sus resultados. La empresa suministra de todo a Renault.", "La empresa", "Gestamp"),
])
def test_a_verb_after_the_noun_is_no_adjective(language, text, description, company):
    got = dict(spans(run(text, language), "COMPANY"))
    assert got.get(description) == company


@pytest.mark.parametrize("language,text,description,company", [
    # adjectives after the noun still count, with or without a sector after them
    ("it", "BMW ha firmato un accordo con Qualcomm. Il colosso californiano dei semiconduttori fornirà i processori.",
     "Il colosso californiano dei semiconduttori", "Qualcomm"),
    ("fr", "Verkor a signé avec Panasonic. La société française livrera des cellules.", "La société française", "Verkor"),
])
def test_adjectives_after_the_noun_still_count(language, text, description, company):
    got = dict(spans(run(text, language), "COMPANY"))
    assert got.get(description) == company
