"""Goods on a ladder of their own, up the battery chain, and the gazetteer sectors on the same ladder.

The gazetteer's sectors are coarse ("battery_materials" holds lithium refiners and cathode makers, and
``products.tier`` puts a miner and a cathode maker on one rung), so where two parties of a supply sit on
one rung the goods tell who sells: raw and refined materials, then cathodes and the like, then cells.
Used by ``frames/maker_partner.py`` (a deal with "the lithium producer Y") and ``talks_goods.py``
(talks about "a supply of spodumene concentrate" between a miner and a converter).
"""

from __future__ import annotations

import re

__all__ = ["GOODS_RANK", "SECTOR_RANK", "goods_rank", "ladder_seller"]

#: storage of energy, the cells' rung: the accumulator and "sistemi di accumulo", a German "...speicher" of
#: energy, and the storage nouns with what they store. Not the other words those stems begin:
#: "accumulated losses", "gespeicherte Daten", "Speicherung", "data storage", "stockage des données"
_STORAGE = (r"\baccumul(?:o|i|atore|atori|ateur|ateurs|ator|ators)\b|\bacumulador(?:es)?\b|"
            r"\b(?:batterie|energie|strom|netz|heim|gro(?:ß|ss)|solar)?speicher(?:s|systeme?n?|lösung(?:en)?|anlagen?)?\b|"
            r"\b(?:energy|battery|grid|stationary)[ -]storage\b|\bstorage (?:systems?|units?|solutions?|projects?)\b|"
            r"\bstockage (?:d['’]énergie|stationnaire|par batteries?)\b|\b(?:systèmes?|solutions?) de stockage\b|"
            r"\balmacenamiento (?:de energía|energético|estacionario|en baterías)\b|\bsistemas? de almacenamiento\b")

#: goods, up the chain: raw and refined materials, then cathodes and the like, then cells
GOODS_RANK = (
    (0, re.compile(r"lithi|spodum|nickel|cobalt|kobalt|cobalto|graphit|grafit|manganes|mangan|ore\b|erz|minerai|minerale|mineral|"
                   r"hydroxid|carbonat|brine|sole\b|salmuera|mining|miner|bergbau|minier|minera|rare earth|seltene", re.I)),
    (1, re.compile(r"cathod|catod|kathod|anod|precursor|vorprodukt|précurseur|precursore|precursor|separator|séparateur|separatore|"
                   r"separador|electrolyt|elettrolit|electrolit|elektrolyt|foil|folie|feuille|lámina", re.I)),
    (2, re.compile(r"\bcells?\b|zell|cellul|celle|celda|batter|akku|" + _STORAGE, re.I)),
)
#: a company's place from the gazetteer's sectors, on the same ladder (vehicles are read before)
SECTOR_RANK = {"mining": 0, "chemicals": 0, "metals": 0, "steel": 0, "aluminium": 0, "materials": 0, "recycling": 0,
               "battery_materials": 1, "battery_cells": 2, "supplier": 3, "electronics": 3, "chips": 3, "tyres": 3}


def goods_rank(np: str) -> int | None:
    return next((rank for rank, rx in GOODS_RANK if rx.search(np)), None)


#: the Italian and Spanish word for lithium, which the ladder's "lithi" misses
_LITIO = re.compile(r"\blitio\b", re.I)


def _top_rank(goods: str) -> int | None:
    """The highest rung the goods' words name: "lithium-ion cells", "celle al litio" are cells, not lithium."""
    ranks = [rank for rank, rx in GOODS_RANK if rx.search(goods)]
    if _LITIO.search(goods):
        ranks.append(0)
    return max(ranks) if ranks else None


def _rank(sectors: list[str]) -> int | None:
    ranks = [SECTOR_RANK[s] for s in sectors if s in SECTOR_RANK]
    return min(ranks) if ranks else None


#: the goods right after a supply noun: a preposition and up to five words ("of spodumene concentrate",
#: "di concentrato di spodumene", "von Lithiumhydroxid", "de lithium"), no clause break
_GOODS_AFTER = re.compile(r"\s*(?:[\w'’-]+\s+){0,5}[\w'’-]+", re.I)


def ladder_seller(a_sectors: list[str], b_sectors: list[str], goods: str) -> str | None:
    """"a" or "b": the party whose rung the goods (``goods``: the words naming them) are on or below,
    where the other party is known to the gazetteer and stands above them or off the ladder (a
    carmaker, a shipbuilder, a utility); None when the goods name no rung, both or neither could make
    them, or a party is unknown."""
    g = _top_rank(goods)
    if g is None or not a_sectors or not b_sectors:
        return None
    ra, rb = _rank(a_sectors), _rank(b_sectors)
    a_makes = ra is not None and ra <= g
    b_makes = rb is not None and rb <= g
    if a_makes == b_makes:
        return None
    return "a" if a_makes else "b"


def goods_after(text: str, end: int) -> str:
    """The few words after a supply noun ending at ``end`` that may name its goods."""
    m = _GOODS_AFTER.match(text, end)
    return m.group(0) if m else ""
