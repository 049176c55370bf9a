"""Goods a customer fits, whose supplier is named in a relative clause on the goods.

    "Korvan fits its buses with the e-axle that Maltrix supplies."              -> Maltrix supplies Korvan
    "Korvan verbaut im Stadtbus die Portalachse, die der Zulieferer Maltrix liefert."
    "Korvan monte sur ses bus l'essieu que fournit Maltrix."
    "Korvan monta sui suoi autobus l'assale che fornisce Maltrix."
    "Korvan monta en sus autobuses el eje que le suministra Maltrix."

The main clause names the customer right before its verb of fitting or using (or, German putting the
verb second, right after it); the goods follow, then a relative clause whose subject is the supplier and
whose verb is one of supplying (a verb of making names a maker, not a seller: left out). The frames read
one clause at a time and see no tie here: the goods link the two. An owner in apposition before the verb
("Korvan, eine Tochter von Y, verbaut ...") is moved to the company it describes by the guards.
"""

from __future__ import annotations

import re

from . import engine
from ..scan.sentence_scan import scan_of

__all__ = ["fitted_goods"]

_I = re.IGNORECASE
_USE = {
    "en": r"\b(?:fits|fitted|fit|fitting|uses|used|using|installs|installed|mounts|mounted)\b",
    "de": r"\b(?:verbaut|verbauen|verbaute|verbauten|setzt|setzen|setzte|setzten|nutzt|nutzen|nutzte|verwendet|verwenden|verwendete|montiert|montieren|montierte)\b",
    "fr": r"\b(?:monte|montent|montait|utilise|utilisent|utilisait|intègre|intègrent|installe|installent|embarque|embarquent)\b",
    "it": r"\b(?:monta|montano|montava|utilizza|utilizzano|utilizzava|usa|usano|integra|integrano|installa|installano)\b",
    "es": r"\b(?:monta|montan|montaba|utiliza|utilizan|utilizaba|usa|usan|integra|integran|instala|instalan|incorpora|incorporan)\b",
}
#: a short description of the supplier between the pronoun (or the verb) and its name
_DESC = r"(?:(?:the|its|le|la|l['’]|il|lo|el|der|die|das|den)\s*)?(?:[\w'’-]+\s+){0,3}?"
#: the relative clause up to the supplier's name, the verb after the name (English, German) ...
_REL_BEFORE = {
    "en": re.compile(r"\s(?:that|which)\s+" + _DESC + "$", _I),
    "de": re.compile(r",\s*(?:die|den|das|welche[n]?)\s+(?:(?:heute|bereits|schon|künftig|auch)\s+)*" + _DESC + "$", _I),
}
_VERB_AFTER = {
    "en": re.compile(r"\s+(?:(?:also|already|now)\s+)?(?:supplies|supplied|delivers|delivered|provides|provided|ships|shipped)\b", _I),
    "de": re.compile(r"\s+(?:(?:auch|bereits|schon)\s+)?(?:liefert|lieferte|zuliefert|beisteuert|bereitstellt)(?=\s*(?:[,.;:!?)–—]|$))", _I),
}
#: ... or before it (French, Italian, Spanish put the subject after the verb of the relative), and the
#: participle of supplying with its agent in every language
_REL_VERB_BEFORE = {
    "en": re.compile(r"\s(?:supplied|delivered|provided)\s+by\s+" + _DESC + "$", _I),
    "de": re.compile(r"\s(?:geliefert|zugeliefert)\s+(?:von|vom)\s+" + _DESC + "$", _I),
    "fr": re.compile(r"(?:\s(?:qu['’]|que)\s*(?:lui\s+|leur\s+)?(?:fournit|livre|fournissait|livrait)\s+|\s(?:fourni|livré)e?s?\s+par\s+)" + _DESC + "$", _I),
    "it": re.compile(r"(?:\sche\s+(?:gli\s+|le\s+)?(?:fornisce|consegna|forniva)\s+|\s(?:fornit|consegnat)[oaie]\s+da\s+)" + _DESC + "$", _I),
    "es": re.compile(r"(?:\sque\s+(?:le\s+|les\s+)?(?:suministra|entrega|provee|suministraba)\s+|\s(?:suministrad|entregad)[oa]s?\s+por\s+)" + _DESC + "$", _I),
}
_USE_RX = {k: re.compile(v, _I) for k, v in _USE.items()}
#: nothing but an apposition's close, or nothing, between the customer and its verb
_BEFORE_VERB = re.compile(r"\s*,?\s*(?:(?:already|also|now|déjà|aussi|già|anche|ya|también|bereits|auch|schon)\s+)?$", _I)


def fitted_goods(text: str, spans, lex) -> list[engine.Found]:
    """supplies Found for each "CUSTOMER fits GOODS that SUPPLIER supplies" in the sentence ``text``;
    ``spans``: (start, end, name, sectors) of its companies, in text order."""
    lang = lex.lang
    use_rx = _USE_RX.get(lang)
    if use_rx is None or len(spans) < 2:
        return []
    # (speed) a sentence without the literals of a verb of use, or of any relative of supplying, holds no
    # match of them in any window below either
    scan = scan_of(text)
    if not scan.may(use_rx) or not (scan.may(_REL_VERB_BEFORE[lang]) or (lang in _REL_BEFORE and scan.may(_REL_BEFORE[lang]))):
        return []
    out: list[engine.Found] = []
    for k, (s, e, supplier, _sec) in enumerate(spans):
        rel = None
        if lang in _REL_BEFORE:
            before = engine.ending_at(_REL_BEFORE[lang], text, s, 60)
            if before is not None and _VERB_AFTER[lang].match(text, e):
                rel = before
        if rel is None:
            rel = engine.ending_at(_REL_VERB_BEFORE[lang], text, s, 70)
        if rel is None:
            continue
        end = e + (_VERB_AFTER[lang].match(text, e).end() - e if lang in _VERB_AFTER and _VERB_AFTER[lang].match(text, e) else 0)
        stop = re.search(r"[,;:()]|\.(?!\d)", text[end:])
        if any(end <= s2 < end + (stop.start() if stop else len(text)) for s2, _e2, _n2, _ in spans):
            continue  # "software that Y supplies to Z": the relative names its own customer
        lo = engine.clause_opening(text, rel.start())
        verbs = [v for v in use_rx.finditer(text, lo, rel.start())]
        if not verbs:
            continue
        verb = verbs[-1]
        if any(verb.end() <= s2 < rel.start() for s2, _e2, _n2, _ in spans):
            continue  # another company between the goods' verb and the relative
        if rel.start() - verb.end() > 140:
            continue
        customer = None
        for s2, e2, n2, _ in reversed(spans):
            if e2 <= verb.start() and s2 >= lo:
                if _BEFORE_VERB.fullmatch(text, e2, verb.start()):
                    customer = (s2, e2, n2)
                break
        if customer is None and lang == "de":
            # "In Graz verbaut Korvan ...": the subject right after the verb
            after = next(((s2, e2, n2) for s2, e2, n2, _ in spans if s2 >= verb.end()), None)
            if after is not None and after[0] < rel.start() and not text[verb.end() : after[0]].strip():
                customer = after
        if customer is None or customer[2] == supplier:
            continue
        status, dconf = engine.status_for(lex, text, verb.start(), verb.end(), "active", [customer[:2], (s, e)])
        if status is None:
            continue
        out.append(engine.Found("supplies", supplier, customer[2], status, 0.6 + dconf, None, verb.span()))
    return out
