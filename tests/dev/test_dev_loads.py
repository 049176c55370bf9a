"""The development set loads through tierscope.eval: every document is found and readable, every
relation and facility is well-formed (tests/gold_set_checks.py). Nothing here runs the extractor."""

from __future__ import annotations

from pathlib import Path

from gold_set_checks import GoldSetChecks


class TestDevSet(GoldSetChecks):
    FOLDER = Path(__file__).parent
    PER_LANGUAGE = {"en": 227, "it": 235, "de": 235, "fr": 227, "es": 228}
