"""German sales whose buyer is named in the next sentence, which names the company sold no more:

    "Varta trennt sich von der Mehrheit an seiner Tochter V4Drive. Käufer ist der Sportwagenbauer Porsche."
    "Kestrel verkauft seine Sparte Brixo. Neuer Eigentümer wird der Finanzinvestor Vostra."
    "Vostra übernimmt 70 Prozent an Brixo. Verkäufer ist der Zulieferer Kestrel."  (Kestrel owned Brixo)

A sentence that opens with the buyer's noun and a copula ("Käufer ist", "Neuer Eigentümer wird") names
the buyer right after it; the sentence before, in the same story, sells a company named after its verb
of selling. The buyer acquires it (``acquires``; a stake of a half or less: ``invests_in``), as
announced unless the sale is told as done. A sentence opening with the seller's noun ("Verkäufer ist")
after a purchase names the company that owned what was bought: owned still while the sale is pending,
no more once it is done.
"""

from __future__ import annotations

import re

from ..doc import Document, Mention
from . import engine
from .engine import company_name as _name

__all__ = ["buyers_named_after"]

_BUYER_LEAD = re.compile(
    r"\W*(?:Der\s+|Die\s+)?(?:Käufer(?:in)?|Erwerber(?:in)?|(?:Neuer|Neue|Der neue|Die neue)\s+(?:Eigentümer(?:in)?|Besitzer(?:in)?|Mehrheitseigner(?:in)?|Mehrheitsaktionär(?:in)?))"
    r"\s+(?:ist|sind|wird|werden|war|waren|soll|sollen)\s+(?:(?:demnach|laut\s+\w+|nach\s+\w+\s+Angaben|nun|künftig)\s+)?")
# a description before the buyer's name: "der Sportwagenbauer", "der US-Finanzinvestor"
_SELLER_LEAD = re.compile(
    r"\W*(?:Der\s+|Die\s+)?(?:Verkäufer(?:in)?|Bisheriger\s+Eigentümer|Bisherige\s+Eigentümerin)\s+(?:ist|sind|war|waren)\s+"
    r"(?:(?:demnach|laut\s+\w+|nach\s+\w+\s+Angaben)\s+)?")
_PURCHASE = re.compile(r"\b(?:übernimmt|übernahm|übernehmen|kauft|kaufte|kaufen|erwirbt|erwarb|erwerben|übernommen|gekauft|erworben|Übernahme|Kauf|Erwerb)\b")
_DESCRIPTION = re.compile(r"(?:der|die|das)\s+(?:(?-i:[a-zäöü])[\w-]*\s+){0,2}(?-i:[A-ZÄÖÜ])[\w-]*\s+|")
_SALE = re.compile(
    r"\b(?:verkauft|verkaufte|verkaufen|veräußert|veräußerte|veräußern|trennt\s+sich|trennte\s+sich|trennen\s+sich"
    r"|gibt|gab|abgeben|abzugeben|abstoßen|stößt|stieß|Verkauf)\b")
_MAJORITY = re.compile(r"\b(?:Mehrheit\w*|mehrheitlich|Kontrolle|komplett|vollständig|alle Anteile)\b|\b(?:5[1-9]|[6-9]\d|100)\s*(?:%|Prozent)")
_STAKE = re.compile(r"\b(?:Minderheit\w*|Anteil\w*|Beteiligung\w*|\d+\s*(?:%|Prozent))")
_DONE = re.compile(r"\b(?:hat|hatte|haben|hatten)\b[^.;]*\b(?:verkauft|veräußert|abgegeben|abgestoßen)\b|\bvollzogen\b|\babgeschlossen\b")


def buyers_named_after(doc: Document, per_sentence: list[list[Mention]], language: str):
    """(sentence of the buyer, sentence of the sale, Found) for each buyer named after its sale."""
    if language != "de":
        return []
    out = []
    for i in range(1, len(doc.sentences)):
        sent, prev = doc.sentences[i], doc.sentences[i - 1]
        text = doc.text[sent.start : sent.end]
        lead = _BUYER_LEAD.match(text)
        if lead is None:
            seller = _SELLER_LEAD.match(text)
            if seller is not None and prev.story == sent.story:
                out.extend(_seller(doc, per_sentence, i, seller))
            continue
        if prev.story != sent.story:
            continue
        comps = [m for m in per_sentence[i] if m.label == "COMPANY" and _name(m)]
        desc = _DESCRIPTION.match(text, lead.end())
        buyer = next((m for m in comps if m.start - sent.start in (lead.end(), desc.end())), None)
        if buyer is None:
            continue
        ptext = doc.text[prev.start : prev.end]
        sale = _SALE.search(ptext)
        if sale is None:
            continue
        named = [m for m in per_sentence[i - 1] if m.label == "COMPANY" and _name(m) and not m.attrs.get("implied")]
        sold = next((m for m in named if m.start - prev.start >= sale.end()), None)
        if sold is None:
            # the verb last: "Tessaro hat 30 Prozent an Corvalis verkauft" (the first name is the seller)
            sold = next((m for m in reversed(named[1:]) if m.end - prev.start <= sale.start()), None)
        if sold is None or _name(sold) == _name(buyer) or any(_name(m) == _name(sold) for m in comps):
            continue
        between = ptext[: max(sale.end(), sold.end - prev.start)]  # the share sold stands before the company
        typ = "invests_in" if _STAKE.search(between) and not _MAJORITY.search(between) else "acquires"
        status = "active" if _DONE.search(ptext) else "announced"
        out.append((i, i - 1, engine.Found(typ, _name(buyer), _name(sold), status, 0.6, None,
                                           (lead.start(), lead.end()))))
    return out


def _seller(doc: Document, per_sentence: list[list[Mention]], i: int, lead: re.Match):
    """"Norvik übernimmt 70 Prozent an Corvalis. Verkäufer ist Tessaro.": Tessaro owned Corvalis (over once
    the sale is done, still while it is pending)."""
    sent, prev = doc.sentences[i], doc.sentences[i - 1]
    text = doc.text[sent.start : sent.end]
    comps = [m for m in per_sentence[i] if m.label == "COMPANY" and _name(m)]
    desc = _DESCRIPTION.match(text, lead.end())
    seller = next((m for m in comps if m.start - sent.start in (lead.end(), desc.end())), None)
    ptext = doc.text[prev.start : prev.end]
    buy = _PURCHASE.search(ptext)
    if seller is None or buy is None:
        return []
    named = [m for m in per_sentence[i - 1] if m.label == "COMPANY" and _name(m) and not m.attrs.get("implied")]
    sold = next((m for m in named if m.start - prev.start >= buy.end()), None)
    if sold is None:
        sold = next((m for m in reversed(named[1:]) if m.end - prev.start <= buy.start()), None)  # "X hat Y übernommen"
    if sold is None or _name(sold) == _name(seller) or any(_name(m) == _name(sold) for m in comps):
        return []
    between = ptext[: max(buy.end(), sold.end - prev.start)]
    typ = "invests_in" if _STAKE.search(between) and not _MAJORITY.search(between) else "owns"
    status = "ended" if _DONE.search(ptext) or re.search(r"\b(?:übernommen|gekauft|erworben|übernahm|kaufte|erwarb)\b", ptext) else "active"
    return [(i, i - 1, engine.Found(typ, _name(seller), _name(sold), status, 0.6, None, (lead.start(), lead.end())))]
