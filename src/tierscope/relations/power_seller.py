"""Electricity goes from the energy company to its customer, whichever name the sentence puts first.

    "Korvan firmó con Iberdrola un contrato para abastecer de electricidad su fábrica."  -> Iberdrola supplies Korvan
    "Korvan signed a deal with Vattenfall to supply its plant with renewable electricity." -> Vattenfall supplies Korvan
    "FIB ha firmato con Enel un accordo per rifornire di energia rinnovabile lo stabilimento." -> Enel supplies FIB

A power contract is told from the buyer's side as often as from the seller's: the buyer signs "with" the
utility "to supply its plant with power", and the supply verb's subject is the buyer. Where the goods
read are electricity, the gazetteer knows the target as an energy company and does not know the source
as one, the supply runs the other way. (A utility's other purchases, chargers, storage batteries or
electrolysers, keep their direction: their goods are not electricity.)
"""

from __future__ import annotations

from .known_roles import kind_of

__all__ = ["power_seller"]


def _energy(name: str) -> bool:
    entry = kind_of(name)
    return entry is not None and "energy" in entry.sectors


def power_seller(source: str, target: str, product: str | None) -> tuple[str, str]:
    """(seller, buyer) of a supply read as ``source`` -> ``target`` of ``product``: turned round when
    the goods are electricity and only the target is an energy company."""
    if product == "electricity" and source != target and _energy(target) and not _energy(source):
        return target, source
    return source, target
