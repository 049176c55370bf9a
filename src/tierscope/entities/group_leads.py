"""A business group with no holding company of its own is its lead company: "Hyundai Motor Group" is
Hyundai Motor.

Some groups are families of listed companies held together by cross-holdings, not by a parent company
("Hyundai Motor Group": Hyundai Motor, Kia, Hyundai Mobis ...). News names the group where its lead
company acts ("Hyundai Motor Group bought a robotics maker", "X, the group's software
subsidiary"), and the lead company is the party a deal binds. The gazetteer tells such a group by its
lead: an entry with no parent whose name is the lead's name and "Group", the lead being listed under
it. A group with a holding of its own ("Tata Group", alias Tata Sons; "Samsung Group") has no entry
named so and stays.
"""

from __future__ import annotations

from functools import lru_cache

from ..doc import Mention
from .gazetteer import gazetteer

__all__ = ["group_lead", "name_group_leads"]

_GROUP_WORDS = (" Group",)


@lru_cache(maxsize=4096)
def group_lead(name: str) -> str | None:
    """The lead company ``name`` (a gazetteer group with no parent) stands for, else None."""
    entry = gazetteer().entry(name)
    if entry is None or entry.parent or entry.name != name:
        return None
    for word in _GROUP_WORDS:
        if name.endswith(word):
            lead = gazetteer().entry(name[: -len(word)])
            if lead is not None and lead.name == name[: -len(word)] and lead.parent == name:
                return lead.name
    return None


def name_group_leads(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each one of such a group named as its lead company (changed in place)."""
    for m in mentions:
        if m.label == "COMPANY" and m.canonical and (m.attrs or {}).get("known"):
            lead = group_lead(m.canonical)
            if lead is not None:
                m.canonical = lead
    return mentions
