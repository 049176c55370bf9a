"""Names a sentence gives in passing, which no supply ties: a plant's former owner, a region, the ends of a range.

    "BYD produce da luglio nell'ex fabbrica Ford di Camaçari."            -> no BYD -> Ford
    "BYD now builds cars in the former Ford plant in Camaçari."           (also "l'ancienne usine Ford",
                                                                          "la antigua fábrica de Ford", "im ehemaligen Ford-Werk")
    "BYD builds cars on the site of a factory that Ford closed in 2021."  (also "une usine que Ford a fermée",
                                                                          "ein Werk, das Ford 2021 geschlossen hat")
    "Yutong estudia una planta en la Región de Antofagasta"               -> no Antofagasta -> Yutong
                                                                          (also "the Antofagasta region", "die Region X")
    "a string of groups from BYD to Chery have drawn up plans"            -> no BYD -> Chery
    ("des groupes de BYD à Chery", "i gruppi, da BYD a Chery", "grupos desde BYD hasta Chery", "Konzerne von BYD bis Chery")

A plant named after a company that no longer owns it says where the work is done, not for whom; a
range "from X to Y" after a plural noun of companies gives examples of a kind, and the readers of
"from X to Y" take it for goods going from one to the other. A supply one of whose parties the evidence
names only so is dropped.
"""

from __future__ import annotations

import re

from ..doc import Document, Mention, Relation
from .evidence_names import drop_supplies

__all__ = ["drop_passing_names"]

_I = re.IGNORECASE
_PLANT = r"(?:plants?|factory|factories|site|works|usine|fábrica|planta|factoría|stabilimento|fabbrica|impianto|Werk|Fabrik)"
#: "the former Ford plant", "l'ex fabbrica Ford", "l'ancienne usine Ford", "la antigua fábrica de Ford", "im ehemaligen Ford-Werk"
_FORMER_BEFORE = re.compile(
    r"\b(?:former|ex|ancienne|antigua|antiguo|ehemalige[nmrs]?|früheren?|vecchi[oa])[\s-]+(?:(?:[\w-]+\s+)?" + _PLANT +
    r"\s+(?:(?:de|di|del|della|d['’]|of|von|der|du)\s+)?(?:(?:la|el|the)\s+)?)?$", _I)
_PLANT_AFTER = re.compile(r"(?:\s+|-)" + _PLANT + r"\b", _I)
_FORMER_ONLY = re.compile(r"\b(?:former|ex|ancienne|antigua|antiguo|ehemalige[nmrs]?|früheren?|vecchi[oa])[\s-]+$", _I)
_FORMER_WORDS = ("former", "ex", "ancien", "antigu", "ehemalig", "früher", "vecchi")

#: a plural noun of companies and the start of a range right before the first name
_RANGE_FROM = re.compile(
    r"\b(?:groups|companies|carmakers|automakers|manufacturers|makers|players|firms|brands|suppliers|"
    r"groupes|constructeurs|entreprises|sociétés|marques|fabricants|gruppi|costruttori|aziende|società|marchi|case|"
    r"grupos|fabricantes|empresas|compañías|marcas|Konzerne|Hersteller|Autobauer|Unternehmen|Marken)"
    r"(?:\s+[\w-]+){0,3}?\s*,?\s*(?:ranging\s+)?(?:from|de|d['’]|da|desde|von)\s*$", _I)
_RANGE_TO = re.compile(r"^\s*(?:to|à|a|hasta|bis)\s*$", _I)


def _former_plant(text: str, m) -> bool:
    lo = max(0, m.start - 50)
    low = text[lo : m.start].lower()
    if not any(w in low for w in _FORMER_WORDS):
        return False
    if _FORMER_BEFORE.search(text, lo, m.start) is None:
        return False
    # "former Ford" must be a plant's name: the plant noun before the name or right after it
    return not _FORMER_ONLY.search(text, lo, m.start) or _PLANT_AFTER.match(text, m.end) is not None


#: a plant, then a relative whose subject is the name ("a factory that Ford closed", "une usine que Ford a
#: fermée", "una fabbrica che Ford ha chiuso", "una fábrica que Ford cerró", "ein Werk, das Ford geschlossen hat")
_PLANT_RELATIVE = re.compile(r"\b" + _PLANT + r"(?:\s+(?:in|at|de|di|en|à|a|in)\s+(?-i:[A-ZÀ-Ý])[\w'’-]*)?\s*,?\s*"
                             r"(?:that|which|que|qu['’]|che|das|die|den)\s*$", _I)
#: the relative's verb: the name closed, sold, shut or left the plant ("closed in 2021", "a fermée", "ha chiuso",
#: "cerró", "2021 geschlossen hat", "verkauft hatte")
_CLOSED_AFTER = re.compile(
    r"\s+(?:(?:had|has|a|avait|ha|aveva|había|ha|hatte|hat)\s+)?(?:(?:in|im|en|nel|nell['’]|el)\s+)?(?:\d{4}\s+)?"
    r"(?:closed|shut|sold|abandoned|left|vacated|fermée?|vendue?|abandonnée?|quittée?|chius[oa]|vendut[oa]|abbandonat[oa]|"
    r"cerró|vendió|abandonó|cerrado|vendido|abandonado|geschlossen|verkauft|stillgelegt|aufgegeben)\b", _I)


def _closed_plant(text: str, m) -> bool:
    """The name is the subject of a relative on a plant that tells it closed or sold the plant: its former owner."""
    return _PLANT_RELATIVE.search(text, max(0, m.start - 60), m.start) is not None and _CLOSED_AFTER.match(text, m.end) is not None


#: a region's noun before the name: "en la Región de Antofagasta", "in the region of X", "dans la région de X",
#: "nella regione di X", "in der Region X", "the state of X", "la provincia de X" (a company the gazetteer
#: names after its home region is then the region)
_REGION_BEFORE = re.compile(
    r"\b(?:region|state|province|county|région|province|département|regione|provincia|región|estado|comunidad|Region|Provinz|"
    r"Bundesland|Landkreis)(?:\s+(?:of|de|du|di|del|della|de\s+la))?\s+$", _I)
#: the region's noun after the name: "the Antofagasta region", "la Antofagasta region" (English order)
_REGION_AFTER = re.compile(r"\s+(?:region|province)\b(?!-)", _I)


def _region(text: str, m) -> bool:
    """The name is a region's: a region noun right before it, or (English) right after it."""
    return _REGION_BEFORE.search(text, max(0, m.start - 30), m.start) is not None or _REGION_AFTER.match(text, m.end) is not None


def _range_ends(text: str, inside: list, r: Relation) -> bool:
    for a in inside:
        if a.canonical not in (r.source, r.target):
            continue
        b = next((o for o in inside if o.start > a.end and o.canonical in (r.source, r.target) and o.canonical != a.canonical), None)
        if b is not None and _RANGE_TO.match(text[a.end : b.start]) and _RANGE_FROM.search(text, max(0, a.start - 60), a.start):
            return True
    return False


def drop_passing_names(relations: list[Relation], doc: Document) -> list[Relation]:
    """``relations`` less the supplies told only through a plant's former owner or the two ends of a range."""
    return drop_supplies(relations, doc, _passing)


def _passing(text: str, inside: list[Mention], r: Relation) -> bool:
    for name in (r.source, r.target):
        named = [m for m in inside if m.canonical == name]
        if named and all(_former_plant(text, m) or _closed_plant(text, m) or _region(text, m) for m in named):
            return True
    return _range_ends(text, inside, r)
