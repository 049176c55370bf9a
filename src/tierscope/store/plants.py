"""Which reports describe one plant: the same owner at the same place, the place in any language.

Articles in five languages name one site differently ("Lipsia" and "Leipzig", "Sagunt" and
"Sagunto") and its product differently or not at all ("batteries", "battery cells", nothing), so a
plant is keyed on its owner and the place as the place list (``entities/data/places.tsv``) names it.
Only a report without a place falls back on its product to tell plants apart.
"""

from __future__ import annotations

from functools import lru_cache

from .. import ids

__all__ = ["place_name", "plant_id"]


@lru_cache(maxsize=1)
def _places():
    try:
        from ..entities.gazetteer import places
    except ImportError:  # the entity package is optional here; places are then compared as written
        return None
    return places()


@lru_cache(maxsize=4096)
def place_name(location: str | None) -> str | None:
    """The place list's name for ``location`` ("Lipsia" -> "Leipzig"); the location as written
    (spaces collapsed) when the list does not know it; None for no location."""
    text = " ".join((location or "").split())
    if not text:
        return None
    places = _places()
    place = places.get(text) if places is not None else None
    return place.name if place is not None else text


def plant_id(owner_id: str | None, location: str | None, product: str | None) -> str:
    """The ``facilities.id`` of a report: owner and place; owner and product when no place is named."""
    place = place_name(location)
    return ids.facility_id(owner_id, place, None if place else product)
