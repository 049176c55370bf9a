"""The status of a relation (or facility) as of now, from the statuses of its assertions.

Kept in one function so that a history module (status over time, conflicting reports) can replace it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["current_status", "latest"]


def _order(a: Mapping[str, Any]) -> tuple[str, int]:
    # Undated assertions sort before dated ones; ties (and undated ones) go by ingest order.
    return (a.get("published") or "", a.get("seq") or 0)


def latest(assertions: Iterable[Mapping[str, Any]]) -> Mapping[str, Any] | None:
    """The most recent assertion: the latest ``published`` date, then the latest ``seq`` (ingest
    order). None when there are none."""
    return max(assertions, key=_order, default=None)


def current_status(assertions: Iterable[Mapping[str, Any]]) -> str | None:
    """Status of the most recent assertion (by ``published``, falling back to ``seq``, the ingest
    order). Each assertion is a mapping with ``status`` and optionally ``published``, ``seq``."""
    last = latest(assertions)
    return None if last is None else last["status"]
