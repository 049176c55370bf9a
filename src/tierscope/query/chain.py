"""Supply chains read from the store: tiers of suppliers and customers, paths, single sources, and
plant capacity. Thin wrappers over ``tierscope.graph.chain``.

Edges: one per relation and product, with the relation's current status (``as_of`` when given,
see ``relation_assertions``), between company names. Chains leave out denied and ended links unless
``include_inactive``; a link reached through several paths keeps the shortest, then the strongest.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any

from .. import graph
from ..errors import NotFoundError, UsageError
from ..store.base import Store
from .core import _group, _summarise, facility_rows, find_company, relation_assertions
from .status import latest

__all__ = ["ChainLink", "SingleSourceItem", "CapacityRow", "chain_edges", "upstream", "downstream", "path",
           "single_source", "capacity", "capacity_table", "facility_records", "CAPACITY_BY"]

CAPACITY_BY = ("owner", "country", "product", "year")


class _Record:
    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]


@dataclass
class ChainLink(_Record):
    """A company ``tier`` hops up (suppliers) or down (customers) the chain; ``status`` is the
    weakest status on ``path`` (hops as the relations state them: source supplies target)."""

    company: str
    tier: int
    status: str
    path: list[dict[str, Any]]
    products: list[str] = field(default_factory=list)


@dataclass
class SingleSourceItem(_Record):
    customer: str
    product: str
    supplier: str
    status: str


@dataclass
class CapacityRow(_Record):
    """One group of plants: GWh by plant status (active, announced, under_construction, planned),
    their total and the number of plants."""

    label: str
    total: float
    gwh: dict[str, float]
    plants: int


def chain_edges(store: Store, as_of: str | None = None, types: tuple[str, ...] | None = None) -> list[graph.Edge]:
    where, params = "", ()
    if types:
        where = f"r.type IN ({','.join('?' * len(types))})"
        params = tuple(types)
    edges = []
    for rows in _group(relation_assertions(store, where, params, as_of=as_of)).values():
        s = _summarise(rows, as_of)
        if s.status is None:
            continue
        products = list(dict.fromkeys(r["product"] for r in rows)) or [None]
        for p in products:
            edges.append(graph.Edge(s.type, s.source, s.target, s.status, p))
    return edges


def _hops(hops: list[graph.Hop]) -> list[dict[str, Any]]:
    return [asdict(h) for h in hops]


def _walk(store: Store, company: str, depth: int, product: str | None, as_of: str | None, include_inactive: bool,
          include_subsidiaries: bool, up: bool) -> list[ChainLink]:
    if depth < 1:
        raise UsageError(f"depth must be 1 or more, got {depth}")
    name = find_company(store, company).name
    chain = graph.SupplyChain(chain_edges(store, as_of, ("supplies", "owns", "acquires")))
    walk = chain.upstream if up else chain.downstream
    links = walk(name, depth, product, include_inactive=include_inactive, include_subsidiaries=include_subsidiaries)
    return [ChainLink(link.company, link.tier, link.status, _hops(link.path), link.products) for link in links]


def upstream(store: Store, company: str, depth: int = 2, product: str | None = None, as_of: str | None = None, *,
             include_inactive: bool = False, include_subsidiaries: bool = False) -> list[ChainLink]:
    """Suppliers of ``company``: tier 1 (direct), tier 2 (their suppliers), ... up to ``depth``.
    ``product`` filters the first hop (who supplies *cells* to it)."""
    return _walk(store, company, depth, product, as_of, include_inactive, include_subsidiaries, True)


def downstream(store: Store, company: str, depth: int = 2, product: str | None = None, as_of: str | None = None, *,
               include_inactive: bool = False, include_subsidiaries: bool = False) -> list[ChainLink]:
    """Customers of ``company``, tier by tier, up to ``depth``."""
    return _walk(store, company, depth, product, as_of, include_inactive, include_subsidiaries, False)


def path(store: Store, a: str, b: str, as_of: str | None = None, *, include_inactive: bool = False,
         types: tuple[str, ...] | None = None, max_len: int = 8) -> list[dict[str, Any]]:
    """A shortest path between two companies over any relation (walked either way), the strongest
    among the shortest. Raises ``NotFoundError`` when none links them."""
    na, nb = find_company(store, a).name, find_company(store, b).name
    hops = graph.SupplyChain(chain_edges(store, as_of)).path(na, nb, include_inactive=include_inactive,
                                                             types=types, max_len=max_len)
    if hops is None:
        raise NotFoundError(f"no chain of relations links {na} and {nb}" + (f" as of {as_of}" if as_of else ""))
    return _hops(hops)


def single_source(store: Store, as_of: str | None = None, *, include_inactive: bool = False,
                  company: str | None = None) -> list[SingleSourceItem]:
    """Customers with exactly one known supplier of a product (supplies links with a product)."""
    name = find_company(store, company).name if company else None
    items = graph.SupplyChain(chain_edges(store, as_of, ("supplies",))).single_source(include_inactive=include_inactive)
    return [SingleSourceItem(i.customer, i.product, i.supplier, i.status) for i in items
            if name is None or name in (i.customer, i.supplier)]


_YEAR = re.compile(r"\b(20\d\d)\b")


def _country(location: str | None) -> str | None:
    if not location:
        return None
    try:
        from ..entities.gazetteer import places
    except ImportError:
        return None
    try:
        place = places().find(location)
    except Exception:
        return None
    return place.country if place else None


def _start_year(r: dict[str, Any]) -> int | None:
    """The year a plant starts, from its sentence and the next one: the first year after the
    report's own year ("announced in 2024, production from 2026" -> 2026), else the report's year
    when named ("opened in 2024"), else any year named; None when none."""
    after = (r.get("text_after") or "").split("\n\n")[0]
    years = [int(y) for y in _YEAR.findall(f"{r.get('text') or ''} {after}")]
    if not years:
        return None
    pub = int(r["published"][:4]) if r.get("published") and r["published"][:4].isdigit() else None
    if pub is None:
        return min(years)
    later = [y for y in years if y > pub]
    return min(later) if later else (pub if pub in years else min(years))


def facility_records(store: Store, as_of: str | None = None) -> list[dict[str, Any]]:
    """One record per stored plant: owner, location, product, latest status, latest capacity,
    country (of the location, from the place list), year (see ``_start_year``) and published."""
    out = []
    by: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in facility_rows(store, as_of=as_of):
        by[r["facility_id"]].append(r)
    for fid, rs in by.items():
        last = latest(rs)
        cap = latest([r for r in rs if r["capacity_value"] is not None])
        year = None
        for r in sorted(rs, key=lambda r: (r["published"] or "", r["seq"]), reverse=True):
            year = _start_year(r)
            if year:
                break
        out.append({
            "id": fid, "owner": rs[0]["owner"], "location": rs[0]["location"], "product": rs[0]["product"],
            "status": last["status"] if last else None,
            "capacity": {"value": cap["capacity_value"], "unit": cap["capacity_unit"]} if cap else None,
            "country": _country(rs[0]["location"]), "year": year, "published": last["published"] if last else None,
        })
    return out


def capacity(store: Store, by: str = "owner", as_of: str | None = None,
             statuses: tuple[str, ...] | None = None) -> dict[str, float]:
    """GWh of plants per owner, country, product or year, largest first; by default active,
    announced, under construction and planned plants (``graph.chain.COUNTED_FACILITY_STATUSES``)."""
    if by not in CAPACITY_BY:
        raise UsageError(f"capacity by {by!r}: use one of {', '.join(CAPACITY_BY)}")
    kw = {"statuses": statuses} if statuses else {}
    return graph.capacity(facility_records(store, as_of), by=by, **kw)


def capacity_table(store: Store, by: str = "owner", as_of: str | None = None,
                   statuses: tuple[str, ...] | None = None) -> list[CapacityRow]:
    """Like ``capacity``, with the GWh of each group split by plant status and its plant count."""
    if by not in CAPACITY_BY:
        raise UsageError(f"capacity by {by!r}: use one of {', '.join(CAPACITY_BY)}")
    kw = {"statuses": statuses} if statuses else {}
    return [CapacityRow(g.label, g.total, g.gwh, g.plants)
            for g in graph.capacity_groups(facility_records(store, as_of), by=by, **kw)]
