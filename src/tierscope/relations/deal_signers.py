"""The customer of a supply told in a relative clause of a deal noun: the other signer of the deal.

"Volvo Cars signed an agreement under which LG Energy Solution will supply cells", "Volvo Cars a signé
un accord aux termes duquel LG Energy Solution fournira des cellules", "Volvo Cars ha firmato un
accordo in base al quale LG Energy Solution fornirà celle", "Volvo Cars ha firmado un acuerdo por el
que LG Energy Solution suministrará celdas", "Volvo Cars hat einen Vertrag unterzeichnet, wonach LG
Energy Solution Zellen liefern wird": the supply verb names no customer; the deal's parties are the
main clause's subject and its "with" partner, and the one that is not the supplier buys.
"""

from __future__ import annotations

import re

from .compiled import Compiled
from .groups import Group, has

__all__ = ["deal_signer"]

_I = re.IGNORECASE

#: a deal noun in any of the five languages (German compounds end in it: "Liefervertrag")
_DEAL_NOUN = (r"\b(?:agreements?|contracts?|deals?|accords?|contrats?|accord[oi]|contratt[oi]|intesa|acuerdos?|contratos?"
              r"|(?-i:[A-ZÄÖÜ])?\w*(?:[Vv]ertrag|[Vv]ereinbarung|[Aa]bkommen))\b")
#: a deal noun, then the relative word that opens the clause of what the deal provides, then at most
#: four words (an article and a description of the supplier: "the Korean group", "le groupe coréen")
_DEAL_RELATIVE = re.compile(
    _DEAL_NOUN + r"[^,;:()]{0,40}?\s*,?\s*"
    r"(?:under\s+which|whereby|by\s+which|aux\s+termes\s+d(?:uquel|e\s+laquelle)|par\s+lequel|par\s+laquelle|selon\s+lequel"
    r"|in\s+base\s+al(?:la)?\s+quale|con\s+cui|per\s+cui|secondo\s+cui|por\s+el\s+que|por\s+la\s+que|en\s+virtud\s+del\s+cual"
    r"|mediante\s+el\s+cual|según\s+el\s+cual|wonach|nach\s+dem|nach\s+der|laut\s+dem|laut\s+der)"
    r"\s+(?:[\w'’-]+\s+){0,4}$", _I)
#: a deal noun closing its clause with a colon, the clause after it telling what the deal provides:
#: "X ha firmato con Y un contratto: dal 2027 il gruppo coreano fornirà celle"
_DEAL_COLON = re.compile(
    _DEAL_NOUN + r"[^,;:()]{0,60}?:\s*(?:[\w'’-]+,?\s+){0,10}$", _I)
_WINDOW = 160


def deal_signer(lex: Compiled, groups: list[Group], src: Group, text: str) -> Group | None:
    """The party of the deal whose relative clause names ``src`` as the supplier, other than ``src``:
    the subject of the deal's clause, or its "with" partner when the subject is ``src`` itself."""
    lo = max(0, src.start - _WINDOW)
    m = _DEAL_RELATIVE.search(text, lo, src.start)
    colon = m is None
    if colon:
        m = _DEAL_COLON.search(text, lo, src.start)
    if m is None:
        return None
    noun = m.start()
    before = [g for g in groups if g.end <= noun]
    clause = max(text.rfind(";", 0, noun), text.rfind(":", 0, noun), text.rfind(". ", 0, noun))
    before = [g for g in before if g.start > clause]
    if not before:
        return None
    subj = next((g for g in before if g.marker is None), None)
    partner = next((g for g in groups if has(lex, "with", g) and (subj is None or g.start > subj.end) and g.end <= src.start), None)
    mine = set(src.names)
    if colon and not any(g is not None and mine <= set(g.names) for g in (subj, partner)):
        return None  # after a colon, only a party of the deal is read as its supplier
    for g in (subj, partner):
        if g is not None and not set(g.names) & mine:
            return g
        if g is not None and len(g.names) > 1:
            # "Volvo Cars and LG Energy Solution signed a contract under which the Korean group will supply"
            rest = [n for n in g.names if n not in mine]
            if rest and len(rest) < len(g.names):
                return Group(start=g.start, end=g.end, names=rest)
    return None
