"""The company whose unit or stake is bought is the seller: not the buyer, and not what is bought.

    "Norvik hat die Anteile von Halden an Corvel übernommen."      -> Norvik, not Halden, acquires Corvel
    "Norvik hatte die polnische Tochter des Herstellers Halden übernommen, die Corvel"
                                                                    -> no Halden acquires Corvel, no Halden owns Norvik
    "Norvik a racheté la filiale polonaise du fabricant Halden"     -> no Norvik acquires Halden
    "Norvik compró la filial polaca del fabricante Halden"          -> no Norvik acquires Halden
    "when Norvik bought the battery operation from Halden"          -> no supply Halden -> Norvik
    "Corvel, la empresa de logística que Norvik compró a Halden"     -> no supply Halden -> Norvik

A deal told as the purchase of "the subsidiary / division / stake of S" names S as the owner of what
changes hands. The readers, finding S right after the unit noun and the purchase verb, take S for the
target (Romance languages: "racheté la filiale de S"), for the buyer (German, verb last: "die Anteile
von S an V übernommen") or, through the noun's own reading ("Tochter des S"), for the owner of the
buyer named before the verb. Each of the three readings is dropped; the unit's own ties (its buyer,
its owner named in apposition: "Corvel, die Tochter des S") are left to the other readers.
"""

from __future__ import annotations

import re

from ..doc import Document, Relation
from .evidence_names import in_evidence, named_companies

__all__ = ["drop_sold_units"]

#: a business unit of a company, in the five languages (shares are left out: "bought all shares of S"
#: buys S itself; so are "les activités de S", "the operations of S": all of S's business, a takeover)
_UNIT = (r"subsidiary|division|unit|arm|business|operation|filiale|branche|p[ôo]le"
         r"|controllata|divisione|ramo|filial|divisi[óo]n|negocio|unidad|Tochter(?:gesellschaft|firma|unternehmen)?"
         r"|Sparte|Gesch[äa]ft|Geschäftsbereich")
#: a holding in another company, whose holder sells it ("die Anteile von S an V")
_STAKE = (r"stake|holding|participation|participations|partecipazione|quota|participaci[óo]n|Anteile?n?|Beteiligung"
          r"|Aktienpaket|Mehrheit")
