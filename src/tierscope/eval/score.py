"""Scoring extracted documents against gold documents."""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..doc import FAMILIES, RELATION_TYPES, SYMMETRIC_TYPES, Document
from .gold import GoldDoc
from .match import Matcher, same_place

__all__ = ["Score", "Report", "evaluate", "family_key", "relation_match_key"]

FAMILY_NAMES = ("supply", "partnership", "ownership")
SYMMETRIC_FAMILIES = frozenset({"partnership"})


@dataclass(slots=True)
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        return self.tp + self.fp

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def to_dict(self) -> dict[str, Any]:
        return {"gold": self.gold, "predicted": self.predicted, "tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass(slots=True)
class Ratio:
    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"correct": self.correct, "total": self.total, "accuracy": round(self.accuracy, 4)}


@dataclass(slots=True)
class Report:
    """What ``evaluate`` measured. Relation scores are micro-averaged over documents; a relation is
    counted once per document however many sentences assert it."""

    documents: int = 0
    languages: dict[str, int] = field(default_factory=dict)
    by_type: dict[str, Score] = field(default_factory=dict)
    by_family: dict[str, Score] = field(default_factory=dict)
    by_language: dict[str, Score] = field(default_factory=dict)
    family_by_language: dict[str, Score] = field(default_factory=dict)
    # language -> relation type -> score (exact type), for the per-language tables in docs/accuracy.md
    by_language_type: dict[str, dict[str, Score]] = field(default_factory=dict)
    overall: Score = field(default_factory=Score)
    family_overall: Score = field(default_factory=Score)
    status: Ratio = field(default_factory=Ratio)
    status_by_language: dict[str, Ratio] = field(default_factory=dict)
    status_confusion: dict[str, dict[str, int]] = field(default_factory=dict)
    facilities: Ratio = field(default_factory=Ratio)
    misses: list[dict[str, Any]] = field(default_factory=list)
    false_hits: list[dict[str, Any]] = field(default_factory=list)
    facility_misses: list[dict[str, Any]] = field(default_factory=list)
    missing_docs: list[str] = field(default_factory=list)
    rejected: list[dict[str, str]] = field(default_factory=list)
    gazetteer: bool = False

    def figure(self, key: str, sub: str | None = None) -> float:
        """One figure by the name tests/eval/quality_floors.json gives it ("family_f1_by_language" and
        a language, "precision_by_type" and a type, "overall_family_f1", ...)."""
        if key == "family_f1_by_language":
            return self.family_by_language[sub].f1
        if key == "status_accuracy_by_language":
            return self.status_by_language[sub].accuracy
        if key == "family_f1":
            return self.by_family[sub].f1
        if key == "precision_by_type":
            return self.by_type[sub].precision
        if key == "overall_family_f1":
            return self.family_overall.f1
        if key == "overall_status_accuracy":
            return self.status.accuracy
        if key == "facility_accuracy":
            return self.facilities.accuracy
        raise KeyError(key)

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "languages": dict(sorted(self.languages.items())),
            "gazetteer": self.gazetteer,
            "overall": self.overall.to_dict(),
            "by_type": {k: v.to_dict() for k, v in self.by_type.items()},
            "family_overall": self.family_overall.to_dict(),
            "by_family": {k: v.to_dict() for k, v in self.by_family.items()},
            "by_language": {k: v.to_dict() for k, v in sorted(self.by_language.items())},
            "family_by_language": {k: v.to_dict() for k, v in sorted(self.family_by_language.items())},
            "by_language_type": {lang: {t: s.to_dict() for t, s in types.items()}
                                 for lang, types in sorted(self.by_language_type.items())},
            "status": {"overall": self.status.to_dict(),
                       "by_language": {k: v.to_dict() for k, v in sorted(self.status_by_language.items())},
                       "confusion": self.status_confusion},
            "facilities": self.facilities.to_dict(),
            "misses": self.misses,
            "false_hits": self.false_hits,
            "facility_misses": self.facility_misses,
            "missing_docs": self.missing_docs,
            "rejected": self.rejected,
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def render(self, show_errors: int = 10) -> str:
        return render_text(self, show_errors)

    def __str__(self) -> str:
        return self.render()


# --------------------------------------------------------------------------- keys


def relation_match_key(rel_type: str, source: str, target: str, matcher: Matcher) -> tuple[str, str, str]:
    s, t = matcher.key(source), matcher.key(target)
    if rel_type in SYMMETRIC_TYPES and s > t:
        s, t = t, s
    return rel_type, s, t


