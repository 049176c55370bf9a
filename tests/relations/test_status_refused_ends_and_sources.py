"""A sale a party refuses keeps the stake; a report told in a relative after the tie is the relative's; a
headline that opens with its source is a report; "war das vorbei" ends a tie. Invented companies."""

from __future__ import annotations

import pytest

from .helpers import rels

PAIR = ["Orlanda", "Pesqueira"]


def _statuses(text, lang):
    return sorted({r.status for r in rels(text, PAIR, language=lang)})


@pytest.mark.parametrize("lang, text, status", [
    # a sale refused: the stake is kept
    ("it", "Orlanda non ha alcuna intenzione di cedere la propria partecipazione in Pesqueira.", "active"),
    ("fr", "Orlanda n'a pas l'intention de céder sa participation dans Pesqueira.", "active"),
    # a sale made: over
    ("it", "Orlanda ha ceduto la sua partecipazione in Pesqueira.", "ended"),
    ("fr", "Orlanda a cédé sa participation dans Pesqueira.", "ended"),
    # a report in a relative after the tie speaks of the relative
    ("en", "Orlanda already supplies cells to Pesqueira, a flow that, according to people familiar with the matter, will shrink next year.", "active"),
    ("es", "Orlanda ya suministra celdas a Pesqueira, un flujo que, según fuentes de la compañía, se irá reduciendo.", "active"),
    # a headline that opens with its source
    ("de", "Kreise: Orlanda will Pesqueira übernehmen", "rumoured"),
    ("en", "Sources: Orlanda in talks to buy Pesqueira", "rumoured"),
    # "war das vorbei": over
    ("de", "Orlanda hat Pesqueira Motoren geliefert, mit der Insolvenz war das vorbei.", "ended"),
])
def test_kept_stakes_relatives_sources_and_ends(lang, text, status):
    assert _statuses(text, lang) == [status]
