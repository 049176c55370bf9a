"""A supply deal whose partner is described as a maker of goods: the partner sells.

    "X steht kurz vor einem Liefervertrag mit dem Lithiumhydroxid-Hersteller Y"
    "X signed a supply agreement with the lithium producer Y"
    "X ha firmato un contratto di fornitura con il produttore Y"
    "X a signé un accord de fourniture avec le fabricant de cathodes Y"
    "X firmó un acuerdo de suministro con el fabricante de cátodos Y"

Read only where nothing else gives the deal's direction (no tiers from the gazetteer), in place of
the default "the subject supplies". A maker of vehicles is no seller here: the carmaker is the
customer of a supply deal ("with the carmaker Y", "mit dem Autohersteller Y"); nor when the subject
is described as a maker itself ("the cell maker X ... with the lithium producer Y": both sell), nor
when the gazetteer puts the subject in the chain no lower than the partner's goods (a battery materials
company "... mit dem Kathodenhersteller Y" may sell lithium to it; one "... mit dem
Lithiumhydroxid-Hersteller Y" buys the lithium). The gazetteer's sectors are coarse ("battery_materials"
holds lithium refiners and cathode makers), so the goods are put on a ladder of their own here.
"""

from __future__ import annotations

import re

from ..goods_ladder import SECTOR_RANK as _SECTOR_RANK, goods_rank as _goods_rank

__all__ = ["maker_partner"]

_I = re.IGNORECASE
#: the maker noun, right before the partner's name, after its "with" and an article (and the goods:
#: "the lithium producer", "le fabricant de cathodes", "il produttore di litio")
_MAKER = {
    "en": r"(?:maker|producer|manufacturer|miner|refiner|supplier)s?",
    "de": r"(?-i:[A-ZÄÖÜ])[\w-]*(?:hersteller|produzent|lieferant|fertiger|förderer)(?:in|en|s)?|(?:Hersteller|Produzent|Lieferant|Zulieferer|Fertiger)(?:in|en|s)?",
    "it": r"(?:produttore|produttrice|fornitore|fornitrice|fabbricante)",
    "fr": r"(?:fabricant|producteur|productrice|fournisseur|équipementier)",
    "es": r"(?:fabricante|productor|productora|proveedor|proveedora)",
}
#: at most three words of goods or origin between the article and the noun, or after the noun
_PHRASE = {
    lang: re.compile(r"(?<![\w-])(?P<np>(?:[\w-]+\s+){0,3}?(?:" + noun + r")(?:\s+(?:of|de|di|d['’]|du|des|del|della|dei|degli)\s*(?:[\w-]+\s+){1,2}?)?)\s*$", _I)
    for lang, noun in _MAKER.items()
}
#: vehicles in the maker's phrase: a carmaker buys
_VEHICLE = re.compile(
    r"\b(?:car|cars|auto|automobile|ev|evs|vehicle|vehicles|truck|trucks|bus|buses|van|vans|coche|coches|automóviles|vehículos|"
    r"voitures?|véhicules?|camions?|veicoli|auto|automobili|camion|autobus)\b|fahrzeug|auto|lkw|pkw|bus|(?<!\w)car|carmaker|automaker", _I)


def _described(text: str, start: int, end: int, lang: str) -> str | None:
    """The maker phrase ending at ``end`` ("the lithium producer "), or None (none, or a vehicle maker)."""
    rx = _PHRASE.get(lang)
    m = rx.search(text, start, end) if rx is not None else None
    return m.group("np") if m is not None and _VEHICLE.search(m.group("np")) is None else None


def maker_partner(text: str, subject_start: int, marker_end: int, partner_start: int, lang: str,
                  subject_sectors: list[str]) -> bool:
    """Whether the words between the partner's "with" (ending at ``marker_end``) and its name call it a
    maker of goods other than vehicles, the words right before the subject do not, and the subject's
    place in the chain (``subject_sectors``, from the gazetteer) is unknown or above the partner's goods."""
    if partner_start - marker_end > 80:
        return False
    np = _described(text, marker_end, partner_start, lang)
    if np is None or _described(text, max(0, subject_start - 60), subject_start, lang) is not None:
        return False
    ranks = [_SECTOR_RANK[s] for s in subject_sectors if s in _SECTOR_RANK]
    if not subject_sectors:
        return True
    goods = _goods_rank(np)
    return bool(ranks) and goods is not None and goods < min(ranks)
