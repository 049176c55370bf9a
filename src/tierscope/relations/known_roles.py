"""What the gazetteer knows about two companies sets the direction of a tie the sentence leaves open.

German puts the object first as freely as the subject ("Wabco hatte ZF 2020 gekauft" may say ZF bought
Wabco), Italian and Spanish participles lean either way ("Öhlins, rilevata da Tenneco"), and a reader
knows which of two companies is the parent. When the frames read "X acquires / owns / holds a stake in
Y" and the gazetteer says X belongs to Y (Y is X's parent or its parent's parent), the tie runs the
other way: a subsidiary does not buy its own parent.

The same for supply: a carmaker buys from its suppliers, utilities, miners and cell makers and does not
supply them ("Edison venderà al costruttore 60 GWh l'anno" read with the carmaker as the seller). Of
524 supply labels in the dev, golden and demo sets, 301 run from such a company to a carmaker and one
the other way: a carmaker selling used batteries to a recycler, so recyclers are left out.

A company the gazetteer gives no sector takes the sectors its page describes it by ("the cathode maker
X", "X, which makes e-axles": ``described_trades``, read per page with ``reading_trades``).

A known company the page names by its full name ("Solaria Energía y Medio Ambiente" for Solaria, the
entity stage's ``Document.full_names``) is asked of as the company: every lookup here reads the name
through ``gazetteer_name`` while a stage reads that page (``reading_names``), and a parent comes back
as the page names it (``page_name``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps
from types import MappingProxyType
from typing import TypeVar

from ..entities.gazetteer import gazetteer, places
from .buyer_kinds import buyer_selling
from .products import tier
from ..entities.vocab import VEHICLE_MAKERS

__all__ = ["belongs_to", "brand_owner", "carmaker_to_upstream", "carmakers_brand", "down_the_chain", "kind_of", "known_direction",
           "gazetteer_name", "known_entry", "known_parent", "only_kinds", "page_name", "page_trade", "page_ventures", "reading_names",
           "reading_trades", "reads_trades", "related_partners", "sectors_of",
           "unknown_to_maker"]

T = TypeVar("T")

_OWNERSHIP = frozenset({"acquires", "owns", "invests_in"})
# sectors of the companies a carmaker buys from (not "recycling": carmakers sell them used batteries)
_UPSTREAM = frozenset({"energy", "mining", "battery_materials", "battery_cells", "chips", "supplier", "steel",
                       "chemicals", "aluminium", "tyres", "electronics", "metals", "materials", "charging"})


#: {full name: gazetteer name} of the page being read (``Document.full_names``), set only while a stage
#: reads that page (``reading_names``): two pages read at once in threads never see each other's names
_PAGE_NAMES: ContextVar[Mapping[str, str]] = ContextVar("page_full_names", default=MappingProxyType({}))


@contextmanager
def reading_names(full_names: Mapping[str, str]) -> Iterator[None]:
    """Within the block, ``full_names`` (a page's ``Document.full_names``) are the page's full names of
    known companies; the ones before come back after it. Each stands for the gazetteer's own name of its
    company (the entity stage may give a form of it: "Gotion Energía"), which ``page_name`` is asked of."""
    names = {}
    for full, known in full_names.items():
        entry = gazetteer().entry(known)
        names[full] = entry.name if entry is not None else known
    token = _PAGE_NAMES.set(MappingProxyType(names))
    try:
        yield
    finally:
        _PAGE_NAMES.reset(token)


def gazetteer_name(name: str) -> str:
    """The gazetteer's name of the company the page being read calls ``name`` ("Solaria" for "Solaria
    Energía y Medio Ambiente"), else ``name``."""
    return _PAGE_NAMES.get().get(name, name)


def page_name(name: str) -> str:
    """The one full name the page being read gives the gazetteer's company ``name``, else ``name``
    (the page's mentions carry that full name, so a parent told must too)."""
    full = [f for f, known in _PAGE_NAMES.get().items() if known == name]
    return full[0] if len(full) == 1 else name


def known_entry(name: str):
    """The gazetteer's entry for ``name`` as the page being read names it (``gazetteer_name``)."""
    return gazetteer().entry(gazetteer_name(name))


def page_ventures(ventures: Mapping[str, tuple[tuple[str, ...], ...]]) -> Mapping[str, tuple[tuple[str, ...], ...]]:
    """``ventures`` (``known_ventures``: joint company -> its parents' sides) with each company as the page
    being read names it (``page_name``): "Hefei Gotion High-Tech Power Energy" founded the ventures Gotion did."""
    if not _PAGE_NAMES.get():
        return ventures
    return {page_name(v): tuple(tuple(page_name(n) for n in side) for side in sides) for v, sides in ventures.items()}


def kind_of(name: str):
    """The gazetteer's entry for ``name``, or for the company a national unit's name starts with
    ("Renault España", "Volkswagen Sachsen", "Stellantis Europe": the carmaker's kind)."""
    name = gazetteer_name(name)
    entry = gazetteer().entry(name)
    if entry is not None or " " not in name:
        return entry
    head, _, rest = name.rpartition(" ")
    if places().get(rest) is None:
        return None
    return gazetteer().entry(head)


#: the sectors the page being read gives the companies the gazetteer knows no sector of ("the cathode
#: maker X", "X, which makes e-axles": ``described_trades.page_trades``, kept on ``Document.trades``).
#: A context variable set only while a stage reads that page (``reading_trades``), so that two pages read
#: at once in threads, or a call outside a stage, never see another page's trades
_PAGE_TRADES: ContextVar[Mapping[str, tuple[str, ...]]] = ContextVar("page_trades", default=MappingProxyType({}))


@contextmanager
def reading_trades(trades: Mapping[str, tuple[str, ...]]) -> Iterator[None]:
    """Within the block, ``trades`` (a page's ``Document.trades``) are the page's trades; the ones before
    come back after it."""
    token = _PAGE_TRADES.set(MappingProxyType(dict(trades)))
    try:
        yield
    finally:
        _PAGE_TRADES.reset(token)


def reads_trades(method: Callable[..., T]) -> Callable[..., T]:
    """A stage's method ``method(self, doc, ...)`` run with ``doc.trades`` as the page's trades (the learned
    admitters' chain features ask ``down_the_chain`` of the page they read), and ``doc.full_names`` as its
    full names of known companies (``reading_names``)."""
    @wraps(method)
    def run(self, doc, *args, **kwargs):
        with reading_trades(doc.trades), reading_names(doc.full_names):
            return method(self, doc, *args, **kwargs)
    return run


def page_trade(name: str) -> tuple[str, ...]:
    """The sectors the page being read describes ``name`` by (none for a company the gazetteer gives sectors)."""
    return _PAGE_TRADES.get().get(name, ())


def _gazetteer_sectors(name: str) -> tuple[str, ...]:
    """The gazetteer's sectors of ``name`` (``kind_of``), none where it knows none."""
    entry = kind_of(name)
    return tuple(entry.sectors) if entry is not None and entry.sectors else ()


def sectors_of(name: str) -> tuple[str, ...]:
    """The gazetteer's sectors of ``name`` (``kind_of``), else the ones the page describes it by."""
    return _gazetteer_sectors(name) or page_trade(name)


def known_parent(name: str) -> str | None:
    """The gazetteer's parent of ``name`` (its direct owner), if it knows one, as the page names it."""
    entry = known_entry(name)
    return page_name(entry.parent) if entry is not None and entry.parent else None


def carmakers_brand(parent: str, unit: str) -> bool:
    """Whether ``unit`` is a carmaker under a carmaker (Peugeot under Stellantis, Audi under Volkswagen):
    news names them as marques beside their group far more often than it states the ownership."""
    p, u = known_entry(parent), known_entry(unit)
    return p is not None and u is not None and bool(set(p.sectors) & VEHICLE_MAKERS) and bool(set(u.sectors) & VEHICLE_MAKERS)


#: marques that news names for their group's cars and deals, with no company of their own in the
#: story: a deal "with Peugeot" or cells "for Jeep" are the group's (the gold sets list no marque as a
#: party; Audi, Porsche, SEAT, Skoda or Maserati, told as companies, are not here)
_MARQUES = frozenset({
    "Fiat", "Jeep", "Peugeot", "Citroën", "DS Automobiles", "Opel", "Vauxhall", "Alfa Romeo", "Lancia", "Abarth",
    "Chrysler", "Dodge", "Ram", "Chevrolet", "Cadillac", "GMC", "Buick", "Lincoln", "Lexus", "Acura", "Genesis",
    "Infiniti", "Dacia", "Alpine", "Cupra", "Mini",
})


def brand_owner(name: str) -> str | None:
    """The group a marque stands for in a deal ("Peugeot" -> Stellantis, "Cupra" -> Volkswagen's
    SEAT), or None when ``name`` is no marque."""
    return known_parent(name) if name in _MARQUES else None


def belongs_to(child: str, owner: str) -> bool:
    """Whether the gazetteer has ``owner`` above ``child`` (parent, or the parent's parent ...)."""
    entry, owner = known_entry(child), gazetteer_name(owner)
    for _ in range(4):
        if entry is None or not entry.parent:
            return False
        if entry.parent == owner:
            return True
        entry = gazetteer().entry(entry.parent)
    return False


def carmaker_to_upstream(source: str, target: str) -> bool:
    """Whether ``source`` is only a carmaker (or truck maker) and ``target`` one of its suppliers' kind
    (``sectors_of``: the gazetteer's, else the page's)."""
    src, tgt = set(sectors_of(source)), set(sectors_of(target))
    if not src or not src <= VEHICLE_MAKERS:
        return False
    return bool(tgt & _UPSTREAM) and not tgt & VEHICLE_MAKERS


def unknown_to_maker(a_sectors, b_sectors) -> str | None:
    """"a" or "b": in supply talks between a company nothing places (no sector from the gazetteer nor
    its page) and one that only makes vehicles, the unplaced one, which would sell: a carmaker is the
    top of the chain and buys from the firms it talks with ("wir sind mit Y im Gespräch", "X è in
    trattativa con Y per la fornitura di traverse"). None for any other pair (two unplaced firms, a
    placed one: the chain's or the goods' readers decide)."""
    a, b = set(a_sectors), set(b_sectors)
    if not a and b and b <= VEHICLE_MAKERS:
        return "a"
    if not b and a and a <= VEHICLE_MAKERS:
        return "b"
    return None


_CHIPS = frozenset({"chips"})
_PARTS = frozenset({"supplier", "electronics"})


def down_the_chain(source: str, target: str) -> bool:
    """Whether the sectors (``sectors_of``) put ``source`` higher in the chain than ``target`` (a cell maker
    above a miner): goods go up the chain. No supply label of the dev, golden and demo sets goes down."""
    src, tgt = sectors_of(source), sectors_of(target)
    if not src or not tgt:
        return False
    if set(tgt) == _CHIPS and set(src) <= _PARTS:
        # a parts supplier buys chips (the tiers put both at one level): 34 supply labels of the dev
        # set go from a chip maker to a parts supplier, none the other way
        return True
    a, b = tier(list(src)), tier(list(tgt))
    return a is not None and b is not None and a > b


def only_kinds(name: str, kinds: frozenset[str]) -> bool:
    """Whether the gazetteer (or, for a company it gives no sector, the page) gives ``name`` (or the company a
    national unit's name starts with) sectors, every one of them one of ``kinds``."""
    sectors = sectors_of(name)
    return bool(sectors) and set(sectors) <= kinds


_RECYCLING = frozenset({"recycling"})


def _recycler(name: str) -> bool:
    """A company that only recycles (Cylib, Li-Cycle): carmakers sell it their used batteries. One that
    also makes materials (Umicore, Redwood Materials) supplies carmakers like any materials maker."""
    return only_kinds(name, _RECYCLING)


def known_direction(kind: str, source: str, target: str) -> tuple[str, str]:
    """(source, target) of a tie, turned round when the gazetteer knows the source belongs to the
    target (ownership) or the source is a carmaker and the target of its suppliers' kind (supply)."""
    if source == target:
        return source, target
    if kind in _OWNERSHIP and belongs_to(source, target):
        return target, source
    if kind == "supplies" and not _recycler(target) and (
            carmaker_to_upstream(source, target) or down_the_chain(source, target)):
        return target, source
    # (``sectors_of``: a company the gazetteer does not know but the page calls "the lithium refiner X" buys
    # from "the miner Y" as a refiner the gazetteer knows does)
    if kind == "supplies" and buyer_selling(frozenset(sectors_of(source)), frozenset(sectors_of(target))):
        return target, source  # a refiner and a miner, a shipbuilder and a cell maker (buyer_kinds.py)
    return source, target


def related_partners(kind: str, source: str, target: str) -> bool:
    """Whether a partnership or joint venture is told between a company and its own unit ("PowerCo
    and Volkswagen work together"): a group does not partner itself; no label of the dev, golden and
    demo sets pairs a parent and its unit so (122 of them own it, 7 supply each other). Nor two units
    of one parent ("its Omoda and Jaecoo models are assembled by a joint venture with Y": two marques of
    Chery are no partners): no partnership label of the dev and golden sets pairs two such sisters."""
    if kind not in ("partners_with", "joint_venture"):
        return False
    if belongs_to(source, target) or belongs_to(target, source):
        return True
    parent = known_parent(source)
    return parent is not None and parent == known_parent(target)
