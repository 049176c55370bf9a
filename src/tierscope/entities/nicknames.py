"""Companies named by a nickname: "il Cavallino" (Ferrari), "la casa del Biscione" (Alfa Romeo),
"le groupe au losange" (Renault), "la società del Cane a sei zampe" (Eni).

The mention covers the company noun before the nickname when there is one ("la casa del Biscione"),
so it is not read again as a description pointing back to another company. A nickname names a
company only when the gazetteer knows that company.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..doc import Mention
from .gazetteer import gazetteer
from .text import Occupied
from .vocab import EMBLEM_NICKNAMES, NICKNAMES, SECTOR_NOUNS

__all__ = ["find_nicknames"]

# Articles, fused or not, and the prepositions that join a company noun to an emblem ("au losange").
_BEFORE = (r"the|il|lo|la|l['’]|del|dello|della|al|alla|dal|dalla|nel|nella|sul|le|du|au|aux|de\s+la|"
           r"à\s+la|el|der|des|dem|den|die")


_PLAIN_ARTICLES = frozenset("the il lo la le el der die".split())


@lru_cache(maxsize=1)
def _regex() -> re.Pattern:
    def alt(words):
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))

    nouns = alt({n for table in SECTOR_NOUNS.values() for n in table})
    return re.compile(
        rf"(?<![\w-])(?:(?P<noun>(?:{_BEFORE})\s*(?:{nouns}))\s+)?(?P<art>{_BEFORE})\s*"
        rf"(?P<nick>{alt(NICKNAMES)}|{alt(EMBLEM_NICKNAMES)})(?![\w-])",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _nick_regex() -> re.Pattern:
    """An article right before a nickname, with no company noun before it and no check after it:
    every match of ``_regex()`` in a sentence holds one (at its ``art`` group), so a text where this
    finds nothing has no nickname (about four times faster than ``_regex()`` over a text)."""
    def alt(words):
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))

    first = "".join(sorted({w[0] for w in _BEFORE.split("|")}))  # a lookahead on the first letters
    return re.compile(rf"(?<![\w-])(?=[{first}])(?:{_BEFORE})\s*(?:{alt(NICKNAMES)}|{alt(EMBLEM_NICKNAMES)})",
                      re.IGNORECASE)


def _canonical(m: re.Match) -> str | None:
    nick = m.group("nick")
    key = " ".join(nick.casefold().split())
    if key in NICKNAMES:
        return NICKNAMES[key]
    # an emblem word names the company after a company noun, or capitalised after a plain article
    # ("le Losange", not "all'università della Bicocca")
    if m.group("noun") or (nick[0].isupper() and m.group("art").casefold() in _PLAIN_ARTICLES):
        return EMBLEM_NICKNAMES[key]
    return None


def find_nicknames(text: str, sentences, mentions: list[Mention]) -> list[Mention]:
    """COMPANY mentions (source "nickname") for nicknames inside sentences, where no other mention is."""
    from ..scan.page_words import page_lower
    from ..scan.sentences import may_hold

    nick = _nick_regex()
    lower = page_lower(text)  # (the page lower-cased once, for every module that asks)
    # (the literals one of which every match holds first: most texts name no nickname; only the
    # sentences that hold one of them, "million" holds "lion", and there an article right before a
    # nickname, which every match of _regex() holds)
    holds = may_hold(nick, text, lower, [(s.start, s.end) for s in sentences])
    holds = [h and nick.search(text, s.start, s.end) is not None for h, s in zip(holds, sentences)]
    if not any(holds):
        return []
    taken = Occupied(len(text), ((m.start, m.end) for m in mentions))
    out = []
    for s_index, s in enumerate(sentences):
        if not holds[s_index]:
            continue
        for m in _regex().finditer(text, s.start, s.end):
            name = _canonical(m)
            entry = gazetteer().entry(name) if name else None
            start = m.start("noun") if m.group("noun") else m.start("art")
            if entry is None or taken.overlaps(start, m.end()):
                continue
            taken.add(start, m.end())
            out.append(Mention(
                start=start, end=m.end(), text=text[start : m.end()], label="COMPANY", canonical=entry.name,
                sentence=s_index, source="nickname",
                attrs={"known": True, "sectors": list(entry.sectors), "country": entry.country},
            ))
    return out
