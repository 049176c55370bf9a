"""Ids derived from content, so that ingesting the same thing twice adds nothing."""

from __future__ import annotations

import hashlib
import re
import unicodedata

__all__ = ["content_id", "company_key", "relation_key", "relation_id", "assertion_id", "facility_id", "short_hash"]

_WS = re.compile(r"\s+")


def short_hash(*parts: object, length: int = 16) -> str:
    h = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:length]


def content_id(text: str) -> str:
    """Id of a document's text: whitespace-insensitive, so a re-scrape with other line breaks matches."""
    return short_hash(_WS.sub(" ", text).strip(), length=20)


def company_key(name: str) -> str:
    """Case-, accent- and spacing-insensitive key of a company name (not a resolver: "BMW AG" and
    "BMW" get different keys; merging them is the resolver's job)."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return _WS.sub(" ", s).strip().casefold()


def relation_key(rel_type: str, source: str, target: str, symmetric: bool) -> tuple[str, str, str]:
    if symmetric and source > target:
        source, target = target, source
    return rel_type, source, target


def relation_id(rel_type: str, source_id: str, target_id: str, symmetric: bool) -> str:
    return short_hash(*relation_key(rel_type, source_id, target_id, symmetric))


def assertion_id(relation: str, doc_id: str, start: int, end: int) -> str:
    return short_hash(relation, doc_id, start, end)


def facility_id(owner_id: str | None, location: str | None, product: str | None) -> str:
    return short_hash(owner_id, (location or "").casefold(), (product or "").casefold())
