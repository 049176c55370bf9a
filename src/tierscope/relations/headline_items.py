"""A headline that strings several news items together ties no company of one item to one of another.

    "Kurz notiert: Brixo verkauft Korvan, Norvik wechselt den Stromlieferanten"  -> no Korvan -> Norvik
    "Kestrel übernimmt bei Brixo das Steuer, Norvik holt Großauftrag"           -> no Norvik -> Brixo
    "Kestrel soll ab 2027 liefern - Trennung von Brixo abgeschlossen"            -> no supply Kestrel-Brixo
    "Kestrel ya produce a ritmo industrial y Brixo amplía su planta"             -> no Kestrel -> Brixo
    "Kestrel rinnova lo stabilimento, Brixo apre un centro in Polonia"           -> no Kestrel -> Brixo

Digest headlines and the kickers of news briefs give two or three stories in one line: a clause each,
joined by a comma, a dash or "and", with no full stop. The readers take the line for one sentence and
pair a verb of one item ("holt Großauftrag", "wechselt den Stromlieferanten") with a company of the
next. A headline is cut into items where

* a comma follows a part that holds a company and a word of its own, and the next part opens with a
  company and a word that is no preposition nor conjunction (its own subject and verb: "Norvik holt",
  not the list "an Brixo, Norvik und Tessaro" nor "Kestrel, Brixo sign a deal");
* a dash follows a part that holds a company and a word of its own, and the next part names a company
  with a word of its own;
* "and" ("und", "e", "et", "y") follows a part that ends with a word, not a name, and the next part
  opens as after a comma ("... a ritmo industrial y Brixo amplía", not "Kestrel y Brixo firman").

No cut is made before a part whose company is named as a customer or supplier, a rank at most between
("Kestrel startet Serienfertigung - Brixo erster Großkunde", "Kestrel opens plant, Brixo first customer"):
that part tells of the item before it ("Norvik wechselt den Stromlieferanten" is cut off all the same). A supply
of the headline none of whose source's mentions shares an item with one of its target's is dropped. Body sentences are left alone: a full stop ends their items already.
"""

from __future__ import annotations

import re

from ..doc import Document, Mention, Relation
from .evidence_names import drop_supplies
from .headline_names import is_headline

__all__ = ["drop_cross_items"]

