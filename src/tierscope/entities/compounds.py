"""German compound nouns that describe a company by its kind: "der Industriekonzern", "das
Familienunternehmen", "der Energieversorger", "der Batterieriese", "der Dax-Konzern".

German writes a description as one word: a field, then a generic head ("-konzern",
"-unternehmen", "-hersteller" ...). The vocabulary lists the common ones with their kind
("Autobauer", "Chemiekonzern"); this reads the others from their head and, where it names one, the
kind of their first part ("Rüstungskonzern", "Wälzlagerhersteller" of no known kind). Words whose
first part makes them another company than the one named before are left out: "das
Mutterunternehmen", "der Tochterkonzern", "das Gemeinschaftsunternehmen" (a joint venture,
``ventures.py``'s), "das Zielunternehmen".
"""

from __future__ import annotations

__all__ = ["COMPOUND_NOUN", "compound_sector", "compound_country", "compound_positions"]

#: Generic heads and the kind they state themselves ("-zulieferer" is a supplier whatever it supplies).
_HEADS = {
    "konzern": None, "unternehmen": None, "hersteller": None, "riese": None, "bauer": None,
    "zulieferer": "supplier", "versorger": "energy",
}
#: First parts that state a kind (folded, without the linking "s" or hyphen).
_FIELDS = {
    "auto": "carmaker", "autom": "carmaker", "fahrzeug": "carmaker", "pkw": "carmaker", "lkw": "trucks",
    "nutzfahrzeug": "trucks", "batterie": "battery_cells", "zell": "battery_cells", "chip": "chips",
    "halbleiter": "chips", "stahl": "steel", "chemie": "chemicals", "energie": "energy", "strom": "energy",
    "öl": "energy", "gas": "energy", "bergbau": "mining", "rohstoff": "mining", "reifen": "tyres",
    "technologie": "tech", "elektronik": "tech", "software": "tech", "aluminium": "aluminium",
    "rüstung": "aerospace", "luftfahrt": "aerospace", "flugzeug": "aerospace", "sportwagen": "carmaker",
    "lastwagen": "trucks", "e-auto": "carmaker", "elektroauto": "carmaker", "bus": "trucks",
}
#: First parts that name a country: "der US-Konzern", "der China-Riese".
_COUNTRIES = {"us": "US", "usa": "US", "china": "CN", "japan": "JP", "korea": "KR", "taiwan": "TW", "indien": "IN",
              "frankreich": "FR", "italien": "IT", "schweden": "SE", "schweiz": "CH", "österreich": "AT"}
#: First parts that make the compound another company: a parent, a unit, a partner, a rival, a target.
_OTHER = frozenset(
    "mutter tochter schwester partner gemeinschaft konkurrenz nachfolge kunde kunden mitglied ziel übernahme "
    "beteiligung joint-venture jointventure start-up startup groß klein mittel".split()
)
#: A compound in the description regex: a first part (hyphenated parts allowed), then a head.
COMPOUND_NOUN = r"[^\W\d][\w]*?(?:-[^\W\d][\w]*?)*-?(?:" + "|".join(_HEADS) + ")"


def _split(word: str) -> tuple[str, str] | None:
    """(first part, head) of a compound ("industriekonzern" -> ("industrie", "konzern")), or None."""
    key = word.casefold()
    for head in _HEADS:
        for ending in ("", "s", "es", "n", "en"):
            stem = key[: len(key) - len(ending)] if ending else key
            if ending and not key.endswith(ending):
                continue
            if stem.endswith(head) and len(stem) > len(head) + 1:
                first = stem[: -len(head)].rstrip("-")
                if first.endswith("s") and first[:-1] in _FIELDS | dict.fromkeys(_OTHER):
                    first = first[:-1]  # "Rüstungskonzern": the linking "s"
                return first, head
    return None


def compound_sector(word: str) -> tuple[bool, str | None]:
    """(is a company compound, its kind): (True, "aerospace") for "Rüstungskonzern", (True, None) for
    "Familienunternehmen", (False, None) for "Mutterkonzern" or a word that is no compound."""
    parts = _split(word)
    if parts is None:
        return False, None
    first, head = parts
    last = first.split("-")[-1]
    if last in _OTHER or first in _OTHER:
        return False, None
    return True, _HEADS[head] or _FIELDS.get(last)


def compound_country(word: str) -> str | None:
    """The country a compound's first part names ("US-Konzern" -> "US"), or None."""
    parts = _split(word)
    return _COUNTRIES.get(parts[0].split("-")[0]) if parts else None


_SUFFIXES = tuple(h + e for h in _HEADS for e in ("", "s", "es", "n", "en"))


def compound_positions(text: str, tokens, known: set[int]) -> list[int]:
    """Indices of tokens that start a compound description, beyond ``known`` (listed nouns): "Industrie-
    konzern" as one token, or "Dax-Konzern" from its first part (the tokenizer splits at the hyphen)."""
    out = []
    for k, tok in enumerate(tokens):
        if not tok.key.endswith(_SUFFIXES):  # (the cheap test first: most tokens end here)
            continue
        start = k
        while start > 0 and tokens[start - 1].end == tokens[start].start - 1 and text[tokens[start].start - 1] == "-":
            start -= 1  # "Dax-Konzern", "E-Auto-Hersteller": back to the first part
        if start == k and k in known:
            continue  # a listed noun on its own: "Konzern", "Autobauer"
        if compound_sector(text[tokens[start].start : tok.end])[0]:
            out.append(start)
    return out
