"""A company named by its marques: "the maker of Peugeot, Fiat and Jeep cars", "le constructeur de
Peugeot et Citroën", "il proprietario di Fiat e Jeep", "el dueño de Audi y Cupra", "der Eigentümer der
Marken Audi und Porsche" - the group the gazetteer puts above the marques.

A maker noun ("maker", "constructeur", "costruttore", "fabricante", "Hersteller", "Konzern") needs two
marques or more ("the maker of Volvo cars" may be the marque's own company); an owner noun ("owner",
"parent", "propriétaire", "proprietario", "propietario", "Eigentümer", "Mutterkonzern") takes one. Every
marque must be a carmaker (or truck maker) under the same such group, and the group not named before in
the sentence ("Toyota est la maison mère de Daihatsu", "Geely, the owner of Volvo Cars": the words say what it is).
"""

from __future__ import annotations

import re

from ..doc import Mention
from .gazetteer import gazetteer
from .vocab import VEHICLE_MAKERS

__all__ = ["find_brand_makers"]

_MAKER_NOUNS = ("maker|carmaker|automaker|car\\s+maker|constructeur|costruttore|casa\\s+automobilistica|fabricante"
                "|hersteller|autohersteller|autobauer|konzern")
_OWNER_NOUNS = ("owner|parent|propriétaire|maison\\s+mère|proprietario|proprietaria|casa\\s+madre|propietario"
                "|propietaria|dueño|dueña|eigentümer|mutterkonzern")
# The description right before the first marque: article, noun, genitive ("of", "de", "di", "von", fused
# with an article, or a German genitive article), maybe "the brands"/"des marques"/"der Marken".
_BEFORE = re.compile(
    rf"(?<![\w-])(?:the|le|la|il|lo|el|der|die|das|l['’])\s*(?P<noun>{_MAKER_NOUNS}|{_OWNER_NOUNS})\s+"
    r"(?:of|de|du|des|d['’]|di|dei|del|della|degli|von|der)\s*(?:(?:the\s+)?(?:brands?|marques?|marchi|marcas?"
    r"|marken)\s+|(?:les|las|los|i)\s+marc\w+\s+)?$",
    re.IGNORECASE,
)
_LIST_GAP = re.compile(r"\s*(?:,|,?\s*(?:and|et|e|y|und))\s*$", re.IGNORECASE)


def _group(name: str | None) -> str | None:
    entry = gazetteer().entry(name or "")
    if entry is None or not entry.parent or not set(entry.sectors) & VEHICLE_MAKERS:
        return None
    parent = gazetteer().entry(entry.parent)
    return parent.name if parent is not None and set(parent.sectors) & VEHICLE_MAKERS else None


def find_brand_makers(text: str, sentences, companies: dict[int, list[Mention]], occupied) -> list[tuple]:
    """(start, end, sentence index, group name) for each description that names its company by marques."""
    out = []
    groups_of: dict[str | None, str | None] = {}  # (each name of the page looked up once)

    def group_of(name: str | None) -> str | None:
        if name not in groups_of:
            groups_of[name] = _group(name)
        return groups_of[name]

    for s_index, ms in companies.items():
        ms = sorted(ms, key=lambda c: c.start)
        lo = sentences[s_index].start
        for k, first in enumerate(ms):
            group = group_of(first.canonical)
            if group is None or (k and _LIST_GAP.match(text, ms[k - 1].end, first.start)):
                continue  # (a later member of a list is read with its first)
            m = _BEFORE.search(text, max(lo, first.start - 60), first.start)
            if m is None or occupied.overlaps(m.start(), m.end("noun")):
                continue
            if any(c.canonical == group and c.end <= m.start() for c in ms):
                continue  # "Toyota est la maison mère de Daihatsu": a predicate of the group named before
            brands = [first]
            for c in ms[k + 1:]:
                if not _LIST_GAP.match(text, brands[-1].end, c.start):
                    break
                brands.append(c)
            groups = {group_of(c.canonical) for c in brands}
            owner = re.fullmatch(_OWNER_NOUNS, m.group("noun"), re.IGNORECASE) is not None
            if groups != {group} or (len(brands) < 2 and not owner):
                continue
            out.append((m.start(), m.end("noun"), s_index, group))
    return out
