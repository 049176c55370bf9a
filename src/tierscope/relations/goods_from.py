"""Goods told by where they come from: the maker after "from" supplies the company whose goods they are.

    "Korvan's cells come from Maltrix."                          -> supplies Maltrix Korvan
    "The battery cells for Korvan's vans will come from Maltrix." -> supplies Maltrix Korvan
    "Las celdas de Korvan proceden de la coreana Maltrix."        -> supplies Maltrix Korvan
    "Las baterías de los modelos de Korvan llegarán de Maltrix."  -> supplies Maltrix Korvan
    "Les cellules destinées à Korvan proviennent de Maltrix."     -> supplies Maltrix Korvan
    "Le batterie delle auto di Korvan arrivano da Maltrix."       -> supplies Maltrix Korvan
    "Die Zellen für Korvan stammen aus dem Werk von Maltrix."     -> supplies Maltrix Korvan

The goods open the clause and name one company as their owner ("Korvan's", "for Korvan's", "de
Korvan"); the company named right after the verb and its preposition (a description at most between)
made them. Nothing else may stand in the goods' phrase: no comma, no second company.
"""

from __future__ import annotations

import re

from . import engine
from .later_triggers import named_within, triggers_at
from .products import products_in
from ..scan.sentence_scan import holds

__all__ = ["goods_from"]

_VERB = {
    "en": re.compile(
        r"\s+(?:(?:will|would|also|still|now|mainly|largely|mostly)\s+)*(?:come|comes|came|are\s+to\s+come|(?:are|were|will\s+be|is|was)\s+sourced"
        r"|originate|originates)\s+(?:(?:mainly|mostly|largely|primarily|partly)\s+)?from\s+(?:(?:the|its)\s+)?(?:(?:(?-i:[a-z])[\w-]*|(?-i:[A-Z])[a-z]+(?:'s|n|an|ese|ish))\s+){0,3}$", re.IGNORECASE),
    "es": re.compile(
        r"\s+(?:(?:también|ya|ahora|principalmente)\s+)*(?:procede|proceden|procederán|procedían|provienen|proviene|provendrán|llegan|llegarán"
        r"|llegaban|vienen|vendrán|venían)\s+(?:(?:principalmente|sobre\s+todo|mayoritariamente|en\s+parte)\s+)?(?:de|del)\s+(?:(?:la|el|los|las)\s+)?(?:(?-i:[a-záéíóú])[\w-]*\s+){0,3}$", re.IGNORECASE),
    "fr": re.compile(
        r"\s+(?:(?:aussi|déjà|désormais|surtout|principalement)\s+)*(?:vient|viennent|viendront|venaient|provient|proviennent|proviendront"
        r"|provenaient|arrivent|arriveront|arrivaient)\s+(?:(?:en\s+partie|surtout|principalement|désormais)\s+)?(?:de|du|des|d['’])\s*(?:(?:la|le|les|l['’])\s*)?(?:(?-i:[a-zàâçéèêëîïôûù])[\w'’-]*\s+){0,3}$",
        re.IGNORECASE),
    "it": re.compile(
        r"\s+(?:(?:anche|già|ora|soprattutto|principalmente)\s+)*(?:arriva|arrivano|arriveranno|arrivavano|proviene|provengono|proverranno"
        r"|provenivano)\s+(?:(?:in\s+parte|soprattutto|principalmente|ormai)\s+)?(?:da|dal|dalla|dallo|dall['’]|dai|dagli|dalle)\s*(?:(?-i:[a-zàèéìòù])[\w'’-]*\s+){0,3}$", re.IGNORECASE),
    "de": re.compile(
        r"\s+(?:(?:auch|bereits|schon|künftig|inzwischen|derzeit|vor\s+allem|hauptsächlich)\s+)*(?:kommen|kommt|kamen|kam|stammen|stammt"
        r"|stammten|stammte)\s+(?:(?:auch|bereits|künftig|derzeit|zum\s+Teil|teilweise|vor\s+allem)\s+)?(?:von|vom|aus)\s+(?:(?:der|dem|den)\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:(?:von|vom|des|der)\s+(?:(?-i:[a-zäöü])[\w-]*\s+){0,2})?$", re.IGNORECASE),
}
#: a cheap test before any search: the verbs' common letters
_GATE = {"en": re.compile(r"\b(?:come|came|sourced|originat)", re.IGNORECASE),
         "es": re.compile(r"\b(?:proced|provien|proven|lleg|vien|vend|ven[ií]an)", re.IGNORECASE),
         "fr": re.compile(r"\b(?:vien|ven|provien|proven|arriv)", re.IGNORECASE),
         "it": re.compile(r"\b(?:arriv|provien|proveng|proverr|proven)", re.IGNORECASE),
         "de": re.compile(r"\b(?:komm|kam|stamm)", re.IGNORECASE)}
#: what may stand before the goods in their phrase: an article, a quantity word, the owner and its
#: possessive, one more word ("The battery cells for", "Most of Korvan's lithium", "Las celdas de")
_LEAD = re.compile(
    r"\s*(?:(?:the|most|much|all|some|part|half|of|las|los|la|el|mayor|parte|de|del|buena|mitad|gran|les|le|la|des|une|un"
    r"|i|gli|il|lo|le|delle|dei|degli|die|der|das|den|alle|meisten|ein|eine)\s+|l['’])*"
    r"(?:(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){0,3}['’]s?\s+)?(?:(?-i:[a-z])[\w-]*\s+)?", re.IGNORECASE)
