"""A supply or an order entrusted in the passive, with its customer as the agent:

    "La fornitura dei sedili è stata affidata a Kestrel da Brixo."        -> Kestrel supplies Brixo
    "La fourniture des sièges a été confiée à Kestrel par Brixo."          -> the same
    "El suministro de los asientos ha sido adjudicado a Kestrel por Brixo." -> the same
    "The contract for the seats was awarded to Kestrel by Brixo."          -> the same
    "Der Auftrag für die Sitze wurde von Brixo an Kestrel vergeben."       -> the same

The one a supply is entrusted to makes the goods; the one who entrusts it (the agent, "da", "par",
"por", "by", "von") buys them. The supply noun in the subject makes the frames read the agent as the
supplier and the name after "a"/"à"/"to" as the recipient, the tie backwards. The clause must tell of
a supply (its noun, an order, a contract or a product before the verb), so a stake or a unit handed
over is left to the ownership readers.
"""

from __future__ import annotations

import re

from ..scan.sentence_scan import scan_of
from . import engine
from .products import _PRODUCT_RX

__all__ = ["entrusted_supplies", "apply_entrusted"]

_I = re.IGNORECASE

#: the passive of entrusting or awarding, by language
_PASSIVE = {
    "en": r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be)\s+(?:(?:now|also|already|then|since)\s+)?"
          r"(?:awarded|entrusted|assigned|handed|outsourced|contracted\s+out|subcontracted)\b",
    "it": r"\b(?:è|sono|era|erano|sarà|saranno|viene|vengono|verrà|verranno|fu|furono)\s+(?:(?:già|ora|poi|anche|infine)\s+)?"
          r"(?:stat[oaie]\s+)?(?:affidat|assegnat|aggiudicat|commissionat|appaltat)[oaie]\b",
    "fr": r"\b(?:(?:a|ont|avait|avaient|aura|auront)\s+(?:(?:déjà|aussi|finalement|enfin)\s+)?été|est|sont|sera|seront|était|étaient)\s+"
          r"(?:(?:déjà|aussi|finalement|enfin)\s+)?(?:confié|attribué|adjugé|sous-traité)e?s?\b",
    "es": r"\b(?:(?:ha|han|había|habían|habrá|habrán)\s+sido|fue|fueron|es|son|será|serán)\s+(?:(?:ya|también|finalmente)\s+)?"
          r"(?:adjudicad|encargad|confiad|asignad|otorgad|encomendad)[oa]s?\b",
    "de": r"\b(?:wurde|wurden|wird|werden|ist|sind|war|waren)\b",
}
#: German: the participle that closes the passive ("... an Kestrel vergeben")
_DE_PARTICIPLE = re.compile(r"[^,;:()]{0,40}?\b(?:vergeben|übertragen|erteilt)(?:\s+worden)?\b", _I)
#: the recipient's preposition right before its name, a short description between ("alla torinese")
_TO = {
    "en": r"\bto\s+(?:(?:the|its)\s+)?(?:(?-i:[a-z])[\w-]*\s+){0,3}?$",
    "it": r"\b(?:a|ad|al|alla|allo|ai|agli|alle|all['’])\s*(?:(?-i:[a-zàèéìòù])[\w-]*\s+){0,3}?$",
    "fr": r"(?:\bà\s+(?:la\s+|l['’]\s*)?|\bau\s+|\baux\s+)(?:(?-i:[a-zàâçéèêëîïôûù])[\w-]*\s+){0,3}?$",
    "es": r"\b(?:a|al)\s+(?:(?:la|las|los)\s+)?(?:(?-i:[a-záéíóúñ])[\w-]*\s+){0,3}?$",
    "de": r"\ban\s+(?:(?:den|die|das|dem)\s+)?(?:(?-i:[a-zäöüß])[\w-]*\s+){0,3}?$",
}
#: the agent's preposition right before its name
_BY = {
    "en": r"\bby\s+(?:(?:the|its)\s+)?(?:(?-i:[a-z])[\w-]*\s+){0,3}?$",
    "it": r"\b(?:da|dal|dalla|dallo|dai|dagli|dalle|dall['’])\s*(?:(?-i:[a-zàèéìòù])[\w-]*\s+){0,3}?$",
    "fr": r"\bpar\s+(?:(?:le|la|les|l['’])\s*)?(?:(?-i:[a-zàâçéèêëîïôûù])[\w-]*\s+){0,3}?$",
    "es": r"\bpor\s+(?:(?:el|la|los|las)\s+)?(?:(?-i:[a-záéíóúñ])[\w-]*\s+){0,3}?$",
    "de": r"\bvon\s+(?:(?:den|der|dem)\s+)?(?:(?-i:[a-zäöüß])[\w-]*\s+){0,3}?$",
}
#: the supply, order or work entrusted, before the verb
_WHAT = {
    "en": r"\b(?:contracts?|orders?|supply|supplies|deliver(?:y|ies)|production|assembly|manufacturing|construction)\b",
    "it": r"\b(?:fornitur[ae]|commess[ae]|ordin[ei]|ordinativ[oi]|contratt[oi]|produzione|realizzazione|costruzione|assemblaggio|montaggio|appalt[oi])\b",
    "fr": r"\b(?:fournitures?|commandes?|contrats?|marchés?|production|fabrication|assemblage|construction|livraisons?)\b",
    "es": r"\b(?:suministros?|pedidos?|contratos?|encargos?|producción|fabricación|montaje|construcción|entregas?)\b",
    "de": r"\b(?:Auftrag|Aufträge|Lieferauftrag|Lieferung|Lieferungen|Belieferung|Fertigung|Produktion|Montage|Bau)\b",
}
_PASSIVE_RX = {k: re.compile(v, _I) for k, v in _PASSIVE.items()}
_TO_RX = {k: re.compile(v, _I) for k, v in _TO.items()}
_BY_RX = {k: re.compile(v, _I) for k, v in _BY.items()}
_WHAT_RX = {k: re.compile(v, _I) for k, v in _WHAT.items()}
#: a clause break: the names of one passive stand before the next
_BREAK = re.compile(r"[;:()]|,\s")


