""""New" inside a Chinese maker's name: "Jiangsu Tianrui New Energy", "Hunan Qirun New Material",
"Shenzhen Kaiwo New Energy Vehicle". Chinese companies translate their "xin nengyuan" (new energy) and
"xin cailiao" (new material) so, and news names many of them the gazetteer lacks. Elsewhere "New"
opens a phrase ("the New Energy Vehicle law", "New Energy Push" in a headline), and the name walks
stop at it; here it goes on: a capitalised word that is no function word right before it, a word of
``NEW_WHAT`` right after it, all three words next to each other."""

from __future__ import annotations

from .vocab import STOP

__all__ = ["NEW_WHAT", "new_inside"]

#: what follows "New" in such a name
NEW_WHAT = frozenset("energy material materials technology technologies power battery vehicle vehicles".split())


def new_inside(tokens, k: int) -> bool:
    """Is ``tokens[k]`` a "New" between two words of one name ("Tianrui New Energy")?"""
    if tokens[k].text != "New" or k == 0 or k + 1 >= len(tokens) or tokens[k + 1].key not in NEW_WHAT:
        return False
    prev, new, nxt = tokens[k - 1], tokens[k], tokens[k + 1]
    return (prev.text[0].isupper() and not prev.text.isupper() and prev.key not in STOP
            and prev.end + 1 == new.start and new.end + 1 == nxt.start)
