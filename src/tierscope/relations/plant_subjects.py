"""A plant named by its owner as the subject of a supply or purchase verb: the owner acts.

"L'usine hongroise de CATL livrera des cellules à Renault", "Lo stabilimento ungherese di CATL
fornirà celle a Renault", "La planta húngara de CATL suministrará celdas a Renault", "Das ungarische
Werk von CATL soll Zellen an Renault liefern", "The plant of CATL in Hungary will ship cells to
Renault": the company after "de"/"di"/"von"/"of" is the one that supplies (or, with a verb of buying,
the one that buys), not a name governed by a preposition. English "CATL's plant" needs nothing: the
name stands unmarked before the verb already.
"""

from __future__ import annotations

import dataclasses
import re

from .clauses import _clause_start
from .compiled import Compiled
from .groups import Group

__all__ = ["plant_owner_subject", "plant_owner_source"]

_I = re.IGNORECASE

#: a cheap gate: a plant noun somewhere in the sentence
_PLANT_WORD = re.compile(r"usine|site|stabiliment|fabbric|impiant|planta|fábrica|factor|werk|fabrik|plant|gigafa", _I)

#: a plant noun, singular or plural, in the five languages
_PLANT_NOUN = (r"(?:usines?|sites?\s+de\s+production|stabiliment[oi]|fabbric(?:a|he)|impiant[oi]|plantas?|fábricas?|factorías?"
               r"|(?-i:W)erke?s?|(?-i:F)abrik(?:en)?|plants?|factor(?:y|ies)|gigafa[ck]tor[\w-]*)")

#: the clause opening up to the owner: an article or possessive, at most two adjectives, the plant
#: noun, at most two more words (an adjective, a town's adjective), then "of"
_PLANT_OF = re.compile(
    r"\s*(?:(?:l['’]|la|le|les|lo|il|gli|i|el|los|las|das|die|der|the|its|their|sa|son|ses|leurs?|su|sus|suo|sua|sein|seine|ihr|ihre)\s*)"
    r"(?:(?-i:[a-zà-öø-ÿ])[\w-]*\s+){0,2}"
    + _PLANT_NOUN +
    r"(?:\s+(?-i:[a-zà-öø-ÿ])[\w-]*){0,2}\s+"
    r"(?P<of>de|du|des|d['’]|di|del|della|dello|dei|von|of)\s*$", _I)

#: what may open the plant's clause inside the sentence: a comma, or a conjunction of time or place
#: ("..., lorsque l'usine de X livrera", "when the plant of X starts to supply")
_OPENER = re.compile(r",|\b(?:when|once|lorsque|quand|dès\s+que|quando|cuando|wenn|sobald|where|où|dove|donde|wo)\b", _I)

#: between the owner and the verb: no clause break, a short stretch (a place, a date, an auxiliary)
_OWNER_TO_VERB = re.compile(r"[^,;:()\[\]]{0,70}")


def _plant_of(text: str, lo: int, g: Group) -> bool:
    """The words before ``g`` from the opening of its clause are "the plant of"."""
    opening = max((o.end() for o in _OPENER.finditer(text, lo, g.marker_start)), default=lo)
    return _PLANT_OF.fullmatch(text, opening, g.marker_start + len(g.marker)) is not None


def plant_owner_subject(lex: Compiled, m: re.Match, groups: list[Group], text: str) -> list[Group]:
    """``groups`` with the owner of a plant that opens the verb's clause made the unmarked subject;
    unchanged where the clause holds an unmarked name before the verb already."""
    t0 = m.start()
    lo = _clause_start(text, t0)
    if not _PLANT_WORD.search(text, lo, t0):
        return groups
    before = [g for g in groups if lo <= g.start and g.end <= t0]
    owner = next((g for g in before if g.marker is not None and g.marker_start >= lo and _plant_of(text, lo, g)), None)
    if owner is None or not _OWNER_TO_VERB.fullmatch(text, owner.end, t0):
        return groups
    later = [g for g in before if g.start > owner.start]
    if any(g.marker is None for g in later) or (lex.lang != "de" and later):
        return groups  # a name of its own before the verb (or, outside German, any second name): unsure
    bare = dataclasses.replace(owner, marker=None, marker_start=-1)
    return [bare if g is owner else g for g in groups]


#: the preposition of a source or an agent, then a plant, then its owner's "of": "dallo stabilimento
#: di", "de l'usine de", "aus dem Werk von", "par l'usine hongroise de", "from the plant of"
_FROM_PLANT_OF = re.compile(
    r"(?P<prep>\b(?:da|dal|dallo|dalla|dall['’]|dai|dagli|de|du|des|d['’]|par|aus|vom|from|by|desde|por))\s*"
    r"(?:(?:l['’]|la|le|les|lo|il|i|gli|the|its|their|dem|der|den|einem|el|los|las|sa|son|ses|suo|sua|suoi|su|sus|seinem|ihrem)\s*)?"
    r"(?:(?-i:[a-zà-öø-ÿ])[\w-]*\s+){0,2}"
    + _PLANT_NOUN +
    r"(?:\s+(?-i:[a-zà-öø-ÿ])[\w-]*){0,2}\s+$", _I)


#: between the verb and the plant's preposition: an adverb or two at most ("arrivano già dallo", "kommen
#: derzeit aus dem"), no goods with their article ("fournira l'électricité de l'usine de Y": Y's plant
#: is supplied)
_NEAR_VERB = re.compile(
    r"\s*(?:(?!(?:l['’]|d['’]|le|la|les|des|du|un|une|il|lo|gli|i|el|los|las|una|the|a|an|die|der|das|den|dem|ein|eine|einen)\b)"
    r"[\w'’-]+\s+){0,2}", _I)


def plant_owner_source(lex: Compiled, m: re.Match, groups: list[Group], text: str) -> list[Group]:
    """``groups`` with the owner of a plant named as the source or agent of the verb taking that
    preposition: "Le celle per Y arrivano dallo stabilimento di X", "Les cellules proviennent de l'usine
    de X", "Die Zellen stammen aus dem Werk von X": X supplies, as if named after "da", "de", "aus"."""
    if not _PLANT_WORD.search(text, m.end()):
        return groups
    out = groups
    for g in groups:
        if g.start < m.end() or g.marker is None or g.marker not in lex.markers.get("of", ()):
            continue
        f = _FROM_PLANT_OF.search(text, max(m.end(), g.marker_start - 70), g.marker_start)
        if f is None or re.search(r"[,;:()]", f.group(0)) or not _NEAR_VERB.fullmatch(text, m.end(), f.start()):
            continue  # (not "livrera les matériaux des gigafactories de Y": the goods' owner, past the goods)
        prep = f.group("prep").lower().replace("’", "'")
        if prep not in lex.markers.get("from", ()) and prep not in lex.markers.get("agent", ()):
            continue
        if any(m.end() <= h.start < g.start for h in groups if h is not g and h.start >= f.start()):
            continue
        moved = dataclasses.replace(g, marker=prep, marker_start=f.start("prep"))
        out = [moved if h is g else h for h in out]
        break
    return out
