"""``ingest``: read inputs, run the pipeline over them, write each document to a store."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .. import ids
from ..doc import Document, Rejection
from ..run import extract_inputs
from .base import Store

__all__ = ["ingest", "IngestReport"]

_NUMBER = re.compile(r"\d[\d,.]*\d|\d")


@dataclass
class IngestReport:
    """What one ``ingest`` call did. ``companies`` counts distinct company names found in the
    documents read (by ``ids.company_key``); ``relations`` and ``facilities`` count assertions."""

    documents: int = 0
    new: int = 0
    already_stored: int = 0
    skipped: list[Rejection] = field(default_factory=list)
    relations: int = 0
    facilities: int = 0
    company_keys: set[str] = field(default_factory=set)
    resolution: Any = None  # the store's RefreshReport after the batch, when it has one

    @property
    def companies(self) -> int:
        return len(self.company_keys)

    def skipped_reasons(self) -> list[tuple[str, int]]:
        """Reasons for skipping with how many inputs each, most common first. Reasons differing
        only in numbers ("file is 4,648 bytes, over ...") count as one, shown with N for the number."""
        groups: Counter[str] = Counter(_NUMBER.sub("N", r.reason) for r in self.skipped)
        first: dict[str, str] = {}
        for r in self.skipped:
            first.setdefault(_NUMBER.sub("N", r.reason), r.reason)
        return [(first[k] if n == 1 else k, n) for k, n in groups.most_common()]

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "new": self.new,
            "already_stored": self.already_stored,
            "skipped": [{"source": r.source, "reason": r.reason, "stage": r.stage} for r in self.skipped],
            "companies": self.companies,
            "relations": self.relations,
            "facilities": self.facilities,
        }


def _company_names(doc: Document) -> Iterator[str]:
    for m in doc.mentions:
        if m.label == "COMPANY":
            yield m.canonical or m.text
    for r in doc.relations:
        yield r.source
        yield r.target
    for f in doc.facilities:
        if f.owner:
            yield f.owner


def ingest(
    store: Store,
    paths: Iterable[str] | None = None,
    *,
    items: Iterable[Document | Rejection] | None = None,
    max_bytes: int | None = None,
    pipeline: Any = None,
    on_item: Callable[[Document | Rejection, IngestReport], None] | None = None,
    on_phase: Callable[[str, IngestReport], None] | None = None,
) -> IngestReport:
    """Extract from ``paths`` (files, folders, globs, ``-``) and write every document to ``store``,
    one transaction per document; rejected inputs are recorded in the store and in the report.

    Pass ``items`` instead of ``paths`` to store documents that were extracted elsewhere.
    ``on_item(item, report)`` is called after each document or rejection (progress display).
    ``on_phase(phase, report)`` is called when the run moves on to another phase: ``"resolving"``
    when every input has been read and the batch's corpus-level refresh starts (names resolved,
    relations re-keyed, near-duplicates clustered: seconds for thousands of documents), ``"done"``
    at the end.
    Never raises for a user's input; a ``StoreError`` (disk full, read-only file) stops the run with
    everything before it stored.
    """
    if (paths is None) == (items is None):
        raise TypeError("pass exactly one of paths or items")
    report = IngestReport()
    stream = items if items is not None else extract_inputs(list(paths or ()), pipeline, max_bytes=max_bytes)
    for item in stream:
        if isinstance(item, Rejection):
            store.add_rejection(item)
            report.skipped.append(item)
        else:
            result = store.add_document(item)
            report.documents += 1
            if result.new:
                report.new += 1
            else:
                report.already_stored += 1
            report.relations += len(item.relations)
            report.facilities += len(item.facilities)
            report.company_keys.update(k for k in map(ids.company_key, _company_names(item)) if k)
        if on_item is not None:
            on_item(item, report)
    refresh = getattr(store, "refresh", None)
    if report.documents and callable(refresh):
        # Corpus-level, once per batch rather than per document: resolve the new names against the
        # corpus (decisions re-applied) and cluster the new documents with their reprints and
        # translations; incremental, so its cost follows the batch, not the store. Also when
        # nothing is new: a run interrupted before its refresh left documents unresolved, and its
        # re-run finds them all stored (cheap when nothing is pending).
        if on_phase is not None:
            on_phase("resolving", report)
        report.resolution = refresh()
    if on_phase is not None:
        on_phase("done", report)
    return report
