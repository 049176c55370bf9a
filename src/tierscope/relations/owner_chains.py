"""A chain of owners in one sentence: the company a unit belongs to is described as another group's
unit, and the group owns that middle company, not the unit at the chain's foot.

    "Korvan, que forma parte de Brixo, la filial de camiones controlada por el grupo Norvik, ..."
        -> owns Brixo -> Korvan, owns Norvik -> Brixo (not Norvik -> Korvan)
    "Korvan appartient à Brixo, la holding poids lourds dont Norvik est l'actionnaire majoritaire."
    "Korvan gehört zur Norvik-Nutzfahrzeugholding Brixo."  (the owner glued to the middle company's noun)

The frames take a parent named in an apposition for the owner of the clause's subject; where the
apposition follows a second company, the one the subject belongs to, it describes that company: the
group's tie goes to the middle company. The sentence must tell that the subject belongs to the middle
company (a verb or a participle of belonging right before it), else the chain is not read.
"""

from __future__ import annotations

import re

from ..doc import Document, Relation
from .evidence_names import sentence_evidence
from .unit_through import companies_by_sentence

__all__ = ["owners_up_the_chain"]

#: the subject belongs to the middle company: the words right before the middle company's name
_BELONGS = re.compile(
    r"(?:\b(?:belongs?|belonged|belonging) to|\bpart of|\b(?:owned|controlled) by|\bunit of|\bsubsidiary of"
    r"|\bappartien(?:t|nent|drait)(?: (?:lui|elle|eux)-mêmes?)? (?:à|au)|\bfai(?:t|saient|sait) partie (?:de|du)"
    r"|\b(?:contrôlée?s?|détenue?s?) par|\bfiliale (?:de|du)"
    r"|\bforma(?:ba|n)? parte (?:de|del)|\b(?:controlad[ao]s?|propiedad) (?:de|del|por)|\bfilial (?:de|del)"
    r"|\bfa(?:nno|ceva)? parte (?:di|del|della)|\bcontrollat[oaie] (?:da|dal|dalla)|\bappartiene (?:a|al|alla)"
    r"|\b(?:gehört|gehören|gehörte|gehörten)(?: \w+)? (?:zu[rm]?|zu der|zu dem)|\bTochter (?:der|des|von)"
    r"|-Tochter (?:der|des|von))"
    r"(?: (?:the|la|le|l['’]|el|il|lo|die|der|dem))?\s*$",
    re.IGNORECASE,
)
#: an apposition on the middle company naming the group: a comma, then a description with a unit's or a
#: holding's noun or a participle of control, and the group's name at its end
_APPOSED = re.compile(
    r"^\s*[,–—]\s*(?:(?:the|its|la|le|l['’]|el|il|lo|die|der|das)\s+)?"
    r"(?:[^,;:.()]{0,80}?\b(?:holding|subsidiary|unit|arm|division|filiale|filial|branche|controllata|divisione"
    r"|Tochter\w*|\w+tochter|\w*holding|Sparte|\w+sparte)\b)"
    r"[^,;:.()]{0,80}?$",
    re.IGNORECASE,
)
_FAMILY = re.compile(r"\b(?:famil(?:y|ies|ia|ias|le|les|ie|ien|glia|glie))\b", re.IGNORECASE)
#: the group glued to the middle company's noun right before its name: "die Norvik-Nutzfahrzeugholding Brixo"
_GLUED = re.compile(r"^-\w*(?:holding|tochter|sparte|gesellschaft|gruppe)\s+$", re.IGNORECASE)


def _chains(doc: Document, companies: list):
    """(subject, middle, group) mentions for each chain of the sentence's companies."""
    out = []
    text = doc.text
    for j, b in enumerate(companies):
        if j == 0 or not b.canonical:
            continue
        a = companies[j - 1]
        if not a.canonical or a.canonical == b.canonical or not _BELONGS.search(text, max(a.end, b.start - 60), b.start):
            continue
        if text[a.end : b.start].count(",") > 1:
            continue
        # the group: named at the end of the middle company's apposition
        g = None
        for k in range(j + 1, min(j + 3, len(companies))):
            c = companies[k]
            between = text[b.end : c.start]
            if _FAMILY.search(between):
                break  # "Velmar, el holding de la familia Ortuño": a family owns the holding, no company
            if _APPOSED.match(between) and not any(b.end <= m.start < c.start for m in companies):
                g = c
                break
        if g is None or not g.canonical or g.canonical in (a.canonical, b.canonical):
            continue
        out.append((a, b, g))
    return out


def _glued_chains(doc: Document, companies: list):
    """(subject, middle, group) for "A gehört zur G-Holding B": the group glued before the middle name."""
    out = []
    text = doc.text
    for j in range(2, len(companies)):
        a, g, b = companies[j - 2], companies[j - 1], companies[j]
        if not (a.canonical and g.canonical and b.canonical) or len({a.canonical, g.canonical, b.canonical}) < 3:
            continue
        if _GLUED.match(text[g.end : b.start]) and _BELONGS.search(text, max(a.end, g.start - 60), g.start):
            out.append((a, b, g))
    return out


def owners_up_the_chain(relations: list[Relation], doc: Document, component: str) -> list[Relation]:
    """``relations`` with each chain of owners read: the group's ownership of the subject, read from the
    same sentence, given to the middle company; the middle company's ownership of the subject drawn."""
    found = []
    for sent, inside in zip(doc.sentences, companies_by_sentence(doc)):
        if len(inside) >= 3:
            found.extend((sent, *c) for c in _chains(doc, inside) + _glued_chains(doc, inside))
    if not found:
        return relations
    out = list(relations)
    for sent, a, b, g in found:
        in_sent = lambda r: sent.start <= r.evidence.start < sent.end  # noqa: E731
        wrong = [r for r in out if r.type in ("owns", "acquires") and in_sent(r)
                 and r.source == g.canonical and r.target == a.canonical]
        out = [r for r in out if not any(r is w for w in wrong)]
        ev = sentence_evidence(doc, sent)
        status = wrong[0].status if wrong and wrong[0].type == "owns" else "active"
        for parent, unit in ((g.canonical, b.canonical), (b.canonical, a.canonical)):
            if not any(r.type in ("owns", "acquires", "invests_in") and r.source == parent and r.target == unit
                       for r in out):
                out.append(Relation(type="owns", source=parent, target=unit, status=status, evidence=ev,
                                    product=None, confidence=0.55, component=component))
    return out
