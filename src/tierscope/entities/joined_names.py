"""Two company names joined by a vertical bar are one co-branded company: "Iberdrola | bp pulse"; a name
that follows another right after one space and ends in a word of business is the joint company named after
both ("Ebro Chery Battery Systems", `join_owner_names`).

A joint company may carry its parents' brands side by side, set apart by a bar ("Iberdrola | bp
pulse", the charging company of Iberdrola and BP). Read as two names, the joint company's deals go to
its parents ("Iberdrola | bp pulse encarga cargadores a Wallbox": bp pulse buys, Iberdrola is left
out). Two company mentions on one line with nothing but a bar and spaces between them are one name,
the written one; a bar between page-furniture words ("Home | News") joins no company, a line
with several bars is a list of teasers or links, whose items may meet at two names, and a line that
holds nothing but the two names ("Stellantis | Samsung SDI" as a tag line or a title with its
section) is a pair of labels, not prose about one company.
"""

from __future__ import annotations

from ..doc import Mention
from .patterns import CONTINUE

__all__ = ["join_barred_names", "join_owner_names"]


def _one_bar(text: str, pos: int) -> bool:
    """Whether the line holding ``pos`` has a single bar: a list of teasers or links ("Korvan signs
    deal | Maltrix exits Tessane | Brixo denies report") has several, and two of its items
    may meet at two names."""
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    return text.count("|", lo, len(text) if hi < 0 else hi) == 1


def _more_on_line(text: str, start: int, end: int) -> bool:
    """Whether the line holding ``text[start:end]`` has words outside it."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return any(ch.isalnum() for ch in text[lo:start] + text[end:len(text) if hi < 0 else hi])


def join_barred_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` (COMPANY mentions of one kind, in any order) with each pair joined by a bar made one."""
    if "|" not in text:
        return mentions
    ordered = sorted(mentions, key=lambda m: m.start)
    out: list[Mention] = []
    i = 0
    while i < len(ordered):
        a = ordered[i]
        b = ordered[i + 1] if i + 1 < len(ordered) else None
        if (b is not None and a.label == "COMPANY" and b.label == "COMPANY" and a.sentence == b.sentence
                and text[a.end:b.start].strip() == "|" and "\n" not in text[a.end:b.start]
                and _one_bar(text, a.start) and _more_on_line(text, a.start, b.end)):
            surface = text[a.start:b.end]
            out.append(Mention(start=a.start, end=b.end, text=surface, label="COMPANY",
                               canonical=" ".join(surface.split()), sentence=a.sentence, source=a.source,
                               attrs={**(b.attrs or {}), "joined": True}))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def join_owner_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each company name that stands one space after another company's name and ends in a
    word of business made one with it: a joint venture named after its owners ("Velqua Korvent Battery
    Systems", "la sociedad Velqua Korvent Cells", "die Velqua Korvent Energy GmbH") is one company, not a
    tie between its owners. Only where the second name is no name the gazetteer knows whole (a known "LG
    Energy Solution" after "Hyundai" is another company beside it), nor a reference ("the company")."""
    ordered = sorted(mentions, key=lambda m: (m.start, -m.end))
    joined: dict[int, Mention] = {}  # id of the first name -> the whole
    gone: set[int] = set()  # ids of the second names
    for a, b in zip(ordered, ordered[1:]):
        if id(a) in gone or not _owner_pair(text, a, b):
            continue
        surface = text[a.start:b.end]
        joined[id(a)] = Mention(start=a.start, end=b.end, text=surface, label="COMPANY",
                                canonical=" ".join(surface.split()), sentence=a.sentence, source="pattern",
                                attrs={"known": False, "joined": True, "sectors": list((b.attrs or {}).get("sectors", ()))})
        gone.add(id(b))
    if not joined:
        return mentions
    # (the others keep their order: later stages read the list as it came)
    return [joined.get(id(m), m) for m in mentions if id(m) not in gone]


def _owner_pair(text: str, a: Mention, b: Mention) -> bool:
    if a.label != "COMPANY" or b.label != "COMPANY" or a.sentence != b.sentence or text[a.end:b.start] != " ":
        return False
    if (b.attrs or {}).get("known") or not a.text[:1].isupper() or a.source == "coref" or b.source == "coref":
        return False
    words = b.text.split()
    # (the second owner's name and at least one word of business: "Korvent Battery Systems", "Korvent Cells")
    return len(words) >= 2 and words[-1].casefold() in CONTINUE
