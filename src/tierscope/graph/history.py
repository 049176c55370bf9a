"""The story of one relation over time: its current status, its timeline, and where sources disagree.

Pure functions over ``Assertion`` records (one per document that states the relation). Dates are ISO
strings; "YYYY" and "YYYY-MM" are read as their first day. Reprints of one story share a
``source_key`` (the near-duplicate cluster id) and count as one source.

Rules for ``current_status`` (statements are taken in date order; those of one date are first
reduced to one status, see ``_day_status``):

* The most recent dated statement wins, with these exceptions:
* Progress does not go back: rumoured < in_talks < announced < active. A later, weaker statement of
  progress ("X announced in 2022 that it would supply Y", printed after the supply started) does not
  downgrade the status. An announced supply later reported in effect becomes active.
* A denial after a rumour, talks, an announcement or an active relation makes it denied.
* After a denial, only a stronger statement overrides it: announced or active always do (a signed
  deal or a supply in effect), in_talks does when what was denied was a rumour (a party now confirms
  talks); a fresh rumour never revives a denied relation.
* ``ended`` closes the relation; a later announced/active statement reopens it (a new deal), a later
  rumour or talk leaves it ended.
* Undated statements count only when nothing is dated, and then the strongest progress wins.
* A headline yields to its own article: when an article states the relation in its body, the
  statement in its headline is left out (headlines compress: "X liefert Zellen an Y" over a body
  that says a supply contract was signed). A headline alone still counts.
* ``as_of`` drops statements published after that date; ``age_days`` is counted to ``as_of`` (or
  today) from the last statement supporting the current status.
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "Assertion",
    "StatusView",
    "Step",
    "Contradiction",
    "current_status",
    "timeline",
    "contradictions",
    "direction_contradictions",
    "capacity_contradictions",
    "parse_date",
    "PROGRESS",
    "STRENGTH",
]

#: Progress of a relation, weakest to strongest.
PROGRESS = ("rumoured", "in_talks", "announced", "active")
_RANK = {s: i for i, s in enumerate(PROGRESS)}
#: Strength of a status as evidence that a link holds (used for paths): denied < ended < progress.
STRENGTH = {"denied": 0, "ended": 1, "rumoured": 2, "in_talks": 3, "announced": 4, "active": 5}
_NEGATIVE = frozenset({"denied", "ended"})


@dataclass(slots=True)
class Assertion:
    """One document's statement of a relation's status."""

    status: str
    published: str | None = None  # ISO date, "YYYY-MM" or "YYYY"
    doc_id: str = ""
    source_key: str | None = None  # near-duplicate cluster; defaults to doc_id
    evidence: str = ""
    url: str | None = None
    headline: bool = False  # the statement is the article's headline

    @property
    def source(self) -> str:
        return self.source_key or self.doc_id

    @classmethod
    def coerce(cls, item: Any) -> "Assertion":
        if isinstance(item, Assertion):
            return item
        if isinstance(item, Mapping):
            ev = item.get("evidence", "")
            if isinstance(ev, Mapping):
                ev = ev.get("text", "")
            return cls(item["status"], item.get("published"), item.get("doc_id", ""), item.get("source_key"),
                       ev or "", item.get("url"), bool(item.get("headline")))
        return cls(item.status, getattr(item, "published", None), getattr(item, "doc_id", ""),
                   getattr(item, "source_key", None), getattr(item, "evidence", "") or "", getattr(item, "url", None),
                   bool(getattr(item, "headline", False)))


@dataclass(slots=True)
class StatusView:
    """The current status of a relation and why."""

    status: str | None  # None when no assertion is left (everything after as_of)
    since: str | None = None  # first date of the statements that set the current status
    last_seen: str | None = None  # last statement supporting it
    age_days: int | None = None  # as_of (or today) - last_seen
    sources: int = 0  # distinct sources supporting the current status
    assertions: int = 0  # assertions considered (after as_of)
    contested: bool = False  # some source on some date said otherwise on the same date
    reason: str = ""
    later: list[str] = field(default_factory=list)  # later statements that did not change it


@dataclass(slots=True)
class Step:
    """One step of a timeline: a run of dates with the same reported status."""

    status: str
    start: str | None
    end: str | None
    sources: int
    doc_ids: list[str]
    effective: str | None  # current_status after this step


@dataclass(slots=True)
class Contradiction:
    kind: str  # "status", "direction", "capacity"
    date: str | None = None
    detail: dict[str, Any] = field(default_factory=dict)


def parse_date(value: str | None) -> _dt.date | None:
    """ISO date (or datetime), "YYYY-MM" or "YYYY" -> date (first day); None when unreadable."""
    if not value:
        return None
    s = str(value).strip()[:10]
    for fmt, n in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
        try:
            return _dt.datetime.strptime(s[:n], fmt).date()
        except ValueError:
            continue
    return None


def _prepare(assertions: Iterable[Any], as_of: str | _dt.date | None) -> tuple[list[tuple[_dt.date | None, Assertion]], _dt.date | None]:
    cutoff = as_of if isinstance(as_of, _dt.date) or as_of is None else parse_date(as_of)
    if as_of is not None and cutoff is None:
        raise ValueError(f"as_of is not a date: {as_of!r}")
    out = []
    for a in assertions:
        a = Assertion.coerce(a)
        if a.status not in STRENGTH:
            raise ValueError(f"unknown status {a.status!r}")
        d = parse_date(a.published)
        if cutoff is not None and d is not None and d > cutoff:
            continue
        out.append((d, a))
    in_body = {a.doc_id for _, a in out if not a.headline}
    out = [(d, a) for d, a in out if not (a.headline and a.doc_id in in_body)]
    return out, cutoff


def _day_status(items: list[Assertion]) -> tuple[str, bool]:
    """One status for the statements of one date: the status most distinct sources gave; a tie
    between progress statuses goes to the strongest; a tie between a denial and progress goes to
    the denial for rumoured/in_talks and to the progress for announced/active (a signed deal beats a
    same-day denial); ended beats progress on a tie. Returns (status, contested)."""
    votes: dict[str, set[str]] = defaultdict(set)
    for a in items:
        votes[a.status].add(a.source)
    counts = {s: len(v) for s, v in votes.items()}
    contested = any(s in _NEGATIVE for s in counts) and any(s in _RANK for s in counts)
    top = max(counts.values())
    tied = [s for s, c in counts.items() if c == top]
    if len(tied) == 1:
        return tied[0], contested
    prog = [s for s in tied if s in _RANK]
    best_prog = max(prog, key=_RANK.__getitem__) if prog else None
    if "ended" in tied:
        return "ended", contested
    if "denied" in tied:
        if best_prog in ("announced", "active"):
            return best_prog, contested
        return "denied", contested
    return best_prog or tied[0], contested


def _step(state: str | None, denied_level: int, new: str) -> tuple[str, int, bool]:
    """Apply one statement to the state. Returns (state, denied_level, changed)."""
    if state is None:
        return new, (_RANK.get(new, -1) if new != "denied" else 0), True
    if new == "denied":
        if state == "denied":
            return state, denied_level, False
        level = _RANK.get(state, 0)  # what was denied (a denial of an ended link denies nothing more)
        return "denied", max(level, 0), True
    if new == "ended":
        return ("ended", denied_level, state != "ended")
    # progress statement
    if state == "denied":
        if _RANK[new] >= _RANK["announced"] or (_RANK[new] > denied_level and _RANK[new] >= _RANK["in_talks"]):
            return new, denied_level, True
        return state, denied_level, False
    if state == "ended":
        if _RANK[new] >= _RANK["announced"]:
            return new, denied_level, True
        return state, denied_level, False
    if _RANK[new] > _RANK[state]:
        return new, denied_level, True
    return state, denied_level, False


def _days(items: list[tuple[_dt.date | None, Assertion]]) -> list[tuple[_dt.date | None, list[Assertion]]]:
    by: dict[_dt.date | None, list[Assertion]] = defaultdict(list)
    for d, a in items:
        by[d].append(a)
    dated = sorted(d for d in by if d is not None)
    return [(d, by[d]) for d in dated]


def current_status(assertions: Iterable[Any], as_of: str | _dt.date | None = None, *, today: _dt.date | None = None) -> StatusView:
    """The relation's status now (or ``as_of``), by the rules in the module docstring."""
    items, cutoff = _prepare(assertions, as_of)
    view = StatusView(status=None, assertions=len(items))
    if not items:
        view.reason = "no statement" + (f" on or before {cutoff.isoformat()}" if cutoff else "")
        return view
    ref = cutoff or today or _dt.date.today()
    days = _days(items)
    if not days:  # only undated statements
        votes = Counter(a.status for _, a in items)
        prog = [s for s in votes if s in _RANK]
        status = max(prog, key=_RANK.__getitem__) if prog else max(votes, key=lambda s: (votes[s], s))
        view.status = status
        view.sources = len({a.source for _, a in items if a.status == status})
        view.reason = "undated statements only"
        return view
    state, level = None, -1
    since = last = None
    support: set[str] = set()
    contested_any = False
    later: list[str] = []
    for d, group in days:
        s, contested = _day_status(group)
        contested_any = contested_any or contested
        state, level, changed = _step(state, level, s)
        if changed:
            since, last = d, d
            support = {a.source for a in group if a.status == s}
            later = []
        elif s == state:
            last = d
            support |= {a.source for a in group if a.status == s}
        else:
            later.append(f"{d.isoformat()}: {s}")
    view.status = state
    view.since = since.isoformat() if since else None
    view.last_seen = last.isoformat() if last else None
    view.age_days = (ref - last).days if last else None
    view.sources = len(support)
    view.contested = contested_any
    view.later = later
    if state in ("rumoured", "in_talks") and view.age_days is not None:
        view.reason = f"{state} since {view.since}, nothing stronger for {view.age_days} days"
    elif later:
        view.reason = f"{state} since {view.since}; later weaker statements did not change it"
    else:
        view.reason = f"{state} since {view.since}"
    return view


