"""The held-out set loads through tierscope.eval: every document is found and readable, every
relation and facility is well-formed (tests/gold_set_checks.py). No accuracy floor here; this only
keeps the set usable. Nothing in this file runs the extractor."""

from __future__ import annotations

from pathlib import Path

from gold_set_checks import GoldSetChecks


class TestHeldoutSet(GoldSetChecks):
    FOLDER = Path(__file__).parent
    PER_LANGUAGE = {"en": 12, "it": 12, "de": 12, "fr": 12, "es": 12}
