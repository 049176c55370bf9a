"""The status of a relation (or facility) as of now (or a date), from the statuses of its assertions.

Relations: ``tierscope.graph.history.current_status`` (progress never goes back, denials and endings
override, a near-duplicate cluster is one source; see that module). Facilities, whose statuses
(planned, under_construction, ...) are not relation statuses: the latest assertion's status.
"""

from __future__ import annotations

import calendar
import datetime as _dt
from collections.abc import Iterable, Mapping
from typing import Any

from ..graph.history import STRENGTH, StatusView
from ..graph.history import current_status as _history_status

__all__ = ["current_status", "status_view", "latest", "as_of_bound"]


def _order(a: Mapping[str, Any]) -> tuple[str, int]:
    # Undated assertions sort before dated ones; ties (and undated ones) go by ingest order.
    return (a.get("published") or "", a.get("seq") or 0)


def latest(assertions: Iterable[Mapping[str, Any]]) -> Mapping[str, Any] | None:
    """The most recent assertion: the latest ``published`` date, then the latest ``seq`` (ingest
    order). None when there are none."""
    return max(assertions, key=_order, default=None)


def as_of_bound(value: str | None) -> str | None:
    """The last day a date (``2024-06-30``, ``2024-06`` or ``2024``) covers, as ISO; None for None.
    ``--as-of 2024`` means "known by the end of 2024"."""
    if value is None:
        return None
    s = str(value).strip()
    if len(s) == 4:
        return f"{s}-12-31"
    if len(s) == 7:
        y, m = int(s[:4]), int(s[5:7])
        return f"{s}-{calendar.monthrange(y, m)[1]:02d}"
    return s[:10]


def _rows(assertions: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for a in assertions:
        d = dict(a)
        d.setdefault("source_key", d.get("cluster_id") or d.get("doc_id"))
        if "evidence" not in d and "text" in d:
            d["evidence"] = d["text"]
        if "headline" not in d and d.get("title"):
            # Rows that carry the evidence and the document's title get the headline rule.
            from .core import is_headline

            d["headline"] = is_headline(d.get("evidence"), d["title"])
        out.append(d)
    return out


def status_view(
    assertions: Iterable[Mapping[str, Any]], as_of: str | None = None, *, today: _dt.date | None = None
) -> StatusView | None:
    """The full ``StatusView`` (status, since, age_days, sources, reason) of a relation's assertions
    (mappings with ``status``, ``published``, ``doc_id`` and ``source_key``, the near-duplicate
    cluster; with ``text`` and ``title`` too, a headline yields to its article's body, see
    ``graph.history``); None when a status is not a relation status (facilities)."""
    rows = _rows(assertions)
    if any(r["status"] not in STRENGTH for r in rows):
        return None
    return _history_status(rows, as_of_bound(as_of), today=today)


def current_status(assertions: Iterable[Mapping[str, Any]], as_of: str | None = None) -> str | None:
    """Current status of a relation (``graph.history.current_status``) or, for facility statuses,
    of the most recent assertion (by ``published``, then ``seq``)."""
    rows = list(assertions)
    view = status_view(rows, as_of)
    if view is not None:
        return view.status
    last = latest(rows)
    return None if last is None else last["status"]
