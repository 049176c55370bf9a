"""Supply chains over relation edges: tiers of suppliers and customers, paths, single sources, capacity.

Pure functions over plain edges: ``Edge`` records, dicts or objects with ``type``, ``source``,
``target``, ``status`` and optionally ``product``. Several edges for the same (type, source, target,
product) are one link with the strongest status among them (the store normally passes one edge per
relation with its current status).

Status strength: denied < ended < rumoured < in_talks < announced < active. A path is as strong as
its weakest link; paths through a denied or ended link are left out unless ``include_inactive``.

Choices (documented, each with a switch):

* ``upstream``/``downstream`` follow ``supplies`` edges only. With ``include_subsidiaries=True`` the
  start company stands for itself and every company it owns (``owns`` edges, and ``acquires``
  edges that are active, transitively), and each result's path starts with the ``owns`` hops. The
  default is False: links are attributed exactly as the news reported them.
* ``product`` filters the first hop only (who supplies *cells* to Tesla; then whoever supplies
  those cell makers, with anything). It matches an edge whose product contains all its words,
  case-insensitively, singular/plural alike: "cells" matches "battery cells" and "LFP cells",
  "battery cell" matches "battery cells" but not "LFP cells". Edges without a product do not match
  a product filter.
* Among paths of the same (shortest) tier, the one with the strongest weakest link is kept.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .history import STRENGTH

_PRODUCT_WORD = re.compile(r"[^\W_]+")

__all__ = [
    "Edge",
    "Hop",
    "Link",
    "SingleSource",
    "SupplyChain",
    "upstream",
    "downstream",
    "path",
    "single_source",
    "capacity",
    "capacity_groups",
    "CapacityGroup",
    "weakest",
    "product_matches",
]

COUNTED_FACILITY_STATUSES = ("active", "announced", "under_construction", "planned")


@dataclass(frozen=True, slots=True)
class Edge:
    type: str
    source: str
    target: str
    status: str
    product: str | None = None

    @classmethod
    def coerce(cls, item: Any) -> "Edge":
        if isinstance(item, Edge):
            return item
        if isinstance(item, Mapping):
            return cls(item["type"], item["source"], item["target"], item["status"], item.get("product"))
        if isinstance(item, (tuple, list)):
            return cls(*item)
        return cls(item.type, item.source, item.target, item.status, getattr(item, "product", None))


@dataclass(frozen=True, slots=True)
class Hop:
    """One edge on a path, written as the relation states it (source -> target)."""

    type: str
    source: str
    target: str
    status: str
    product: str | None = None


@dataclass(slots=True)
class Link:
    """A company reached by ``upstream``/``downstream``: its tier, the path and its weakest status."""

    company: str
    tier: int
    path: list[Hop]
    status: str  # weakest status on the path
    products: list[str] = field(default_factory=list)  # products of the last hop (towards the company)


@dataclass(slots=True)
class SingleSource:
    customer: str
    product: str
    supplier: str
    status: str


def weakest(statuses: Iterable[str]) -> str:
    return min(statuses, key=STRENGTH.__getitem__)


def _pkey(product: str | None) -> str:
    p = " ".join((product or "").casefold().split())
    if p.endswith("s") and not p.endswith("ss"):
        p = p[:-1]
    return p


def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def product_matches(wanted: str, product: str | None) -> bool:
    """Whether an edge's ``product`` answers a product filter: every word of ``wanted`` is a word
    of ``product`` (singular/plural and case alike), so "cells" finds "battery cells"."""
    words = {_stem(w) for w in _PRODUCT_WORD.findall((product or "").casefold())}
    asked = {_stem(w) for w in _PRODUCT_WORD.findall(wanted.casefold())}
    return bool(asked) and asked <= words


class SupplyChain:
    """An index over edges for repeated queries; the module functions build one per call."""

    def __init__(self, edges: Iterable[Any]) -> None:
        merged: dict[tuple[str, str, str, str], Edge] = {}
        for e in map(Edge.coerce, edges):
            if e.status not in STRENGTH:
                raise ValueError(f"unknown status {e.status!r} on {e.source} -> {e.target}")
            k = (e.type, e.source, e.target, _pkey(e.product))
            if k not in merged or STRENGTH[e.status] > STRENGTH[merged[k].status]:
                merged[k] = e
        self.edges = sorted(merged.values(), key=lambda e: (e.type, e.source, e.target, _pkey(e.product)))
        self._suppliers: dict[str, list[Edge]] = defaultdict(list)  # customer -> supplies edges
        self._customers: dict[str, list[Edge]] = defaultdict(list)  # supplier -> supplies edges
        self._owned: dict[str, list[Edge]] = defaultdict(list)  # parent -> owns/acquires edges
        self._any: dict[str, list[tuple[Edge, str]]] = defaultdict(list)  # company -> (edge, other end)
        for e in self.edges:
            if e.type == "supplies":
                self._suppliers[e.target].append(e)
                self._customers[e.source].append(e)
            elif e.type == "owns" or (e.type == "acquires" and e.status == "active"):
                self._owned[e.source].append(e)
            self._any[e.source].append((e, e.target))
            if e.target != e.source:
                self._any[e.target].append((e, e.source))

    @staticmethod
    def _ok(e: Edge, include_inactive: bool) -> bool:
        return include_inactive or e.status not in ("denied", "ended")

    def _group(self, company: str, include_inactive: bool) -> dict[str, list[Hop]]:
        """The company and what it owns (transitively), each with the owns path to it."""
        out = {company: []}
        frontier = [company]
        while frontier:
            nxt = []
            for c in frontier:
                for e in self._owned.get(c, ()):
                    if e.target not in out and self._ok(e, include_inactive):
                        out[e.target] = out[c] + [Hop(e.type, e.source, e.target, e.status, e.product)]
                        nxt.append(e.target)
            frontier = sorted(nxt)
        return out

    def _walk(
        self, company: str, depth: int, product: str | None, include_inactive: bool, include_subsidiaries: bool, up: bool
    ) -> list[Link]:
        adj = self._suppliers if up else self._customers
        start = self._group(company, include_inactive) if include_subsidiaries else {company: []}
        best: dict[str, tuple[int, list[Hop], str]] = {}
        # Per layer: node -> (path, weakest strength)
        layer: dict[str, tuple[list[Hop], int]] = {c: (p, min((STRENGTH[h.status] for h in p), default=99)) for c, p in start.items()}
        visited = set(start)
        for tier in range(1, depth + 1):
            nxt: dict[str, tuple[list[Hop], int]] = {}
            for node in sorted(layer):
                p, w = layer[node]
                for e in adj.get(node, ()):
                    if not self._ok(e, include_inactive):
                        continue
                    if tier == 1 and product is not None and not product_matches(product, e.product):
                        continue
                    other = e.source if up else e.target
                    if other in visited:
                        continue
                    nw = min(w, STRENGTH[e.status])
                    if other not in nxt or nw > nxt[other][1]:
                        nxt[other] = (p + [Hop(e.type, e.source, e.target, e.status, e.product)], nw)
            if not nxt:
                break
            for other, (p, nw) in nxt.items():
                visited.add(other)
                best[other] = (tier, p, weakest(h.status for h in p))
            layer = nxt
        out = []
        for c, (tier, p, status) in best.items():
            last = [h for h in (self._suppliers if up else self._customers).get(p[-1].target if up else p[-1].source, ())
                    if (h.source, h.target) == (p[-1].source, p[-1].target) and self._ok(h, include_inactive)]
            products = sorted({h.product for h in last if h.product})
            out.append(Link(c, tier, p, status, products))
        return sorted(out, key=lambda link: (link.tier, -STRENGTH[link.status], link.company))

    def upstream(self, company: str, depth: int = 2, product: str | None = None, *, include_inactive: bool = False,
                 include_subsidiaries: bool = False) -> list[Link]:
        """Suppliers of ``company``: tier 1 (direct), tier 2 (their suppliers), ... up to ``depth``."""
        return self._walk(company, depth, product, include_inactive, include_subsidiaries, True)

    def downstream(self, company: str, depth: int = 2, product: str | None = None, *, include_inactive: bool = False,
                   include_subsidiaries: bool = False) -> list[Link]:
        """Customers of ``company``, tier by tier, up to ``depth``."""
        return self._walk(company, depth, product, include_inactive, include_subsidiaries, False)

    def path(self, a: str, b: str, *, include_inactive: bool = False, max_len: int = 8, types: Iterable[str] | None = None) -> list[Hop] | None:
        """A shortest path between ``a`` and ``b`` over any relation type (edges walked either way),
        the strongest one among the shortest; None when there is none. ``[]`` when a == b."""
        if a == b:
            return []
        allowed = set(types) if types is not None else None
        layer: dict[str, tuple[list[Hop], int]] = {a: ([], 99)}
        visited = {a}
        for _ in range(max_len):
            nxt: dict[str, tuple[list[Hop], int]] = {}
            for node in sorted(layer):
                p, w = layer[node]
                for e, other in self._any.get(node, ()):
                    if other in visited or not self._ok(e, include_inactive):
                        continue
                    if allowed is not None and e.type not in allowed:
                        continue
                    nw = min(w, STRENGTH[e.status])
                    if other not in nxt or nw > nxt[other][1]:
                        nxt[other] = (p + [Hop(e.type, e.source, e.target, e.status, e.product)], nw)
            if not nxt:
                return None
            if b in nxt:
                return nxt[b][0]
            visited.update(nxt)
            layer = nxt
        return None

    def single_source(self, *, include_inactive: bool = False) -> list[SingleSource]:
        """(customer, product) pairs with exactly one known supplier; edges without a product are
        not counted (they cannot be attributed to a product)."""
        by: dict[tuple[str, str], dict[str, Edge]] = defaultdict(dict)
        for e in self.edges:
            if e.type != "supplies" or not e.product or not self._ok(e, include_inactive):
                continue
            k = (e.target, _pkey(e.product))
            if e.source not in by[k] or STRENGTH[e.status] > STRENGTH[by[k][e.source].status]:
                by[k][e.source] = e
        out = []
        for (customer, _p), sup in sorted(by.items()):
            if len(sup) == 1:
                e = next(iter(sup.values()))
                out.append(SingleSource(customer, e.product or "", e.source, e.status))
        return out


def upstream(edges: Iterable[Any], company: str, depth: int = 2, product: str | None = None, **kw: Any) -> list[Link]:
    return SupplyChain(edges).upstream(company, depth, product, **kw)


def downstream(edges: Iterable[Any], company: str, depth: int = 2, product: str | None = None, **kw: Any) -> list[Link]:
    return SupplyChain(edges).downstream(company, depth, product, **kw)


def path(edges: Iterable[Any], a: str, b: str, **kw: Any) -> list[Hop] | None:
    return SupplyChain(edges).path(a, b, **kw)


def single_source(edges: Iterable[Any], **kw: Any) -> list[SingleSource]:
    return SupplyChain(edges).single_source(**kw)


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, Mapping):
        return obj.get(name, default)
    return getattr(obj, name, default)


_TO_GWH = {"gwh": 1.0, "mwh": 1e-3, "twh": 1e3, "kwh": 1e-6}


def _plants(facilities: Iterable[Any]) -> list[tuple[float, Any]]:
    """(GWh, record) per plant: one plant is (owner, location, product); of its records the latest
    published counts (then the largest). Records without an energy capacity are left out."""
    plants: dict[tuple[str, str, str], tuple[str, float, Any]] = {}
    for f in facilities:
        cap = _get(f, "capacity")
        if not cap or _get(cap, "value") is None:
            continue
        unit = str(_get(cap, "unit") or "").casefold()
        if unit not in _TO_GWH:
            continue
        gwh = float(_get(cap, "value")) * _TO_GWH[unit]
        key = (str(_get(f, "owner") or ""), " ".join(str(_get(f, "location") or "").casefold().split()), _pkey(_get(f, "product")))
        order = (str(_get(f, "published") or ""), gwh)
        if key not in plants or order > (plants[key][0], plants[key][1]):
            plants[key] = (order[0], gwh, f)
    return [(gwh, f) for _pub, gwh, f in plants.values()]


def _label(f: Any, by: str) -> str:
    if by == "year":
        y = _get(f, "year") or _get(f, "start_year")
        return str(y) if y else "unknown"
    return str(_get(f, by) or "unknown")


@dataclass(slots=True)
class CapacityGroup:
    """The plants of one owner, country, product or year: GWh per plant status, and how many plants."""

    label: str
    gwh: dict[str, float]
    plants: int = 0

    @property
    def total(self) -> float:
        return sum(self.gwh.values())


def capacity_groups(
    facilities: Iterable[Any],
    by: str = "owner",
    statuses: Iterable[str] = COUNTED_FACILITY_STATUSES,
) -> list[CapacityGroup]:
    """GWh per group and plant status, the largest total first; statuses in the order of
    ``statuses``. Same records and rules as ``capacity``."""
    if by not in ("owner", "country", "product", "year"):
        raise ValueError(f"capacity by {by!r}: use owner, country, product or year")
    order = list(dict.fromkeys(statuses))
    groups: dict[str, CapacityGroup] = {}
    for gwh, f in _plants(facilities):
        status = _get(f, "status")
        if status not in order:
            continue
        label = _label(f, by)
        g = groups.setdefault(label, CapacityGroup(label, {}))
        g.gwh[status] = g.gwh.get(status, 0.0) + gwh
        g.plants += 1
    for g in groups.values():
        g.gwh = {s: g.gwh[s] for s in order if s in g.gwh}
    return sorted(groups.values(), key=lambda g: (-g.total, g.label))


def capacity(
    facilities: Iterable[Any],
    by: str = "owner",
    statuses: Iterable[str] = COUNTED_FACILITY_STATUSES,
) -> dict[str, float]:
    """Total GWh per owner, country, product or year, largest first (keys "unknown" where the field
    is missing).

    Facility records: ``owner``, ``location``, ``product``, ``status``, ``capacity`` ({"value",
    "unit"}), and optionally ``country``, ``year`` (the year output starts; ``start_year`` also
    read), ``published``. One plant is (owner, location, product): when several records describe it,
    the latest published one counts (then the largest). Capacities not in an energy unit (GWh, MWh,
    TWh) are left out (GW of a power plant is not GWh of cells).
    """
    return {g.label: g.total for g in capacity_groups(facilities, by, statuses)}
