"""A contract read as a partnership that is a supply: who sells is set by the chain or a maker noun.

    "Volkswagen hat mit Infineon einen Vertrag unterzeichnet."          -> supplies Infineon Volkswagen
    "Korvan signed a framework agreement with the charger maker Maltrix" -> supplies Maltrix Korvan
    "Korvan a signé un accord de réservation de capacités avec Maltrix"  -> (chain) Maltrix supplies Korvan

The partnership frame (SYM) reads a bare deal noun between two companies as partners. A framework
contract ("Rahmenvertrag", "accordo quadro", "accord-cadre", "acuerdo marco") or a capacity
reservation is how buyers secure goods, and a German "Vertrag" (not a "Vereinbarung") between two
companies a tier apart in the chain is a contract of sale: the gold guidelines call co-development,
alliances and memoranda partnerships, a supply agreement a supply. The supplier is the one the
gazetteer's chain places lower, or, for a framework or
capacity contract, the one named with a maker noun ("the charger maker X", "Batteriehersteller X") when
only one is. A deal about working together ("framework agreement on cooperation", "Vertrag über die
gemeinsame Entwicklung") or a licence stays a partnership; so does a pair nothing directs.
"""

from __future__ import annotations

import re

from .chain_supply import supply_direction
from .known_roles import belongs_to

__all__ = ["contract_supplier"]

_I = re.IGNORECASE

#: the trigger itself a contract of sale (only the German bare "Vertrag" is a SYM trigger today; the
#: others are listed so a lexicon that adds them reads the same)
_CONTRACT = {
    "de": re.compile(r"Vertr(?:a|ä)ge?s?", _I),
    "en": re.compile(r"contracts?", _I),
    "it": re.compile(r"contratt[oi]", _I),
    "fr": re.compile(r"contrats?", _I),
    "es": re.compile(r"contratos?", _I),
}
#: a pattern that matches nothing (a language with no such words)
_NEVER = re.compile(r"(?!)")
#: a framework contract, in the trigger or right around it
_FRAMEWORK_IN = re.compile(
    r"Rahmen(?:vertrag|vertrags|verträge|vereinbarung)\w*|(?:framework|capacity(?:[- ]reservation)?) (?:agreement|contract|deal)s?"
    r"|(?:accord|contrat)s?[- ]cadres?|(?:acuerdo|contrato)s? marco|(?:accord[oi]|contratt[oi]) quadro", _I)
_FRAMEWORK_BEFORE = {
    "en": re.compile(r"\b(?:framework|capacity(?:[- ]reservation)?|capacity[- ]supply)\s+$", _I),
    "de": re.compile(r"\b(?:Kapazitäts\w*)\s+$", _I),
    "it": _NEVER,
    "fr": _NEVER,
    "es": _NEVER,
}
_FRAMEWORK_AFTER = {
    "en": _NEVER,
    "de": _NEVER,
    "it": re.compile(r"[- ]?(?:quadro\b|(?:\w+ )?(?:di|per la) (?:prenotazione|riserva) (?:della |di )?capacità\b)", _I),
    "fr": re.compile(r"(?:[- ]cadre\b|(?: \w+)? de réservation de capacités?\b)", _I),
    "es": re.compile(r"(?: marco\b|(?: \w+)? de reserva de capacidad(?:es)?\b)", _I),
}
#: a deal about working together, research or a licence: a partnership whatever its form
_COOPERATION = re.compile(
    r"\b(?:cooperation|collaboration|partnership|development|research|licen[cs]\w*|joint|together"
    r"|Zusammenarbeit|Kooperation|Entwicklung|Forschung|Lizenz\w*|gemeinsam\w*|Partnerschaft"
    r"|collaborazione|cooperazione|partenariato|sviluppo|ricerca|licenz\w*|congiunt\w*|insieme"
    r"|coopération|partenariat|développement|recherche|licence|ensemble|commun\w*"
    r"|colaboración|cooperación|desarrollo|investigación|licencia|conjunt\w*|alianza)\b", _I)
#: a maker or supplier noun right before a name ("der Ladesäulenhersteller X", "the charger maker X")
_MAKER_BEFORE = re.compile(
    r"(?:\w*hersteller|\w*produzent|Zulieferer|(?:\w+[- ])?(?:maker|manufacturer|producer|supplier)"
    r"|(?:fabricant|producteur|fournisseur|produttore|fabbricante|fornitore|fabricante|productor|proveedor)(?: \w+){0,2})"
    r"\s+$", _I)

#: ... or in an apposition right after it ("Alpitronic, produttore di colonnine", "X, a charger maker")
_MAKER_AFTER = re.compile(
    r"\s*,\s*(?:(?:the|a|an|il|lo|la|un|uno|una|le|une|el|der|die|ein|eine)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:\w*hersteller|\w*produzent|Zulieferer|maker|manufacturer|producer|supplier|fabricant|producteur|fournisseur"
    r"|produttore|fabbricante|fornitore|fabricante|productor|proveedor)\b", _I)


def _framework(lang: str, text: str, t0: int, t1: int) -> bool:
    if _FRAMEWORK_IN.fullmatch(text, t0, t1):
        return True
    before = _FRAMEWORK_BEFORE.get(lang)
    after = _FRAMEWORK_AFTER.get(lang)
    return bool((before is not None and before.search(text, max(0, t0 - 40), t0))
                or (after is not None and after.match(text, t1)))


def _maker_named(text: str, spans, a: str, b: str) -> tuple[str, str] | None:
    """(supplier, customer) when exactly one of the two is named right after a maker noun."""
    makers = {n for s, e, n, _ in spans if n in (a, b)
              and (_MAKER_BEFORE.search(text, max(0, s - 45), s) or _MAKER_AFTER.match(text, e))}
    if len(makers) != 1:
        return None
    m = makers.pop()
    return (m, b if m == a else a)


def contract_supplier(lang: str, text: str, t0: int, t1: int, spans, src_names, tgt_names) -> tuple[list[str], list[str]] | None:
    """([supplier], [customers]) when the partnership trigger ``text[t0:t1]`` is a contract of sale
    between the parties (``spans``: (start, end, name, sectors) of the sentence's companies), else None."""
    framework = _framework(lang, text, t0, t1)
    contract = _CONTRACT.get(lang) is not None and _CONTRACT[lang].fullmatch(text, t0, t1) is not None
    if not framework and not contract:
        return None
    end = min(len(text), t1 + 60)
    stop = re.search(r"[;:.]", text[t1:end])
    if _COOPERATION.search(text, max(0, t0 - 30), t1 + stop.start() if stop else end):
        return None
    names = list(dict.fromkeys(list(src_names) + list(tgt_names)))
    if len(names) < 2:
        return None
    if list(src_names) == list(tgt_names):
        # "A and B signed a framework agreement": the two joined as one subject
        if len(names) != 2:
            return None
        src_names, tgt_names = names[:1], names[1:]
    # one company on one side, one or more on the other ("Verträge mit A und B")
    one, others = (src_names[0], list(tgt_names)) if len(set(src_names)) == 1 else (tgt_names[0], list(src_names)) if len(set(tgt_names)) == 1 else (None, None)
    if one is None or one in others:
        return None
    ways = set()
    for o in others:
        if belongs_to(one, o) or belongs_to(o, one):
            return None
        way = supply_direction(one, o)
        if way is None and framework:
            way = _maker_named(text, spans, one, o)
        if way is None:
            return None
        ways.add(way[0] == one)
    if len(ways) != 1:
        return None
    return ([one], others) if ways.pop() else (others, [one])