#: the unit or stake noun, a few words of description, the genitive link, a few words before the name
_OF = (r"(?:of(?: the)?|de(?: la| l['’])?|du|des|d['’]|di|del|della|dello|dell['’]|dei|von|vom|der)")
#: (one pattern for the unit bought, "racheté la filiale de S", and for the buyer's supposed owner, "die Tochter des S")
_BEFORE_UNIT_OWNER = re.compile(r"\b(?:" + _UNIT + r")(?:\s+[\w-]+){0,2}?\s+" + _OF + r"\s*(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)
_BEFORE_STAKE = re.compile(r"\b(?:" + _STAKE + r")\s+" + _OF + r"\s*(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)
#: the holding's company after the holder ("die Anteile von S an V", "the stake of S in V")
_IN = re.compile(r"^\s*(?:an|am|in|im|dans|en|nel|nella|in der|an der|an dem)\b", re.IGNORECASE)
#: a purchase verb (the five languages): the name before the unit noun is then the buyer, not the unit
#: ("Lyten hatte die Tochter des S übernommen"; not "Ampere is a subsidiary of S")
_PURCHASE = re.compile(r"\b(?:bought|buys?|buying|acquired?|acquires|acquiring|took over|takes? over|purchased?"
                       r"|rachet\w*|rachat|acquis|acquiert|rilev\w+|acquist\w+|acquisit\w+|compr[óoa]\w*|adquiri\w*"
                       r"|adquier\w*|übernomm\w*|übernehm\w*|übernimmt|übernahm\w*|gekauft|kauft\w*|erworben|erwirbt|erwarb)\b",
                       re.IGNORECASE)


#: what a purchase from the seller is told of when it is no supply: a unit ("bought the battery operation
#: from S") or a company, named before the buyer's relative clause ("Corvel, the logistics company that
#: B bought from S", "la empresa de logística que B compró a S", "die Logistikfirma, die B von S gekauft hat")
_COMPANY_NOUN = (r"(?:company|firm|group|maker|manufacturer|empresa|compañía|sociedad|firma|société|entreprise|groupe"
                 r"|società|azienda|gruppo|Firma|Unternehmen|Gesellschaft|Konzern|Hersteller|\w+(?:firma|unternehmen|gesellschaft|konzern|hersteller))")
_UNIT_FROM = re.compile(r"^\s*(?:[\w'’-]+\s+){0,3}?" + _PURCHASE.pattern + r"\s+(?:[\w'’-]+\s+){0,3}?(?:" + _UNIT + r")"
                        r"(?:\s+[\w'’-]+){0,2}?\s+(?:from|à|a|da|dal|dalla|von|vom)\s*$", re.IGNORECASE)
_COMPANY_RELATIVE = re.compile(r"\b" + _COMPANY_NOUN + r"(?:\s+[\w'’-]+){0,3}?\s*,?\s*(?:that|which|que|qu['’]|che|die|den|das)\s+"
                               r"(?:[\w'’-]+\s+){0,3}?$", re.IGNORECASE)


def _sold_company(text: str, ev_start: int, buyer, seller) -> bool:
    """Whether the text tells the buyer buying a unit or a company from the seller (not goods)."""
    between = text[buyer.end : seller.start]
    if _UNIT_FROM.match(between):
        return True  # "B bought the battery operation from S"
    if not _COMPANY_RELATIVE.search(text, max(ev_start, buyer.start - 80), buyer.start):
        return False
    # "the logistics company that B bought from S" / "die Logistikfirma, die B von S gekauft hat"
    clause = text[buyer.end : seller.start + 80]
    clause = clause[: min((clause.find(c) for c in ",;:.(" if c in clause), default=len(clause))]
    return bool(_PURCHASE.search(clause)) and seller.start < buyer.end + len(clause)


def _after_unit(text: str, start: int, rx: re.Pattern, others: list) -> bool:
    """Whether the name at ``start`` follows the unit or stake noun of ``rx``, no other company between."""
    lo = max(0, start - 80)
    m = rx.search(text[lo:start])
    return m is not None and not any(lo + m.start() <= o.start < start for o in others)


#: a relative clause opened right after the buyer's name, up to the unit noun before the seller
#: ("B, which bought the former division of", "B, qui a racheté l'ancienne filiale de", "B, que compró
#: la antigua división de", "B, che ha rilevato l'ex controllata di", "B, der 2019 die frühere Tochter von")
_RELATIVE_OPEN = re.compile(r"\s*,\s*(?:which|that|who|qui|que|qu['’]|che|der|die|das|den|welche[rsn]?)\b[^,;:.()]*",
                            re.IGNORECASE)
#: a takeover told as absorbing ("which absorbed the former division of S", "qui a absorbé", "que absorbió",
#: "che ha assorbito")
_ABSORB = re.compile(r"\b(?:absorb(?:ed|s|é|ée|e|ió|ido|ida)|assorb(?:ito|ita|e|ì))\b", re.IGNORECASE)
#: German, the verb last: the seller's name, a few words and the purchase verb ("Quarda übernommen hat")
_VERB_LAST = re.compile(r"[^,;:.()]{0,40}?\b(?:übernomm\w*|übernahm\w*|gekauft|kaufte\w*|erworben|erwarb\w*|geschluckt|schluckte\w*|einverleibt)\b",
                        re.IGNORECASE)


def _buyer_relative(text: str, inside, buyer_end: int, seller_start: int, seller_end: int) -> bool:
    """Whether a relative clause after the buyer's name tells it buying the unit the seller is named
    after: the purchase verb inside the clause before the unit noun, or (German) right after the
    seller; no other company between the buyer and the seller."""
    between = text[buyer_end:seller_start]
    if not _RELATIVE_OPEN.fullmatch(between) or any(buyer_end <= m.start < seller_start for m in inside):
        return False
    return bool(_PURCHASE.search(between) or _ABSORB.search(between) or _VERB_LAST.match(text, seller_end))


def drop_sold_units(relations: list[Relation], doc: Document) -> list[Relation]:
    """``relations`` less the readings that take the seller of a unit or stake for a party of its sale."""
    if not any(r.type in ("acquires", "owns", "supplies") for r in relations):
        return relations
    companies = named_companies(doc)
    text = doc.text
    out = []
    for r in relations:
        if r.type == "supplies":
            ev = r.evidence
            inside = in_evidence(companies, ev)
            # (either way round: a reader's chain may have turned the pair)
            if any(_sold_company(text, ev.start, b, s) for b in inside if b.canonical in (r.source, r.target)
                   for s in inside if s.canonical in (r.source, r.target) and s.canonical != b.canonical and s.start > b.end):
                continue  # "when B bought the battery operation from S": a sale of a business, no supply
        if r.type in ("acquires", "owns"):
            ev = r.evidence
            inside = in_evidence(companies, ev)
            src = [m for m in inside if m.canonical == r.source]
            tgt = [m for m in inside if m.canonical == r.target]
            if r.type == "acquires" and src and tgt:
                if all(_after_unit(text, m.start, _BEFORE_UNIT_OWNER, inside) for m in tgt) \
                        and not any(_after_unit(text, m.start, _BEFORE_UNIT_OWNER, inside) for m in src) \
                        and _PURCHASE.search(text, ev.start, ev.end):
                    continue  # "X a racheté la filiale de S": S is the seller, its unit is bought
                if all(_after_unit(text, m.start, _BEFORE_STAKE, inside) and _IN.match(text[m.end:m.end + 12]) for m in src):
                    # "die Anteile von S an V übernommen": S sells its stake in V; the purchase is the buyer's
                    # that the stake's own reading found ("B ... die Anteile von": B invests in V)
                    buyer = next((x.source for x in relations if x.type in ("invests_in", "acquires") and x.target == r.target
                                  and x.source != r.source and x.evidence.start == ev.start), None)
                    if buyer is not None and not any(x.type == "acquires" and (x.source, x.target) == (buyer, r.target)
                                                     for x in relations):
                        out.append(Relation(type="acquires", source=buyer, target=r.target, status=r.status, evidence=ev,
                                            product=r.product, confidence=r.confidence, component=r.component))
                    continue
            if r.type == "owns" and src and tgt and all(_after_unit(text, m.start, _BEFORE_UNIT_OWNER, inside) for m in src):
                # "B hatte die Tochter des S übernommen": B, named before the noun with a purchase verb
                # around the noun phrase, buys the unit; "B ist eine Tochter des S" is B's owner
                first_src = min(m.start for m in src)
                last_tgt_end = max(m.end for m in tgt)
                after = text[first_src : min(ev.end, first_src + 120)]
                after = after[: min((after.find(c) for c in ",;:(" if c in after), default=len(after))]
                if last_tgt_end <= first_src and "," not in text[last_tgt_end:first_src] \
                        and (_PURCHASE.search(text[last_tgt_end:first_src]) or _PURCHASE.search(after)):
                    continue
                if last_tgt_end <= first_src and _buyer_relative(text, inside, last_tgt_end, first_src, max(m.end for m in src)):
                    continue  # "B, which bought the (former) division of S": the relative's subject B buys the unit
        out.append(r)
    return out
