"""A company's output told by where it goes: the company supplies the one it goes to.

    "Most of Maltrix's output goes to Korvan."                  -> supplies Maltrix Korvan
    "La production de Maltrix ira à Korvan."                    -> supplies Maltrix Korvan
    "Gran parte della produzione di Maltrix andrà a Korvan."    -> supplies Maltrix Korvan
    "La producción de Maltrix está destinada a Korvan."          -> supplies Maltrix Korvan
    "Die Produktion von Maltrix geht vor allem an Korvan."       -> supplies Maltrix Korvan

The output (or goods the product list knows) opens the clause and names one company as its owner
("Maltrix's", "de Maltrix"); the company named right after the verb of going and its preposition
receives it. Nothing else may stand in the output's phrase: no comma, no second company. The mirror
of ``goods_from`` ("Korvan's cells come from Maltrix").

``output_taken`` reads the customer's side: "Korvan will take the entire output of Maltrix's
refinery", "Korvan se queda con la producción de Maltrix", "Korvan prendra toute la production de
Maltrix", "Korvan ritirerà tutta la produzione di Maltrix", "Korvan nimmt die gesamte Produktion von
Maltrix ab": the only company before the verb in its clause buys from the owner of the output.
"""

from __future__ import annotations

import re

from . import engine
from .goods_from import _LEAD, _OWNER_AFTER, _OWNER_BEFORE
from ..scan.prefilter import any_in
from .later_triggers import named_within, triggers_at
from .products import products_in
from ..scan.sentence_scan import holds

__all__ = ["output_taken", "output_to"]

_DESC = r"(?:(?:the|la|le|les|l['’]|il|lo|el|los|las|der|die|das|den|dem)\s*)?(?:(?-i:[a-zàâçéèêëîïôûùáíóúñäöüß])[\w'’-]*\s+){0,3}"
#: English papers name the customers as examples of a kind after the verb: "goes to carmakers and cell
#: makers including A, B and C", "goes to a list of buyers such as A and B"
_EN_KIND_LIST = (r"(?:(?:a|an)\s+(?:(?:long|short|growing)\s+)?(?:list|number|range|host|handful|string|group)\s+of\s+)?"
                 r"(?:(?-i:[a-z])[\w'’-]*\s+){1,5}?(?:including|such\s+as|like|among\s+them|notably)\s+")
#: what joins the members of a list of customers after the first: "A, B and C", "A as well as B"
_NEXT_MEMBER = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|,?\s+as\s+well\s+as\s+)(?:(?:the|its)\s+)?", re.IGNORECASE)
_VERB = {
    "en": re.compile(r"\s+(?:(?:will|would|also|still|now|mainly|largely|mostly|currently|already)\s+)*(?:go|goes|went|(?:is|are|was|were|will\s+be)\s+"
                     r"(?:going|destined|earmarked|reserved|sold|shipped))\s+(?:(?:mainly|largely|mostly)\s+)?(?:to|for)\s+(?:" + _EN_KIND_LIST + "|" + _DESC + ")$",
                     re.IGNORECASE),
    "fr": re.compile(r"\s+(?:(?:aussi|déjà|désormais|surtout|principalement)\s+)*(?:va|vont|ira|iront|allait|allaient|(?:est|sont|sera|seront)\s+(?:destinée?s?|réservée?s?))"
                     r"\s+(?:(?:surtout|principalement|en\s+priorité)\s+)?(?:à|au|aux)\s*" + _DESC + "$", re.IGNORECASE),
    "it": re.compile(r"\s+(?:(?:anche|già|ora|soprattutto|principalmente)\s+)*(?:va|vanno|andrà|andranno|andava|andavano|(?:è|sono|sarà|saranno)\s+(?:destinat|riservat)[aoie])"
                     r"\s+(?:(?:soprattutto|principalmente|in\s+gran\s+parte)\s+)?(?:a|ad|al|alla|allo|ai|agli|alle|all['’])\s*" + _DESC + "$", re.IGNORECASE),
    "es": re.compile(r"\s+(?:(?:también|ya|ahora|principalmente)\s+)*(?:va|van|irá|irán|iba|iban|(?:está|están|estará|estarán|será|serán)\s+(?:destinad|reservad)[ao]s?)"
                     r"\s+(?:(?:principalmente|sobre\s+todo)\s+)?(?:a|al)\s+" + _DESC + "$", re.IGNORECASE),
    "de": re.compile(r"\s+(?:geht|gehen|ging|gingen|wird|werden|soll|sollen)\s+(?:(?:auch|bereits|schon|künftig|derzeit|vor\s+allem|zunächst|überwiegend|größtenteils|komplett|vollständig)\s+)*"
                     r"(?:(?:gehen)\s+)?(?:an|zu)\s+" + _DESC + "$", re.IGNORECASE),
}
_GATE = {"en": re.compile(r"\b(?:go|goes|went|going|destined|earmarked|reserved|sold|shipped)\b", re.IGNORECASE),
         "fr": re.compile(r"\b(?:va|vont|ira|iront|allai\w+|destiné|réservé)", re.IGNORECASE),
         "it": re.compile(r"\b(?:va|vanno|andr|andav|destinat|riservat)", re.IGNORECASE),
         "es": re.compile(r"\b(?:va|van|ir[áa]n?|iba|destinad|reservad)", re.IGNORECASE),
         "de": re.compile(r"\b(?:geht|gehen|ging)", re.IGNORECASE)}
