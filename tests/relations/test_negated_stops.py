"""A negated verb of stopping says the tie goes on ("no cesa de suministrar", "non ha mai smesso di
fornire", "never stopped supplying", "ne cesse de livrer"): neither an end (the stop verb is a cessation cue) nor a denial (its negation negates the stop,
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
        ("en", "Quirell Metals never stopped supplying coils to Tarvano Motor.", "Quirell Metals", "Tarvano Motor", "active"),
        ("en", "Quirell Metals has not ceased supplying coils to Tarvano Motor.", "Quirell Metals", "Tarvano Motor", "active"),
        ("en", "Quirell Metals stopped supplying coils to Tarvano Motor.", "Quirell Metals", "Tarvano Motor", "ended"),
        ("fr", "Quirell Métaux ne cesse de livrer des bobines à Tarvano Motor.", "Quirell Métaux", "Tarvano Motor", "active"),
        ("fr", "Quirell Métaux n'a jamais cessé de livrer des bobines à Tarvano Motor.", "Quirell Métaux", "Tarvano Motor", "active"),
        ("fr", "Quirell Métaux n'a pas arrêté de livrer des bobines à Tarvano Motor.", "Quirell Métaux", "Tarvano Motor", "active"),
        ("fr", "Quirell Métaux a cessé de livrer des bobines à Tarvano Motor.", "Quirell Métaux", "Tarvano Motor", "ended"),
    ],
)
def test_negated_stop_keeps_the_tie(language, text, supplier, customer, status):
    assert _ties(text, [supplier, customer], language) == [("supplies", supplier, customer, status)]


def test_any_more_than_is_a_comparison_not_an_end():
    # "any more than" compares: the negation denies the supply, it tells no end
    text = "Quirell Metals does not supply coils to Tarvano Motor any more than to its rivals."
    assert _ties(text, ["Quirell Metals", "Tarvano Motor"], "en") == [("supplies", "Quirell Metals", "Tarvano Motor", "denied")]
