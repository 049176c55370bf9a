"""German works named as companies: a capitalised adjective before a works noun ("die Schwäbische
Hüttenwerke", "den Badischen Stahlwerken", "Deutsche Edelstahlwerke" after a verb), and a works noun
before its owner's name ("die Gießerei Heunisch", "die Maschinenfabrik Reinhausen").

German writes adjectives in lower case, so one capitalised inside a sentence is part of a name; the
generic plural stays lower case ("die deutschen Stahlwerke"). A works noun before a town is a plant,
not a company ("das Stahlwerk Duisburg"): the town's mention keeps it out.
"""

from __future__ import annotations

from ..doc import Mention
from .text import Occupied
from .vocab import name_sectors

__all__ = ["find_german_works"]

# nouns of works, folded ("gießerei" folds to "giesserei"), as the end of a compound
_WORKS_ENDINGS = ("werke", "werken", "hütte", "hütten", "giesserei", "giessereien", "fabrik", "fabriken")
# a works noun that opens a name by itself ("Gießerei Heunisch"): a compound ending, not a bare "Werk"
_WORKS_HEADS = ("giesserei", "fabrik", "schmiede", "walzwerk", "hüttenwerk", "stahlwerk", "hammerwerk")
# the heads of those that name a plant when a town follows ("das Stahlwerk Duisburg")
_PLANT_HEADS = ("walzwerk", "hüttenwerk", "stahlwerk", "hammerwerk")
_ADJ_ENDINGS = ("e", "en", "er", "es")
_ARTICLES = frozenset("der die das den dem des".split())


def find_german_works(text: str, sentence_tokens, existing: list[Mention], found: list[Mention]) -> list[Mention]:
    """COMPANY mentions (source "pattern") for German works names, not overlapping ``existing`` or
    ``found``."""
    taken = Occupied(len(text), ((m.start, m.end) for m in (*existing, *found)))
    places = {m.start for m in existing if m.label == "PLACE"}
    out: list[Mention] = []
    for s_index, _s, _e, tokens in sentence_tokens:
        n = len(tokens)
        for i in range(1, n - 1):
            tok, nxt = tokens[i], tokens[i + 1]
            if not (tok.text[0].isupper() and nxt.text[0].isupper()) or nxt.start - tok.end > 1 or text[tok.end : nxt.start] == "-":
                continue  # ("Geothermie-Kraftwerke": one compound noun, power plants; an adjective stands apart)
            if tok.key.endswith(_ADJ_ENDINGS) and nxt.key.endswith(_WORKS_ENDINGS) and tok.text[1:].islower() \
                    and (tokens[i - 1].key in _ARTICLES or tokens[i - 1].text[0].islower()) and not tok.key.endswith(_WORKS_ENDINGS):
                span = (tok.start, nxt.end)  # "die Schwäbische Hüttenwerke"
            elif tok.key.endswith(_WORKS_HEADS) and nxt.text[1:].islower() and tokens[i - 1].key in _ARTICLES \
                    and not nxt.key.endswith(_WORKS_ENDINGS) and not (nxt.start in places and tok.key.endswith(_PLANT_HEADS)):
                span = (tok.start, nxt.end)  # "die Gießerei Heunisch"
            else:
                continue
            if taken.overlaps(*span):
                continue
            surface = text[span[0] : span[1]]
            taken.add(*span)
            out.append(Mention(start=span[0], end=span[1], text=surface, label="COMPANY", canonical=surface,
                               sentence=s_index, source="pattern",
                               attrs={"known": False, "sectors": name_sectors(surface), "cue": "works"}))
    return out
