"""A name the evidence calls a brand is no party to a supply.

    "FIB fornirà le celle al costruttore che produce gli autobus a marchio Menarini"   -> no FIB -> Menarini
    "Yasa soll Motoren für die Modelle der Marke AMG fertigen"                          -> no tie with "AMG"
    "cells for the buses sold under the Kestrel brand"                                  -> no tie with Kestrel

The labelling guidelines list no brand as a company. A marque the gazetteer knows stands for its group
in a supply (``known_roles.brand_owner``: cells "for Peugeot" go to Stellantis) and has been turned
into that group before this filter runs; what is left is a name the sentence itself calls a brand
("a marchio X", "der Marke X", "la marque X", "la marca X", "the X brand"), most often the label a
maker sells under, whose maker the sentence names beside it. A party is dropped only where every
mention of it in the tie's evidence is so called (a name also given plainly keeps its tie); the
brand test is the one ``owner_parties`` uses for ownership.
"""

from __future__ import annotations

import re

from ..doc import Document, Relation
from .evidence_names import drop_supplies
from .owner_parties import called_brand

__all__ = ["drop_brand_parties"]


#: "Korvan's Maltrix brand": a brand told with its owner's possessive is the unit that trades under it
_POSSESSOR_BEFORE = re.compile(r"['’]s?\s+$")

#: a plural brand noun before or after a list of names calls each of them a brand, not only the
#: one next to it: "para las marcas Brixo y Kessel", "for the Brixo and Kessel brands", "pour les marques
#: Brixo et Kessel", "per i marchi Brixo e Kessel", "für die Marken Brixo und Kessel"
_NAME = r"[A-ZÀ-Ý][\w.&'’-]*(?:\s[A-ZÀ-Ý][\w.&'’-]*)?"
_LISTED_BEFORE = re.compile(r"\b(?:brands|marques|marcas|marchi|Marken)\s+(?:" + _NAME + r"\s*,\s*){0,4}" + _NAME
                            + r"\s*,?\s+(?:and|et|y|e|ed|und|&)\s+$")
_LISTED_AFTER = re.compile(r"(?:\s*,\s*" + _NAME + r"){0,4},?\s+(?:and|&)\s+" + _NAME + r"\s+brands\b")


def _listed_brand(text: str, m) -> bool:
    """Whether the name stands in a list of names that a plural brand noun governs."""
    return bool(_LISTED_BEFORE.search(text, max(0, m.start - 120), m.start) or _LISTED_AFTER.match(text, m.end))


def _brand_only(text: str, m) -> bool:
    # (a description pointing back, "il marchio del gruppo", names the group itself, not a brand)
    if (m.source or "").startswith("coref") or not (called_brand(text, m) or _listed_brand(text, m)):
        return False
    return not _POSSESSOR_BEFORE.search(text, max(0, m.start - 3), m.start)


def _only_brand(text: str, inside: list, name: str) -> bool:
    named = [m for m in inside if m.canonical == name]
    return bool(named) and all(_brand_only(text, m) for m in named)


def drop_brand_parties(relations: list[Relation], doc: Document) -> list[Relation]:
    """``relations`` less the supplies one of whose parties the evidence names only as a brand."""
    return drop_supplies(
        relations, doc, lambda text, inside, r: _only_brand(text, inside, r.source) or _only_brand(text, inside, r.target)
    )
