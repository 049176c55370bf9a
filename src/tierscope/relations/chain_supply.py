"""A supply whose direction the sentence leaves open, set by where the two companies sit in the chain.

    "Korvan and the battery maker Maltrix signed a supply agreement."    -> supplies Maltrix Korvan
    "Accordo di fornitura tra Korvan e Maltrix per le celle LFP."        -> supplies Maltrix Korvan

A supply trigger matched in the sentence and no frame could tell who sells to whom ("X's supply
agreement with Y", a noun with both names on one side, an order of words the frames do not read). The
sentence must name exactly two companies, no relation of any type may tie them already, and the
gazetteer must know both and place one above the other (a cell maker, miner, chip maker or supplier
sells to a carmaker; goods go up the chain: ``known_roles``). A company and its own unit or parent are
left alone: they trade inside a group. The guards of ``guards.py`` then run on it as on every reading,
and a tie a frame read elsewhere in the story keeps the frame's reading (``RelationExtractor.extract``).
"""

from __future__ import annotations

import re

from . import engine
from .known_roles import down_the_chain, belongs_to, carmaker_to_upstream, only_kinds

__all__ = ["chain_supply", "supply_direction"]

_POWER = frozenset({"energy", "charging"})
#: below the frames' readings: the direction is the gazetteer's, not the sentence's
_CONF = 0.5


#: the two names joined as one subject ("X und Y haben Abnahmeverträge unterzeichnet": each with others)
_JOINED = re.compile(r"\s*(?:,|and|und|et|e|ed|y|i|&)\s*$", re.I)
#: a name as the speaker ("..., CATL said"; "secondo X", "selon X", "según X", "laut X")
_SPEAKER_AFTER = re.compile(r"\s*,?\s*(?:said|says|told|added|ha detto|ha dichiarato|a déclaré|a indiqué|sagte|teilte|dijo|afirmó|explicó)\b", re.I)
_SPEAKER_BEFORE = re.compile(r"\b(?:according to|secondo|selon|según|laut|d['’]après)\s+(?:the\s+|la\s+|le\s+|el\s+|il\s+)?$", re.I)
#: a new clause with a subject of its own between the first name and the trigger ("For Renault the
#: year was hard, and CATL will produce cells elsewhere"), or customers gone over to a rival
_NEW_CLAUSE = re.compile(r",\s+(?:and|und|et|e|ed|y|but|aber|mais|ma|pero|while|mentre|während|tandis que|mientras)\s+(?=(?-i:[A-ZÄÖÜÉ]))", re.I)
_IN_FAVOUR = re.compile(r"\b(?:in favou?r of|a favore di|au profit de|zugunsten|en favor de|lost (?:customers|clients) to)\b", re.I)

#: a shareholding told in the sentence ("Verkor, nel cui azionariato figura anche Renault", "in which
#: Renault holds a stake", "dont Renault est actionnaire", "en cuyo accionariado está Renault", "an der Renault
#: beteiligt ist"): the pair is more likely holder and held than seller and buyer, whatever the gazetteer's chain
_HOLDING = re.compile(
    r"\b(?:shareholders?|shareholding|stake|actionna(?:ire|riat)s?|azionariato|azionist[ai]|accionista(?:s|do)?|accionariado"
    r"|Aktionär\w*|Anteilseigner\w*|beteiligt|Beteiligung\w*)\b", re.I)

#: one deal or party taking the place of the other ("Il contratto con BASF prende il posto di quello con
#: Northvolt", "replaces the one with Y", "remplace celui avec Y", "sustituye al de Y", "ersetzt den mit Y"): the
#: old and the new counterpart of a third company, not seller and buyer
_REPLACES = re.compile(
    r"\b(?:replac(?:es|ed|ing|e)|(?:takes?|took)(?: \w+){0,2} the place of|in place of|remplac(?:e|ent|era|ait)|prend(?:ra)?(?: \w+){0,2} la place d"
    r"|sostitui(?:sce|rà|va)|prende(?:rà)?(?: \w+){0,2} il posto d|al posto d|sustitu(?:ye|irá|ía)|toma(?:rá)?(?: \w+){0,2} el relevo d|ocupa(?:rá)?(?: \w+){0,2} el lugar d"
    r"|ersetz(?:t|te|en)|tritt an die Stelle|anstelle)", re.I)


