"""A contract told as what tied one company to another: a supply between the two, its seller set by
the gazetteer's chain.

    "Brakon a perdu le contrat qui le liait à Quarda"                      -> supplies Brakon Quarda (ended)
    "le contrat-cadre qui liait Quarda au polonais Brakon"                 -> (the chain's direction)
    "Per Quarda il contratto sostituisce quello che legava gli impianti a Brakon"
    "el contrato que unía a Brakon con Quarda" / "que la vinculaba a Quarda"
    "der Vertrag, der Brakon seit 2019 an Quarda band"
    "the contract that had tied Brakon to Quarda since 2019"
    (Brakon a parts maker, Quarda a carmaker: the chain puts the maker first)

French above all tells the end of a supply so ("le contrat qui le liait à Y a pris fin"): the verb of
tying takes the two parties, the first as its object (a name, or a clitic standing for the clause's
first company), the second after "à"/"a"/"an"/"to". No trigger frame reads them: the contract noun's
"with" is missing. Only a contract noun ("contrat", "contratto", "contrato", "acuerdo", "Vertrag",
"contract", "agreement", a demonstrative standing for one: "celui", "quello", "el que"), and only where
the gazetteer places one company above the other in the chain (``chain_supply.supply_direction``), and
not where the contract is a licence, a partnership or a development deal ("l'accord de licence qui lie",
"the licence agreement that ties": ``deal_relatives.OTHER_TIE``): no sale; two companies of one tier tell
nothing. The tense gives the default status: a past verb of tying ("liait", "legava", "unía", "band",
"tied") ended, a present one ("lie", "lega") active; the sentence's cues win.
"""

from __future__ import annotations

import re

from . import engine
from .chain_supply import supply_direction
from .clause_first import first_of_clause
from .deal_relatives import OTHER_TIE
from ..scan.sentence_scan import scan_of

__all__ = ["tied_contracts"]

_I = re.IGNORECASE
#: the contract noun (or a demonstrative standing for one) and the relative word, up to six words apart
#: ("le contrat de fourniture de cathodes qui", "il contratto che", "el acuerdo de suministro que")
_NOUN = {
    "fr": r"\b(?:contrats?(?:-cadres?)?|accords?|celui)\b(?:[\s'’-]+[\w'’-]+){0,6}?\s+qui\s+",
    "it": r"\b(?:contratt[oi]|accord[oi]|quello)\b(?:[\s'’-]+[\w'’-]+){0,6}?\s+che\s+",
    "es": r"\b(?:contratos?|acuerdos?|el(?=\s+que\b))\b(?:[\s'’-]+[\w'’-]+){0,6}?\s+que\s+",
    "de": r"\b\w*(?:[Vv]ertrag|[Vv]ereinbarung)\b,\s*(?:der|die)\s+",
    "en": r"\b(?:contracts?|agreements?|deals?)\b\s+(?:that|which)\s+(?:had\s+)?",
}
#: the verb of tying, its object clitic before it (Romance) or after it (English), past or present
_VERB = {
    "fr": r"(?:(?P<cl>l['’]|l[ea]\s+|les\s+))?(?P<v>liait|liaient|lie|lient|unissait)\b",
    "it": r"(?:(?P<cl>l['’]|l[oa]\s+|li\s+|le\s+))?(?P<v>legava|legavano|lega|legano|univa|vincolava|vincola)\b",
    "es": r"(?:(?P<cl>l[oa]s?\s+|les?\s+))?(?P<v>unía|unían|une|unen|vinculaba|vinculaban|vincula|ligaba)\b",
    "en": r"(?P<v>tied|bound|linked|ties|binds|links)\b(?:\s+(?P<cl>it|them)\b)?",
}
_NOUN_RX = {k: re.compile(v, _I) for k, v in _NOUN.items()}
_VERB_RX = {k: re.compile(v, _I) for k, v in _VERB.items()}
#: between the first party (or the verb) and the second: time words, then the preposition and a short
#: description ("depuis 2019 à", "au polonais", "a", "con", "to")
_TO = {
    "fr": r"\s*(?:,\s*)?(?:depuis\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+|jusqu['’][\w'’\s-]{2,20}?\s+)?(?:à\s+l['’]|à\s+la\s+|à|au|aux)\s*(?:(?-i:[a-zéèêàç])[\w'’-]*\s+){0,2}$",
    "it": r"\s*(?:,\s*)?(?:da(?:l|ll['’])?\s*[\w'’-]+\s+)?(?:a|ad|al|alla|all['’]|ai|agli|con|col)\s*(?:(?-i:[a-zéèàòù])[\w'’-]*\s+){0,2}$",
    "es": r"\s*(?:,\s*)?(?:desde\s+[\w'’-]+\s+)?(?:a|al|a\s+la|con|con\s+el|con\s+la)\s+(?:(?-i:[a-záéíóúñ])[\w'’-]*\s+){0,2}$",
    "de": r"\s+(?:seit\s+[\w-]+\s+)?an\s+(?:den|die|das|dem)?\s*(?:(?-i:[a-zäöü])[\w-]*\s+){0,2}$",
    "en": r"\s*(?:(?:since|until|for)\s+[\w'’-]+\s+)?(?:to|with)\s+(?:the\s+)?(?:(?-i:[a-z])[\w'’-]*\s+){0,2}$",
}
_TO_RX = {k: re.compile(v, _I) for k, v in _TO.items()}
#: German puts the verb last: "der Brakon seit 2019 an Quarda band"
_DE_VERB_AFTER = re.compile(r"\s+(?:(?:gebunden\s+(?:hat|hatte))|band|bindet|banden|binden)\b", _I)
#: the Spanish "a" before the object name ("que unía a Brakon con Quarda")
_ES_A = re.compile(r"\s+(?:a|al)\s+(?:(?-i:[a-záéíóúñ])[\w'’-]*\s+){0,2}$", _I)
#: a demonstrative needs a contract noun before it ("il contratto sostituisce quello che legava")
_DEMONSTRATIVE = re.compile(r"^(?:celui|quello|el)\b", _I)
#: ("contrat" begins "contratto" and "contrato" too)
_CONTRACT_BEFORE = re.compile(r"\b(?:contrat|acuerdo|accord)", _I)
#: an object name's article and a short description before it ("liait le groupe belge Y")
_OBJECT_GAP = re.compile(r"\s*(?:(?:le|la|les|l['’]|il|lo|gli|el|the)\s*(?:(?-i:[a-zéèàçáíóú])[\w'’-]*\s+){0,2})?", _I)
_PAST = re.compile(r"^(?:liait|liaient|unissait|legava|legavano|univa|vincolava|unía|unían|vinculaba|vinculaban|ligaba|tied|bound|linked|band|banden|gebunden)", _I)
_CONF = 0.5
#: the word right before the contract noun ("licence agreement", "cooperation contract")
_WORD_BEFORE = re.compile(r"[\w'’-]+\s+$")


