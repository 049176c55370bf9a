"""A unit named by its subsidiary noun, in a sentence that does not name its parent:

    "Renault, enfin, a tranché. Sa filiale Ampere achète ses cellules à CATL."
    "Porsche ha ridimensionato i piani della sua controllata Cellforce."
    "Volkswagen geht einen eigenen Weg. Die Batterietochter PowerCo hat in Salzgitter ..."
    "La planta, que construye su filial Gotion Morocco, ..."
    "Volkswagen is cutting costs. Its battery unit PowerCo will ..."

The noun says the company after it belongs to some other company, and the possessive or the story
says which; the gazetteer knows the unit's parent. When that parent is named earlier in the story
(by its name, not a pronoun) and the sentence with the noun names the unit right after it, the
parent owns the unit. The noun with its owner after it ("filiale de LG Chem", "controllata da Tata
Motors", "a subsidiary of X") is read by the frames; a former unit ("ex filiale", "die frühere
Tochter") is not one.
"""

from __future__ import annotations

import re

from ..doc import Document, Mention
from ..scan.prefilter import may_search
from ..scan.sentence_scan import scan_of
from .engine import company_name
from .known_roles import brand_owner, known_parent

__all__ = ["owner_besides", "units_by_noun"]

#: the noun, then at most two lower-case words (adjectives), ending right before the unit's name; a
#: German noun may end a compound ("Batterietochter", "Softwaresparte"), the others are words of their
#: own ("alarm", "farm" are no "arm"); "branche" in lower case is the French noun, not the German
#: "Branche" (the industry)
_NOUN = re.compile(
    r"(?:\b(?:subsidiary|unit|arm|division|affiliate|filiale|filial|controllata|divisione|(?-i:branche)|división)"
    r"|(?:\b|(?<=[a-zäöü]))(?:(?-i:T|t)ochter(?:gesellschaft|firma|unternehmen)?|Sparte))"
    r"((?:\s+(?-i:[a-zà-öø-ÿ][\w-]*)){0,2})\s+$",
    re.IGNORECASE)
#: a word between the noun and the name that makes the name the owner or something else
_NOT_ADJECTIVE = frozenset(
    "of de di da dal dalla del della dello des du d von vom der by à al a el la le il lo that which che que qui die".split())
_FORMER = re.compile(r"\b(?:former|ex|ehemalig\w*|früher\w*|ancienne?|antigu[ao]|vecchia|old)\b[\s-]*(?:\w+\s+){0,2}$",
                     re.IGNORECASE)
_REACH = 60  # characters before a name searched for the noun


def units_by_noun(doc: Document, per_sentence: list[list[Mention]], owned: set[frozenset[str]],
                  told: set[tuple[str, str]]) -> list[tuple[str, str, int]]:
    """(parent, unit, sentence index) for each unit named by a subsidiary noun whose gazetteer parent the
    story names before it; ``owned`` holds pairs an ownership was read for, ``told`` (owner, owned)
    pairs of the story's ties (another owner of the unit leaves it alone)."""
    first_named: dict[str, int] = {}
    short_named: dict[str, int] = {}  # a company's short form as the page writes it ("Norvik" for "Norvik Group")
    short_of: dict[str, str] = {}
    for i, mentions in enumerate(per_sentence):
        for m in mentions:
            if m.label == "COMPANY" and m.source != "coref" and company_name(m):
                first_named.setdefault(company_name(m), i)
                surface = " ".join(m.text.split())
                if surface and surface != company_name(m) and company_name(m).startswith(surface + " "):
                    short_named.setdefault(surface, i)
                    short_of.setdefault(surface, company_name(m))
    out: list[tuple[str, str, int]] = []
    seen: set[str] = set()
    text = doc.text
    for i, mentions in enumerate(per_sentence):
        names = {company_name(m) for m in mentions if m.label == "COMPANY"}
        nouned = None  # whether the sentence holds one of the literals every noun holds (asked once)
        for m in mentions:
            unit = company_name(m) if m.label == "COMPANY" and m.source != "coref" else None
            if not unit or unit in seen:
                continue
            # (speed: the noun first, which most names lack; the parent, whose namesake is sought among all
            # the page's names, only for a name the noun stands before. Every test here only skips the name,
            # so their order changes nothing)
            sent = doc.sentences[i]
            if nouned is None:
                # (the literal test alone: the sentence's pieces, where not worked out yet, cost more than it saves)
                sentence = text[sent.start : sent.end]
                nouned = may_search(_NOUN, sentence, scan_of(sentence).lower)
            if not nouned and m.start <= sent.end:
                continue  # (the stretch searched lies in the sentence, which holds no noun)
            sent_start = sent.start
            noun = _NOUN.search(text, max(sent_start, m.start - _REACH), m.start)
            if noun is None or any(w.lower() in _NOT_ADJECTIVE for w in noun.group(1).split()):
                continue
            parent = known_parent(unit) or _namesake(unit, first_named, i)
            if parent is None and short_named:
                # "Norvik" (for "Norvik Group") before "su filial Norvik Galfor": the unit is named after
                # the short form the page gives its parent
                parent = short_of.get(_namesake(unit, short_named, i) or "")
            if parent is None or parent in names or first_named.get(parent, i + 1) >= i:
                continue  # (a parent in the sentence itself is the frames' and _known_units' to read)
            if _FORMER.search(text, max(sent_start, noun.start() - 30), noun.start()):
                continue
            if frozenset((parent, unit)) in owned or brand_owner(unit):
                continue  # (a carmaker under a carmaker is a unit here, the noun says so: "sa filiale Ampere"; a marque is none)
            if owner_besides(unit, parent, told):
                continue  # another owner or buyer of the unit is told: the page is about a change of hands
            seen.add(unit)
            out.append((parent, unit, i))
    return out


def _namesake(unit: str, first_named: dict[str, int], i: int) -> str | None:
    """The parent of a unit the gazetteer does not place: the one company named before sentence ``i``
    whose name the unit's name opens with, word by word ("Hanon Systems" for "die deutsche Tochter Hanon
    Systems Deutschland", "EVE Energy" is none for "EVE Power Hungary": a shorter name may only drop
    words at the end), else None."""
    words = unit.casefold().split()
    found = [n for n, k in first_named.items() if k < i and n != unit
             and len(n.split()) < len(words) and words[: len(n.split())] == n.casefold().split()]
    return found[0] if len(found) == 1 else None


def owner_besides(unit: str, parent: str, told: set[tuple[str, str]], among=None) -> bool:
    """Whether ``told`` (owner, owned) pairs give ``unit`` an owner or buyer other than ``parent``
    (``among``: only such an owner named there): the page is about a change of hands, and the
    gazetteer's parent is not to be told."""
    return any(t == unit and s != parent and (among is None or s in among) for s, t in told)