def timeline(assertions: Iterable[Any]) -> list[Step]:
    """Dated statements in order, one step per change of reported status (consecutive repeats
    collapsed), with the distinct sources of each step and the effective status after it. Undated
    statements form a first step with no dates."""
    items, _ = _prepare(assertions, None)
    steps: list[Step] = []
    undated = [a for d, a in items if d is None]
    if undated:
        s, _c = _day_status(undated)
        steps.append(Step(s, None, None, len({a.source for a in undated}), sorted({a.doc_id for a in undated}), None))
    state, level = None, -1
    sources: set[str] = set()
    for d, group in _days(items):
        s, _c = _day_status(group)
        state, level, _changed = _step(state, level, s)
        iso = d.isoformat() if d else None
        docs = {a.doc_id for a in group if a.status == s}
        src = {a.source for a in group if a.status == s}
        if steps and steps[-1].status == s and steps[-1].start is not None:
            last = steps[-1]
            last.end = iso
            sources |= src
            last.sources = len(sources)
            last.doc_ids = sorted(set(last.doc_ids) | docs)
            last.effective = state
        else:
            sources = set(src)
            steps.append(Step(s, iso, iso, len(sources), sorted(docs), state))
    return steps


# Pairs of statuses that cannot both hold on one date.
def _clash(a: str, b: str) -> bool:
    if a == b:
        return False
    if "denied" in (a, b):
        return True
    if "ended" in (a, b):
        other = b if a == "ended" else a
        return other in ("announced", "active")
    return False


