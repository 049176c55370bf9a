"""The language-neutral engine behind the relation extractor, and its public face.

For one sentence: company mentions are grouped into coordinated lists ("X, Y and Z"), each group
gets the preposition that stands before it (its *marker*: "to", "from", "by", "with"...), triggers
from the language lexicon are found, and each trigger's *frame* picks source and target among the
groups from position (left/right of the trigger) and markers. Status comes from cue regexes in the
sentence, in the clause before the trigger, and in the following sentence (a denial).

Nothing here names a language: every word lives in ``lexicon/<lang>.py``. The work is done in:

* ``compiled``   the compiled lexicon (``compiled(lang)``, ``Compiled``); ``scan.prefilter`` its regex gates
* ``groups``     groups of coordinated names and their markers (``build_groups``, ``assign_markers``, ``has``)
* ``products``   products named in a sentence and the supply-chain tier of a company
* ``frames``     ``resolve``: one trigger's source and target, one module per family of frames
* ``status``     the status of one assertion (``status_for``, ``ended_in_clause``)
* ``clauses``    clause bounds and article words the frames and the status share
"""

from __future__ import annotations

from dataclasses import dataclass

from .compiled import Compiled, compiled, languages_for
from .frames import FRAMES, resolve
from .groups import Group, assign_markers, build_groups, has
from .products import nearest_product, products_in, products_outside, tier
from .status import ended_in_clause, handed_on_status, has_cue, status_for, unit_sold
from ..scan.windows import may_hold_in


__all__ = [
    "Compiled", "Found", "Group", "FRAMES", "assign_markers", "build_groups", "clause_opening", "company_name", "compiled",
    "ended_in_clause", "ending_at", "handed_on_status", "has", "has_cue", "languages_for", "nearest_product", "products_in", "products_outside", "resolve", "status_for", "supplies_prevail", "supply_product", "tier", "unit_sold",
]


def clause_opening(text: str, pos: int, stops: str = ".;:!?\n") -> int:
    """Where the clause that ``pos`` stands in opens: right past the last of ``stops`` before it, or 0."""
    return max(text.rfind(c, 0, pos) for c in stops) + 1


def supply_product(products, text: str, trigger: tuple[int, int], party_spans) -> str | None:
    """The product a supply is of: the one named nearest its trigger, from 40 characters before the
    trigger and its parties to 60 after (``products``: ``products_outside`` of the sentence)."""
    lo = min([trigger[0]] + [s for s, _e in party_spans])
    hi = max([trigger[1]] + [e for _s, e in party_spans])
    return nearest_product(products, max(0, lo - 40), min(len(text), hi + 60), trigger[0])


def ending_at(rx, text: str, pos: int, reach: int):
    """The match of ``rx`` in the ``reach`` characters before ``pos`` that ends right at ``pos`` (a
    phrase that runs into a company's name: "the cells come from X", "with cells from X"), or None."""
    lo = max(0, pos - reach)
    if not may_hold_in(rx, text, lo, pos):
        return None  # (none of the literals every match holds lies in the stretch: most asks)
    m = rx.search(text, lo, pos)
    return m if m is not None and m.end() == pos else None


def company_name(m) -> str:
    """The name a mention stands for: its canonical company, else its text."""
    return (m.canonical or m.text or "").strip()


def supplies_prevail(results: list, found: list) -> list:
    """``results`` with the supplies ``found`` by a reader that knows the direction: a supply of
    ``results`` read the other way round between the same two gives way, and one not read yet is added."""
    if not found:
        return results
    turned = {(f.target, f.source) for f in found}
    kept = [f for f in results if not (f.type == "supplies" and (f.source, f.target) in turned)]
    have = {(f.source, f.target) for f in kept if f.type == "supplies"}
    return kept + [f for f in found if (f.source, f.target) not in have]


@dataclass(slots=True)
class Found:
    type: str
    source: str
    target: str
    status: str
    confidence: float
    product: str | None
    trigger: tuple[int, int]
    #: "chain" where the gazetteer's chain, not the sentence, gave the direction (``chain_supply``)
    origin: str = ""
