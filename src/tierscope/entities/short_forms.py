"""A name found by position that opens one longer company name of the page is that company's short form.

    headline: "Kestrel Cathode boss on growth"     body: "Kestrel Cathode Materials is one of ..."
              -> "Kestrel Cathode" is Kestrel Cathode Materials (and so is the interview's "we")
    "Vexa acelera ... la sociedad Vexa EV Motors ... Vexa ha adjudicado a Brixo los cables"
              -> each "Vexa" is Vexa EV Motors

A headline, and a body after its first full mention, name a small company as briefly as they can. The
name finder takes the short form for a company of its own, so the page tells the company's ties under
two names and the references back ("we", "the company") follow the headline's. The short form stands
for the longer company where

* it was found by position under its own words (never a gazetteer company, whose bare name is its own:
  a group beside its unit; nor a word an earlier finder already read as a longer known name);
* its words open the name of exactly one other company of the page, named by its own name (not a
  reference back), with at most three more words, the places that open that name aside ("Kelvra" for
  "Ningbo Kelvra Power Technology": the registered name's home city), and stand in no other company's name (two sisters
  "Vexa Stanztechnik" and "Vexa Gusstechnik": the short form names neither);
* the more words name no place: "Vexa Poland", "Vexa Deutschland" are national units of Vexa;
* no sentence names both: "Vexa Energy, the battery unit of Vexa" speaks of two companies;
* the short form comes after the longer name, or in a story's headline (``heads``, the first sentence of
  each story: ``short_names.story_heads``): a body that names the short form first may mean another company, a parent or a rival.
"""

from __future__ import annotations

from ..doc import Mention
from .gazetteer import places
from .short_names import opens_name

__all__ = ["same_short_forms"]


def _holds(name: list[str], words: list[str]) -> bool:
    """Whether the words ``words`` stand in ``name`` one after the other."""
    n = len(words)
    return any(name[i : i + n] == words for i in range(len(name) - n + 1))


def _core(short: str, name: str) -> list[str]:
    """The words of ``name`` from where ``short`` opens it: the whole name, or the name after the places
    that open it ("Ningbo Kelvra Power" for "Kelvra": a Chinese company's registered name opens with its
    home city or province, which the press drops); [] where ``short`` opens neither."""
    words = name.split()
    k = 0
    while not opens_name(short, " ".join(words[k:])):
        if k >= len(words) - 1 or places().get(words[k]) is None:
            return []
        k += 1
    return words[k:]


def same_short_forms(mentions: list[Mention], heads: frozenset[int] = frozenset()) -> list[Mention]:
    """``mentions`` with each short form's canonical name made that of its longer company (see the docstring);
    ``heads``: the indices of the sentences that open a story."""
    full = [m for m in mentions if m.label == "COMPANY" and m.canonical and m.source != "coref" and m.end > m.start]
    known = {m.canonical for m in full if m.source != "pattern" or (m.attrs or {}).get("known")}
    # (a mention an earlier finder already gave another name, "Tarvex" for a known "Tarvex Power", keeps it)
    shorts = [m for m in full if m.source == "pattern" and m.canonical not in known
              and m.canonical == " ".join(m.text.split())]
    if not shorts:
        return mentions
    # longer short forms first ("Kestrel Cathode" before "Kestrel"), each rewrite seen by the next: the
    # outcome must not follow the set's hash order, which changes from one process to the next
    for name in sorted({m.canonical for m in shorts}, key=lambda n: (-len(n.split()), n)):
        words = name.split()
        holding = {m.canonical for m in full if m.canonical != name and _holds(m.canonical.split(), words)}
        if len(holding) != 1:
            continue  # "Brixo Stanztechnik" and its sister "Brixo Gusstechnik": the short form names neither
        cores = {c: _core(name, c) for c in holding}  # (one walk over a name's opening places each)
        longer = {c for c, core in cores.items() if core and len(core) <= len(words) + 3}
        if any(places().get(w) is not None for c in longer for w in cores[c][len(words):]):
            continue  # "Vexa Poland": a national unit
        if len(longer) != 1:
            continue
        whole = next(iter(longer))
        mine = [m for m in shorts if m.canonical == name]
        theirs = {m.sentence for m in full if m.canonical == whole}
        if any(m.sentence in theirs for m in mine):
            continue  # one sentence names both: two companies
        first = min(m.start for m in full if m.canonical == whole)
        for m in mine:
            if m.start > first or m.sentence in heads:
                m.canonical = whole
    return mentions