def _read_apart(text: str, spans, m) -> bool:
    """Whether the sentence keeps the two names apart: joined as one subject, one a speaker, a new
    clause between the first and the trigger, or customers lost to a rival."""
    (s1, e1, _, _), (s2, _, _, _) = min(spans), max(spans)
    if _JOINED.fullmatch(text, e1, s2) or _IN_FAVOUR.search(text) or _HOLDING.search(text) or _REPLACES.search(text):
        return True
    if any(_SPEAKER_AFTER.match(text, e) or _SPEAKER_BEFORE.search(text, max(0, s - 30), s) for s, e, _n, _ in spans):
        return True
    first = min(s1, m.start())
    return _NEW_CLAUSE.search(text, first, max(m.start(), s2)) is not None


#: the second of two names joined as one subject, a short description between: "X und der belgische
#: Materialkonzern Y", "X et le chinois Y", "X and battery maker Y"
_JOINED_DESCRIBED = re.compile(r"\s*(?:and|und|et|e|ed|y|&)\s+(?:[\w'’-]+\s+){0,4}$", re.I)


def _joined_before_plural_deals(lex, text: str, spans, m) -> bool:
    """Whether the two names, joined as one subject before the trigger, signed deals in the plural ("LG und der
    Materialkonzern Umicore haben langfristige Abnahmeverträge unterzeichnet", "X and Y signed supply
    agreements"): each its own deals, with others, not one between them."""
    if lex.deal_plural is None or not lex.deal_plural.search(m.group(0)):
        return False
    (_s1, e1, _, _), (s2, e2, _, _) = min(spans), max(spans)
    return e2 <= m.start() and _JOINED_DESCRIBED.fullmatch(text, e1, s2) is not None


def supply_direction(a: str, b: str) -> tuple[str, str] | None:
    """(supplier, customer) of two companies as their kinds place them in the chain of goods (a carmaker
    and a supplier's kind, or one tier below another), else None."""
    if carmaker_to_upstream(b, a) or down_the_chain(b, a):
        return a, b
    if carmaker_to_upstream(a, b) or down_the_chain(a, b):
        return b, a
    return None


def chain_supply(lex, text: str, spans, unresolved, results, products, other_ties: bool = False) -> list[engine.Found]:
    """``unresolved``: (match, trigger) of the supply triggers the frames could not direct;
    ``spans``: (start, end, name, sectors) of the sentence's companies; ``products``: the sentence's
    products (``engine.products_outside``); ``other_ties``: a trigger of another kind (a venture, a
    stake, a takeover) matched in the sentence, whose pair is more likely what it tells."""
    if not unresolved or other_ties:
        return []
    names = {n for _s, _e, n, _ in spans}
    if len(names) != 2:
        return []
    a, b = sorted(names)
    if any({f.source, f.target} == names for f in results) or belongs_to(a, b) or belongs_to(b, a):
        return []
    if _read_apart(text, spans, unresolved[0][0]) or _joined_before_plural_deals(lex, text, spans, unresolved[0][0]):
        return []
    way = supply_direction(a, b)
    if way is None:
        return []
    src, tgt = way
    if only_kinds(src, _POWER):
        return []  # a utility's power goes to a plant the page often names apart from its owner
    m, trig = unresolved[0]
    party_spans = [(s, e) for s, e, _n, _ in spans]
    status, dstat = engine.status_for(lex, text, m.start(), m.end(), trig.get("status"), party_spans, refusable=True)
    if status is None:
        return []
    product = engine.supply_product(products, text, m.span(), party_spans)
    return [engine.Found("supplies", src, tgt, status, max(0.05, _CONF + dstat), product, (m.start(), m.end()), "chain")]
