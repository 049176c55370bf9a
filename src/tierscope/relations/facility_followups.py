"""A sentence that opens on the plant the story just spoke of ("L'usine transformera le graphite
extrait à la mine X, à Y ...", "The plant, on a site 30 km south-east of Stuttgart, was designed
to build 50,000 systems a year"): its places are not the plant's unless one is given to the plant
noun, so its facts (capacity, money, status) belong to the plant before, not to a new plant at a
place the sentence mentions in passing (a mine, a customer's town, a city the site is near).

A place is the plant's when it is attached to the noun ("the plant in X", "l'usine de X"), follows
it after a locative word ("Das Werk im baden-württembergischen X", "Il sito canadese, nella
provincia dell'X"), is stated ("situé à X") or is where a building verb puts it ("Cette usine, le
recycleur la construira sur la plateforme chimique de X").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .facility_places import _area_rx, _located_at, _location_full, _place_candidates

# the verbs that put a plant somewhere (narrower than the lexicons' "build", which also has
# "produce", "invest", "open")
_BUILD = re.compile(
    r"\b(?:buil[dt]\w*|construct\w*|erect\w*|bau\w*|errichte\w*|construi\w*|constru\w+|implant\w+|costrui\w*|costru\w+|"
    r"realizz\w+|edific\w+|levant\w+|sorg\w+|entsteh\w*)\b", re.I)

# a comma or semicolon between a building verb and a place: the place is in another clause
_CLAUSE_BREAK = re.compile(r"[,;]")


def _last_build(gap: str):
    """The last building verb of ``gap`` (the one nearest the place after it), or None."""
    last = None
    for last in _BUILD.finditer(gap):
        pass
    return last


# "in the" in one word or two, which the locative lists leave out: "nella provincia dell'X", "en la
# provincia de X", "dans la région de X", "in der Region X", "in the state of X"
_IN_THE = r"(?:in the|nel|nello|nella|nell['’]|nei|negli|nelle|im|in der|in den|dans (?:la|le|les|l['’])|en (?:la|el|los|las))\b"


@lru_cache(maxsize=None)
def _near_rxs(prep: str) -> tuple[re.Pattern, re.Pattern]:
    """The two patterns of a place near the plant noun, for a language's locative words (``prep``):
    compiled once per language, not built and looked up in ``re``'s cache at each plant noun (a cache
    the other stages' patterns push them out of, so that they were compiled again)."""
    near = re.compile(rf"(?:\s+(?-i:[a-zà-ÿß][\w-]*))?\s*,?\s*(?i:{prep}|{_IN_THE})\s*(?:[\w-]+\s+|[\w-]*['’]\s*){{0,2}}")
    at_end = re.compile(rf"(?:\b(?i:{prep})\s+(?:[\w-]+\s+|[\w-]*['’]\s*){{0,2}})$")
    return near, at_end


def loose_place(ctx, text: str, base: int, ms, noun: tuple[int, int]) -> bool:
    """Whether the plant noun at ``noun`` (which opens the sentence) has no place of its own."""
    n0, n1 = noun
    if _location_full(ctx, text, base, ms, n0, n1, attached_only=True) is not None:
        return False
    if _located_at(ctx, text, base, ms) is not None:
        return False
    near, at_end = _near_rxs(ctx.cue["loc_prep"])
    area = _area_rx(ctx.cue)[1]
    for s, _e, _pen, _name in _place_candidates(ctx, text, base, ms, noun):
        if s < n1:
            continue
        gap = text[n1:s]
        if near.fullmatch(gap) or area.fullmatch(gap):
            return False
        # (the verb's own clause: "..., which has been under construction since last year, is
        # designed for 30 GWh, one of the largest investments outside London" puts nothing there)
        verb = _last_build(gap)
        if verb and (at_end.search(gap) or any(area.fullmatch(gap, k) for k in range(verb.end(), len(gap)))) \
                and not _CLAUSE_BREAK.search(gap, verb.end()):
            return False
    return True


def headline_town(ctx, story: int, owner: str | None, first_of_plant: int) -> str | None:
    """The one town a story's headline names ("PowerCo startet Serienfertigung in Salzgitter",
    "Iberian LFP Cells acelera las obras de Figueruelas", "Melfi, arriva la Lancia Gamma"): the
    place of an owner's plant no sentence places, as a dateline city is. None when the headline
    names no town, or several, or the owner's home town (a head office, not a plant). A headline is
    the story's first sentence on a line of its own; the plant must be told in a later one (its own
    sentence had its chance to place it)."""
    from .facility_places import _home_town, _place_kind

    first = next((i for i, s in enumerate(ctx.doc.sentences) if s.story == story), None)
    if first is None or owner is None or first_of_plant <= first:
        return None
    sent = ctx.doc.sentences[first]
    if sent.end - sent.start > 160 or "\n" not in ctx.doc.text[sent.end : sent.end + 3]:
        return None  # (a lead sentence, not a headline)
    towns = {m.text.strip() for m in ctx.per[first] if m.label == "PLACE" and _place_kind(m.text.strip()) == "city"}
    towns |= {m.text.strip() for m in ctx.as_place.get(sent.start, []) if _place_kind(m.text.strip()) == "city"}
    if len(towns) != 1:
        return None
    town = towns.pop()
    return None if _home_town(owner, town) else town


def share_capacity(cands: list, text: str, new_plant) -> None:
    """A plant told twice at one place under two owners ("Comau will equip the Sagunto gigafactory"
    and "PowerCo's gigafactory in Sagunto will make 40 GWh"; the cell maker and the carmaker it
    supplies there) is one plant: when the candidates at a place give one capacity only, those at
    that place without one take it. Not a plant told as "a second plant", and not where the place
    has two capacities (two plants side by side)."""
    from .facility_places import _same_place

    placed = [c for c in cands if c.location]
    for c in placed:
        if c.capacity is not None or new_plant.search(text, c.start, c.end):
            continue
        there = [x for x in placed if x is not c and _same_place(x.location, c.location)]
        caps = {(x.capacity["value"], x.capacity["unit"]) for x in there if x.capacity}
        if len(caps) == 1:
            c.capacity = next(x.capacity for x in there if x.capacity)
