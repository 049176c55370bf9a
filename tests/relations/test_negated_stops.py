"""A negated verb of stopping says the tie goes on ("no cesa de suministrar", "non ha mai smesso di
fornire"): neither an end (the stop verb is a cessation cue) nor a denial (its negation negates the stop,
not the supply). The stop verb alone still ends the tie. Companies and sentences invented."""

from __future__ import annotations

import pytest

from .helpers import rels


def _ties(text, companies, language):
    return sorted((r.type, r.source, r.target, r.status) for r in rels(text, companies, language))


@pytest.mark.parametrize(
    "language, text, supplier, customer, status",
    [
        ("es", "Quirell Metales no cesa de suministrar bobinas a Tarvano Motor.", "Quirell Metales", "Tarvano Motor", "active"),
        ("es", "Quirell Metales no ha dejado de suministrar bobinas a Tarvano Motor.", "Quirell Metales", "Tarvano Motor", "active"),
        ("es", "Quirell Metales dejó de suministrar bobinas a Tarvano Motor.", "Quirell Metales", "Tarvano Motor", "ended"),
        ("it", "Quirell Metalli non ha mai smesso di fornire bobine a Tarvano Motor.", "Quirell Metalli", "Tarvano Motor", "active"),
        ("it", "Quirell Metalli non cessa di fornire bobine a Tarvano Motor.", "Quirell Metalli", "Tarvano Motor", "active"),
        ("it", "Quirell Metalli ha smesso di fornire bobine a Tarvano Motor.", "Quirell Metalli", "Tarvano Motor", "ended"),
    ],
)
def test_negated_stop_keeps_the_tie(language, text, supplier, customer, status):
    assert _ties(text, [supplier, customer], language) == [("supplies", supplier, customer, status)]
