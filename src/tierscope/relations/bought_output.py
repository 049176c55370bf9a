"""Buying a company's output is a supply, not a purchase of the company.

    "Brakon agreed to buy most of Quarda's planned output"        -> supplies Quarda -> Brakon
    "Brakon rachètera l'essentiel de la production initiale de Quarda" -> supplies Quarda -> Brakon
    "Brakon wird 60 Prozent der Produktion von Quarda kaufen"        -> supplies Quarda -> Brakon
    "Brakon acquisterà la produzione di Quarda", "Brakon comprará la producción de Quarda" (the same)

The verbs of buying are the verbs of acquisitions, and the readers take the name nearest the verb as
the company bought; where the name only owns the output that is bought ("Quarda's output", "la
production de Quarda", "die Produktion von Quarda"), the deal is an offtake: the seller of the output
supplies the buyer. An acquisition or a stake is turned into that supply when one of its two parties,
where the evidence names what is bought, is such an owner of output (that party is the seller); where
the verb takes over ("übernimmt die Produktion von Quarda", "took over Quarda's production") the work
changes hands, not goods: the acquisition is dropped and no supply told.
"""

from __future__ import annotations

import re

from ..doc import Document, Relation
from .evidence_names import in_evidence, named_companies

__all__ = ["output_bought"]

_BOUGHT = ("acquires", "invests_in")
#: not the output but a unit or a site that makes it: "Quarda's production unit", "la production site"
_NOT_PART = r"(?!\s+(?:unit|units|site|sites|plant|plants|business|arm|division|facilit(?:y|ies)|line|lines|assets|company)\b)"
#: the output after its owner: "Quarda's output", "Quarda's planned lithium production", "our output",
#: the German compound "Quarda-Produktion"
_AFTER = re.compile(
    r"['’]s?\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}?(?:output|production|volumes?|offtake)\b" + _NOT_PART
    + r"|-(?:Produktion|Fördermenge|Ausbringung)\b", re.IGNORECASE)
#: after a possessive pronoun that names the company ("our output", "its planned production"): no "'s"
_AFTER_PRONOUN = re.compile(r"\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}?(?:output|production|volumes?|offtake)\b" + _NOT_PART, re.IGNORECASE)
_POSSESSIVES = frozenset({"our", "its", "their"})
#: the output before its owner: "the output of", "la production (initiale) de", "la produzione di",
#: "la producción de", "die (gesamte) Produktion von"
_BEFORE = re.compile(
    r"\b(?:output|production|volumes?|produzione|producci[oó]n|Produktion|Fördermenge|Ausbringung)"
    r"(?:\s+(?-i:[a-zàâçéèêëîïôûùüÿñæœäöüß][\w-]*)){0,2}?\s+"
    r"(?:of|from|de|d['’]|du|des|di|del|della|dello|dell['’]|von|vom|der)\s*(?:(?:the|la|le|il|el|lo|l['’])\s*)?$",
    re.IGNORECASE)


def _owns_output(text: str, start: int, end: int) -> bool:
    """Whether the mention at ``start``-``end`` names the owner of an output (after or before it);
    a name needs its "'s" ("Quarda raised output" is Quarda's verb, not its output)."""
    if text[start:end].lower() in _POSSESSIVES and _AFTER_PRONOUN.match(text, end):
        return True
    return bool(_AFTER.match(text, end) or _BEFORE.search(text[max(0, start - 60) : start]))


#: taking over the production is taking over the work, not buying the goods ("Brixo übernimmt die
#: Produktion von Kestrel in Ungarn", "took over Kestrel's production"): no purchase and no supply
_TAKE_OVER = re.compile(r"\b(?:übernimm\w*|übernehm\w*|übernahm\w*|übernomm\w*|t(?:ake|akes|aking|ook|aken) over)\b", re.IGNORECASE)


def _output_owner(text: str, mentions, name: str, other: str) -> bool:
    """Whether ``name``, where the clause names what is bought, owns an output: its first mention after
    the other party's first (the object follows the buyer: "Brakon, which has been buying our output
    since we started"), or, with none after it, every mention of it ("Quarda's output goes to Brakon")."""
    named = [m for m in mentions if m.canonical == name]
    first = next((m.start for m in mentions if m.canonical == other), None)
    after = next((m for m in named if first is not None and m.start > first), None)
    if after is not None:
        return _owns_output(text, after.start, after.end)
    return bool(named) and all(_owns_output(text, m.start, m.end) for m in named)


def output_bought(relations: list[Relation], doc: Document) -> list[Relation]:
    """``relations`` with each acquisition or stake whose target is named only as the owner of the
    output bought turned into the target's supply of the buyer (once per pair and evidence)."""
    if not any(r.type in _BOUGHT for r in relations):
        return relations
    companies = named_companies(doc)
    text = doc.text
    out: list[Relation] = []
    turned: list[Relation] = []
    for r in relations:
        if r.type in _BOUGHT:
            inside = in_evidence(companies, r.evidence)
            # (the owner of the output is the seller whichever way the reader turned the pair: "Brakon
            # wird 60 Prozent der Produktion von Quarda kaufen" was read with Quarda as the buyer)
            seller = next((name for name, other in ((r.target, r.source), (r.source, r.target))
                           if _output_owner(text, inside, name, other)), None)
            if seller is not None and _TAKE_OVER.search(r.evidence.text):
                continue
            if seller is not None:
                buyer = r.source if seller == r.target else r.target
                turned.append(Relation(type="supplies", source=seller, target=buyer, status=r.status,
                                       evidence=r.evidence, product=None, confidence=r.confidence, component=r.component))
                continue
        out.append(r)
    have = {(r.source, r.target) for r in out if r.type == "supplies"}
    for r in turned:
        if (r.source, r.target) not in have:
            have.add((r.source, r.target))
            out.append(r)
    return out
