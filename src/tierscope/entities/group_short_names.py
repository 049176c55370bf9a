"""A company's bare short name on a page that names its group and never the company in full: the group.

    "Hyundai Motor Group ... its Metaplant ... Hyundai said the plant ..." -> "Hyundai" is Hyundai Motor Group

The gazetteer gives the bare word ("Hyundai") to one company (Hyundai Motor) whose parent's name opens
with the same word (Hyundai Motor Group). A page that writes the group's full name and never the company's
(no "Hyundai Motor", "Hyundai Motor Company") uses the bare word for the group it writes of: its ties are
the group's, not those of a company the page does not name. The short name stands for the group where

* the mention's words are an alias of the company, shorter than its name (not "Hyundai Motor" itself);
* the group is the company's parent in the gazetteer and its name opens with those words;
* the page names the group by its own name (not a reference back), and no other mention names the
  company by more words than the bare alias;
* the sentence does not name the group too ("Hyundai and Hyundai Motor Group": two names, two companies).
"""

from __future__ import annotations

from ..doc import Mention
from .gazetteer import gazetteer
from .short_names import opens_name

__all__ = ["group_short_names"]


def group_short_names(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each bare short name of a company turned into its group's, where the page names the
    group and not the company in full (see the docstring; the same list, mentions changed in place)."""
    known = [m for m in mentions if m.label == "COMPANY" and m.source == "gazetteer" and m.canonical
             and (m.attrs or {}).get("known")]
    if len(known) < 2:
        return mentions
    named = {m.canonical for m in known}
    full_company = {m.canonical for m in known if " ".join(m.text.split()).casefold() != _alias_of(m)}
    # (read before any bare name is turned: a turned one must not count as the group named in its sentence)
    named_in = {(m.canonical, m.sentence) for m in known}
    for m in known:
        short = _alias_of(m)
        if short is None or m.canonical in full_company:
            continue
        entry = gazetteer().entry(m.canonical)
        group = entry.parent if entry is not None else None
        if not group or group not in named or not opens_name(short, group.casefold()):
            continue
        if (group, m.sentence) in named_in:
            continue
        m.canonical = group
        m.attrs = {**(m.attrs or {}), "group_short": True}
    return mentions


def _alias_of(m: Mention) -> str | None:
    """The mention's words, case-folded, when they are shorter than the company's name and open it
    ("hyundai" for Hyundai Motor), else None."""
    short = " ".join(m.text.split()).casefold()
    return short if opens_name(short, m.canonical.casefold()) else None
