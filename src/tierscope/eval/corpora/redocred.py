"""Re-DocRED ownership subset (English Wikipedia) -> gold lines.

Input: ``redocred/org_business_subset.jsonl``, one triple a line: ``{"split", "title", "rel",
"rel_name", "head", "head_type", "tail", "tail_type", "evidence_sentences"}``. Only triples with
evidence sentences carry text, so a gold document is one article title's evidence sentences. The
mapping is documented in docs/corpora.md."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .common import clean_name, gold_line, relation

__all__ = ["TYPES", "map_triple", "convert_group", "iter_gold"]

TYPES = ["owns"]


def map_triple(row: dict[str, Any]) -> dict[str, Any] | None:
    """P127 owned by (head owned by tail) -> owns(tail, head); P749 parent organization -> owns(tail,
    head); P355 subsidiary (head has subsidiary tail) -> owns(head, tail). ORG-to-ORG only."""
    if row.get("head_type") != "ORG" or row.get("tail_type") != "ORG":
        return None
    h, t = clean_name(row.get("head")), clean_name(row.get("tail"))
    if not h or not t or h == t:
        return None
    rel = row.get("rel")
    if rel in ("P127", "P749"):
        return relation("owns", t, h, "active")
    if rel == "P355":
        return relation("owns", h, t, "active")
    return None


def convert_group(split: str, title: str, rows: list[dict[str, Any]], index: int) -> dict[str, Any] | None:
    sents: list[str] = []
    for r in rows:
        for s in r.get("evidence_sentences") or []:
            if s not in sents:
                sents.append(s)
    if not sents:
        return None
    text = " ".join(sents)
    rels = []
    for r in rows:
        g = map_triple(r)
        # a triple without its own evidence still counts when both names stand in the text
        if g is not None and (r.get("evidence_sentences") or (r["head"] in text and r["tail"] in text)):
            rels.append(g)
    return gold_line(f"redocred-{split}-{index:03d}", "en", text, rels, types=TYPES,
                     meta={"corpus": "redocred", "title": title})


def iter_gold(path: str | Path, only_positive: bool = False) -> Iterator[dict[str, Any]]:
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                groups.setdefault((row["split"], row["title"]), []).append(row)
    for i, ((split, title), rows) in enumerate(sorted(groups.items())):
        g = convert_group(split, title, rows, i)
        if g is not None and (g["relations"] or not only_positive):
            yield g