#: what goes: a company's output, or goods the product list knows
_OUTPUT = re.compile(r"\b(?:output|production|produzione|producción|Produktion|Fertigung|volumes?|volumi|volúmenes)\b", re.IGNORECASE)


#: the first person plural's possessive before the output, on an interview page the speaker's company
#: (as ``goods_from`` reads "Our cells come from Y"): "Una parte della nostra produzione andava a Y", "Most
#: of our output goes to Y", "Notre production ira à Y", "Unsere Produktion geht an Y"; a share of it and a
#: fronted time may open the clause ("Fino al 2024 una parte della nostra produzione andava a Y")
_OUR_OUTPUT = re.compile(
    r"\s*(?:(?:sì|si|no|yes|oui|non|ja|nein|sí|ecco)\s*,\s*)?(?:(?:(?:fino\s+al|dal|nel|until|since|in|seit|bis|jusqu['’]en|depuis|hasta|desde|en)\s+(?:19|20)\d\d"
    r"|oggi|ora|today|now|heute|jetzt|aujourd['’]hui|hoy)\s*,?\s*)?"
    r"(?:(?:una\s+parte|gran\s+parte|la\s+maggior\s+parte|buona\s+parte|part|most|much|all|half|une\s+partie|l['’]essentiel"
    r"|la\s+mayor\s+parte|parte|ein\s+Teil|der\s+größte\s+Teil|der\s+Großteil)\s+"
    r"(?:della|de\s+la|of|de|del|unserer)\s+|(?:la|le|the|el|die)\s+)?", re.IGNORECASE)
_OUR_WORD = re.compile(r"our|notre|nos|nostr[aeio]|nuestr[oa]s?|unser(?:e|er|en|em)?", re.IGNORECASE)
_OUTPUT_AFTER_OUR = re.compile(r"\s+(?:(?:intera|entire|whole|gesamte)\s+)?(?:output|production|produzione|producción|Produktion|volumi|volumes)\s*$", re.IGNORECASE)


def our_output(text: str, lo: int, s: int, e: int, verb: int) -> bool:
    """Does the clause from ``lo`` to the verb tell "our output", the possessive (``s``-``e``, the
    entity stage's mention of the speaker's company) right before the output word?"""
    return (_OUR_WORD.fullmatch(text, s, e) is not None and _OUR_OUTPUT.fullmatch(text, lo, s) is not None
            and _OUTPUT_AFTER_OUR.fullmatch(text, e, verb) is not None)


