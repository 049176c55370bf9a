""""a partir de" / "à partir de" before a bare noun tells what goods are made from ("a partir de kits",
"à partir de lithium recyclé"), not a start to come; before a time it still does ("a partir de 2027",
"à partir de janvier") (``lexicon/_shared.NOT_MADE_FROM``). Invented companies."""

from __future__ import annotations

import pytest

from .helpers import rels

PAIR = ["Orlanda", "Pesqueira"]


@pytest.mark.parametrize("lang, text", [
    ("es", "Orlanda ensambla furgonetas a partir de kits que le suministra Pesqueira."),
    ("es", "Orlanda fabrica cátodos a partir de litio reciclado que le suministra Pesqueira."),
    ("es", "Orlanda produce baterías a partir de celdas que le vende Pesqueira."),
    ("es", "Orlanda obtiene níquel a partir de chatarra que le suministra Pesqueira."),
    ("fr", "Orlanda assemble des utilitaires à partir de kits que lui fournit Pesqueira."),
    ("fr", "Orlanda fabrique des cathodes à partir de lithium recyclé que lui fournit Pesqueira."),
    ("fr", "Orlanda produit des batteries à partir de cellules que lui vend Pesqueira."),
    ("fr", "Orlanda récupère du nickel à partir de déchets que lui fournit Pesqueira."),
])
def test_made_from_goods_is_no_start(lang, text):
    assert sorted({r.status for r in rels(text, PAIR, language=lang) if r.type == "supplies"}) == ["active"]


@pytest.mark.parametrize("lang, text", [
    ("es", "Orlanda ensambla furgonetas a partir de enero con kits que le suministra Pesqueira."),
    ("es", "Pesqueira suministrará celdas a Orlanda a partir de 2027."),
    ("fr", "Orlanda assemblera des utilitaires à partir de janvier avec des kits que lui fournit Pesqueira."),
    ("fr", "Pesqueira fournira des cellules à Orlanda à partir de 2027."),
    ("fr", "Pesqueira fournit des cellules à Orlanda à partir de courant 2027."),
    ("es", "Pesqueira suministra celdas a Orlanda a partir de mediados de 2027."),
])
def test_a_start_to_come_is_still_read(lang, text):
    assert sorted({r.status for r in rels(text, PAIR, language=lang) if r.type == "supplies"}) == ["announced"]
