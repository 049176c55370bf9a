"""A plant stated by production in the passive, with no plant noun: goods made in a town are made at
a plant there ("Gefertigt werden die Module in Kolkwitz", "Die Achsen sollen ab 2027 in Kolkwitz
montiert werden", "The packs are assembled in Ashby", "les cellules produites à Sorbiers", "le
batterie prodotte a Cortona", "Los módulos se ensamblan en Villabrava").

Whose plant: the agent when the sentence names one next to the verb ("made by Kornex in Ashby",
"von Kornex in Kolkwitz gefertigt", "fabriqués par Kornex à Sorbiers", "prodotti da Kornex a
Cortona", "fabricados por Kornex en Villabrava", each after its auxiliary); else, in a sentence that names no company at all,
the company the sentences before speak of (the caller's context owner, which the caller takes only
where the sentence before names no other company: `facilities._sole_company`). A sentence that names a
company and no agent is left alone: the company is as likely the customer ("Volvo signed for a
module that will be built in X") as the maker. The context owner too may be the customer: where the
relations found tell, in that sentence or the six before, that it buys from a supplier ("Kornex
will deliver cells to Brelix. ... The cells will be made in Z"), the goods made are the supplier's
and so is the plant (`goods_supplier`); with two suppliers there, no plant.

The passive needs its auxiliary, with an agent too ("will be made by Kornex in Ashby"): a bare
participle describes goods in passing ("la Micra, produite par Kornex à Ashby", "cells assembled into
modules by Kornex in Ashby"), whose maker's plant the story does not state.

Only a town after a locative word in the verb's clause (not a country or region: "cells made in
China" names no plant), at most 70 characters from the verb; not a negated or conditional verb.
"""

from __future__ import annotations

import re

from .extractor import company_name
from .facility_verbs import _AT, _CLAUSE_END, _town

# the passive or participle of production, per language
# (verbs of making only: "built", "gebaut", "construit" tell of the plant's own building as often as
# of goods, `facility_built_at` reads those; German "wird gebaut" with no subject is a building site)
_PASSIVE = {
    "en": r"\b(?:made|produced|manufactured|assembled)\b",
    "de": r"\b(?:gefertigt|produziert|hergestellt|montiert)\b|(?<=wird )gebaut(?=\s*[,.;]|$)",
    "fr": r"\b(?:fabriqu|assembl)(?:é|ée|és|ées)\b|\bproduite?s?\b(?=\s+(?:par|à|au)\b)",
    "it": r"\b(?:prodott|fabbricat|assemblat)[oaie]\b",
    "es": r"\b(?:producid|fabricad|ensamblad|montad)[oa]s?\b"
          r"|\bse\s+(?:produc(?:e|en|irá|irán)|fabric(?:a|an|ará|arán)|ensambl(?:a|an|ará|arán)|mont(?:a|an|ará|arán))\b",
}
# the auxiliary a German participle needs to be a passive ("gefertigt werden", "wird ... montiert";
# not "hat ... gefertigt": the perfect of an active verb, `facility_verbs` reads those)
_DE_AUX = re.compile(r"\b(?:wird|werden|wurde|wurden|worden)\b")
# the agent right after the verb: "by Kornex", "von Kornex", "par Kornex", "da Kornex", "por Kornex"
_AGENT = {
    "en": r"\s+by\s+(?:the\s+)?$",
    "de": r"\s+(?:von|vom)\s+(?:der\s+|dem\s+)?$",
    "fr": r"\s+par\s+(?:la\s+|le\s+|l['’])?$",
    "it": r"\s+(?:da|dalla|dal|dallo|dall['’])\s*$",
    "es": r"\s+por\s+(?:la\s+|el\s+)?$",
}
# the auxiliary of a passive right before the participle (an adverb between at most): "are assembled",
# "will be made", "sont fabriqués", "saranno assemblati", "viene prodotto", "son fabricados"
_AUX = {lang: re.compile(rf"\b(?:{rx})\s+(?:\w+\s+)?$", re.I) for lang, rx in {
    "en": r"is|are|was|were|be|being|been",
    "de": r"wird|werden",
    "fr": r"est|sont|sera|seront|serait|seraient|été|être",
    "it": r"è|sono|sarà|saranno|sarebbe|sarebbero|viene|vengono|verrà|verranno|stat[oaie]|essere",
    "es": r"es|son|será|serán|sería|fue|fueron|sido|ser|está|están",
}.items()}
# a relative pronoun after the comma that opens the verb's clause ("Modelle, die in Gent gebaut
# werden"), or, for one that is no article, up to three words before the verb ("los coches que se
# ensamblan en X", "the cars that are built in X")
_RELATIVE_OPEN = re.compile(r"[,;(]\s*(?:die|der|das|welche[rs]?|wo|which|that|who|qui|que|che|cui|quale|quali|cuy[oa]s?|donde|où|dove)\b", re.I)
_RELATIVE_NEAR = re.compile(r"\b(?:which|that|who|qui|que|che|cui|quale|quali|cuy[oa]s?|donde|où|dove)\s+(?:[\w'’-]+\s+){0,3}$", re.I)


