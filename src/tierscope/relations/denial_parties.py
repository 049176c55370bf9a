"""Who may deny a reported deal: its two parties, and the group above either of them.

A report about a unit is often denied by its parent ("Un diario publicó que X vendería su filial Y a Z.
El grupo X lo desmintió"; "Z soll eine Beteiligung an ZF Lifetec erwogen haben. ZF wies das zurück"):
the parent speaks for the unit, so its denial is no other company's deal. The group above a party is
the gazetteer's parent, a company whose name opens the party's name ("ZF" for "ZF Lifetec"), or the
owner a link of the page names ("Y, su filial": owns X -> Y).
"""

from __future__ import annotations

from .known_roles import known_parent


def _opens_name(short: str, name: str) -> bool:
    """``short`` is the first word(s) of ``name`` ("ZF" of "ZF Lifetec"; not "Ford" of "Fordham")."""
    return len(short) >= 2 and name != short and name.startswith(short + " ")


def speaking_for(parties: set[str], found, names: set[str], speakers: set[str] | None = None) -> set[str]:
    """``parties`` and the companies of ``names`` that stand above one of them: the gazetteer's parent,
    a name that opens a party's name, or the source of an ``owns`` link of ``found`` (sentence index ->
    [(Found, lang)]) to a party. A group speaks for its unit only where the unit's counterpart is not
    named beside it ("Volkswagen denied buying into Horizon": the group's own deal with Horizon, not its
    unit's), and, where ``speakers`` (the companies named before the denial) are given, only as one of them
    ("Autoliv: we are no bidder for ZF Lifetec and hold no talks with ZF": ZF denies nothing)."""
    out = set(parties)
    for p in parties:
        if (parties - {p}) & names:
            continue
        above = {n for n in names if _opens_name(n, p)}
        parent = known_parent(p)
        if parent:
            above.add(parent)
        above.update(f.source for items in found.values() for f, _lang in items
                     if f.type == "owns" and f.target == p and f.status != "ended")
        out.update(above if speakers is None else above & speakers)
    return out
