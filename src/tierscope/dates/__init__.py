"""Dates: find and parse dates in five languages, and the ``DateFinder`` component that sets when
an article was published."""

from __future__ import annotations

from .find import find_dates, iso_date, parse_date
from .finder import DateFinder
from .lines import date_line, is_byline, starts_with_dateline

__all__ = ["DateFinder", "find_dates", "parse_date", "iso_date", "date_line", "is_byline", "starts_with_dateline"]