def output_to(text: str, spans, lex) -> list[engine.Found]:
    """supplies Found for each "OUTPUT OF X goes to Y" in the sentence ``text``; ``spans`` are
    (start, end, name, sectors) of its companies, in text order."""
    lang = lex.lang
    verb_rx, gate = _VERB.get(lang), _GATE.get(lang)
    if verb_rx is None or len(spans) < 2 or not holds(gate, text):
        return []
    out: list[engine.Found] = []
    for m0, m1, customer, v in triggers_at(text, spans, verb_rx, 90):
        lo = engine.clause_opening(text, v.start())
        phrase = text[lo : v.start()]
        inside = named_within(spans, lo, v.start())
        v_end = _verb_end(lang, v)
        if len(inside) == 1 and inside[0][2] != customer and our_output(text, lo, *inside[0][:2], v.start()):
            s, e, maker = inside[0]
            status, dconf = engine.status_for(lex, text, v.start(), v_end, "active", [(s, e), (m0, m1)])
            if status is not None:
                for other in [customer] + _members_after(text, spans, m1, maker):
                    out.append(engine.Found("supplies", maker, other, status, 0.65 + dconf, None, v.span()))
            continue
        if "," in phrase or len(phrase) > 100:
            continue
        if len(inside) != 1:
            continue
        s, e, maker = inside[0]
        if maker == customer or not (_OWNER_AFTER.match(text, e) or _OWNER_BEFORE[lang].search(text, lo, s)):
            continue
        what = _OUTPUT.search(phrase)
        # a product word inside the maker's own name is no goods ("Dunlo Lithium's hydroxide": hydroxide)
        goods = [(p, g) for p, g in products_in(phrase) if not s - lo <= p < e - lo]
        first = min([p for p, _ in goods] + ([what.start()] if what else []), default=None)
        if first is None or not (_LEAD.fullmatch(phrase, 0, first) or _owned_lead(text, lo, s, e, lo + first)):
            continue  # the output (or the goods) must be what goes
        status, dconf = engine.status_for(lex, text, v.start(), v_end, "active", [(s, e), (m0, m1)])
        if status is None:
            continue
        for other in [customer] + _members_after(text, spans, m1, maker):
            out.append(engine.Found("supplies", maker, other, status, 0.65 + dconf, goods[0][1] if goods else None, v.span()))
    return out


def _owned_lead(text: str, lo: int, s: int, e: int, goods: int) -> bool:
    """The goods right after their owner's possessive, the owner named by a description ("The company's
    lithium hydroxide goes to ...", a reference the entity stage resolved), only a quantifier before it."""
    own = _OWNER_AFTER.match(text, e)
    return own is not None and own.end() <= goods \
        and _LEAD.fullmatch(text, lo, s) is not None and _LEAD.fullmatch(text, own.end(), goods) is not None


def _verb_end(lang: str, v: re.Match) -> int:
    """Where the English verb of going ends, before its "to": the status reads the verb, and an English
    "to" right before a name is the lexicon's cue of a deal to come ("agreed to"), which "goes to Y" is
    not."""
    if lang != "en":
        return v.end()
    to = _EN_TO.search(v.group(0))
    return v.start() + to.start() if to else v.end()


_EN_TO = re.compile(r"\s+(?:to|for)\s", re.IGNORECASE)


def _members_after(text: str, spans, end: int, maker: str) -> list[str]:
    """The names listed right after the customer that ends at ``end`` ("goes to A, B and C": B and C),
    each joined to the one before by a comma, "and" or "as well as" only; the maker is never its own
    customer."""
    joined: list[tuple[str, bool]] = []  # (name, joined by "and")
    comma = False  # ", and" goes on only a list its commas opened ("A, B, and C", not "A, and C buys ...")
    for s, e, name, _sec in spans:
        if s < end:
            continue
        gap = _NEXT_MEMBER.fullmatch(text, end, s)
        if gap is None or ("," in gap.group(0) and "and" in gap.group(0).lower() and not comma):
            break
        comma = comma or "," in gap.group(0)
        joined.append((name, "and" in gap.group(0).lower() or "well" in gap.group(0).lower()))
        end = e
    while joined and not joined[-1][1]:
        joined.pop()  # a list closes with "and": "goes to A, Valmera said" names no member
    return list(dict.fromkeys(n for n, _ in joined if n != maker))  # (each name once)


