"""RELX (KBP37 sentences in en/de/fr/es) -> gold lines.

Input: ``relx/RELX_{lang}.txt``: blocks of ``ID<TAB>"sentence with <e1> X </e1> ... <e2> Y </e2>"``,
then a label line (``org:subsidiaries(e1,e2)``), then blank lines. The mapping is documented in
docs/corpora.md."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .common import clean_name, gold_line, relation

__all__ = ["TYPES", "LANGUAGES", "parse_blocks", "map_label", "convert_block", "iter_gold"]

TYPES = ["owns"]
LANGUAGES = ("en", "de", "fr", "es")
_E1 = re.compile(r"<e1>\s*(.*?)\s*</e1>")
_E2 = re.compile(r"<e2>\s*(.*?)\s*</e2>")
_LABEL = re.compile(r"^([a-z_]+:[a-z_]+|no_relation|other)(?:\((e[12]),(e[12])\))?$")


def parse_blocks(lines: list[str]) -> Iterator[tuple[str, str, str]]:
    """(id, marked sentence, label) for each block."""
    pending: tuple[str, str] | None = None
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if "\t" in line and pending is None:
            sid, sent = line.split("\t", 1)
            pending = (sid.strip(), sent.strip().strip('"'))
        elif pending is not None:
            yield pending[0], pending[1], line
            pending = None


def map_label(label: str, e1: str, e2: str) -> dict[str, Any] | None:
    """org:subsidiaries(e1,e2): e2 is a subsidiary of e1 -> owns(e1, e2); (e2,e1) reversed.
    org:parents(e1,e2): e2 is a parent of e1 -> owns(e2, e1); (e2,e1) reversed. Others -> None."""
    m = _LABEL.match(label.strip())
    if not m or m.group(1) not in ("org:subsidiaries", "org:parents"):
        return None
    a, b = (e1, e2) if (m.group(2) or "e1") == "e1" else (e2, e1)
    parent, child = (a, b) if m.group(1) == "org:subsidiaries" else (b, a)
    p, c = clean_name(parent), clean_name(child)
    if not p or not c or p == c:
        return None
    return relation("owns", p, c, None)


def convert_block(sid: str, marked: str, label: str, lang: str) -> dict[str, Any]:
    m1, m2 = _E1.search(marked), _E2.search(marked)
    rels = []
    if m1 and m2:
        r = map_label(label, m1.group(1), m2.group(1))
        if r is not None:
            rels.append(r)
    text = " ".join(re.sub(r"</?e[12]>", " ", marked).split())
    return gold_line(f"relx-{lang}-{sid}", lang, text, rels, types=TYPES,
                     meta={"corpus": "relx", "label": label})


def iter_gold(folder: str | Path, lang: str, only_positive: bool = False) -> Iterator[dict[str, Any]]:
    path = Path(folder) / f"RELX_{lang}.txt"
    for sid, marked, label in parse_blocks(path.read_text(encoding="utf-8").splitlines()):
        g = convert_block(sid, marked, label, lang)
        if g["relations"] or not only_positive:
            yield g
