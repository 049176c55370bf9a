"""A home town that stands for its company, in German: "Ionity bezieht seit 2022 Ladesäulen aus
Bozen" (from the charger maker based in Bozen), "Die Teile werden nach Wolfsburg geliefert" (to
Volkswagen).

Only after "aus" in a sentence of buying or sourcing, or after "nach" in one of delivering, and only
when the story named exactly one company at home in that town (the gazetteer's town of the company
or of its parent) and that company is not named in the sentence itself. A works company of a group
the story names, in the group's own line of business ("Northvolt Ett" at Skellefteå under Northvolt),
gives way to the group: "bezieht Zellen aus Skellefteå" buys from Northvolt; a unit named after the
town stays ("aus Schwarzheide" is BASF Schwarzheide).
"""

from __future__ import annotations

from ..doc import Mention
from .gazetteer import gazetteer, places

__all__ = ["find_hometown_references"]

# Stems of verbs of getting something from somewhere ("bezieht ... aus") and of sending it ("liefert ... nach").
_FROM_STEMS = ("bezieh", "bezog", "kauf", "import", "einkauf")
_TO_STEMS = ("liefer", "geliefert", "exportier", "verschick", "schick")


def _home_towns(name: str) -> set:
    """The places a company is at home in: its own town and its parent's ("Audi" is Ingolstadt)."""
    out, entry = set(), gazetteer().entry(name)
    while entry is not None and len(out) < 4:
        if entry.city and places().get(entry.city) is not None:
            out.add(places().get(entry.city))
        entry = gazetteer().entry(entry.parent) if entry.parent else None
    return out


def _works_owner(name: str, named: set) -> str | None:
    """The group the story names whose works company ``name`` is: its gazetteer parent, in the same line
    of business ("Northvolt Ett", the cell plant at Skellefteå, under the cell maker Northvolt; "Tesla
    Manufacturing Brandenburg" under Tesla). Cells "aus Skellefteå" come from the group's plant there,
    and the story's party is the group it names (guidelines: the company party to the supply)."""
    entry = gazetteer().entry(name)
    parent = gazetteer().entry(entry.parent) if entry is not None and entry.parent else None
    if parent is None or parent.name not in named or not set(entry.sectors) & set(parent.sectors):
        return None
    return parent.name


def find_hometown_references(text: str, sentences, sentence_tokens, language: str, mentions: list[Mention],
                             companies: dict[int, list[Mention]]) -> list[Mention]:
    """COMPANY mentions (source "coref") for German towns after "aus"/"nach" that stand for the one
    company of the story at home there."""
    if language != "de":
        return []
    towns = [m for m in mentions if m.label == "PLACE" and m.attrs.get("kind", "city") == "city"]
    if not towns:
        return []
    out = []
    by_sentence = {s_index: tokens for s_index, _s, _e, tokens in sentence_tokens}
    for town in towns:
        tokens = by_sentence.get(town.sentence)
        if not tokens:
            continue
        k = next((i for i, t in enumerate(tokens) if t.start == town.start), None)
        if k is None or k == 0:
            continue
        stems = {"aus": _FROM_STEMS, "nach": _TO_STEMS}.get(tokens[k - 1].key)
        if stems is None or not any(t.key.startswith(stems) for t in tokens):
            continue
        place = places().get(town.canonical or town.text)
        if place is None:
            continue
        story = sentences[town.sentence].story
        named = {c.canonical for s_index, ms in companies.items() if sentences[s_index].story == story
                 for c in ms if c.canonical and c.attrs.get("known")}
        home = [name for name in named if place in _home_towns(name)]
        if len(home) != 1 or any(c.canonical == home[0] for c in companies.get(town.sentence, ())):
            continue
        # a unit named after the town ("BASF Schwarzheide" for "aus Schwarzheide") is the one it names
        owner = None if town.text.casefold() in home[0].casefold() else _works_owner(home[0], named)
        if owner is not None and any(c.canonical == owner for c in companies.get(town.sentence, ())):
            continue
        home = [owner or home[0]]
        antecedent = next(c for s_index, ms in companies.items() if sentences[s_index].story == story
                          for c in ms if c.canonical == home[0])
        out.append(Mention(
            start=town.start, end=town.end, text=town.text, label="COMPANY", canonical=home[0],
            sentence=town.sentence, source="coref",
            attrs={"known": True, "sectors": list(antecedent.attrs.get("sectors") or []),
                   "country": antecedent.attrs.get("country"), "antecedent": [antecedent.start, antecedent.end]},
        ))
    return out
