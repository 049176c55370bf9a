"""The owner of a plant that no sentence of the story gives one to: the company the story is about.

"La fabbrica di Torino dedicata all'e-powertrain lavora su due turni", "Die Fertigung in Ellwangen
produziert derzeit rund 0,3 GWh", "L'usine de Trémery tourne désormais avec une capacité d'un million
de moteurs": a plant named by its town alone, in a story that keeps naming one company (three times or
more, its descriptions resolved by the entity stage counted: ``topic.story_topic``), is that company's.
A story that names no company that often leaves the plant without an owner, and so does a plant placed
only in a country or region ("ses usines en Chine", "in Ostdeutschland"): a story about one company
speaks of many others' plants in a country, but a town it names for a plant is most often its own.
"""

from __future__ import annotations

from ..doc import Document
from .facility_places import _place_kind
from .topic import story_topic

__all__ = ["topic_owner"]


def topic_owner(doc: Document, per_sentence, i: int, location: str | None) -> str | None:
    """The company the story of sentence ``i`` is about, for a plant in the town ``location``; or None."""
    if not location or _place_kind(location) in ("country", "region", "continent"):
        return None
    return story_topic(doc, per_sentence, i, set())