def family_key(rel_type: str, source: str, target: str, matcher: Matcher) -> tuple[str, str, str]:
    fam = FAMILIES[rel_type]
    s, t = matcher.key(source), matcher.key(target)
    if fam in SYMMETRIC_FAMILIES and s > t:
        s, t = t, s
    return fam, s, t


# --------------------------------------------------------------------------- predicted docs


@dataclass(slots=True)
class _Pred:
    type: str
    source: str
    target: str
    status: str | None
    confidence: float
    evidence: str


@dataclass(slots=True)
class _PredFacility:
    owner: str | None
    location: str | None
    capacity: dict[str, Any] | None


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, Mapping):
        return obj.get(name, default)
    return getattr(obj, name, default)


def _pred_relations(doc: Any) -> list[_Pred]:
    out = []
    for r in _get(doc, "relations", []) or []:
        ev = _get(r, "evidence")
        ev_text = _get(ev, "text", "") if ev is not None else ""
        t = _get(r, "type")
        if t not in RELATION_TYPES or not _get(r, "source") or not _get(r, "target"):
            continue
        out.append(_Pred(t, _get(r, "source"), _get(r, "target"), _get(r, "status"),
                         float(_get(r, "confidence", 0.5) or 0.0), ev_text or ""))
    return out


def _pred_facilities(doc: Any) -> list[_PredFacility]:
    return [_PredFacility(_get(f, "owner"), _get(f, "location"), _get(f, "capacity"))
            for f in _get(doc, "facilities", []) or []]


# Capacity units by dimension, with the factor to the dimension's base unit. Energy (GWh) and power
# (GW) are different dimensions; a gold unit may list alternatives ("GW|GWh") when the article's
# "GW" means a yearly output in GWh.
_ENERGY = {"wh": 1e-9, "kwh": 1e-6, "mwh": 1e-3, "gwh": 1.0, "twh": 1e3}
_POWER = {"w": 1e-9, "kw": 1e-6, "mw": 1e-3, "gw": 1.0, "tw": 1e3}
_MASS = {"t": 1.0, "tonne": 1.0, "tonnes": 1.0, "ton": 1.0, "tons": 1.0, "kt": 1e3, "mt": 1e6}
_COUNT = {"units": 1.0, "unit": 1.0, "vehicles": 1.0, "cars": 1.0}
_PER = {"y", "yr", "year", "a", "annum", "pa"}


def _unit_base(unit: str) -> tuple[str, float] | None:
    """(dimension, factor to its base unit) of a capacity unit: "MWh" -> ("energy", 0.001),
    "kt/y" -> ("mass/y", 1000), "tpa" -> ("mass/y", 1); None when unknown."""
    u = unit.strip().casefold().replace(" per ", "/").replace(" a year", "/y").replace(" ", "")
    if u.endswith("pa") and u[:-2] in ("t", "kt", "mt"):  # tpa, ktpa, mtpa
        u = u[:-2] + "/y"
    if u.endswith("/year"):
        u = u[: -len("/year")] + "/y"
    if u in _ENERGY:
        return "energy", _ENERGY[u]
    if u in _POWER:
        return "power", _POWER[u]
    if "/" in u:
        head, per = u.split("/", 1)
        if per in _PER:
            if head in _MASS:
                return "mass/y", _MASS[head]
            if head in _COUNT:
                return "count/y", 1.0
    return None


def _same_capacity(gold: dict[str, Any] | None, pred: dict[str, Any] | None) -> bool:
    """Equal capacities, across units of one dimension (1,000 MWh = 1 GWh, 24 kt/y = 24,000 t/y,
    tpa = t/y); a gold unit may list alternatives separated by "|". Unknown units compare as written."""
    if gold is None:
        return True
    if not pred or pred.get("value") is None or not pred.get("unit"):
        return False
    try:
        gv, pv = float(gold["value"]), float(pred["value"])
    except (TypeError, ValueError):
        return False
    pu = str(pred["unit"])
    pb = _unit_base(pu)
    for gu in str(gold["unit"]).split("|"):
        gb = _unit_base(gu)
        if gb is not None and pb is not None:
            if gb[0] == pb[0] and math.isclose(gv * gb[1], pv * pb[1], rel_tol=1e-6, abs_tol=1e-12):
                return True
        elif gu.strip().casefold() == pu.strip().casefold() and math.isclose(gv, pv, rel_tol=1e-6, abs_tol=1e-9):
            return True
    return False


# --------------------------------------------------------------------------- evaluate