_COMMA = re.compile(r",\s+")
_DASH = re.compile(r"\s[-–—]\s")
_AND = re.compile(r"\s(?:and|und|e|et|y)\s", re.IGNORECASE)
#: a company named as the other's customer or supplier, a rank at most between ("Brixo erster Großkunde",
#: "Brixo first customer", "Brixo primo cliente"): the part tells of the part before it
_ROLE_AFTER = re.compile(
    r"\s*(?:(?:first|main|biggest|largest|new|key|erster|erste|wichtigster|größter|neuer|primo|prima|principale|"
    r"nuovo|premier|première|principal|nouveau|primer|primera|nuevo)\s+)?"
    r"(?:\w*kunde\w*|abnehmer|\w*lieferant\w*|customer|client|cliente|supplier|fournisseur|fornitore|proveedor)\b",
    re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: words that do not make a part a clause of its own: articles, prepositions, conjunctions
_FUNCTION = frozenset(
    "a an the and or of to in on at for from with by as "
    "der die das den dem des ein eine einen und oder von vom zu zum zur in im an am auf für mit bei ab aus nach seit "
    "il lo la le i gli l un una uno e o di del della dei da dal dalla a al alla in nel nella per con su "
    "les de du des et ou à au aux en dans pour avec sur par dès "
    "el los las y o del al en con para por desde sobre".split()
)


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def _content(text: str) -> bool:
    """Whether ``text`` (a stretch between names) holds a word other than an article, preposition or conjunction."""
    return any(w not in _FUNCTION for w in _words(text))


def _outside(text: str, lo: int, hi: int, names: list[Mention]) -> str:
    """The text of ``lo``..``hi`` with the company names in it blanked."""
    chars = list(text[lo:hi])
    for m in names:
        for i in range(max(m.start, lo), min(m.end, hi)):
            chars[i - lo] = " "
    return "".join(chars)


def _opens_clause(text: str, lo: int, hi: int, names: list[Mention]) -> bool:
    """Whether the part ``lo``..``hi`` opens with a company name (an article at most before it) and a word
    after it that is no preposition nor conjunction: a subject and its verb."""
    first = next((m for m in names if lo <= m.start < hi), None)
    if first is None or any(w not in _FUNCTION for w in _words(text[lo:first.start])):
        return False
    after = _words(_outside(text, first.end, hi, names))
    return bool(after) and after[0] not in _FUNCTION


def _holds_clause(text: str, lo: int, hi: int, names: list[Mention]) -> bool:
    """Whether the part ``lo``..``hi`` names a company and holds a word of its own."""
    return any(lo <= m.start < hi for m in names) and _content(_outside(text, lo, hi, names))


def _ends_in_word(text: str, lo: int, hi: int, names: list[Mention]) -> bool:
    """Whether the part ``lo``..``hi`` names a company and ends with a word of its own, not a name."""
    inside = [m for m in names if lo <= m.start < hi]
    return bool(inside) and _content(text[max(m.end for m in inside):hi])


def items(text: str, lo: int, hi: int, names: list[Mention]) -> list[int]:
    """The offsets where the headline ``lo``..``hi`` is cut into items (see the module's docstring)."""
    cuts = sorted([(m.start(), m.end(), "comma") for m in _COMMA.finditer(text, lo, hi)]
                  + [(m.start(), m.end(), "dash") for m in _DASH.finditer(text, lo, hi)]
                  + [(m.start(), m.end(), "and") for m in _AND.finditer(text, lo, hi)])
    out, start = [], lo
    for k, (a, b, kind) in enumerate(cuts):
        if any(m.start < a < m.end for m in names):
            continue  # inside a name ("Kestrel & Brixo", "Norvik - Power")
        nxt = next((c[0] for c in cuts[k + 1:] if c[0] > b), hi)
        first = next((m for m in names if b <= m.start < hi), None)
        if first is not None and _ROLE_AFTER.match(text, first.end):
            continue  # "- Brixo erster Großkunde": the part tells of the one before
        if kind == "comma":
            cut = _holds_clause(text, start, a, names) and _opens_clause(text, b, nxt, names)
        elif kind == "dash":
            cut = _holds_clause(text, start, a, names) and _holds_clause(text, b, hi, names)
        else:
            cut = _ends_in_word(text, start, a, names) and _opens_clause(text, b, nxt, names)
        if cut:
            out.append(b)
            start = b
    return out


def _item(cuts: list[int], pos: int) -> int:
    return sum(1 for c in cuts if c <= pos)


def drop_cross_items(relations: list[Relation], doc: Document) -> list[Relation]:
    """``relations`` less the headline supplies whose two parties stand in different items."""
    text = doc.text
    if not any(r.type == "supplies" and is_headline(text, r.evidence.start, r.evidence.end) for r in relations):
        return relations
    cache: dict[tuple[int, int], list[int]] = {}

    def drop(text: str, names: list[Mention], r: Relation) -> bool:
        ev = r.evidence
        if not is_headline(text, ev.start, ev.end):
            return False
        key = (ev.start, ev.end)
        if key not in cache:
            cache[key] = items(text, ev.start, ev.end, names)
        cuts = cache[key]
        if not cuts:
            return False
        src = {_item(cuts, m.start) for m in names if m.canonical == r.source}
        tgt = {_item(cuts, m.start) for m in names if m.canonical == r.target}
        return bool(src) and bool(tgt) and not src & tgt

    return drop_supplies(relations, doc, drop)