def _word_before(text: str, pos: int) -> int:
    """Where the word right before ``pos`` starts (``pos`` if none): English puts the contract's kind there."""
    m = _WORD_BEFORE.search(text, max(0, pos - 30), pos)
    return m.start() if m else pos


def tied_contracts(text: str, spans, lex, results) -> list[engine.Found]:
    """supplies Found for each "the contract that tied A to B" of the sentence ``text`` whose two
    companies the chain sets apart; ``spans``: (start, end, name, sectors) in text order; ``results``:
    what the sentence's readers found (a pair they tied in any way is left to them)."""
    lang = lex.lang
    noun_rx = _NOUN_RX.get(lang)
    if noun_rx is None or len(spans) < 2 or not scan_of(text).may(noun_rx):
        return []
    out: list[engine.Found] = []
    tied = {frozenset((f.source, f.target)) for f in results}
    for nm in noun_rx.finditer(text):
        if _DEMONSTRATIVE.match(nm.group(0)) and not _CONTRACT_BEFORE.search(text, max(0, nm.start() - 120), nm.start()):
            continue
        a = b = None
        end = nm.end()
        if lang == "de":
            first = next((sp for sp in spans if sp[0] >= end), None)
            if first is None or text[end:first[0]].strip():
                continue
            second = next((sp for sp in spans if sp[0] > first[1]), None)
            if second is None or not _TO_RX["de"].fullmatch(text, first[1], second[0]) or not _DE_VERB_AFTER.match(text, second[1]):
                continue
            a, b, verb = first, second, _DE_VERB_AFTER.match(text, second[1]).group(0).strip()
        else:
            vm = _VERB_RX[lang].match(text, end)
            after = [sp for sp in spans if sp[0] >= vm.end()] if vm is not None else []
            if not after:
                continue
            verb, first = vm.group("v"), after[0]
            gap = text[vm.end():first[0]]
            if not vm.group("cl") and (_OBJECT_GAP.fullmatch(gap) or (lang == "es" and _ES_A.fullmatch(" " + gap.lstrip()))):
                # "qui liait X au polonais Y": the object is the first party
                a = first
                b = next((sp for sp in after[1:] if _TO_RX[lang].fullmatch(text, first[1], sp[0])), None)
            elif len(gap) <= 60 and _TO_RX[lang].search(gap):
                # the clitic ("qui le liait à Y") or an object naming no company ("che legava gli impianti
                # piemontesi a Y"): the first party is the first company of the clause the noun stands in
                b = first
                a = first_of_clause(text, spans, nm.start())
        if a is None or b is None or a[2] == b[2]:
            continue
        if frozenset((a[2], b[2])) in tied:
            if _PAST.match(verb):
                # a frame read the contract noun itself ("le contrat de faisceaux qui le liait à Y") as a
                # deal of its own: the past of tying still tells that it is over
                for f in results:
                    if (f.type == "supplies" and {f.source, f.target} == {a[2], b[2]} and nm.start() <= f.trigger[0] < nm.end()
                            and f.status in ("active", "announced")):
                        f.status = "ended"
            continue
        if OTHER_TIE.search(text, _word_before(text, nm.start()), nm.end()):
            continue  # "l'accord de licence qui lie A à B", "the licence agreement that ties": no sale
        direction = supply_direction(a[2], b[2])
        if direction is None:
            continue
        default = "ended" if _PAST.match(verb) else "active"
        status, dconf = engine.status_for(lex, text, nm.start(), nm.end(), default, [a[:2], b[:2]])
        if status is None:
            continue
        if default == "ended" and status in ("active", "announced"):
            status = "ended"  # "qui le liait depuis 2019": the past of tying tells a tie that is over
        out.append(engine.Found("supplies", direction[0], direction[1], status, _CONF + dconf, None, (nm.start(), nm.end()), "chain"))
        tied.add(frozenset((a[2], b[2])))
    return out