def evaluate(
    gold_docs: Sequence[GoldDoc],
    predicted_docs: Iterable[Document | Mapping[str, Any]],
    matcher: Matcher | None = None,
    *,
    rejected: Iterable[Mapping[str, str]] = (),
) -> Report:
    """Score ``predicted_docs`` (``Document`` objects, or dicts shaped like ``tierscope extract``
    output) against ``gold_docs``, paired by document id. A gold document with no prediction
    counts as predicting nothing (listed in ``missing_docs``). Several predicted documents with one
    id (one file read as several records) are pooled."""
    matcher = matcher or Matcher()
    preds: dict[str, list[Any]] = defaultdict(list)
    for d in predicted_docs:
        preds[str(_get(d, "id"))].append(d)

    rep = Report(documents=len(gold_docs), gazetteer=matcher.uses_gazetteer)
    rep.rejected = [dict(r) for r in rejected]
    rep.by_type = {t: Score() for t in RELATION_TYPES}
    rep.by_family = {f: Score() for f in FAMILY_NAMES}

    for gd in gold_docs:
        lang = gd.language or "??"
        rep.languages[lang] = rep.languages.get(lang, 0) + 1
        lang_score = rep.by_language.setdefault(lang, Score())
        lang_fam = rep.family_by_language.setdefault(lang, Score())
        lang_types = rep.by_language_type.setdefault(lang, {t: Score() for t in RELATION_TYPES})
        if gd.id not in preds:
            rep.missing_docs.append(gd.id)
        pdocs = preds.get(gd.id, [])
        allowed = set(gd.types) if gd.types is not None else set(RELATION_TYPES)
        allowed_fams = {FAMILIES[t] for t in allowed}

        # gold, exact type
        gold_exact: dict[tuple, dict[str, Any]] = {}
        for r in gd.relations:
            k = relation_match_key(r.type, r.source, r.target, matcher)
            g = gold_exact.setdefault(k, {"rel": r, "statuses": set()})
            if r.status:
                g["statuses"].add(r.status)
        # predicted, exact type: one entry per key, the most confident assertion carries the status
        pred_exact: dict[tuple, _Pred] = {}
        pred_all = [p for pd in pdocs for p in _pred_relations(pd)]
        for p in pred_all:
            if p.type not in allowed:
                continue
            k = relation_match_key(p.type, p.source, p.target, matcher)
            if k[1] == k[2]:
                continue  # a company related to itself under aliasing: no claim to score
            cur = pred_exact.get(k)
            if cur is None or p.confidence > cur.confidence:
                pred_exact[k] = p

        for k, g in gold_exact.items():
            r = g["rel"]
            hit = k in pred_exact
            rep.by_type[k[0]].add(tp=int(hit), fn=int(not hit))
            rep.overall.add(tp=int(hit), fn=int(not hit))
            lang_score.add(tp=int(hit), fn=int(not hit))
            lang_types[k[0]].add(tp=int(hit), fn=int(not hit))
            if not hit:
                rep.misses.append({"doc": gd.id, "language": lang, "type": r.type, "source": r.source,
                                   "target": r.target, "status": r.status})
            elif g["statuses"]:
                p = pred_exact[k]
                ok = p.status in g["statuses"]
                rep.status.correct += ok
                rep.status.total += 1
                sl = rep.status_by_language.setdefault(lang, Ratio())
                sl.correct += ok
                sl.total += 1
                gs = sorted(g["statuses"])[0] if not ok else p.status
                row = rep.status_confusion.setdefault(gs, {})
                row[str(p.status)] = row.get(str(p.status), 0) + 1
        for k, p in pred_exact.items():
            if k in gold_exact:
                continue
            rep.by_type[k[0]].add(fp=1)
            rep.overall.add(fp=1)
            lang_score.add(fp=1)
            lang_types[k[0]].add(fp=1)
            rep.false_hits.append({"doc": gd.id, "language": lang, "type": p.type, "source": p.source,
                                   "target": p.target, "status": p.status, "evidence": p.evidence})

        # families: type within a family ignored; direction kept except for partnership
        gold_fam = {family_key(r.type, r.source, r.target, matcher) for r in gd.relations}
        pred_fam = set()
        for p in pred_all:
            if FAMILIES[p.type] not in allowed_fams:
                continue
            k = family_key(p.type, p.source, p.target, matcher)
            if k[1] != k[2]:
                pred_fam.add(k)
        for k in gold_fam:
            hit = k in pred_fam
            rep.by_family[k[0]].add(tp=int(hit), fn=int(not hit))
            rep.family_overall.add(tp=int(hit), fn=int(not hit))
            lang_fam.add(tp=int(hit), fn=int(not hit))
        for k in pred_fam - gold_fam:
            rep.by_family[k[0]].add(fp=1)
            rep.family_overall.add(fp=1)
            lang_fam.add(fp=1)

        # facilities
        pfacs = [f for pd in pdocs for f in _pred_facilities(pd)]
        for gf in gd.facilities:
            rep.facilities.total += 1
            ok = any(
                (gf.owner is None or matcher.same(gf.owner, pf.owner))
                and (gf.location is None or same_place(gf.location, pf.location))
                and _same_capacity(gf.capacity, pf.capacity)
                for pf in pfacs
            )
            rep.facilities.correct += ok
            if not ok:
                rep.facility_misses.append({"doc": gd.id, "owner": gf.owner, "location": gf.location,
                                            "capacity": gf.capacity})
    return rep


