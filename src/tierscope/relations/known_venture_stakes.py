"""A founding parent's share of a known joint company is its part of the venture, not a stake of its own.

    "Kestrel holds 51% of Lumen Cells. [...] The joint venture employs 900 people.", "Lumen Cells, the
    cathode materials joint venture Kestrel formed with Brixo", "Lumen Cells, ein Gemeinschaftsunternehmen
    mit Brixo", "Vostra détient un tiers de Lumen Cells. [...] La coentreprise a ouvert son usine."

The labelling guidelines give the parents of a joint company a ``joint_venture`` and do not label each
parent's share of it again as ``owns`` or ``invests_in``. ``venture_stakes`` drops such a share where
the page calls the company a joint venture right beside its name; news often says it elsewhere (a later
"the joint venture", a long apposition: "the cathode joint venture Kestrel formed with Brixo in 2021").
For a joint company ``data/ventures.tsv`` lists with its founders, a founder's current share is dropped
where a sentence naming the company (a description resolved to it counts) holds a joint-venture word.
Where the page never calls it one, the share stays: writers then label the founders' stakes (a network
several carmakers hold shares in). A company that changed hands on the page (someone acquires it, a
share in it ended, one parent bought the other out or holds it alone now) keeps its owners: the new
control is news. A holder the list does not name as a founder keeps its stake.
"""

from __future__ import annotations

import re

from ..doc import Document, Relation
from ..entities.gazetteer import known_ventures
from .engine import company_name
from .known_roles import page_ventures
from .known_ventures import _PARTED, _TOOK_HALF
from .named_ventures import BOUGHT_OUT, _JV
from .venture_stakes import _SOLE

__all__ = ["drop_founder_stakes"]

#: a joint-venture word of any of the five languages (German compounds end in it)
_WORD = re.compile("|".join(f"(?:{w})" for w in _JV.values()).replace("|JV", r"|(?-i:JV)"), re.IGNORECASE)
#: one owner has it all now: "owns the recycler outright", "took full control", "il pieno controllo",
#: "le contrôle total", "die volle Kontrolle", "el control total"
_WHOLE = re.compile(r"\b(?:outright|full\s+control|pieno\s+controllo|contr[ôo]le\s+(?:total|intégral)|control\s+total|"
                    r"(?:volle|vollständige|alleinige)\s+Kontrolle)\b", re.IGNORECASE)


def drop_founder_stakes(relations: list[Relation], doc: Document) -> list[Relation]:
    """``relations`` without a founder's current ``owns``/``invests_in`` of a listed joint company the
    page tells as a joint venture (see the module's docstring)."""
    ventures = page_ventures(known_ventures())  # (as the page names the companies)
    asked = [r for r in relations if r.type in ("owns", "invests_in") and r.status in ("active", "announced")
             and r.target in ventures and r.source in _founders(ventures[r.target])]
    if not asked:
        return relations
    moved = {r.target for r in relations if r.target in ventures and (r.type == "acquires" or r.status == "ended")}
    said = _sentences_naming(doc, {r.target for r in asked} | {n for r in asked for n in _founders(ventures[r.target])})
    text = doc.text
    for venture in {r.target for r in asked}:
        # the sentences naming the venture or two of its founders ("Korvane bought out Ekdrow's half")
        founders = ventures[venture]
        spans = said.get(venture, []) + [
            (a, b, names) for side in founders for n in side for a, b, names in said.get(n, [])
            if any(names & set(other) for other in founders if other != side)]
        if any(rx.search(text, a, b) for a, b, _ in spans for rx in (BOUGHT_OUT, _SOLE, _TOOK_HALF, _PARTED, _WHOLE)):
            moved.add(venture)
    drop = set()
    for r in asked:
        if r.target in moved:
            continue
        if any(_WORD.search(text, a, b) for a, b, _ in said.get(r.target, [])):
            drop.add(id(r))
    return [r for r in relations if id(r) not in drop] if drop else relations


def _founders(sides: tuple[tuple[str, ...], ...]) -> set[str]:
    return {name for side in sides for name in side}


def _sentences_naming(doc: Document, names: set[str]) -> dict[str, list[tuple[int, int, set[str]]]]:
    """For each of ``names``, the sentences that name it (a description resolved to it counts):
    (start, end, the company names of the sentence)."""
    out: dict[str, list[tuple[int, int, set[str]]]] = {}
    mentions = sorted((m for m in doc.mentions or () if m.label == "COMPANY" and company_name(m)), key=lambda m: m.start)
    k = 0
    for s in doc.sentences or ():
        while k < len(mentions) and mentions[k].start < s.start:
            k += 1
        j = k
        here = set()
        while j < len(mentions) and mentions[j].start < s.end:
            here.add(company_name(mentions[j]))
            j += 1
        for name in here & names:
            out.setdefault(name, []).append((s.start, s.end, here))
    return out
