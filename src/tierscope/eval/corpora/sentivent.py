"""SENTiVENT (English business news, event annotation) -> gold lines.

Input: ``sentivent/sentivent_events_final1.0.jsonl``, one document per line:
``{"doc", "annotator", "split", "text", "events": [{"type", "subtype", "trigger", "begin", "end",
"modality_other", "negative_polarity", "sentence", "args": [{"role", "kind", "text", "begin", "end"}]}]}``.
The mapping is documented in docs/corpora.md."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from itertools import combinations
from pathlib import Path
from typing import Any

from .common import clean_company, detok, gold_line, relation, split_names

__all__ = ["TYPES", "event_status", "facility_status", "map_event", "map_facility", "convert_record", "iter_gold"]

#: Relation types SENTiVENT annotates (it has no ownership-structure events, so no ``owns``).
TYPES = ["supplies", "partners_with", "joint_venture", "invests_in", "acquires"]

_TALKS = re.compile(r"\b(talks?|negotiat\w*|discuss\w*)\b", re.I)
_PLANNED = re.compile(r"\b(propos\w*|pending|agreed|agrees|plans?|planned|will|expected to (?:close|complete))\b", re.I)
_ENDED = re.compile(
    r"\b(cancel\w*|terminat\w*|end(?:ed|s|ing)?|scrap\w*|exit\w*|abandon\w*|withdr\w*|dissolv\w*|unwind\w*|"
    r"walk(?:ed)? away|call(?:ed)? off|collaps\w*|pull(?:ed)? out|sold|divest\w*)\b",
    re.I,
)
_DONE = re.compile(
    r"\b(complet\w*|closed|finali[sz]ed|acquired|bought|purchased|took over|merged|invested|financed|"
    r"opened|existing|long-standing|since|has been|have been|owns)\b",
    re.I,
)
_JV = re.compile(r"\bjoint[- ]venture|\bJV\b", re.I)
_SUPPLY = re.compile(r"\b(suppl(?:y|ies|ied|ier|iers|ying)|deliver\w*|provid(?:e|es|ed|ing|er)|sourc\w*)\b", re.I)
_ORDER = re.compile(r"\b(orders?|ordered|purchas\w*|procure\w*|buy(?:s|ing)?|bought|from)\b", re.I)


def _args(event: dict[str, Any], role: str) -> list[str]:
    return [a["text"] for a in event.get("args", []) if a.get("role") == role]


def event_status(event: dict[str, Any]) -> str:
    """Status of one event: ``negative_polarity`` -> ended when the words say it stopped, else
    denied; ``modality_other`` -> in_talks (talks, negotiations), announced (proposed, pending,
    agreed, planned), else rumoured; neither -> active when the words say it is done, else announced."""
    trig = event.get("trigger") or ""
    sent = event.get("sentence") or ""
    if event.get("negative_polarity"):
        return "ended" if _ENDED.search(trig) or _ENDED.search(sent) else "denied"
    if event.get("modality_other"):
        if _TALKS.search(trig) or _TALKS.search(sent):
            return "in_talks"
        if _PLANNED.search(trig) or _PLANNED.search(sent):
            return "announced"
        return "rumoured"
    if _DONE.search(trig) or (_DONE.search(sent) and not _PLANNED.search(trig)):
        return "active"
    return "announced"


def _supply_direction(partners: list[str], event: dict[str, Any]) -> tuple[str, str] | None:
    """(supplier, customer) for a two-party supply deal, from where the partners stand relative to
    the supply or order word in the sentence; None when that cannot be told."""
    if len(partners) != 2:
        return None
    sent = detok(event.get("sentence") or "")
    pos = sorted((sent.find(p), p) for p in partners)
    if pos[0][0] < 0 or pos[1][0] < 0:
        return None
    (a, first), (b, second) = pos
    if any(a < m.start() < b for m in _ORDER.finditer(sent)):
        return None  # "A orders from B" / "A wins an order from B": who buys cannot be told reliably
    if any(a < m.start() < b for m in _SUPPLY.finditer(sent)):
        return first, second  # "A supplies/provides/delivers ... B"
    return None


def map_event(event: dict[str, Any]) -> list[dict[str, Any]]:
    """The gold relations one SENTiVENT event stands for (possibly none)."""
    etype = event.get("type")
    status = event_status(event)
    rels: list[dict[str, Any]] = []
    if etype == "Deal":
        partners: list[str] = []
        for span in _args(event, "Partner"):
            for n in split_names(span):
                if n not in partners:
                    partners.append(n)
        if len(partners) < 2:
            return []
        words = " ".join([event.get("trigger") or "", *_args(event, "Goal")])
        if _JV.search(words):
            return [relation("joint_venture", a, b, status) for a, b in combinations(partners, 2)]
        if _SUPPLY.search(words):
            d = _supply_direction(partners, event)
            if d is not None:
                return [relation("supplies", d[0], d[1], status)]
        return [relation("partners_with", a, b, status) for a, b in combinations(partners, 2)]
    roles = {"Merger/Acquisition": ("Acquirer", "Target", "acquires"),
             "Investment": ("Investor", "Investee", "invests_in"),
             "Financing": ("Financer", "Financee", "invests_in")}.get(etype or "")
    if roles is None:
        return []
    src_role, tgt_role, rtype = roles
    sources = [n for s in _args(event, src_role) for n in split_names(s)]
    targets = [n for s in _args(event, tgt_role) for n in split_names(s)]
    for s in sources:
        for t in targets:
            if s != t:
                rels.append(relation(rtype, s, t, status))
    return rels


def facility_status(event: dict[str, Any]) -> str:
    if event.get("negative_polarity"):
        return "denied"
    if event.get("modality_other"):
        return "planned"
    if event.get("subtype") == "Close":
        return "ended"
    if event.get("subtype") == "Open":
        return "active" if _DONE.search(event.get("trigger") or "") else "announced"
    return "active"


_LEAD = re.compile(r"^(?:(?:at|in|near|on|outside|the|a|an|its|their|new)\s+)+", re.I)


def map_facility(event: dict[str, Any]) -> dict[str, Any] | None:
    """A gold facility from a Facility event that names both the owning company and a place."""
    if event.get("type") != "Facility":
        return None
    owners = [n for s in _args(event, "Company_Facility") for n in split_names(s)]
    places = [_LEAD.sub("", detok(p)).strip(" ,.") for p in _args(event, "PLACE")]
    places = [p for p in places if p]
    if not owners or not places:
        return None
    return {"owner": owners[0], "location": places[0], "status": facility_status(event)}


def convert_record(record: dict[str, Any]) -> dict[str, Any]:
    rels: list[dict[str, Any]] = []
    facs: list[dict[str, Any]] = []
    for ev in record.get("events", []):
        rels.extend(map_event(ev))
        f = map_facility(ev)
        if f is not None and f not in facs:
            facs.append(f)
    stem = Path(record["doc"]).stem.split("_")[0]
    return gold_line(
        f"sentivent-{stem}",
        "en",
        record["text"],
        rels,
        facilities=facs,
        types=TYPES,
        meta={"corpus": "sentivent", "doc": record["doc"], "split": record.get("split")},
    )


def iter_gold(path: str | Path, split: str | None = "gold_test") -> Iterator[dict[str, Any]]:
    """Gold lines for the documents of ``split`` ("gold_test": the 30 adjudicated documents;
    "train"; None: all)."""
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            if split is None or rec.get("split") == split:
                yield convert_record(rec)
