"""Evaluation against gold documents: load the gold format, run the pipeline, score relations,
statuses and facilities. See docs/gold-format.md for the format and matching rules."""

from __future__ import annotations

from .gold import GoldDoc, GoldFacility, GoldFormatError, GoldRelation, dump_gold, load_gold, parse_gold_line
from .match import Matcher, normalise_company, same_place
from .runner import extract_gold_docs, run_eval
from .score import Ratio, Report, Score, evaluate, render_text

__all__ = [
    "GoldDoc",
    "GoldRelation",
    "GoldFacility",
    "GoldFormatError",
    "load_gold",
    "parse_gold_line",
    "dump_gold",
    "Matcher",
    "normalise_company",
    "same_place",
    "evaluate",
    "run_eval",
    "extract_gold_docs",
    "Report",
    "Score",
    "Ratio",
    "render_text",
]
