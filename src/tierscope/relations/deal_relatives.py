"""A deal told in a relative clause on one of its parties, "with which": a supply between the two, its
seller set by the gazetteer's chain.

    "Le celle verranno da Brakon, con la quale Quarda ha firmato un accordo triennale"     -> Brakon Quarda
    "El litio se compra a Ostrava, con la que Brakon tiene un acuerdo"                    -> Ostrava Brakon
    "Die Lieferungen an Quarda, mit der Brakon einen Vertrag geschlossen hatte, endeten"   -> Brakon Quarda
    "... Ostrava Lithium, avec laquelle Quarda a signé un contrat d'approvisionnement"     -> Ostrava Lithium Quarda
    "... Ostrava Lithium, with which it signed an offtake agreement"                       -> Ostrava Lithium (the subject)
    (the direction in each is the chain's: a miner above a cell maker above a carmaker)

The relative's word of accompaniment ("con la quale", "con la que", "avec laquelle", "mit dem", "with
which") stands for the company right before it; the other party is the company named inside the
relative before its deal noun, else the first company of the clause (the subject the relative leaves
unsaid: "..., with which it signed"). No frame reads it: the deal noun's "with" is the relative word.
Only a deal noun ("contract", "accordo", "acuerdo", "contrat", "Vertrag"), not a partnership, a
licence, a joint venture or a stake told in the relative; and only where the chain sets the two
apart (``chain_supply.supply_direction``), or the noun is one of buying ("a purchase contract", "un
contrato de compra": the other party buys).
"""

from __future__ import annotations

import re

from . import engine
from .chain_supply import supply_direction
from .clause_first import first_of_clause
from ..scan.sentence_scan import scan_of

__all__ = ["deal_relatives"]

_I = re.IGNORECASE
#: the relative word of accompaniment right after the company ("Y, con la quale", "Y, avec qui")
_WITH_REL = {
    "en": r"\s*,\s*with\s+(?:which|whom)\s+",
    "it": r"\s*,\s*con\s+(?:cui|la\s+quale|il\s+quale|i\s+quali|le\s+quali)\s+",
    "es": r"\s*,\s*con\s+(?:la\s+que|el\s+que|los\s+que|las\s+que|quien|quienes|la\s+cual|el\s+cual)\s+",
    "fr": r"\s*,\s*avec\s+(?:qui|lequel|laquelle|lesquels|lesquelles)\s+",
    "de": r"\s*,\s*mit\s+(?:der|dem|denen)\s+",
}
_WITH_REL_RX = {k: re.compile(v, _I) for k, v in _WITH_REL.items()}
#: a tie of another kind told in the relative: no sale (tied_contracts reads its contract nouns so too)
OTHER_TIE = re.compile(
    r"joint[ -]?venture|coentreprise|empresa\s+conjunta|Gemeinschaftsunternehmen|cooperat|coopérat|cooperazion|Kooperation"
    r"|collaborat|collaborazion|colaboraci|partenariat|partnership|Partnerschaft|alleanza|alianza|alliance|Allianz|licen[csz]|Lizenz"
    r"|développement|development|sviluppo|desarrollo|Entwicklung|memorand|MoU|Absichtserklärung|participa|stake|quota|Beteiligung"
    r"|accionari|actionna|azionari|shareholder|Aktionär|acquisi|adquisici|rachat|Übernahme|takeover|fusion|merger", _I)
#: a deal of buying: the other party (the relative's subject) buys from the company before it
_PURCHASE = re.compile(
    r"\b(?:purchase|offtake|off-take)\s+(?:agreement|contract|deal)|\bcontrat\s+d['’](?:achat|approvisionnement)|\bcontratt[oi]\s+di\s+(?:acquisto|approvvigionamento)"
    r"|\bcontratos?\s+de\s+(?:compra|aprovisionamiento)|\w*(?:Kauf|Abnahme|Bezugs)vertr[aä]ge?", _I)
#: a description between commas ending with the company before the relative word ("Y, the battery unit
#: of the group Z, with which"): its lower-case words, no clause break
_APPOSITION = re.compile(r"\s*,\s*(?:(?:the|its|la|el|il|le|l['’]|der|die|das|su|sa|sua|son)\s*)?(?-i:[a-zà-ÿ])[^,;:()]{0,90}?", _I)
#: the relative ends at a clause break
_CUT = re.compile(r"[,;:()]|\.(?!\d)")
_CONF = 0.5


def deal_relatives(text: str, spans, lex, results) -> list[engine.Found]:
    """supplies Found for each "A, with which B signed a contract" of the sentence ``text``; ``spans``:
    (start, end, name, sectors) in text order; ``results``: what the sentence's readers found (a pair
    they tied by a supply or a partnership is left to them)."""
    rel_rx = _WITH_REL_RX.get(lex.lang)
    if rel_rx is None or lex.deal is None or len(spans) < 2 or not scan_of(text).may(rel_rx):
        return []
    out: list[engine.Found] = []
    # (a stake read in the sentence stays beside the supply: "holds a stake in Y, with which it signed a
    # supply contract"; a supply or a partnership of the pair is the readers' word)
    tied = {frozenset((f.source, f.target)) for f in results if f.type in ("supplies", "partners_with", "joint_venture")}
    for k, (a0, a1, a, _sec) in enumerate(spans):
        rm = rel_rx.match(text, a1)
        if rm is None:
            continue
        if k and _APPOSITION.fullmatch(text, spans[k - 1][1], a0):
            # "a Brakon Materiales, la filial de materiales del grupo Brakon, con la que": the relative
            # goes with the head the description is about, not the company named inside it
            a0, a1, a = spans[k - 1][0], spans[k - 1][1], spans[k - 1][2]
        cut = _CUT.search(text, rm.end())
        hi = cut.start() if cut else len(text)
        deal = lex.deal.search(text, rm.end(), hi)
        if deal is None or OTHER_TIE.search(text, rm.end(), hi):
            continue
        inside = [sp for sp in spans if rm.end() <= sp[0] and sp[1] <= deal.start()]
        if inside:
            b = inside[0]
        else:
            # "..., with which it signed": the relative's subject is the clause's first company
            b = first_of_clause(text, spans, a0)
        if b is None or b[2] == a or frozenset((a, b[2])) in tied:
            continue
        if _PURCHASE.search(text, rm.end(), hi):
            seller, buyer = a, b[2]
        else:
            direction = supply_direction(a, b[2])
            if direction is None:
                continue
            seller, buyer = direction
        # (the status is read at the relative's verb, "tiene un acuerdo" / "ha firmato un accordo": the deal noun
        # alone reads as one just signed)
        v0, v1 = (rm.end(), deal.start()) if deal.start() > rm.end() else (deal.start(), deal.end())
        status, dconf = engine.status_for(lex, text, v0, v1, "active", [(a0, a1), b[:2]])
        if status is None:
            continue
        out.append(engine.Found("supplies", seller, buyer, status, _CONF + dconf, None, (deal.start(), deal.end()), "chain"))
        tied.add(frozenset((a, b[2])))
    return out
