"""A known company's ambiguous bare name that opens the full name of another company of the page is
that company's short form: "Electra" after "Electra Battery Materials Corp.", "Hydro" after "Hydro
One", "Apollo" after "Apollo Tyres".

The gazetteer lists some companies under a bare word that many other companies' names start with, and
flags it as needing context ("?Electra": a French charging network). A page about another company
of that name writes the full name once and then the word alone; the word is then looked up as the
flagged company (the page's own full name is the context that keeps it), and every tie told with the
word goes to a company the page never speaks of. The word stands for the page's longer company when

* the mention is the flagged bare word of its company ("Electra"), not a name that says which company
  it is ("Go Electra"), and the page names that company in no other form;
* exactly one other company the page names by its own name (not a reference back), known or found
  by position, starts with the word, with at most three more words, none of them a place ("Vale Indonesia", "Fiat India
  Automobiles" are national units of the namesake);
* the gazetteer does not tie the two (neither above the other, no common parent): "Amazon" beside
  "Amazon Web Services", "Vale" beside "Vale Base Metals" are a group and its unit, two companies;
* no sentence names both ("Electra Vehicles, not to be confused with Electra");
* the full name comes first on the page, a story's headline aside: a page that names the word first
  may mean the namesake.
"""

from __future__ import annotations

from ..doc import Mention
from .gazetteer import gazetteer_parents, places
from .names import ambiguous_aliases
from .short_names import opens_name

__all__ = ["ambiguous_short_forms"]

_MAX_DEPTH = 4
_MAX_MORE_WORDS = 3


def _line(name: str) -> list[str]:
    """``name`` and the gazetteer's companies above it (its parent, the parent's parent ...)."""
    return [name] + gazetteer_parents(name, _MAX_DEPTH)


def _tied(a: str, b: str) -> bool:
    """Whether the gazetteer puts ``a`` and ``b`` in one group (one above the other, or a common parent)."""
    return bool(set(_line(a)) & set(_line(b)))


def _bare_word(m: Mention) -> str | None:
    """The mention's words when they are a flagged ("?") bare name of its own known company."""
    if m.label != "COMPANY" or m.source != "gazetteer" or not (m.attrs or {}).get("known"):
        return None
    words = " ".join(m.text.split())
    entry = ambiguous_aliases().get(words)
    return words if entry is not None and entry.name == m.canonical else None


def ambiguous_short_forms(mentions: list[Mention], heads: frozenset[int] = frozenset()) -> list[Mention]:
    """``mentions`` with each flagged bare name that stands for a longer company of the page given that
    company's name (see the docstring; mentions changed in place). ``heads``: the sentences that open
    a story (its headline), where a short name may come first."""
    bare = [m for m in mentions if _bare_word(m)]
    if not bare:
        return mentions
    named = [m for m in mentions if m.label == "COMPANY" and m.canonical and m.source != "coref" and m.end > m.start]
    # longer words first, then by spelling: the outcome must not follow a set's hash order
    for word in sorted({_bare_word(m) for m in bare}, key=lambda w: (-len(w.split()), w)):
        mine = [m for m in bare if _bare_word(m) == word]
        own = {m.canonical for m in mine}
        if len(own) != 1 or any(m.canonical in own and _bare_word(m) != word for m in named):
            continue  # the namesake is named in a form of its own too ("Go Electra"): the page speaks of it
        namesake = next(iter(own))
        longer: dict[str, Mention] = {}
        for m in named:
            if m.canonical in own:
                continue
            text = " ".join(m.text.split())
            if any(opens_name(word, n) and len(n.split()) - len(word.split()) <= _MAX_MORE_WORDS
                   and not any(places().get(w) is not None for w in n.split()[len(word.split()):])
                   for n in (text, m.canonical)):
                if m.canonical not in longer or m.start < longer[m.canonical].start:
                    longer[m.canonical] = m
        if len(longer) != 1:
            continue
        full = next(iter(longer.values()))
        if _tied(namesake, full.canonical):
            continue  # a group and its unit: two companies
        if {m.sentence for m in mine} & {m.sentence for m in named if m.canonical == full.canonical}:
            continue  # one sentence names both: two companies
        if min((m.start for m in mine if m.sentence not in heads), default=full.start) < full.start:
            continue  # the word before the full name: it may be the namesake
        for m in mine:
            m.canonical = full.canonical
            m.attrs = {**{k: v for k, v in (m.attrs or {}).items() if k not in ("sectors", "country")},
                       **{k: v for k, v in (full.attrs or {}).items() if k in ("known", "sectors", "country")},
                       "ambiguous_short": True}
    return mentions
