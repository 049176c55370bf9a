"""The gold format: one JSON object per line (see docs/gold-format.md). ``load_gold`` validates every
line and raises ``GoldFormatError`` whose ``str()`` is one line naming the file and line number."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..doc import FACILITY_STATUSES, RELATION_TYPES, STATUSES
from ..errors import InputError

__all__ = ["GoldRelation", "GoldFacility", "GoldDoc", "GoldFormatError", "load_gold", "parse_gold_line", "dump_gold"]

_DOC_KEYS = {"id", "file", "text", "language", "relations", "facilities", "companies", "types", "meta"}
_REL_KEYS = {"type", "source", "target", "status", "product", "evidence", "note"}
_FAC_KEYS = {"owner", "location", "capacity", "status", "product", "investment", "evidence", "note"}


class GoldFormatError(InputError):
    """A gold file line that is not valid: ``str()`` is ``FILE:LINE: reason``."""

    def __init__(self, path: str, line: int, reason: str):
        self.path = path
        self.line = line
        super().__init__(f"{path}:{line}", reason)


@dataclass(slots=True)
class GoldRelation:
    type: str
    source: str
    target: str
    status: str | None = None
    product: str | None = None


@dataclass(slots=True)
class GoldFacility:
    owner: str | None
    location: str | None
    capacity: dict[str, Any] | None = None
    status: str | None = None
    product: str | None = None


@dataclass(slots=True)
class GoldDoc:
    """One gold document. Exactly one of ``file`` (relative to the gold file's folder or ``--docs``)
    and ``text`` (inline, for converted corpora) is set. ``types``, when set, lists the relation
    types the annotation covers: predictions of other types in this document are not scored."""

    id: str
    language: str | None
    relations: list[GoldRelation] = field(default_factory=list)
    facilities: list[GoldFacility] = field(default_factory=list)
    companies: list[str] = field(default_factory=list)
    file: str | None = None
    text: str | None = None
    types: tuple[str, ...] | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    line: int = 0


def _str(v: Any, what: str, *, optional: bool = False) -> str | None:
    if v is None and optional:
        return None
    if not isinstance(v, str) or not v.strip():
        raise ValueError(f"{what} must be a non-empty string, got {json.dumps(v)[:60]}")
    return v.strip()


def _relation(r: Any, i: int) -> GoldRelation:
    where = f"relations[{i}]"
    if not isinstance(r, dict):
        raise ValueError(f"{where} must be an object")
    extra = set(r) - _REL_KEYS
    if extra:
        raise ValueError(f"{where} has unknown field(s) {', '.join(sorted(extra))}")
    for k in ("type", "source", "target"):
        if k not in r:
            raise ValueError(f"{where} lacks '{k}'")
    t = _str(r["type"], f"{where}.type")
    if t not in RELATION_TYPES:
        raise ValueError(f"{where}.type '{t}' is not one of {', '.join(RELATION_TYPES)}")
    status = _str(r.get("status"), f"{where}.status", optional=True)
    if status is not None and status not in STATUSES:
        raise ValueError(f"{where}.status '{status}' is not one of {', '.join(STATUSES)}")
    return GoldRelation(
        type=t,
        source=_str(r["source"], f"{where}.source"),
        target=_str(r["target"], f"{where}.target"),
        status=status,
        product=_str(r.get("product"), f"{where}.product", optional=True),
    )


def _facility(f: Any, i: int) -> GoldFacility:
    where = f"facilities[{i}]"
    if not isinstance(f, dict):
        raise ValueError(f"{where} must be an object")
    extra = set(f) - _FAC_KEYS
    if extra:
        raise ValueError(f"{where} has unknown field(s) {', '.join(sorted(extra))}")
    owner = _str(f.get("owner"), f"{where}.owner", optional=True)
    location = _str(f.get("location"), f"{where}.location", optional=True)
    if owner is None and location is None:
        raise ValueError(f"{where} needs an owner or a location")
    cap = f.get("capacity")
    if cap is not None:
        if not isinstance(cap, dict) or set(cap) - {"value", "unit"}:
            raise ValueError(f"{where}.capacity must be {{\"value\": number, \"unit\": string}}")
        v = cap.get("value")
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise ValueError(f"{where}.capacity.value must be a number")
        _str(cap.get("unit"), f"{where}.capacity.unit")
        cap = {"value": float(v), "unit": cap["unit"].strip()}
    status = _str(f.get("status"), f"{where}.status", optional=True)
    if status is not None and status not in FACILITY_STATUSES:
        raise ValueError(f"{where}.status '{status}' is not one of {', '.join(FACILITY_STATUSES)}")
    return GoldFacility(owner=owner, location=location, capacity=cap, status=status,
                        product=_str(f.get("product"), f"{where}.product", optional=True))


def parse_gold_line(obj: Any, line: int = 0) -> GoldDoc:
    """Validate one decoded gold line; raises ``ValueError`` with the reason (no location)."""
    if not isinstance(obj, dict):
        raise ValueError("a gold line must be a JSON object")
    extra = set(obj) - _DOC_KEYS
    if extra:
        raise ValueError(f"unknown field(s) {', '.join(sorted(extra))} (allowed: {', '.join(sorted(_DOC_KEYS))})")
    if "id" not in obj:
        raise ValueError("lacks 'id'")
    doc_id = _str(obj["id"], "id")
    has_file, has_text = obj.get("file") is not None, obj.get("text") is not None
    if has_file == has_text:
        raise ValueError(f"document {doc_id} needs exactly one of 'file' and 'text'")
    if has_text and not isinstance(obj["text"], str):
        raise ValueError(f"document {doc_id}: 'text' must be a string")
    rels = obj.get("relations", [])
    if not isinstance(rels, list):
        raise ValueError(f"document {doc_id}: 'relations' must be a list")
    facs = obj.get("facilities", []) or []
    if not isinstance(facs, list):
        raise ValueError(f"document {doc_id}: 'facilities' must be a list")
    comps = obj.get("companies", []) or []
    if not isinstance(comps, list) or not all(isinstance(c, str) for c in comps):
        raise ValueError(f"document {doc_id}: 'companies' must be a list of strings")
    types = obj.get("types")
    if types is not None:
        if not isinstance(types, list) or not all(t in RELATION_TYPES for t in types):
            raise ValueError(f"document {doc_id}: 'types' must be a list of relation types ({', '.join(RELATION_TYPES)})")
        types = tuple(types)
    meta = obj.get("meta") or {}
    if not isinstance(meta, dict):
        raise ValueError(f"document {doc_id}: 'meta' must be an object")
    try:
        relations = [_relation(r, i) for i, r in enumerate(rels)]
        facilities = [_facility(f, i) for i, f in enumerate(facs)]
    except ValueError as exc:
        raise ValueError(f"document {doc_id}: {exc}") from None
    if types is not None:
        outside = sorted({r.type for r in relations} - set(types))
        if outside:
            raise ValueError(f"document {doc_id}: relation type(s) {', '.join(outside)} not listed in 'types'")
    return GoldDoc(
        id=doc_id,
        language=_str(obj.get("language"), "language", optional=True),
        relations=relations,
        facilities=facilities,
        companies=[c.strip() for c in comps if c.strip()],
        file=_str(obj.get("file"), "file", optional=True),
        text=obj.get("text"),
        types=types,
        meta=meta,
        line=line,
    )


def load_gold(path: str | Path) -> list[GoldDoc]:
    """Read and validate a gold JSONL file. Blank lines and lines starting with ``#`` are skipped.
    Raises ``GoldFormatError`` (``FILE:LINE: reason``) on the first bad line, ``InputError`` when the
    file cannot be read."""
    p = Path(path)
    try:
        raw = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(str(p), "gold file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(p), f"cannot read gold file: {exc}") from None
    docs: list[GoldDoc] = []
    seen: dict[str, int] = {}
    for n, line in enumerate(raw.splitlines(), start=1):
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        try:
            obj = json.loads(s)
        except json.JSONDecodeError as exc:
            raise GoldFormatError(str(p), n, f"not valid JSON: {exc.msg} at column {exc.colno}") from None
        try:
            doc = parse_gold_line(obj, n)
        except ValueError as exc:
            raise GoldFormatError(str(p), n, str(exc)) from None
        if doc.id in seen:
            raise GoldFormatError(str(p), n, f"duplicate id '{doc.id}' (first on line {seen[doc.id]})")
        seen[doc.id] = n
        docs.append(doc)
    if not docs:
        raise InputError(str(p), "gold file has no documents")
    return docs


def dump_gold(lines: Iterable[dict[str, Any]], path: str | Path) -> int:
    """Write gold lines (dicts, validated first) as JSONL; returns how many were written."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with p.open("w", encoding="utf-8") as fh:
        for obj in lines:
            parse_gold_line(obj)
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
            n += 1
    return n
