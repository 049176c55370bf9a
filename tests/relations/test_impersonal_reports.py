"""A report with no one named who made it, told by a passive or impersonal verb of writing or publishing
("it was reported that", "se publicó que", "si è scritto che", "il a été écrit que", "es wurde geschrieben")
is hearsay: rumoured (``lexicon/_shared.IMPERSONAL_REPORT``). An announcement told so is not. Invented
companies."""

from __future__ import annotations

import pytest

from .helpers import rels

PAIR = ["Orlanda", "Pesqueira"]


@pytest.mark.parametrize("lang, text", [
    ("en", "It was reported that Orlanda wanted to buy Pesqueira."),
    ("en", "It has been reported that Orlanda wants to buy Pesqueira."),
    ("en", "It was widely rumoured that Orlanda would buy Pesqueira."),
    ("es", "Se publicó que Orlanda quería comprar Pesqueira."),
    ("es", "Se ha publicado que Orlanda quiere comprar Pesqueira."),
    ("es", "Se dijo que Orlanda quería comprar Pesqueira."),
    ("es", "Se llegó a publicar que Orlanda quería comprar Pesqueira."),
    ("it", "Si è scritto che Orlanda voleva rilevare Pesqueira."),
    ("it", "È stato scritto che Orlanda voleva rilevare Pesqueira."),
    ("it", "È stato riportato che Orlanda voleva rilevare Pesqueira."),
    ("fr", "Il a été écrit qu'Orlanda voulait racheter Pesqueira."),
    ("fr", "On a écrit qu'Orlanda voulait racheter Pesqueira."),
    ("fr", "Il a été rapporté qu'Orlanda voulait racheter Pesqueira."),
    ("de", "Es wurde geschrieben, Orlanda wolle Pesqueira übernehmen."),
    ("de", "Es wurde bereits spekuliert, Orlanda wolle Pesqueira übernehmen."),
])
def test_a_report_with_no_one_named_is_hearsay(lang, text):
    assert {r.status for r in rels(text, PAIR, language=lang) if r.type == "acquires"} == {"rumoured"}


@pytest.mark.parametrize("lang, text", [
    ("en", "It was announced that Orlanda will buy Pesqueira."),
    ("es", "Se anunció que Orlanda comprará Pesqueira."),
    ("it", "È stato annunciato che Orlanda rileverà Pesqueira."),
    ("fr", "Il a été annoncé qu'Orlanda rachètera Pesqueira."),
])
def test_an_announcement_told_so_is_no_hearsay(lang, text):
    got = {r.status for r in rels(text, PAIR, language=lang) if r.type == "acquires"}
    assert got == {"announced"}
