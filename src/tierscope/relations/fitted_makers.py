"""Goods a customer fits, told with their maker right after them: the maker supplies the customer.

    "Korvan, qui monte des cellules de Maltrix dans ses bus"       -> supplies Maltrix Korvan
    "Korvan, che monta i freni Maltrix su tutta la gamma"          -> supplies Maltrix Korvan
    "Korvan monta en sus autobuses baterías de Maltrix"            -> supplies Maltrix Korvan
    "Korvan verbaut in seinen Bussen Zellen von Maltrix"           -> supplies Maltrix Korvan
    "Korvan fits batteries of Maltrix to its buses"                -> supplies Maltrix Korvan

The verb of fitting or using (``fitted_goods._USE``) has the customer as its subject, right before it
(a relative word, an adverb between) or right after it (German verb second); the goods the product list
knows come within a few words after the verb, and the maker right after them: "de"/"di"/"von"/"of" and
its name, or (French, Italian, Spanish) the bare name as a modifier ("freni Maltrix", "celle Maltrix").
Goods with a definite article before "de"/"di"/"von" ("las celdas de Maltrix") may be Maltrix's own,
not made by it: left open, as the frames leave them.
A technology, a platform or a licence is no product, and goods fitted for tests or trials ("für Tests",
"nei test": ``trials.TRIAL``) tell no supply: nothing is read. A tie a reader found for the pair is left
to it.
"""

from __future__ import annotations

import re

from . import engine
from .fitted_goods import _USE_RX
from .products import _PRODUCT_RX
from .trials import TRIAL
from ..scan.sentence_scan import scan_of

__all__ = ["fitted_makers"]

_I = re.IGNORECASE
#: between the customer and the verb: a relative word and adverbs at most
_BEFORE_VERB = re.compile(
    r"\s*,?\s*(?:(?:qui|che|que|which|that|der|die|das)\s+)?(?:(?:già|ya|déjà|already|also|anche|aussi|también|auch|bereits|schon"
    r"|dal\s+\d{4}|desde\s+\d{4}|depuis\s+\d{4}|since\s+\d{4}|seit\s+\d{4}|oggi|hoy|aujourd['’]hui|today|heute"
    r"|da\s+\w+\s+anni|depuis\s+\w+\s+ans|desde\s+hace\s+\w+\s+años|for\s+\w+\s+years|seit\s+\w+\s+Jahren)\s+){0,2}$", _I)
#: between the verb and the goods: an article, a place ("sur ses bus", "in seinen Bussen"), a few words
_TO_GOODS = re.compile(r"\s+(?:[\w'’-]+\s+){0,5}?$", _I)
#: the maker after the goods: "of"/"de"/"di"/"von" (two words of the goods' description before it at most)
_MAKER_AFTER = {
    "en": re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:of|from)\s+$", _I),
    "fr": re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:de\s+|d['’]|du\s+)$", _I),
    "it": re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:di\s+|d['’]|della\s+|del\s+)$|\s+$", _I),
    "es": re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:de\s+|del\s+)$", _I),
    "de": re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:von|vom)\s+$", _I),
}
#: a bare maker's name as the goods' modifier (French, Italian, Spanish): "freni Maltrix", "cellules Maltrix"
_BARE_LANGS = ("fr", "it", "es")
#: no goods but a licence or a technology
_NOT_GOODS = re.compile(r"\b(?:technolog\w*|tecnolog\w*|Technik|licen[cz]\w*|Lizenz\w*|platform\w*|piattaform\w*|plataforma\w*|plateforme\w*|software)\b", _I)
#: a definite article right before the goods
_ARTICLE_BEFORE = re.compile(
    r"\b(?:le|la|les|l['’]|il|lo|i|gli|el|los|las|the|die|der|das|den"
    # or a possessive ("ses propres cellules de Y": its own, bought with Y)
    r"|ses|son|sa|leurs?|suoi|sue|suo|sua|loro|sus|su|its|their|seine[nm]?|ihre[nm]?)\s*(?:(?:propres?|propri[oaie]|propi[oa]s?|own|eigenen?)\s+)?$", _I)
#: a participle between the goods and their "of" ("fabricadas de", "prodotte da", "made of")
_PARTICIPLE = re.compile(r"\b\w+(?:ad[oa]s|ad[oa]|id[oa]s?|at[oaie]|ut[oaie]|it[oaie]|ée?s?|ed)\s", _I)
_CONF = 0.55


def fitted_makers(text: str, spans, lex, results) -> list[engine.Found]:
    """supplies Found for each "CUSTOMER fits GOODS of MAKER" of the sentence ``text``; ``spans``: (start,
    end, name, sectors) in text order; ``results``: what the readers found (a pair they tied is theirs)."""
    lang = lex.lang
    use_rx, maker_rx = _USE_RX.get(lang), _MAKER_AFTER.get(lang)
    if use_rx is None or maker_rx is None or len(spans) < 2 or not scan_of(text).may(use_rx):
        return []
    tied = {frozenset((f.source, f.target)) for f in results}
    out: list[engine.Found] = []
    for verb in use_rx.finditer(text):
        before = [sp for sp in spans if sp[1] <= verb.start()]
        customer = before[-1] if before and _BEFORE_VERB.fullmatch(text, before[-1][1], verb.start()) else None
        if customer is None and lang == "de":
            nxt = next((sp for sp in spans if sp[0] >= verb.end()), None)
            customer = nxt if nxt is not None and not text[verb.end():nxt[0]].strip() else None
        if customer is None:
            continue
        goods = _PRODUCT_RX.search(text, verb.end(), min(len(text), verb.end() + 60))
        if goods is None or not _TO_GOODS.fullmatch(" " + text[verb.end():goods.start()].strip() + " " if text[verb.end():goods.start()].strip() else " "):
            continue
        if _NOT_GOODS.search(text, verb.end(), min(len(text), goods.end() + 30)) or re.search(r"[,;:()]", text[verb.end():goods.start()]):
            continue
        maker = next((sp for sp in spans if sp[0] >= goods.end()), None)
        if maker is None or maker[0] - goods.end() > 40 or maker[2] == customer[2]:
            continue
        gap = text[goods.end():maker[0]]
        if not (maker_rx.fullmatch(gap) and (gap.strip() or lang in _BARE_LANGS)):
            continue
        if _PARTICIPLE.search(gap):
            continue  # "baterías fabricadas de Y": made from or by, left open as the frames leave it
        if gap.strip() and _ARTICLE_BEFORE.search(text, max(0, goods.start() - 22), goods.start()):
            # "monta las celdas prismáticas de Y", "nutzt die Zellen von Y": goods with an article may be Y's
            # own, not made by it (as the frames read them); a bare maker's name ("i freni Y") is the maker
            continue
        if frozenset((maker[2], customer[2])) in tied:
            continue
        cut = re.search(r"[;:()]|\.(?!\d)", text[maker[1]:])
        if TRIAL.search(text, verb.start(), maker[1] + (cut.start() if cut else len(text) - maker[1])):
            continue  # "nutzt die Zellen von Y für Tests": goods on trial, no supply (trials.py)
        status, dconf = engine.status_for(lex, text, verb.start(), verb.end(), "active", [customer[:2], maker[:2]])
        if status is None:
            continue
        out.append(engine.Found("supplies", maker[2], customer[2], status, _CONF + dconf, None, verb.span()))
        tied.add(frozenset((maker[2], customer[2])))
    return out
