"""Offtakers that sign with the company of the sentence before, which their sentence names no more:

    "Norvik has found its buyers. Corvalis and Tessaro have signed long-term offtake agreements."
    "Abnehmer hat Norvik bereits gefunden. Corvalis und Tessaro haben langfristige Abnahmeverträge unterzeichnet."
    "Norvik a trouvé ses clients. Corvalis et Tessaro ont signé des contrats d'achat à long terme."
    "Norvik ha già trovato i clienti. Corvalis e Tessaro hanno firmato contratti di acquisto pluriennali."
    "Norvik ya tiene compradores. Corvalis y Tessaro han firmado contratos de compra a largo plazo."

A sentence that opens with a list of companies (and names no other) that signed an offtake or purchase
agreement with no counterparty named after it ("with X", "mit X", "avec X", "con X") names buyers of the company
of the sentence before (members.py's owner): it supplies each of them. Only an offtake or purchase
agreement says who buys; a bare supply contract or agreement leaves the direction open.
"""

from __future__ import annotations

import re

from ..doc import Document, Mention
from .engine import company_name as _name
from .members import _JOINED, later_sentences, named_companies, owner_before, ties_to_listed

__all__ = ["offtakers_after"]

_STEMS = {"en": ("offtake", "purchase agreement", "purchase contract", "purchase deal"), "de": ("Abnahme",),
          "fr": ("d'achat", "d’achat", "offtake", "d'enlèvement", "d’enlèvement"), "it": ("di acquisto", "offtake"),
          "es": ("de compra", "offtake")}
_SIGNED = {
    "en": r"\b(?:have|has|had)\s+(?:(?:also|already|each|now)\s+)?signed\s+(?:(?:a|an|the)\s+)?(?:(?!share|stock|asset|equity|power)[\w-]+\s+){0,3}?(?:offtake|purchase)\s+(?:agreements?|contracts?|deals?)\b",
    "de": r"\b(?:haben|hat|hatten|hatte)\s+(?:(?:bereits|schon|jeweils|ebenfalls)\s+)?(?:[\w-]+\s+){0,3}?Abnahme(?:verträge|vertrag|vereinbarungen|vereinbarung|zusagen)\s+(?:[\w-]+\s+){0,2}?(?:unterzeichnet|unterschrieben|geschlossen|abgeschlossen)\b",
    "fr": r"\b(?:ont|a)\s+(?:(?:déjà|également|chacun)\s+)?signé\s+(?:des|un)\s+contrats?\s+(?:d['’]achat|d['’]enlèvement|offtake)\b",
    "it": r"\b(?:hanno|ha)\s+(?:(?:già|anche)\s+)?(?:firmato|siglato|sottoscritto)\s+(?:(?:dei|un)\s+)?(?:contratti|contratto|accordi|accordo)\s+(?:di\s+acquisto|di\s+offtake|offtake)\b",
    "es": r"\b(?:han|ha)\s+(?:(?:ya|también)\s+)?(?:firmado|suscrito)\s+(?:(?:unos|un)\s+)?(?:contratos?|acuerdos?)\s+(?:de\s+compra(?!\s+de\s+(?:acciones|participaciones|activos|energía|electricidad))|de\s+offtake|offtake)\b",
}
_SIGNED_RX = {k: re.compile(v, re.IGNORECASE) for k, v in _SIGNED.items()}
# a description before each name in the list: "Der südkoreanische Batteriehersteller LG Energy Solution und
# der belgische Materialkonzern Umicore"
_DESCRIBED = re.compile(
    r"\s*(?:,|und|and|et|e|y|sowie)\s*(?:(?:der|die|das|the|le|la|il|el|l['’])\s+)?"
    r"(?:(?!(?:which|that|who|owned|controlled|held|qui|que|che|die|der|das|den|dem|gehört|von|of|by|di|de|du|da|par|por)\b)[\w-]+\s+){0,3}?",
    re.IGNORECASE)


def offtakers_after(doc: Document, per_sentence: list[list[Mention]], language: str):
    """(sentence of the offtakers, sentence of their supplier, Found) for each offtaker so named."""
    rx = _SIGNED_RX.get(language)
    if rx is None:
        return []
    out = []
    for i, sent, text in later_sentences(doc, _STEMS[language]):
        deal = rx.search(text)
        if deal is None:
            continue
        found = named_companies(per_sentence[i])
        comps = [c for c in found if c.source != "coref"]
        # (a description apposed to a listed name is that name: "der Zellhersteller LG Energy Solution")
        if not comps or any(_name(c) not in {_name(x) for x in comps} for c in found if c.source == "coref") \
                or found[-1].end - sent.start > deal.start():
            continue  # every company before the verb (the list is its subject), none after it (a counterparty)
        if len(text[: comps[0].start - sent.start].split()) > 6:
            continue
        if not all(_JOINED.fullmatch(doc.text, a.end, b.start) or _DESCRIBED.fullmatch(doc.text, a.end, b.start)
                   for a, b in zip(comps, comps[1:])):
            continue
        found_owner = owner_before(doc, per_sentence, i)
        if found_owner is None:
            continue
        origin, owner, _before = found_owner
        if any(_name(c) == owner for c in comps):
            continue
        out.extend(ties_to_listed(language, i, origin, sent, text, comps, (deal.start(), deal.end()),
                                  lambda name, owner=owner: ("supplies", owner, name)))
    return out