def _clause_start(text: str, v0: int) -> int:
    """Where the clause of the verb at ``v0`` starts: after the last comma, semicolon or bracket before it."""
    return max(text.rfind(",", 0, v0), text.rfind(";", 0, v0), text.rfind("(", 0, v0), 0)


_NOT = re.compile(r"\b(?:not|never|could|would|nicht|kein\w*|könnte|ne|pas|non|potrebbe|no|podría)\s+(?:\w+\s+){0,2}$", re.I)
_RX = {lang: re.compile(rx, re.I) for lang, rx in _PASSIVE.items()}
_AGENT_RX = {lang: re.compile(rx, re.I) for lang, rx in _AGENT.items()}
_AT_RX = {lang: re.compile(rx, re.I) for lang, rx in _AT.items()}
# a German participle the town stands before, in its clause ("ab 2027 in Kolkwitz gefertigt werden")
_DE_BEFORE_GAP = re.compile(r"[^,;:.()]{0,70}")


def passive_production(text: str, base: int, ms, lang: str | None, place_kind) -> tuple[int, int, str | None, str] | None:
    """(start, end, agent, town) of a passive of production that places a plant: ``agent`` the
    company named as its agent, or None where the sentence names no company at all; else None."""
    lang = lang if lang in _PASSIVE else "en"
    comps = [m for m in ms if m.label == "COMPANY" and company_name(m)]
    for v in _RX[lang].finditer(text):
        v0, v1 = v.span()
        if _NOT.search(text, max(0, v0 - 30), v0):
            continue
        if lang == "de" and not (_DE_AUX.search(text, max(0, v0 - 60), v0) or _DE_AUX.match(text, v1 + 1)):
            continue
        if _RELATIVE_OPEN.match(text, _clause_start(text, v0)) or _RELATIVE_NEAR.search(text, max(0, v0 - 40), v0):
            continue  # "Zellen für Modelle, die in Gent gebaut werden": whose, the clause does not say
        end = v1 + 70
        cut = _CLAUSE_END.search(text, v1, end)
        end = min(end, cut.start()) if cut else end
        town = _town(text, base, ms, v1, end, _AT_RX[lang], place_kind)
        if town is None and lang == "de":
            town = _town_before(text, base, ms, v0, place_kind)
        if town is None:
            continue
        agent = _agent(text, base, comps, v1, town.start - base, lang) if comps else None
        if comps and agent is None and lang == "de":
            agent = _agent_before(text, base, comps, town.start - base)
        if comps and agent is None:
            continue  # (a company named, and not as the maker: perhaps the customer)
        if lang != "de" and not (v.group().lower().startswith("se ") or _AUX[lang].search(text, max(0, v0 - 30), v0)):
            continue  # "the saloon built in Munich", "le auto prodotte a Melfi": another maker's goods, perhaps;
            # and with an agent, "la Micra, produite par X à Z", goods described in passing, not a plant stated
        return v0, v1, agent, town.text
    return None


def _agent(text: str, base: int, comps, v1: int, t0: int, lang: str) -> str | None:
    """The company named as the agent between the verb and the town ("made by Kornex in Ashby")."""
    for m in comps:
        s = m.start - base
        if v1 <= s < t0 and s - v1 <= 30 and _AGENT_RX[lang].search(text, v1, s):
            return company_name(m)
    return None


def _agent_before(text: str, base: int, comps, t0: int) -> str | None:
    """German puts the agent before the town and the participle: "von Kornex in Kolkwitz gefertigt"."""
    for m in comps:
        s, e = m.start - base, m.end - base
        if e <= t0 and t0 - e <= 20 and re.search(r"\b(?:von|vom)\s+(?:der\s+|dem\s+)?$", text[max(0, s - 12) : s]):
            return company_name(m)
    return None


def _town_before(text: str, base: int, ms, v0: int, place_kind):
    """German: the town after "in" before the participle, in its clause ("ab 2027 in Kolkwitz gefertigt")."""
    found = None
    for p in ms:
        s, e = p.start - base, p.end - base
        if p.label == "PLACE" and e <= v0 and _DE_BEFORE_GAP.fullmatch(text, e, v0) \
                and _AT_RX["de"].search(text, max(0, s - 30), s) and (p.attrs.get("kind") or place_kind(p.text)) in ("city", ""):
            found = p
    return found


def goods_supplier(relations, buyer: str | None, lo: int, hi: int) -> tuple[bool, str | None]:
    """Whether ``buyer`` is said to buy goods in the text between ``lo`` and ``hi`` (a relation
    `supplies` to it whose evidence starts there, not a denied one), and its supplier when there is
    one only. Sorted names: the answer does not hang on the order the relations come in."""
    if buyer is None:
        return False, None
    sellers = sorted({r.source for r in relations or () if r.type == "supplies" and r.target == buyer
                      and r.status != "denied" and lo <= r.evidence.start < hi})
    return bool(sellers), (sellers[0] if len(sellers) == 1 else None)
