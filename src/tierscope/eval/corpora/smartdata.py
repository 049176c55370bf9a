"""DFKI SmartData (German news, RSS, tweets; v1) -> gold lines.

Input: ``smartdata/v1_20180119/{train,test}.json.gz``: a gzip stream of pretty-printed Avro-JSON
``Document`` objects (schema ``smartdata/document.avsc``) where union values are wrapped as
``{"string": ...}`` / ``{"array": [...]}``. Relation mentions name their arguments' concept mentions
with character spans into ``text``. The mapping is documented in docs/corpora.md."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .common import clean_name, gold_line, relation

__all__ = ["TYPES", "read_stream", "unwrap", "map_relation_mention", "convert_document", "iter_gold"]

TYPES = ["acquires", "owns"]
_COMPANY_TYPES = {"organization-company", "organization"}


def unwrap(x: Any) -> Any:
    """Avro-JSON union values come wrapped: {"string": "x"} -> "x"."""
    if isinstance(x, dict) and len(x) == 1 and next(iter(x)) in (
        "string", "array", "map", "int", "long", "double", "float", "boolean"
    ):
        return next(iter(x.values()))
    return x


def read_stream(path: str | Path) -> Iterator[dict[str, Any]]:
    """The documents of a (gzipped) stream of concatenated JSON objects."""
    p = Path(path)
    opener = gzip.open if p.suffix == ".gz" else open
    with opener(p, "rt", encoding="utf-8") as fh:
        s = fh.read()
    dec = json.JSONDecoder()
    i, n = 0, len(s)
    while i < n:
        while i < n and s[i].isspace():
            i += 1
        if i >= n:
            break
        obj, i = dec.raw_decode(s, i)
        yield obj


def _arg_names(rm: dict[str, Any], text: str, role: str) -> list[str]:
    out = []
    for a in unwrap(rm.get("args")) or []:
        if unwrap(a.get("role")) != role:
            continue
        cm = a.get("conceptMention") or {}
        if unwrap(cm.get("type")) not in _COMPANY_TYPES:
            continue
        sp = cm.get("span") or {}
        name = clean_name(text[sp.get("start", 0) : sp.get("end", 0)])
        if name and name not in out:
            out.append(name)
    return out


def map_relation_mention(rm: dict[str, Any], text: str) -> list[dict[str, Any]]:
    """Acquisition: buyer -> acquired is ``acquires``; seller -> acquired is ``owns`` with status
    ended. No status otherwise (SmartData marks every event "factual", which does not tell
    announced from active). Merger, SpinOff and the rest -> nothing."""
    if unwrap(rm.get("name")) != "Acquisition":
        return []
    acquired = _arg_names(rm, text, "acquired")
    rels = [relation("acquires", b, t, None) for b in _arg_names(rm, text, "buyer") for t in acquired if b != t]
    rels += [relation("owns", s, t, "ended") for s in _arg_names(rm, text, "seller") for t in acquired if s != t]
    return rels


def convert_document(doc: dict[str, Any], doc_id: str) -> dict[str, Any] | None:
    """A gold line for a document with at least one Acquisition; None otherwise."""
    text = unwrap(doc.get("text")) or ""
    rms = unwrap(doc.get("relationMentions")) or []
    if not any(unwrap(r.get("name")) == "Acquisition" for r in rms):
        return None
    rels = [g for rm in rms for g in map_relation_mention(rm, text)]
    return gold_line(doc_id, unwrap(doc.get("langCode")) or "de", text, rels, types=TYPES,
                     meta={"corpus": "smartdata", "uri": unwrap(doc.get("id"))})


def iter_gold(path: str | Path) -> Iterator[dict[str, Any]]:
    split = Path(path).name.split(".")[0]
    for i, doc in enumerate(read_stream(path)):
        g = convert_document(doc, f"smartdata-{split}-{i:04d}")
        if g is not None:
            yield g
