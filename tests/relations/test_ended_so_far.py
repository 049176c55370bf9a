"""A tie told with "until now" / "until then" and a past tense ("Jusqu'ici, les cellules de Z étaient
fournies par Y"), with the time it ran until ("until the end of 2023, bought its cells from Y"), or what a
company was until then ("Y, fino ad allora joint venture con Z"): the tie is over (lexicon key
"ended_so_far"). Invented companies and sentences."""

from __future__ import annotations

import pytest

from .helpers import rels

ENDED = [
    ("en", "Maltrix was an early customer of the start-up and, until the end of 2023, bought its cells from Korvan.",
     ("supplies", "Korvan", "Maltrix")),
    ("fr", "Jusqu'ici, les cellules des utilitaires de Maltrix étaient fournies par Korvan, le spécialiste lyonnais.",
     ("supplies", "Korvan", "Maltrix")),
    ("it", "Finora le celle dei furgoni di Maltrix erano fornite da Korvan, il gruppo torinese.",
     ("supplies", "Korvan", "Maltrix")),
    ("es", "Hasta ahora, Korvan suministraba las celdas de las furgonetas a Maltrix, según el grupo vasco.",
     ("supplies", "Korvan", "Maltrix")),
    ("de", "Bislang lieferte Korvan die Zellen für die Transporter an Maltrix.",
     ("supplies", "Korvan", "Maltrix")),
]


@pytest.mark.parametrize("lang,text,key", ENDED)
def test_a_tie_told_as_running_until_now_is_over(lang, text, key):
    got = {(r.type, r.source, r.target): r.status for r in rels(text, ["Korvan", "Maltrix"], language=lang)}
    assert got.get(key) == "ended", got


def test_until_then_a_joint_venture_ends_the_venture_not_the_takeover():
    for lang, text in [
        ("fr", "Brixo a pris en 2023 le contrôle de Vantel, jusqu'alors coentreprise avec Korvan, en rachetant la part de son associé."),
        ("it", "Brixo ha preso nel 2023 il controllo di Vantel, fino ad allora joint venture paritetica con Korvan, rilevando la quota del socio."),
    ]:
        got = {(r.type, r.source, r.target): r.status for r in rels(text, ["Brixo", "Vantel", "Korvan"], language=lang)}
        assert got.get(("joint_venture", "Brixo", "Korvan")) == "ended", (lang, got)
        assert got.get(("acquires", "Brixo", "Vantel"), "active") == "active", (lang, got)


def test_so_far_with_a_present_is_no_end():
    got = {(r.type, r.source, r.target): r.status
           for r in rels("Bislang liefert Korvan die Zellen für die Transporter an Maltrix.", ["Korvan", "Maltrix"], language="de")}
    assert got.get(("supplies", "Korvan", "Maltrix")) == "active", got