#: how the owner stands in the goods' phrase: a possessive after its name, or "for", "of", "de", "para" before it
_OWNER_AFTER = re.compile(r"['’]s?\s")
_OWNER_BEFORE = {"en": re.compile(r"\b(?:for|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE),
                 "es": re.compile(r"\b(?:de|del|para)\s+(?:(?:el|la|los|las)\s+)?$", re.IGNORECASE),
                 "fr": re.compile(r"(?:\b(?:de|du|des|pour|destinée?s?\s+(?:à|aux?))\s+(?:(?:la|le|les)\s+)?|\b[dl]['’]|\bau\s+|\baux\s+)$", re.IGNORECASE),
                 "it": re.compile(r"(?:\b(?:di|del|della|dello|dei|degli|delle|per)\s+(?:(?:il|la|lo|i|gli|le)\s+)?|\b(?:dell|l)['’])$", re.IGNORECASE),
                 "de": re.compile(r"\b(?:für|von|vom)\s+(?:(?:den|die|das|dem|der)\s+)?$", re.IGNORECASE)}


#: the first person plural's possessive opening the goods' phrase: on an interview page the entity
#: stage names the speaker's company by it ("Our cells come mainly from Y", "Nos cellules NMC viennent de
#: Y", "Nuestras celdas proceden de Y", "Unsere Zellen kommen von Y"); an article before it at most
_OUR = re.compile(r"our|nos|notre|nostr[aeio]|nuestr[oa]s?|unser(?:e|er|en|em)?", re.IGNORECASE)
_OUR_LEAD = re.compile(r"\s*(?:(?:le|la|i|gli|il|las|los)\s+)?", re.IGNORECASE)
#: between the possessive and its goods: at most two words ("Nos cellules", "Our own battery cells")
_OUR_GOODS = re.compile(r"\s+(?:[\w-]+\s+){0,2}?", re.IGNORECASE)


#: a relative of possession right before goods: "X, whose cells", "X, dont les cellules", "X, le cui
#: celle", "X, cuyas celdas", "X, dessen Zellen"
_WHOSE = re.compile(r",\s*(?:whose|dont|(?:le|il|i|la|gli|lo)\s+cui|cuy[oa]s?|dessen|deren)\s+", re.IGNORECASE)


def _whose_goods(text: str, spans, lo: int, verb: int, maker: str):
    """(owner span, goods) where the goods that come from the maker are the antecedent's, told in a
    relative of possession right before the verb ("Renault, whose cells come from Y"); else None."""
    comma = text.rfind(",", lo, verb)
    w = _WHOSE.match(text, comma) if comma >= 0 else None
    if w is None:
        return None
    ante = next(((s, e, n) for s, e, n, _ in spans if e == comma or text[e:comma].strip() == ""), None)
    if ante is None or ante[2] == maker or any(w.end() <= s < verb for s, _, _, _ in spans):
        return None
    goods = products_in(text[w.end() : verb])
    if not goods or not _LEAD.fullmatch(text, w.end(), w.end() + goods[0][0]):
        return None
    return ante, goods[0][1]


def goods_from(text: str, spans, lex) -> list[engine.Found]:
    """supplies Found for each "GOODS OF X come from Y" in the sentence ``text``; ``spans`` are
    (start, end, name, sectors) of its companies, in text order."""
    lang = lex.lang
    verb_rx, gate = _VERB.get(lang), _GATE.get(lang)
    if verb_rx is None or len(spans) < 2 or not holds(gate, text):
        return []
    out: list[engine.Found] = []
    for m0, m1, maker, v in triggers_at(text, spans, verb_rx, 120):
        # the goods' phrase: from the clause's opening to the verb, one company inside
        lo = engine.clause_opening(text, v.start())
        phrase = text[lo : v.start()]
        whose = _whose_goods(text, spans, lo, v.start(), maker)
        if whose is not None:
            (s, e, owner), product = whose
            status, dconf = engine.status_for(lex, text, v.start(), v.end(), "active", [(s, e), (m0, m1)])
            if status is not None:
                out.append(engine.Found("supplies", maker, owner, status, 0.7 + dconf, product, v.span()))
            continue
        if "," in phrase or len(phrase) > 100:
            continue
        inside = named_within(spans, lo, v.start())
        if len(inside) != 1:
            continue
        s, e, owner = inside[0]
        if owner == maker:
            continue
        ours = _OUR.fullmatch(text, s, e) is not None and _OUR_LEAD.fullmatch(text, lo, s) is not None
        if not (ours or _OWNER_AFTER.match(text, e) or _OWNER_BEFORE[lang].search(text, lo, s)):
            continue
        goods = products_in(phrase)
        if ours:
            if not goods or not _OUR_GOODS.fullmatch(text, e, lo + goods[0][0]):
                continue
        elif not goods or not _LEAD.fullmatch(phrase, 0, goods[0][0]):
            continue  # "Demand for Korvan's cells came from Y": the goods must be what comes
        status, dconf = engine.status_for(lex, text, v.start(), v.end(), "active", [(s, e), (m0, m1)])
        if status is None:
            continue
        out.append(engine.Found("supplies", maker, owner, status, 0.7 + dconf, goods[0][1], v.span()))
    return out
