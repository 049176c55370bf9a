"""A deal fronted before its buyer, in English and the Romance languages:

    "With the acquisition of Beta, Gamma became the largest carrier", "After acquiring Beta, Gamma cut
    jobs", "Con l'acquisizione di Beta, Gamma diventa ...", "Dopo aver rilevato Beta, Gamma ...", "Avec le
    rachat de Beta, Gamma devient ...", "Après avoir racheté Beta, Gamma ...", "Con la compra de Beta,
    Gamma se convierte ...", "Tras adquirir Beta, Gamma ..."

The phrase of means or time opens the sentence with the deal's noun, gerund or infinitive and its
object; the buyer is the subject after the comma. The frames read a buyer before the deal word, so
the subject is moved there (German writes it verb second with no comma: ``_subject_after_fronted_deal``
in ``frames/__init__.py``).
"""

from __future__ import annotations

import re

from ..clauses import _clause_start
from .common import _unmarked

__all__ = ["FRONTED_DEAL_OPENERS", "subject_after_fronted_phrase"]

#: what opens the sentence before the deal word: a preposition of means or time, an article or
#: possessive, perhaps an amount or an adjective ("With its $13.7 billion acquisition of")
FRONTED_DEAL_OPENERS = {
    "en": re.compile(r"(?:With|After|Following|By|Through|Upon|On)\s+(?:(?:the|its|their|this|that|a)\s+)?"
                     r"(?:(?-i:[a-z$\d])[\w$.,-]*\s+){0,3}?$"),
    "it": re.compile(r"(?:Con|Dopo|Grazie\s+a(?:ll['’])?|Tramite|Attraverso|Mediante)\s+(?:(?:l['’]|la|il|lo|la\s+sua|il\s+suo|l['’]ultima|aver|avere)\s*)?"
                     r"(?:(?-i:[a-z\d])[\w.,-]*\s+){0,2}?$"),
    "fr": re.compile(r"(?:Avec|Après|Grâce\s+à|Par|Via)\s+(?:(?:le|la|l['’]|son|sa|ce|cette|avoir)\s*)?"
                     r"(?:(?-i:[a-z\d])[\w.,-]*\s+){0,2}?$"),
    "es": re.compile(r"(?:Con|Tras|Después\s+de|Mediante|Gracias\s+a|Al)\s+(?:(?:la|el|su|esta|este|haber)\s+)?"
                     r"(?:(?-i:[a-z\d])[\w.,-]*\s+){0,2}?$"),
}
#: from the deal's object to its buyer: a short tail (a year, a price), then the one comma, perhaps an adverb
_TAIL_THEN_COMMA = re.compile(r"(?:\s+[^,;:()]{0,40}?)?\s*,\s*(?:(?-i:[a-z]+)\s+)?")
#: the buyer's verb follows it (a lower-case word): not a list going on ("of Beta, Gamma and Delta")
_VERB_AFTER = re.compile(r"\s+(?!and\b|or\b|e\b|o\b|et\b|ou\b|y\b)(?-i:[a-zàâçéèêëîïôûùüÿñæœíóúá])")


def subject_after_fronted_phrase(lex, m: re.Match, groups, text: str, moved_before):
    """``groups`` with the subject after a fronted deal phrase put before the deal word ``m``, where the
    frames read the buyer; ``groups`` as they are when the sentence has no such shape."""
    t0, t1 = m.start(), m.end()
    lo = _clause_start(text, t0)
    if not m.group(0)[:1].islower() or not FRONTED_DEAL_OPENERS[lex.lang].fullmatch(text, lo, t0):
        return groups
    if any(lo <= g.start < t0 for g in groups):
        return groups  # a name already before the deal word ("With Gamma's purchase of Beta")
    right = [g for g in groups if g.start >= t1]
    if len(right) < 2 or right[0].start - t1 > 40 or re.search(r"[,;:()]", text[t1 : right[0].start]):
        return groups
    if right[0].marker is not None and right[0].marker in lex.markers.get("agent", ()):
        return groups  # "After its acquisition by Gamma, Delta said ...": the buyer is the agent, not the subject
    subj = right[1]
    if not _unmarked(lex, subj) or not _TAIL_THEN_COMMA.fullmatch(text, right[0].end, subj.start):
        return groups
    if not _VERB_AFTER.match(text, subj.end):
        return groups
    return moved_before(groups, subj, t0)
