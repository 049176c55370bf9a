"""A group's short name standing for the unit the page is about: "Panasonic" after "Panasonic Energy",
"LG" after "LG Energy Solution", "Fortum" after "Fortum Battery Recycling".

A story about a unit names it in full first and then, as briefly as it can, by the group's name the
unit's name starts with ("Panasonic Energy ... the carmaker gets its cells from Panasonic ..."). The
gazetteer knows the group under that short name, so the mention goes to the group, and a tie the body
tells with it pairs the wrong company (guidelines: "Panasonic Holdings" / "Panasonic Energy" are two
companies). The short name stands for the unit when:

* the mention is the group's bare name ("Panasonic", "LG"), not a longer form that names the group as
  such ("Panasonic Holdings", "LG Corp", "Fortum Oyj");
* exactly one company the page names by its own name (not a reference back) is, in the gazetteer, a
  unit of that group (its parent or its parent's parent ...) and has a name that starts with the
  group's name ("LG Energy Solution" under LG Chem under LG);
* the unit's name comes first on the page, a story's headline aside: a page that names the group
  before its unit ("Toyota ... its finance arm Toyota Financial Services") speaks of both;
* the group is a diversified one (a conglomerate or an electronics group: LG, Samsung, Panasonic,
  Tata) and the unit's kind of business is the group's own in no part (a cell maker): a specialist
  group's bare name is the group itself beside its units ("Bosch" beside "Bosch Rexroth", "Enel"
  beside "Enel X Way", "ABB" beside "ABB E-mobility");
* the sentence does not name the unit too ("Panasonic Energy, the battery unit of Panasonic"): there the
  two names are two companies.
"""

from __future__ import annotations

from ..doc import Mention
from .gazetteer import gazetteer
from .short_names import opens_name

__all__ = ["known_short_units"]

_MAX_DEPTH = 4


def _under(child: str, group: str) -> bool:
    """Whether the gazetteer has ``group`` above ``child`` (its parent, or the parent's parent ...)."""
    entry = gazetteer().entry(child)
    for _ in range(_MAX_DEPTH):
        if entry is None or not entry.parent:
            return False
        if entry.parent == group:
            return True
        entry = gazetteer().entry(entry.parent)
    return False


# Kinds of business of a diversified group, whose name the press lends to its specialist units: "LG"
# (conglomerate) for LG Energy Solution, "Samsung" for Samsung SDI, "Panasonic" (electronics) for
# Panasonic Energy. A specialist group's bare name ("Bosch", "Enel", "ABB", "Stellantis") is the
# group itself beside its units ("Bosch Rexroth", "Enel X Way", "Stellantis Ventures").
_DIVERSIFIED = frozenset({"conglomerate", "electronics"})


def _other_business(unit: str, group: str) -> bool:
    """Whether the group is a diversified one and the gazetteer gives the unit only kinds of business
    the group has not."""
    u, g = gazetteer().entry(unit), gazetteer().entry(group)
    if u is None or g is None or not u.sectors or not _DIVERSIFIED & set(g.sectors):
        return False
    return not set(u.sectors) & set(g.sectors)


def _bare(text: str, group: str) -> str | None:
    """The mention's words when they are the group's bare name ("Panasonic" for Panasonic, "Samsung" for
    Samsung Group), else None ("Panasonic Holdings", "LG Corp": the group named as such)."""
    short = " ".join(text.split())
    s, g = short.casefold(), group.casefold()
    return short if s == g or g == s + " group" else None


def known_short_units(mentions: list[Mention], heads: frozenset[int] = frozenset()) -> list[Mention]:
    """``mentions`` with each bare name of a known group turned into the one unit of it the page names
    first (see the docstring; same list, mentions changed in place). ``heads``: the sentences that open
    a story (its headline), where the short name may come first."""
    known = [m for m in mentions if m.label == "COMPANY" and m.source == "gazetteer" and m.canonical
             and (m.attrs or {}).get("known")]
    if len(known) < 2:
        return mentions
    first: dict[str, int] = {}  # canonical -> start of its first mention outside the headlines
    for m in known:
        if m.sentence not in heads and (m.canonical not in first or m.start < first[m.canonical]):
            first[m.canonical] = m.start
    chosen: dict[tuple[str, str], str | None] = {}  # (group, bare name) -> its unit on this page
    for m in known:
        short = _bare(m.text, m.canonical)
        if short is None:
            continue
        key = (m.canonical, short.casefold())
        if key not in chosen:
            units = [u for u in first if opens_name(short.casefold(), u.casefold()) and _under(u, m.canonical)
                     and _other_business(u, m.canonical)]
            ok = len(units) == 1 and first.get(m.canonical, float("inf")) > first[units[0]]
            chosen[key] = units[0] if ok else None
        unit = chosen[key]
        if unit is None or any(o.canonical == unit and o.sentence == m.sentence for o in known):
            continue
        full = next(o for o in known if o.canonical == unit)
        m.canonical = unit
        m.attrs = {**(m.attrs or {}), "sectors": (full.attrs or {}).get("sectors", []), "short_unit": True}
    return mentions
