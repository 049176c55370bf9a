"""A supply a company makes through its own unit is the unit's, and the unit is no customer of it.

    "Brixo sells cells to other carmakers through Norvik, its battery subsidiary"  -> no Brixo -> Norvik
    "Brixo sells cells to Valmera through Norvik, its battery subsidiary"          -> Norvik -> Valmera
    "Brixo vende celdas a otros fabricantes a través de Norvik, su filial"         -> no Brixo -> Norvik
    "Brixo vende celle ad altri costruttori tramite Norvik, la sua controllata"    -> no Brixo -> Norvik

"through U" ("via", "tramite", "attraverso", "à travers", "par l'intermédiaire de", "a través de", "por
medio de", "über") names the channel of the sale, not its buyer; the frames, finding one name after the
verb, read the channel as the customer. Where the sentence says U is the subject's unit (its ownership
of U read from the sentence, or a unit noun right beside U: "Norvik, its battery subsidiary", "its unit
Norvik") or the gazetteer lists the subject as U's parent, a supply of the sentence between the owner
and U is dropped, and the owner's supply to (or from) a third company is U's: the labelling guidelines
tie a supply to the unit that makes it. ``unit_through.py`` reads the phrase set off by commas right
after the owner ("Brixo, through its subsidiary Norvik, ..."); this one the phrase anywhere after the verb.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..doc import Document, Relation
from .known_roles import known_parent
from .unit_through import companies_by_sentence

__all__ = ["supplies_through_units"]

_I = re.IGNORECASE
#: the preposition of means right before the unit (an article at most between)
_THROUGH = re.compile(r"\b(?:through|via|attraverso|tramite|à travers|par l['’]intermédiaire\s+d(?:e|['’])|a través de|por medio de"
                      r"|mediante|über)(?:\s+|(?<=['’]))(?:(?:the|its|la|le|l['’]|il|el|die|der|seine[nr]?|ihre[nr]?|sa|son|su|sua)\s+)?"
                      r"(?:[\w-]+\s+){0,2}?$", _I)
_UNIT_NOUN = (r"(?:subsidiary|unit|arm|division|affiliate|filiale|branche|controllata|divisione|filial|división|subsidiaria"
              r"|(?:[\w-]*(?<=[a-zäöüß])t|(?-i:T))ochter(?:gesellschaft|firma)?|(?-i:Sparte))")  # ("Batterietochter", "Tochter")
#: a unit noun in apposition right after the unit ("Norvik, its battery subsidiary", "Norvik, la sua controllata")
_NOUN_AFTER = re.compile(r"\s*[,(–—]\s*(?:(?:its|their|the|sa|son|leur|la|le|la sua|il suo|su|sus|el|seine|ihre|die)\s+)?"
                         r"(?:[\w'’-]+\s+){0,3}?" + _UNIT_NOUN + r"\b", _I)
#: a unit noun right before it, within the "through" phrase ("through its battery unit Norvik")
_NOUN_BEFORE = re.compile(_UNIT_NOUN + r"\s+$", _I)
#: a relative or a clause of its own between the owner and the phrase
#: (German relative pronouns are its articles too: a relative only right after a comma, "die Zellen" is none)
_RELATIVE = re.compile(r"[;:]|\b(?:which|that|who|where|qui|que|dont|où|che|cui|dove|donde|cuy[oa]s?|wo)\b"
                       r"|,\s*(?:das|die|der|den|dem|welche[rsm]?)\b", _I)


def _channel_units(doc: Document, inside: list, sent) -> list:
    """The mentions of the sentence that follow a preposition of means."""
    out = []
    for m in inside:
        if not m.canonical:
            continue
        lo = max(sent.start, m.start - 60)
        if _THROUGH.search(doc.text, lo, m.start) and not re.match(r"['’]s?\s", doc.text[m.end:m.end + 3]):
            out.append(m)
    return out


def supplies_through_units(relations: list[Relation], doc: Document) -> list[Relation]:
    """``relations`` with the supplies a company makes through its own unit given to the unit (or dropped
    where they paired the owner with the unit)."""
    if not any(r.type == "supplies" for r in relations):
        return relations
    text = doc.text
    out = list(relations)
    for sent, inside in zip(doc.sentences, companies_by_sentence(doc)):
        if len(inside) < 2:
            continue
        first = {}  # each company's first mention in the sentence
        for m in inside:
            first.setdefault(m.canonical, m)
        for u in _channel_units(doc, inside, sent):
            unit = u.canonical
            in_sent = lambda r: sent.start <= r.evidence.start < sent.end  # noqa: E731
            told_unit = bool(_NOUN_AFTER.match(text, u.end) or _NOUN_BEFORE.search(text, max(sent.start, u.start - 40), u.start))
            owners = {r.source for r in out if r.type in ("owns", "acquires") and r.target == unit and in_sent(r)} if told_unit else set()
            parent = known_parent(unit)
            if parent:
                owners.add(parent)
            # (the owner named first before the phrase, in the same clause: its sale is what the phrase tells the
            # channel of; "... con P para el suministro de litio del proyecto que P desarrolla a través de su
            # filial U" tells how the project is run, and the supply stays the owner's)
            owners = {o for o in owners if o in first and first[o].end <= u.start and not _RELATIVE.search(text, first[o].end, u.start)}
            if not owners:
                continue
            moved = []
            for r in out:
                if r.type == "supplies" and in_sent(r) and {r.source, r.target} & owners:
                    if unit in (r.source, r.target):
                        continue  # the owner and its channel: no sale between them is told
                    r = replace(r, source=unit if r.source in owners else r.source, target=unit if r.target in owners else r.target)
                    if any((x.type, x.source, x.target) == (r.type, r.source, r.target) for x in moved):
                        continue
                moved.append(r)
            out = moved
    return out