# --------------------------------------------------------------------------- text


def _table(title: str, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[str]:
    cells = [[str(c) for c in header]] + [[str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]

    def fmt(r: Sequence[str]) -> str:
        first = r[0].ljust(widths[0])
        rest = [c.rjust(w) for c, w in zip(r[1:], widths[1:])]
        return "  " + "  ".join([first, *rest])

    out = [title, fmt(cells[0]), "  " + "-" * (sum(widths) + 2 * (len(widths) - 1))]
    out += [fmt(r) for r in cells[1:]]
    return out


def _prf_rows(items: Iterable[tuple[str, Score]]) -> list[list[Any]]:
    return [[name, s.gold, s.predicted, s.tp, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}"]
            for name, s in items]


_PRF = ("", "gold", "pred", "tp", "prec", "rec", "f1")


def _short(s: str | None, n: int = 140) -> str:
    s = " ".join((s or "").split())
    return s if len(s) <= n else s[: n - 1] + "…"


def render_text(rep: Report, show_errors: int = 10) -> str:
    langs = ", ".join(f"{k} {v}" for k, v in sorted(rep.languages.items()))
    lines = [f"{rep.documents} gold documents ({langs}); {len(rep.rejected)} rejected; "
             f"names matched {'through the gazetteer and ' if rep.gazetteer else ''}by normalised name", ""]
    type_rows = [(t, s) for t, s in rep.by_type.items() if s.gold or s.predicted]
    lines += _table("Relations by type (exact type and direction)", _PRF,
                    _prf_rows([*type_rows, ("all (micro)", rep.overall)]))
    lines.append("")
    lines += _table("Relations by family (type within a family ignored)", _PRF,
                    _prf_rows([*rep.by_family.items(), ("all (micro)", rep.family_overall)]))
    lines.append("")
    lines += _table("Relations by language (exact type)", _PRF, _prf_rows(sorted(rep.by_language.items())))
    lines.append("")
    lines += _table("Relations by language (family)", _PRF, _prf_rows(sorted(rep.family_by_language.items())))
    lines.append("")
    srows = [[k, v.correct, v.total, f"{v.accuracy:.3f}"] for k, v in sorted(rep.status_by_language.items())]
    srows.append(["all", rep.status.correct, rep.status.total, f"{rep.status.accuracy:.3f}"])
    lines += _table("Status accuracy on matched relations", ("", "correct", "matched", "acc"), srows)
    lines.append("")
    lines += _table("Facilities (owner + location matched, capacity equal)", ("", "matched", "gold", "acc"),
                    [["all", rep.facilities.correct, rep.facilities.total, f"{rep.facilities.accuracy:.3f}"]])
    if show_errors > 0:
        if rep.misses:
            lines += ["", f"Misses ({min(show_errors, len(rep.misses))} of {len(rep.misses)})"]
            for m in rep.misses[:show_errors]:
                lines.append(f"  [{m['doc']}] {m['type']}: {m['source']} -> {m['target']}"
                             + (f" ({m['status']})" if m.get("status") else ""))
        if rep.false_hits:
            lines += ["", f"False hits ({min(show_errors, len(rep.false_hits))} of {len(rep.false_hits)})"]
            for m in rep.false_hits[:show_errors]:
                lines.append(f"  [{m['doc']}] {m['type']}: {m['source']} -> {m['target']} ({m['status']})")
                lines.append(f"      \"{_short(m['evidence'])}\"")
        if rep.rejected:
            lines += ["", f"Rejected ({min(show_errors, len(rep.rejected))} of {len(rep.rejected)})"]
            lines += [f"  {r.get('doc', '')}: {r.get('reason', '')}" for r in rep.rejected[:show_errors]]
    return "\n".join(lines) + "\n"
