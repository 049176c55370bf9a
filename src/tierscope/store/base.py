"""What every store offers: the ``Store`` protocol and the small records it returns.

The SQLite store (``tierscope.store.sqlite``) is the one implementation. The query library reads
through ``Store.rows`` (SQL in the SQLite dialect), so a second backend would have to speak that
dialect or replace ``tierscope.query`` as well.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from ..doc import Document, Rejection

__all__ = ["Store", "AddResult"]


@dataclass(slots=True, frozen=True)
class AddResult:
    """What ``Store.add_document`` did with one document: its content id, and whether it was new
    (False when the same text was already stored; the call then only recorded the new address)."""

    doc_id: str
    new: bool


@runtime_checkable
class Store(Protocol):
    """A place to keep documents, what was extracted from them, and rejected inputs."""

    path: str

    def add_document(self, doc: Document) -> AddResult:
        """Write one document and everything extracted from it, atomically and idempotently."""
        ...

    def add_rejection(self, rejection: Rejection) -> None:
        """Record (or refresh) why an input could not be processed; the latest per source is kept."""
        ...

    def counts(self) -> dict[str, int]:
        """Number of rows per table ("documents", "companies", "relations", ...)."""
        ...

    def rows(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> list[dict[str, Any]]:
        """Run a read-only query and return its rows as dicts."""
        ...

    def close(self) -> None: ...

    def __enter__(self) -> "Store": ...

    def __exit__(self, *exc: object) -> None: ...

