"""A company's full name that opens with a capitalised word for "company", defined by its initials:
"la Società Trasporti Alpini Riuniti (STAR)", "la Compagnie Armoricaine des Batteries (CAB)", "la
Compañía Levantina de Baterías (CLB)". Local firms carry such names; the descriptor pattern reads
"Società" as a description before a name ("la società Beta") and keeps only the rest, and "des" cut
"Compagnie Armoricaine des Batteries" to its last word. Where the initials in brackets spell every
capitalised word from the opening word on, the opening word belongs to the name.

``widen_to_openers(text, toks, mentions)`` puts one COMPANY mention over such a name, in place of the
company or place mentions inside it. Initials one letter longer or shorter than the words count too
("Stari" for four words: a title-case acronym with a vowel added)."""

from __future__ import annotations

from ..doc import Mention
from .patterns import CONNECTORS
from .vocab import name_sectors

__all__ = ["widen_to_openers"]

#: capitalised words for "company" that open a name
_OPENERS = frozenset("società compagnia compagnie compañía sociedad société company companhia empresa azienda "
                     "impresa entreprise".split())
_MAX_WORDS = 8


def _spells(abbr: str, initials: str) -> bool:
    a = abbr.upper()
    return a == initials or (len(initials) >= 3 and abs(len(a) - len(initials)) <= 1
                             and (a.startswith(initials) or initials.startswith(a)))


def widen_to_openers(text: str, toks, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the names that open with a company word before their initials as one COMPANY
    mention each. ``toks``: (index, start, end, tokens) per sentence."""
    added: list[Mention] = []
    for s_index, _start, _end, tokens in toks:
        n = len(tokens)
        for k in range(2, n - 2):
            if tokens[k].text != "(" or tokens[k + 2].text != ")":
                continue
            abbr = tokens[k + 1].text
            if not (2 <= len(abbr) <= 6 and abbr.isalpha() and abbr[0].isupper()
                    and (abbr.isupper() or abbr[1:].islower())):
                continue
            j = k - 1
            while j >= 0 and k - j <= _MAX_WORDS and (tokens[j].text[0].isupper() or tokens[j].key in CONNECTORS):
                j -= 1
            opener = next((o for o in range(j + 1, k) if tokens[o].key in _OPENERS and tokens[o].text[0].isupper()), None)
            if opener is None or opener == k - 1 or not tokens[k - 1].text[0].isupper():
                continue
            span = tokens[opener:k]
            if any(b.start - a.end > 1 for a, b in zip(span, span[1:])):
                continue
            if not _spells(abbr, "".join(t.text[0] for t in span if t.text[0].isupper())):
                continue
            a, b = span[0].start, span[-1].end
            name = " ".join(text[a:b].split())
            added.append(Mention(start=a, end=b, text=text[a:b], label="COMPANY", canonical=name,
                                 sentence=s_index, source="pattern", attrs={"known": False, "sectors": name_sectors(name), "cue": "initials"}))
    # a name with a known company inside is no new company: it and the mentions inside it stay as they are
    added = [w for w in added if not any(m.label == "COMPANY" and (m.attrs or {}).get("known")
                                         and w.start <= m.start and m.end <= w.end for m in mentions)]
    if not added:
        return mentions
    spans = [(m.start, m.end) for m in added]
    kept = [m for m in mentions if not (m.label in ("COMPANY", "PLACE") and any(a <= m.start and m.end <= b for a, b in spans))]
    return kept + added
