"""A cell material told as being for a carmaker's cells goes to the cells' maker, not to the carmaker.

    "Brixo liefert die Zellen an Vexa. Das Kathodenmaterial für die Zellen stammt von Kestrel."
                                                    -> Kestrel supplies Brixo, not Vexa
    "The cathode material for these new cells will be delivered by Kestrel."   (Brixo the page's one cell maker of Vexa)
    "Le matériau de cathode pour les cellules viendra de Kestrel."
    "Il catodo per le celle arriverà da Kestrel." / "El cátodo para las celdas procederá de Kestrel."

A story about a carmaker's batteries names the cells' maker and then, in passing, who makes the
materials "for the cells": cathode, anode, electrolyte, separator. The readers of goods told with their
maker alone (`lone_makers.py`, `goods_from.py`) give them to the story's company, the carmaker; but a
carmaker that buys its cells buys no cathode for them, their maker does. A supply from a materials maker
to a carmaker (the gazetteer's kinds: a materials or chemicals maker that makes no cells; a carmaker
that makes no cells), whose evidence names a cell material and then "for the (...) cells" within a few
words, where the page tells a cell maker supplying that carmaker, goes to that cell maker where the page
names one such, and is dropped where it names several. A direct deal of a carmaker for materials
("Kestrel will supply cathode material to Vexa", "graphite destined for Vexa's cells") names no cells
"for" whose maker is another company, and stays.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..doc import Document, Relation
from .known_roles import kind_of
from ..entities.vocab import VEHICLE_MAKERS

__all__ = ["materials_to_cell_makers"]

_I = re.IGNORECASE
#: a cell material, then "for the (new, Vexa) cells" within a few words
_FOR_CELLS = re.compile(
    r"(?:cathod|kathod|c[aá]tod|anod|[ée]lectrolyt|elektrolyt|s[ée]parat|precursor|pr[ée]curseur|vorprodukt)"
    r"[\w-]*(?:\s+[\w-]+){0,3}?\s+(?:for|für|pour|per|para)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:cells|zellen|cellules|celle|celdas)\b", _I)
_MATERIALS = frozenset({"battery_materials", "chemicals"})


def _page_sectors(doc: Document) -> dict[str, frozenset[str]]:
    """Each company's sectors as the page's mentions carry them (the gazetteer's, set by the entity stage)."""
    out: dict[str, frozenset[str]] = {}
    for m in doc.mentions:
        sectors = (m.attrs or {}).get("sectors") if m.label == "COMPANY" and m.canonical else None
        if sectors:
            out.setdefault(m.canonical, frozenset(sectors))
    return out


def materials_to_cell_makers(relations: list[Relation], doc: Document) -> list[Relation]:
    """``relations`` with each cell material told for a carmaker's cells given to the carmaker's one cell
    maker on the page, or dropped where the page names several (see the module's docstring)."""
    text = doc.text
    if not any(r.type == "supplies" and _FOR_CELLS.search(text, r.evidence.start, r.evidence.end) for r in relations):
        return relations
    known = _page_sectors(doc)

    def sectors(name: str) -> frozenset[str]:
        if name not in known:
            entry = kind_of(name)
            known[name] = frozenset(entry.sectors) if entry is not None and entry.sectors else frozenset()
        return known[name]

    def carmaker(name: str) -> bool:
        return bool(sectors(name) & VEHICLE_MAKERS) and "battery_cells" not in sectors(name)

    def materials_maker(name: str) -> bool:
        return bool(sectors(name) & _MATERIALS) and "battery_cells" not in sectors(name)

    todo = [r for r in relations if r.type == "supplies" and _FOR_CELLS.search(text, r.evidence.start, r.evidence.end)
            and carmaker(r.target) and materials_maker(r.source)]
    if not todo:
        return relations
    out, changed, ids = [], {}, {id(r) for r in todo}
    for r in relations:
        if id(r) not in ids:
            out.append(r)
            continue
        cell_makers = {x.source for x in relations if x.type == "supplies" and x.target == r.target
                       and x.source != r.source and "battery_cells" in sectors(x.source)}
        if not cell_makers:
            out.append(r)
        elif len(cell_makers) == 1:
            maker = next(iter(cell_makers))
            if (r.source, maker) not in changed:
                changed[(r.source, maker)] = True
                out.append(replace(r, target=maker))
    return out
