"""Customers told in the passive with no supplier, in the sentence after the one about their supplier:

    "Norvik fertigt die Zellen bei Breslau. Aus den Hallen dort werden Corvalis und Tessaro beliefert."
    "Norvik makes the cells near Wroclaw. Corvalis and Tessaro are supplied from there."
    "Norvik produit les cellules à Wroclaw. Corvalis et Tessaro en sont approvisionnés."
    "Norvik produce le celle a Breslavia. Corvalis e Tessaro vengono riforniti da lì."
    "Norvik fabrica las celdas en Breslavia. Corvalis y Tessaro son abastecidos desde allí."

A sentence whose only companies form one list and whose verb is a passive of supplying with no agent
("von X", "by X", "par X", "da X", "por X": then the sentence says it itself) names customers of the
company that opens the sentence before (members.py's owner: its only company, or the one it opens
with). Not when that company is of a kind a customer is too ("BMW ist nicht der erste Autobauer.
Mercedes-Benz wird seit 2024 beliefert": a peer, not the supplier), nor when it is itself in the list.
"""

from __future__ import annotations

import re

from ..doc import Document, Mention
from .engine import company_name as _name
from .members import _JOINED, later_sentences, named_companies, owner_before, ties_to_listed

__all__ = ["passive_customers"]

#: a cheap test before the patterns: the stems of the participles
_STEMS = {
    "de": ("beliefert", "versorgt"),
    "en": ("supplied",),
    "fr": ("approvisionné", "livré"),
    "it": ("rifornit", "approvvigionat"),
    "es": ("abastecid", "suministrad"),
}
#: the passive: an auxiliary, then the participle a few words on (German: at the end of the clause)
_PASSIVE = {
    "de": re.compile(r"\b(?:wird|werden|wurde|wurden)\b(?:\s+[\w„“\"',.-]+){0,14}?\s+(?:beliefert|versorgt)\b"),
    "en": re.compile(r"\b(?:is|are|was|were|be|been)\s+(?:(?:already|now|also|currently|still|being)\s+)?supplied\b"),
    "fr": re.compile(r"\b(?:est|sont|sera|seront|été)\s+(?:(?:déjà|aussi|également|désormais)\s+)?(?:approvisionné|livré)e?s?\b"),
    "it": re.compile(r"\b(?:viene|vengono|verrà|verranno|è|sono|sarà|saranno|stata|stato|stati|state)\s+(?:(?:già|anche|ora)\s+)?(?:rifornit|approvvigionat)[aeio]\b"),
    "es": re.compile(r"\b(?:es|son|será|serán|sido)\s+(?:(?:ya|también|ahora)\s+)?(?:abastecid|suministrad)[oa]s?\b"),
}
#: an agent or a source named as a company: "von Velquor", "by Velquor", "da Velquor"
_AGENT = re.compile(r"\b(?:von|vom|by|from|par|da|dal|dalla|dallo|dai|por|de|desde)\s+(?:(?:der|die|dem|den|the|la|le|l['’]|el)\s+)?$", re.IGNORECASE)


_SPACE = re.compile(r"\s+")
#: an agent's preposition between the participle and a name, with words between ("by the Korean maker Y")
_AGENT_AFTER = re.compile(r"\b(?:von|vom|by|par|da|dal|dalla|dallo|dai|por)\b", re.IGNORECASE)


def _kinds(m: Mention) -> set[str]:
    return set(m.attrs.get("sectors") or [])


def passive_customers(doc: Document, per_sentence: list[list[Mention]], language: str):
    """(sentence of the customers, sentence of their supplier, Found) for each customer so listed."""
    stems, rx = _STEMS.get(language), _PASSIVE.get(language)
    if rx is None:
        return []
    out = []
    for i, sent, text in later_sentences(doc, stems):
        verb = rx.search(text)
        if verb is None:
            continue
        comps = named_companies(per_sentence[i])
        if not comps or len(comps) > 5 or any(c.source == "coref" for c in comps):
            continue
        if any(_AGENT.search(text, 0, c.start - sent.start) for c in comps):
            continue
        if any(c.start - sent.start >= verb.end() and _AGENT_AFTER.search(text, verb.end(), c.start - sent.start) for c in comps):
            continue  # "is supplied by the Korean cell maker Y": Y is the supplier, described first
        # one list, and nothing else named
        if not all(_JOINED.fullmatch(doc.text, a.end, b.start) for a, b in zip(comps, comps[1:])):
            continue
        found_owner = owner_before(doc, per_sentence, i)
        if found_owner is None:
            continue
        origin, owner, before = found_owner
        if any(_name(c) == owner for c in comps):
            continue
        head = next(c for c in before if _name(c) == owner)
        if any(_kinds(head) & _kinds(c) for c in comps):
            continue  # a peer named before ("BMW ist nicht der erste Autobauer. Mercedes wird beliefert")
        # the participle is the trigger: German "werden ... beliefert" is the present, not the future
        gaps = [g.end() for g in _SPACE.finditer(text, verb.start(), verb.end())]  # (any space: a no-break one too)
        t0 = gaps[-1] if gaps else verb.start()
        out.extend(ties_to_listed(language, i, origin, sent, text, comps, (t0, verb.end()),
                                  lambda name, owner=owner: ("supplies", owner, name)))
    return out
