"""A German owner told in an attributive participle before its company's name:

    "Die zum Brixo-Konzern gehörende Korvan baut ein Werk."
    "Dellan, die Lkw-Tochter der zu Brixo gehörenden Korvan, bestellt Zellen."
    "Maltrix kauft bei der ebenfalls zur Brixo-Gruppe gehörenden Zulieferfirma Korvan."

German puts "zu X gehörend" (X's own) before the noun; the frames read "gehört" only as a verb, so the
participle was read by nothing, or its company was taken for a party of the sentence's verb. X owns the
company the participle describes: the first name after it, a few describing words between. The other
languages say it after the name ("Korvan, che fa parte di Brixo", "Korvan, part of Brixo") and the
frames read that already.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import engine

__all__ = ["de_owned_attributes", "embedded_owners"]

# "zu"/"zum"/"zur" + the owner's name (a group word may hang on it: "zum Brixo-Konzern") + the participle;
# adverbs before ("ebenfalls", "vollständig", "mehrheitlich") are left to the text before "zu"
_PARTICIPLE = re.compile(r"\bzu[mr]?\s+(?P<owner>[^,;:()]{1,60}?)\s+gehörende[nrms]?\s+")
# between the participle and the company: a few describing words, none a name's stop ("und", a comma)
_DESCRIBED = re.compile(r"(?:(?!und\b|oder\b)[\w-]+\s+){0,3}")
# what may hang on the owner's name inside the phrase: a group word, an article or a description before it
_OWNER_REST = re.compile(r"(?:-?(?:Konzern|Gruppe|Group|Holding|Konzerns))?")
_OWNER_BEFORE = re.compile(r"(?:(?:der|dem|den|des)\s+)?(?:(?-i:[a-zäöü])[\w-]*\s+){0,3}")


def de_owned_attributes(text: str, spans: list[tuple[int, int, str]]) -> list[engine.Found]:
    """``spans``: (start, end, canonical) of the sentence's companies, offsets in ``text``, sorted."""
    if len(spans) < 2 or "gehörende" not in text:
        return []
    out: list[engine.Found] = []
    for m in _PARTICIPLE.finditer(text):
        lo, hi = m.span("owner")
        owners = [(s, e, n) for s, e, n in spans if lo <= s and e <= hi]
        if len(owners) != 1:
            continue  # no owner named, or several: "zu Brixo und Kelda gehörende" is a joint one, left
        s, e, owner = owners[0]
        if not (_OWNER_BEFORE.fullmatch(text, lo, s) and _OWNER_REST.fullmatch(text, e, hi)):
            continue  # more than the owner's name inside: "zum Umfeld von Brixo gehörende"
        child = next(((cs, n) for cs, _ce, n in spans if cs >= m.end()), None)
        if child is None or child[1] == owner or not _DESCRIBED.fullmatch(text, m.end(), child[0]):
            continue
        out.append(engine.Found("owns", owner, child[1], "active", 0.75, None, (m.start(), m.end())))
    return out


def embedded_owners(results: list[engine.Found], attributes: list[engine.Found], spans) -> list[engine.Found]:
    """The owner inside the participle only describes its company, it is no party of the clause's verb: a
    frame that read it ("die Lkw-Tochter der zu Brixo gehörenden Korvan": Brixo's daughter) meant the
    company it describes (Korvan's); a frame that paired it with that company in another type is dropped.
    Only where the owner is named once in the sentence."""
    names = [n for _s, _e, n in spans]
    swap = {f.source: f.target for f in attributes if names.count(f.source) == 1}
    out = []
    for r in results:
        if any({r.source, r.target} == {owner, child} and r.type != "owns" for owner, child in swap.items()):
            continue  # "Die zum Brixo-Konzern gehörende Korvan baut ein Werk": Brixo is no party of "baut"
        for owner, child in swap.items():
            if r.source == owner and r.target != child:
                r = replace(r, source=child)
            elif r.target == owner and r.source != child:
                r = replace(r, target=child)
        out.append(r)
    return out
