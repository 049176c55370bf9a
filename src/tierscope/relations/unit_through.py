"""A company that takes part in something through its unit owns that unit, and the unit is the party.

    "Kelda Cells was set up by Norvik and Brixo, through the oil major's battery subsidiary Quarda"
        -> owns Brixo -> Quarda (not Norvik -> Quarda)
    "fondata da Norvik e Brixo – quest'ultima presente attraverso la controllata Quarda –"
        -> owns Brixo -> Quarda (not Kelda Cells -> Quarda)
    "Brixo, attraverso la sua controllata Quarda, si rifornisce da Selvio" -> Selvio supplies Quarda

Journalists write "P, through its subsidiary U, ..." ("à travers sa filiale U", "a través de su filial
U", "attraverso la controllata U", "über seine Tochter U") to say that P acts by way of U: the owner is
the company named right before the preposition, whatever else the clause names (a list of founders, the
sentence's subject). The frames read the unit noun as an apposition on the clause's subject or on the
nearest name of a list, and so give U to the wrong owner, or to none.

The phrase reads U's owner as P (active) and drops the other ownerships of U the same sentence drew from
that noun; a supply or a partnership of the sentence whose party is P, with the phrase right after P,
is U's (the labelling guidelines tie a supply to the unit that does it).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from ..doc import Document, Relation
from .evidence_names import sentence_evidence

__all__ = ["companies_by_sentence", "units_through"]

#: the preposition of means, a possessive or an article, a few words ("the French oil major's battery"),
#: the unit noun, a few lower-case words, up to the unit's name (no company named between)
_THROUGH = re.compile(
    r"(?:\b(?:through|via|attraverso|tramite|à travers|par l['’]intermédiaire de|a través de|por medio de)"
    r"\s+(?:(?:its|their|the|one of its|sa|son|ses|leur|la|le|l['’]|la sua|il suo|la propria|il proprio"
    r"|su|sus|el)\s*)?"
    r"(?:[\w'’-]+\s+){0,4}?"
    r"(?:subsidiary|unit|arm|division|filiale|branche|controllata|divisione|filial|división|subsidiaria)"
    # German only after a possessive, with adjectives at most: "über seine spanische Tochter" ("Gespräche
    # über die Tochter U", "über einen Verkauf der Tochter U" are talks about the unit)
    r"|\büber\s+(?:seine[nr]?|ihre[nr]?)\s+(?:(?-i:[a-zäöü])[\w-]*\s+){0,2}?"
    r"(?-i:[A-ZÄÖÜ][a-zäöüß]*)?(?:(?<=[a-zäöüß])t|T)ochter(?:gesellschaft|firma)?)"
    r"(?:\s+(?-i:[a-zà-öø-ÿ])[\w'’-]*){0,3}?\s+$",
    re.IGNORECASE,
)
#: a former unit: its tie is over, the frames read the end
_FORMER = re.compile(r"\b(?:former|ex|ehemalig\w*|früher\w*|ancienne?|antigu[ao]|ex-)\b", re.IGNORECASE)
#: a plural possessive or a shared unit: the unit of all the companies named before ("A and B, through
#: their unit U", "a través de su filial común U")
_PLURAL = re.compile(r"\b(?:their|leurs?|loro|común|commune|comune|joint|gemeinsamen?)\b", re.IGNORECASE)
#: between P and the preposition: the comma or the dash that sets the phrase off, and at most "the latter"
#: with a word ("quest'ultima presente"); not a relative ("A y B, que operan a través de ..."), whose
#: subject may be a list
_GAP = re.compile(r"\s*[,–—-]\s*(?:(?:quest['’]ultim[oa]|the latter|cette dernière|ce dernier|esta última|este último"
                  r"|letztere[rs]?)(?:\s+[\w'’]+)?\s*)?", re.IGNORECASE)
#: a word of ``_THROUGH``'s prepositions in the sentence: no search for the phrase without one
_CUE = re.compile(r"\b(?:through|via|attraverso|tramite|travers|intermédiaire|través|medio|über)\b", re.IGNORECASE)
_OWN = ("owns", "acquires", "invests_in")
_TIES = ("supplies", "partners_with")


def companies_by_sentence(doc: Document, named_only: bool = False) -> list[list]:
    """The page's company mentions (with a canonical name where ``named_only``) per sentence, placed by
    their offsets (a mention in no sentence left out), each sentence's in the order of their starts: one
    pass over the mentions, not one per sentence."""
    companies = sorted((m for m in doc.mentions if m.label == "COMPANY" and (m.canonical or not named_only)),
                       key=lambda m: m.start)
    starts = [s.start for s in doc.sentences]
    per: list[list] = [[] for _ in doc.sentences]
    for m in companies:
        i = bisect_right(starts, m.start) - 1
        if i >= 0 and m.start < doc.sentences[i].end:
            per[i].append(m)
    return per


def _through_units(doc: Document, companies: list, sent):
    """(parent mention, unit mention) for each "P, through its unit U" of the sentence."""
    out = []
    for k, u in enumerate(companies):
        if k == 0 or not u.canonical:
            continue
        lo = max(sent.start, u.start - 120)
        prev_end = max((m.end for m in companies[:k] if m.end <= u.start), default=lo)
        hit = _THROUGH.search(doc.text, max(lo, prev_end), u.start)
        if hit is None or _FORMER.search(hit.group(0)) or _PLURAL.search(hit.group(0)):
            continue  # (a former unit's tie is over; "through their unit U": every owner named keeps it)
        parents = [m for m in companies[:k] if m.end <= hit.start() and m.canonical and m.canonical != u.canonical]
        if not parents:
            continue
        p = parents[-1]
        gap = doc.text[p.end : hit.start()]
        # set off by a comma or a dash right after P, a few words at most ("quest'ultima presente", "the
        # latter") between: "P partecipa ad A attraverso la controllata U" is the subject's, not A's, and
        # "que P desarrolla a través de su filial U" a project's, left to the frames
        if len(gap) > 40 or not _GAP.fullmatch(gap):
            continue
        out.append((p, u))
    return out


def units_through(relations: list[Relation], doc: Document, component: str) -> list[Relation]:
    """``relations`` with each "P, through its unit U" of the page read: owns P -> U (active), other
    ownerships of U from the same sentence dropped, and P's supplies and partnerships there given to U."""
    found = []
    for sent, inside in zip(doc.sentences, companies_by_sentence(doc)):
        if len(inside) >= 2 and _CUE.search(doc.text, sent.start, sent.end):
            found.extend((sent, p, u) for p, u in _through_units(doc, inside, sent))
    if not found:
        return relations
    out = list(relations)
    for sent, p, u in found:
        parent, unit = p.canonical, u.canonical
        in_sent = lambda r: sent.start <= r.evidence.start < sent.end  # noqa: E731
        # other owners of the unit read from this sentence, and the unit read as an owner of its parent
        out = [r for r in out if not (r.type in _OWN and in_sent(r) and (
            (r.target == unit and r.source != parent) or (r.source == unit and r.target == parent)))]
        moved = []
        for r in out:
            # (U stands within 160 characters of P: the phrase is sought 120 back from U, 40 at most after P)
            if r.type in _TIES and in_sent(r) and parent in (r.source, r.target) and unit not in (r.source, r.target):
                r = replace(r, source=unit if r.source == parent else r.source,
                            target=unit if r.target == parent else r.target)
            moved.append(r)
        out = moved
        if not any(r.type in _OWN and r.source == parent and r.target == unit for r in out):
            out.append(Relation(type="owns", source=parent, target=unit, status="active",
                                evidence=sentence_evidence(doc, sent), product=None, confidence=0.6,
                                component=component))
    return out
