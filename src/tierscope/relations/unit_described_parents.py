"""A unit whose apposition names its parent only by a description is owned by that parent where the
gazetteer places the unit under a company the story names.

    "Norvik Iberia, también filial del consorcio alemán, montará los coches."  -> owns Norvik -> Norvik Iberia
    "Kestrel Trucks, la filiale lyonnaise du groupe suédois, ..."             -> owns Brelling -> Kestrel Trucks
    "Velqua Power, the subsidiary of the Japanese carmaker, said ..."          -> owns <its parent> -> Velqua Power

Journalists name the parent once and then write "filiale du groupe", "la filial del grupo alemán", "la
controllata del gruppo", "eine Tochter des Konzerns", "a unit of the group": the frames read an ownership
only where the parent's name (or a description the entity stage resolved) follows the noun, so the unit's
tie goes unread. The description says that the unit belongs to a group; which group is what the
gazetteer knows of the unit, provided the story names that group (a parent the story never names may be
out of date, and a description that points elsewhere names someone the story does name).

Once per pair, active, and only where no ownership of the pair was read already.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..doc import Document, Relation
from ..entities.gazetteer import gazetteer
from .known_roles import gazetteer_name, page_name
from .evidence_names import sentence_evidence

__all__ = ["units_of_described_parents"]

#: right after the unit's name: the apposition's comma or dash, "also", an article, "another", the unit
#: noun, up to two words (where it is, what it does), the "of" and its article, the group's noun, up to
#: three words of description, then the apposition's end (no name after it: "filiale du groupe Y" is read
#: by the frames)
_DESCRIBED = re.compile(
    r"^\s*[,(–—-]\s*(?:(?:también|aussi|anche|also|ebenfalls|auch|egalement|également|ahora|now|oggi|heute)\s+)?"
    r"(?:(?:la|una|une|a|an|the|its|die|eine|il|el|l['’]|sa|sua|su|ihre|seine)\s+)?"
    r"(?:(?:otra|autre|altra|another|weitere|andere)\s+)?"
    r"(?:filial|filiale|controllata|subsidiary|unit|Tochter|Tochtergesellschaft|consociata|subsidiaria)"
    r"(?:\s+(?-i:[a-zà-öø-ÿ])[\w'’-]*){0,2}?"
    r"\s+(?:del|de la|du|della|dello|dell['’]|of the|of its|des|der)\s*"
    # English puts the description before the noun: "of the Swedish group", "of the Japanese carmaker"
    r"(?:(?<=of the )(?:[\w-]+\s+){0,2}?|(?<=of its )(?:[\w-]+\s+){0,2}?)?"
    r"(?:grupo|groupe|gruppo|group|consorcio|consortium|conglomérat|conglomerado|conglomerato|conglomerate"
    r"|constructeur|costruttore|fabricante|fabricant|produttore|carmaker|automaker|maker|Konzerns|Autobauers"
    r"|Herstellers|gigante|géant|colosso|giant|holding)"
    r"(?:\s+(?-i:[a-zà-öø-ÿ])[\w'’-]*){0,3}?"
    r"\s*(?=[,.;:)–—]|\s+(?:que|qui|che|which|that|der|die|das|y|et|e|and|und|con|avec|with|mit|en|dans|in|a|à)\b)",
    re.IGNORECASE,
)


def _ancestors(name: str) -> list[str]:
    out: list[str] = []
    entry = gazetteer().entry(gazetteer_name(name))
    while entry is not None and entry.parent and entry.parent not in out and len(out) < 4:
        out.append(entry.parent)
        entry = gazetteer().entry(entry.parent)
    return [page_name(p) for p in out]  # (as the page names them: its mentions carry its full names)


def _sentence_of(doc: Document, starts: list[int], m) -> int:
    """The index of ``m``'s sentence: its own where set, else the one its start falls in; -1 for none
    (``Mention.sentence`` is -1 where unset, which must not read as the page's last sentence)."""
    if 0 <= m.sentence < len(doc.sentences):
        return m.sentence
    i = bisect_right(starts, m.start) - 1
    return i if i >= 0 and m.start < doc.sentences[i].end else -1


def units_of_described_parents(relations: list[Relation], doc: Document, component: str) -> list[Relation]:
    """``relations`` and owns (parent -> unit) for each unit whose apposition names its parent only by a
    description, the parent being the nearest of the gazetteer's ancestors of the unit (its parent, then
    that one's, four at most) that a company mention of the unit's story names."""
    companies = sorted((m for m in doc.mentions if m.label == "COMPANY" and m.canonical), key=lambda m: m.start)
    if not companies:
        return relations
    text = doc.text
    owned = {frozenset((r.source, r.target)) for r in relations if r.type in ("owns", "acquires", "invests_in")}
    starts = [m.start for m in companies]
    sentence_starts = [x.start for x in doc.sentences]
    out = list(relations)
    for k, u in enumerate(companies):
        window = text[u.end : u.end + 140]
        hit = _DESCRIBED.match(window)
        if hit is None:
            continue
        # a name right after the description is the parent the frames read ("filiale du groupe chinois Y")
        if any(u.end < s <= u.end + hit.end() + 2 for s in starts[k + 1 :]):
            continue
        parents = _ancestors(u.canonical)
        if not parents:
            continue
        ui = _sentence_of(doc, sentence_starts, u)
        if ui < 0:
            continue  # (a mention in no sentence: no evidence to give)
        story = doc.sentences[ui].story
        named = {m.canonical for m in companies if m is not u
                 and ((mi := _sentence_of(doc, sentence_starts, m)) < 0 or doc.sentences[mi].story == story)}
        parent = next((p for p in parents if p in named), None)
        if parent is None or parent == u.canonical:
            continue
        pair = frozenset((parent, u.canonical))
        if pair in owned:
            continue
        owned.add(pair)
        out.append(Relation(type="owns", source=parent, target=u.canonical, status="active",
                            evidence=sentence_evidence(doc, doc.sentences[ui]), product=None,
                            confidence=0.55, component=component))
    return out