_TAKE = {
    "en": re.compile(r"\b(?:take|takes|took|taking|taken|buy|buys|bought|buying|purchase|purchases|purchased|secure[sd]?|securing)\s+"
                     r"(?:(?:all|most|half|part|much|the\s+bulk)\s+of\s+)?(?:the\s+)?(?:(?:entire|whole|full|total|future|first|initial)\s+)*"
                     r"(?:output|production)\s+(?:of|from)\s+(?:the\s+)?(?:(?-i:[a-z])[\w-]*\s+){0,3}$", re.IGNORECASE),
    "fr": re.compile(r"\b(?:prendra|prend|prendront|achètera|achète|achèteront|récupérera|absorbera)\s+(?:(?:toute|l['’]essentiel\s+de|une\s+partie\s+de|la\s+totalité\s+de)\s+)?"
                     r"la\s+production\s+(?:de|du|d['’])\s*" + _DESC + "$", re.IGNORECASE),
    "it": re.compile(r"\b(?:ritirerà|ritira|ritireranno|acquisterà|acquista|comprerà|compra|assorbirà)\s+(?:(?:tutta|parte\s+della|gran\s+parte\s+della)\s+)?"
                     r"(?:la\s+)?produzione\s+(?:di|del|della|dello|dell['’])\s*" + _DESC + "$", re.IGNORECASE),
    "es": re.compile(r"\b(?:se\s+queda(?:rá|n|rán|ba)?\s+con|comprará|compra|comprarán|adquirirá|recibirá)\s+(?:(?:toda|parte\s+de|la\s+mayor\s+parte\s+de)\s+)?"
                     r"la\s+producción\s+(?:de|del)\s+" + _DESC + "$", re.IGNORECASE),
    "de": re.compile(r"\b(?:nimmt|nehmen|abnehmen|kauft|kaufen)\s+(?:(?:die\s+)?(?:gesamte|komplette|ganze)\s+|die\s+)(?:Produktion|Jahresproduktion|Fertigung)\s+"
                     r"(?:von|vom|des)\s+" + _DESC + "$", re.IGNORECASE),
}
#: the separable "ab" of "nimmt ... ab", later in the clause
_DE_AB = re.compile(r"[^,;:.]{0,60}?\bab\b")
_TAKE_GATE = {"en": ("output",), "fr": ("production",), "it": ("produzione",), "es": ("producción",), "de": ("produktion", "fertigung")}


def output_taken(text: str, spans, lex) -> list[engine.Found]:
    """supplies Found for each "CUSTOMER takes the output of MAKER" in the sentence ``text``."""
    lang = lex.lang
    rx, gate = _TAKE.get(lang), _TAKE_GATE.get(lang)
    if rx is None or len(spans) < 2:
        return []
    if not any_in(gate, text.lower()):
        return []
    out: list[engine.Found] = []
    for m0, m1, maker, v in triggers_at(text, spans, rx, 110):
        lo = engine.clause_opening(text, v.start())
        before = named_within(spans, lo, v.start())
        if len(before) != 1 or "," in text[before[0][1] : v.start()]:
            continue
        s, e, customer = before[0]
        if customer == maker:
            continue
        if lang == "de" and v.group(0).lower().startswith(("nimmt", "nehmen")):
            if not _DE_AB.match(text, m1):
                continue  # "nimmt ... ab" (buys); "nimmt die Produktion von X auf" is no offtake
        status, dconf = engine.status_for(lex, text, v.start(), v.end(), "active", [(s, e), (m0, m1)])
        if status is None:
            continue
        goods = products_in(text[v.start() : m0])
        out.append(engine.Found("supplies", maker, customer, status, 0.65 + dconf, goods[0][1] if goods else None, v.span()))
    return out
