"""A description that names a town ("le groupe de Toronto", "l'ancien groupe de Lippstadt", "der Essener
Konzern") fits a group whose unit is at home there ("la casa di Torino" is Stellantis, through Fiat). When
that unit is itself among the candidates, it is the one meant: "Glencore va mettre la main sur Li-Cycle ...
le groupe de Toronto" is Li-Cycle (of Toronto), not Glencore (of Baar); "Hella, que le groupe détient ...
l'ancien groupe de Lippstadt" is Hella, not Forvia. So candidates at home in the town themselves go before
those that fit only through a unit, the order among each kept (nearest first)."""

from __future__ import annotations

from collections.abc import Callable, Iterable


def own_home_first(window: list, own_home: Callable[[object], bool]) -> list:
    """``window``: candidates that fit the description, best first; ``own_home``: is a candidate itself
    at home in the stated town (not only through a unit)? Those come first; nothing is dropped."""
    own = [c for c in window if own_home(c)]
    if not own:
        return window
    return own + [c for c in window if not any(c is o for o in own)]


def homes_match(cities: Iterable[str], names: tuple[str, ...], metro: dict, place_of) -> bool:
    """Is one of ``cities`` one of the stated towns ``names`` (by name, by the wider city's name, or by
    the place they are)?"""
    homes = {place_of(c) for c in names} - {None}
    return any(c in names or place_of(metro.get(c, c)) in homes or place_of(c) in homes for c in cities)