def contradictions(assertions: Iterable[Any], *, window_days: int = 0) -> list[Contradiction]:
    """Dates on which distinct sources disagree: a denial against any progress, or ``ended``
    against announced/active. ``window_days`` widens "the same date" to statements that close."""
    items, _ = _prepare(assertions, None)
    dated = sorted(((d, a) for d, a in items if d is not None), key=lambda x: (x[0], x[1].status, x[1].doc_id))
    out: list[Contradiction] = []
    seen: set[tuple] = set()
    for i, (d, a) in enumerate(dated):
        for d2, b in dated[i + 1 :]:
            if (d2 - d).days > window_days:
                break
            if a.source == b.source or not _clash(a.status, b.status):
                continue
            by_status: dict[str, list[str]] = defaultdict(list)
            for dd, x in dated:
                if d <= dd <= d2 and x.status in (a.status, b.status):
                    by_status[x.status].append(x.doc_id)
            key = (d, d2, tuple(sorted(by_status)))
            if key in seen:
                continue
            seen.add(key)
            out.append(
                Contradiction(
                    "status",
                    d.isoformat(),
                    {"until": d2.isoformat(), "statuses": {s: sorted(set(v)) for s, v in sorted(by_status.items())}},
                )
            )
    return out


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, Mapping):
        return obj.get(name, default)
    return getattr(obj, name, default)


