"""The legal-form lookup by length strips what a walk down LEGAL_SUFFIXES strips."""

from __future__ import annotations

import itertools
import random

from tierscope.resolve import names
from tierscope.resolve.names import GROUP_WORDS, LEGAL_SUFFIXES


def _trailing_reference(low: list[str]) -> list[str]:
    # the loop before the index: the first form in the list that ends the name, again and again
    changed = True
    while changed and len(low) > 1:
        changed = False
        for suf in LEGAL_SUFFIXES:
            n = len(suf)
            if len(low) > n and tuple(low[-n:]) == suf:
                low = low[:-n]
                changed = True
                break
        if not changed and len(low) > 1 and low[-1] in GROUP_WORDS:
            low = low[:-1]
            changed = True
    return low


def test_same_as_walking_the_list():
    rng = random.Random(3)
    forms = [list(s) for s in LEGAL_SUFFIXES] + [[w] for w in sorted(GROUP_WORDS)] + [["de"], ["c"], ["co"]]
    bases = [["korvell"], ["hessan", "motors"], ["tarvo", "sistemi"], []]
    stripped = 0
    for base, k in itertools.product(bases, (1, 2, 3)):
        for _ in range(300):
            low = base + [t for f in rng.sample(forms, k) for t in f]
            # (a base word first: no leading article or group word for _strip_tokens to take off)
            low = ["zentor"] + low
            got = names._strip_tokens(low)
            assert got == _trailing_reference(low), low
            stripped += len(got) < len(low)
    assert stripped > 3000  # the suffixes were there to strip


def test_examples():
    assert names.normalize("Korvell Sistemi S.p.A.") == "korvell sistemi"
    assert names.normalize("Hessan Motors Co., Ltd.") == "hessan motors"
    assert names.normalize("Tarvo GmbH & Co. KG") == "tarvo"
    assert names.normalize("Ltd") == "ltd"  # never empty
    assert names._legal_suffix(["x", "sa", "de", "cv"]) == 3  # the longest form, listed first
    assert names._legal_suffix(["sa", "de", "cv"]) == 1  # at least one token stays: only "cv"
    assert names._legal_suffix(["x", "motors"]) == 0
