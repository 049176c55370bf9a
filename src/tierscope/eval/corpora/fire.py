"""FIRE (financial relation extraction, English 10-K and news sentences) -> gold lines.

Input: ``fire/fire_{dev,test}.json``, a list of instances ``{"tokens": [...], "entities": [{"type",
"start", "end", "text"}], "relations": [{"type", "head", "tail"}], "orig_id"}``; in the stored copy
``tokens``/``entities``/``relations`` may be Python-literal strings. ``head``/``tail`` index
``entities``. The mapping is documented in docs/corpora.md."""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .common import clean_name, detok, gold_line, relation

__all__ = ["TYPES", "map_relation", "convert_instance", "iter_gold", "acquisition_status"]

#: Relation types FIRE annotates between companies (ActionMerge is dropped by default).
TYPES = ["acquires", "owns"]

_PLANNED = re.compile(
    r"\b(agree(?:s|d|ment)?|will|plans?|planned|propos\w*|pending|expects? to|intends? to|to acquire|to sell|"
    r"to purchase|subject to)\b",
    re.I,
)


def _lit(x: Any) -> Any:
    return ast.literal_eval(x) if isinstance(x, str) else x


def acquisition_status(text: str) -> str:
    """announced when the sentence speaks of an agreement or plan, active otherwise (10-K sentences
    mostly report completed deals)."""
    return "announced" if _PLANNED.search(text) else "active"


def map_relation(rel_type: str, head: dict[str, Any], tail: dict[str, Any], text: str,
                 merge_as: str | None = None) -> dict[str, Any] | None:
    """One FIRE relation between two entities -> one gold relation, or None.

    ActionBuy(buyer, bought) -> acquires(buyer, bought); ActionSell(seller, sold) -> owns(seller,
    sold) status ended (FIRE's head is the seller and its tail the thing sold; the buyer, when named,
    carries its own ActionBuy); Subsidiaryof(sub, parent) -> owns(parent, sub) active; ActionMerge ->
    None, or ``merge_as`` (e.g. "partners_with") when given. Only Company-to-Company pairs count."""
    if head.get("type") != "Company" or tail.get("type") != "Company":
        return None
    h, t = clean_name(head.get("text")), clean_name(tail.get("text"))
    if not h or not t or h == t:
        return None
    if rel_type == "ActionBuy":
        return relation("acquires", h, t, acquisition_status(text))
    if rel_type == "ActionSell":
        return relation("owns", h, t, "ended")
    if rel_type == "Subsidiaryof":
        return relation("owns", t, h, "active")
    if rel_type == "ActionMerge" and merge_as:
        return relation(merge_as, h, t, acquisition_status(text))
    return None


def convert_instance(inst: dict[str, Any], doc_id: str, merge_as: str | None = None) -> dict[str, Any]:
    tokens = _lit(inst["tokens"])
    ents = _lit(inst["entities"])
    rels = _lit(inst["relations"])
    for e in ents:
        if "text" not in e:
            e["text"] = " ".join(tokens[e["start"] : e["end"]])
    text = detok(" ".join(tokens))
    out = []
    for r in rels:
        g = map_relation(r["type"], ents[r["head"]], ents[r["tail"]], text, merge_as)
        if g is not None:
            out.append(g)
    types = TYPES + ([merge_as] if merge_as and merge_as not in TYPES else [])
    return gold_line(doc_id, "en", text, out, types=types, meta={"corpus": "fire", "orig_id": inst.get("orig_id")})


def iter_gold(path: str | Path, merge_as: str | None = None, only_positive: bool = False) -> Iterator[dict[str, Any]]:
    """Gold lines, one per FIRE instance (sentence). ``only_positive`` keeps only instances with at
    least one mapped relation."""
    p = Path(path)
    split = p.stem.replace("fire_", "")
    data = json.loads(p.read_text(encoding="utf-8"))
    for i, inst in enumerate(data):
        g = convert_instance(inst, f"fire-{split}-{i:04d}", merge_as)
        if g["relations"] or not only_positive:
            yield g