def _product_key(product: str | None) -> str:
    p = " ".join((product or "").casefold().split())
    if p.endswith("s") and not p.endswith("ss"):
        p = p[:-1]
    return p


def direction_contradictions(relations: Iterable[Any], *, types: tuple[str, ...] = ("supplies",)) -> list[Contradiction]:
    """Relation records saying A supplies B and B supplies A the same product (denied statements
    ignored). Records need ``type``, ``source``, ``target`` and optionally ``product``, ``doc_id``."""
    forward: dict[tuple[str, str, str, str], list[Any]] = defaultdict(list)
    for r in relations:
        t = _get(r, "type")
        if t not in types or _get(r, "status") == "denied":
            continue
        forward[(t, _get(r, "source"), _get(r, "target"), _product_key(_get(r, "product")))].append(r)
    out = []
    for (t, a, b, p), recs in sorted(forward.items()):
        if a >= b:
            continue
        back = forward.get((t, b, a, p))
        if back:
            out.append(
                Contradiction(
                    "direction",
                    None,
                    {
                        "type": t, "a": a, "b": b, "product": p or None,
                        "a_to_b": sorted(str(_get(x, "doc_id", "")) for x in recs),
                        "b_to_a": sorted(str(_get(x, "doc_id", "")) for x in back),
                    },
                )
            )
    return out


_TO_GWH = {"gwh": 1.0, "mwh": 1e-3, "twh": 1e3, "kwh": 1e-6}


def _capacity(rec: Any) -> tuple[float, str] | None:
    cap = _get(rec, "capacity")
    if not cap:
        return None
    value, unit = _get(cap, "value"), str(_get(cap, "unit") or "")
    if value is None:
        return None
    u = unit.casefold()
    if u in _TO_GWH:
        return float(value) * _TO_GWH[u], "GWh"
    if u in ("gw", "mw", "kw"):
        return float(value) * {"gw": 1.0, "mw": 1e-3, "kw": 1e-6}[u], "GW"
    return float(value), unit


def capacity_contradictions(facilities: Iterable[Any], *, tolerance: float = 0.10) -> list[Contradiction]:
    """Facility records with the same owner and location (and unit family) whose capacities differ
    by more than ``tolerance`` of the larger one. Records: ``owner``, ``location``, ``capacity``
    ({"value", "unit"}), optionally ``product``, ``doc_id``, ``published``."""
    groups: dict[tuple[str, str, str], list[tuple[float, Any]]] = defaultdict(list)
    for f in facilities:
        owner, loc = _get(f, "owner"), _get(f, "location")
        cap = _capacity(f)
        if not owner or not loc or cap is None or _get(f, "status") == "denied":
            continue
        groups[(owner, " ".join(str(loc).casefold().split()), cap[1])].append((cap[0], f))
    out = []
    for (owner, loc, unit), recs in sorted(groups.items()):
        values = [v for v, _ in recs]
        hi, lo = max(values), min(values)
        if hi > 0 and (hi - lo) / hi > tolerance:
            out.append(
                Contradiction(
                    "capacity",
                    None,
                    {
                        # The place as the first report wrote it; grouping ignored case and spacing.
                        "owner": owner, "location": " ".join(str(_get(recs[0][1], "location")).split()),
                        "unit": unit, "min": lo, "max": hi,
                        "reports": sorted(
                            ({"value": v, "doc_id": _get(f, "doc_id"), "published": _get(f, "published")} for v, f in recs),
                            key=lambda x: (str(x["published"]), x["value"]),
                        ),
                    },
                )
            )
    return out