def _named_after(rx: re.Pattern, text: str, lo: int, spans) -> tuple | None:
    """The first company after ``lo`` preceded by its preposition (``rx``, which ends with ``$``: it must
    end right at the name), with no clause break between ``lo`` and the name."""
    for s, e, name, _ in spans:
        if s < lo:
            continue
        if _BREAK.search(text, lo, s):
            return None
        if rx.search(text[lo:s]):
            return s, e, name
    return None


def entrusted_supplies(text: str, spans, lex) -> list[engine.Found]:
    """supplies Found (supplier, customer) for each passive of entrusting in the sentence ``text``;
    ``spans`` are (start, end, name, sectors) of its companies, in text order."""
    lang = lex.lang
    passive = _PASSIVE_RX.get(lang)
    if passive is None or len(spans) < 2:
        return []
    # (literal tests before the search: the German passive is any "ist" or "wurde", so it is asked only
    # where one of the participles that close it stands in the sentence; most sentences hold none)
    scan = scan_of(text)
    if (lang == "de" and not scan.may(_DE_PARTICIPLE)) or not scan.may(passive):
        return []
    out: list[engine.Found] = []
    for m in passive.finditer(text):
        v0, v1 = m.start(), m.end()
        lo = max(0, v0 - 120)
        cut = max((b.end() for b in re.finditer(r"[;:()]", text[lo:v0])), default=0)
        subject = text[lo + cut : v0]
        what = _WHAT_RX[lang].search(subject) or _PRODUCT_RX.search(subject)
        if what is None or any(lo + cut + what.start() < s < v0 for s, _e, _n, _ in spans):
            continue  # the clause must name what is entrusted, no company between it and the verb
        if lang == "de":
            # "wurde von Brixo an Kestrel vergeben": both names before the participle at the end
            by = _named_after(_BY_RX[lang], text, v1, spans)
            to = _named_after(_TO_RX[lang], text, v1, spans)
            if by is None or to is None or not _DE_PARTICIPLE.match(text, max(by[1], to[1])):
                continue
        else:
            to = _named_after(_TO_RX[lang], text, v1, spans)
            by = _named_after(_BY_RX[lang], text, v1, spans)
        if to is None or by is None or to[2] == by[2]:
            continue
        status, _ = engine.status_for(lex, text, v0, v1, "announced", [])
        if status is None:
            continue
        out.append(engine.Found("supplies", to[2], by[2], status, 0.75, None, (v0, v1)))
    return out


def apply_entrusted(text: str, spans, lex, results: list) -> list:
    """``results`` with the entrusted supplies of the sentence: a supply read the other way round
    between the two gives way, and one not read is added."""
    return engine.supplies_prevail(results, entrusted_supplies(text, spans, lex))
