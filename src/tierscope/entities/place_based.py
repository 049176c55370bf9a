"""English "<Place>-based <Name>": a company introduced by where it sits ("Coventry-based Corvant
Drives makes ...", "the Reno-based Beta Recycling"). The compound says the name after it is an
organisation; people are written "a London-based analyst" (lower case) or carry a given name, which
the name checks refuse. Only a known place or town before "-based" counts: "LFP-based Blade cells"
names a product."""

from __future__ import annotations

from .gazetteer import places, towns
from .matcher import Token
from .patterns import is_name_token
from .text import name_key

__all__ = ["place_based_name_at"]


def place_based_name_at(text: str, tokens: list[Token], idx: int) -> bool:
    """Does tokens[idx] read "based", written "<Place>-based", with a capitalised word right after it?"""
    tok = tokens[idx]
    if tok.text != "based" or idx == 0 or idx + 1 >= len(tokens):
        return False
    prev, nxt = tokens[idx - 1], tokens[idx + 1]
    if prev.end != tok.start - 1 or text[prev.end] != "-" or not prev.text[:1].isupper():
        return False
    if nxt.start - tok.end != 1 or not is_name_token(nxt):
        return False
    return places().get(prev.text) is not None or towns().get(name_key(prev.text)) is not None
