"""A deal told by a bare noun ("the agreement", "la intesa", "die Vereinbarung") with one party alone,
in a story about the other, when the sentence says what the deal delivers:

    "... The agreement signed in 2021 with Korvan, which covered lithium deliveries, expired."
    "... Die Vereinbarung mit Korvan über die Lieferung von Lithium lief Ende Juni aus."
    "... L'intesa siglata nel 2022 con Korvan prevedeva la consegna di idrossido di litio."
    "... L'accord signé avec Korvan portait sur la livraison de cathodes."
    "... El acuerdo firmado con Korvan incluía el suministro de baterías."

lone_contracts.py reads a supply contract so named ("supply contract with"); a story that has told the
contract's kind before, or tells it in a clause after, calls it a bare agreement. Read only when the
sentence names goods or a word of supply and no word of another kind of tie (a cooperation, a venture,
a stake, a licence, a takeover): then the deal is a supply deal. The other party is the story's topic or
the company the sentence before is about (lone_driver.counterpart), who sells is the gazetteer's chain
(chain_supply.supply_direction; nothing when it cannot tell). A cross-sentence reading: low confidence.
"""

from __future__ import annotations

import re

from ..doc import Document, Mention
from . import engine
from .chain_supply import supply_direction
from .engine import company_name as _name
from .known_roles import belongs_to
from .lone_driver import lone_pairs, related, with_status
from .lone_makers import FIRST_PERSON, goods_named

__all__ = ["lone_deals"]

#: a few words between the noun and "with": a participle and a year, an adjective ("signed in 2021")
_BETWEEN = r"(?:[^\s,;:()]+\s+){0,4}?"
#: the bare deal noun and "with", ending where the party's name starts (a lower-case description between)
_DEAL = {
    "en": re.compile(r"\b(?:agreement|contract|deal)s?\s+" + _BETWEEN
                     + r"with\s+(?:the\s+)?(?:(?-i:[a-z])[\w-]*\s+){0,3}$", re.IGNORECASE),
    "de": re.compile(r"(?:vertrag|verträge|vertrages|vereinbarung|vereinbarungen|abkommen)\s+" + _BETWEEN
                     + r"mit\s+(?:(?:dem|der|den)\s+)?(?:[\w-]+\s+){0,3}?$", re.IGNORECASE),
    "fr": re.compile(r"\b(?:accords?|contrats?)\s+" + _BETWEEN
                     + r"avec\s*(?:(?:la|le|les|l['’])\s*)?(?:(?-i:[a-zàâçéèêëîïôûù])[\w'’-]*\s+){0,3}$", re.IGNORECASE),
    "it": re.compile(r"\b(?:accord[oi]|contratt[oi]|intes[ae])\s+" + _BETWEEN
                     + r"con\s*(?:(?:il|la|lo|l['’]|i|gli|le)\s*)?(?:(?-i:[a-zàèéìòù])[\w'’-]*\s+){0,3}$", re.IGNORECASE),
    "es": re.compile(r"\b(?:acuerdos?|contratos?)\s+" + _BETWEEN
                     + r"con\s+(?:(?:el|la|los|las)\s+)?(?:(?-i:[a-záéíóúñ])[\w-]*\s+){0,3}$", re.IGNORECASE),
}
#: a word of supply in the sentence: what the deal delivers
_SUPPLY = {
    "en": re.compile(r"\b(?:suppl(?:y|ies|ied)|deliver(?:y|ies|ed)?|offtake|off-take|purchases?\s+of|buy(?:s|ing)?\s+(?:its|their))\b",
                     re.IGNORECASE),
    "de": re.compile(r"(?:liefer|abnahme|abnehmer|bezug)", re.IGNORECASE),
    "fr": re.compile(r"\b(?:fourniture|livraisons?|approvisionnement|achats?\s+de|fournir|livrer)\b", re.IGNORECASE),
    "it": re.compile(r"\b(?:fornitur[ae]|consegn[ae]|approvvigionamento|ritiro|acquisto\s+di|fornire|consegnare)\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:suministros?|entregas?|abastecimiento|compra\s+de|suministrar|entregar)\b", re.IGNORECASE),
}
#: a word of another kind of tie: then the deal may be that
_OTHER_TIE = {
    "en": re.compile(r"\b(?:cooperat\w*|collaborat\w*|partner\w*|joint|licen[cs]\w*|acqui\w*|takeover|merger|stake|develop\w*|research"
                     r"|memorandum|mou)\b",
                     re.IGNORECASE),
    "de": re.compile(r"(?:kooperation|zusammenarbeit|partner|gemeinschaftsunternehmen|joint|lizenz|übernahme|fusion|beteiligung"
                     r"|entwickl|forschung|kaufvertrag|absichtserklärung|memorandum)", re.IGNORECASE),
    "fr": re.compile(r"\b(?:coopération|collaboration|partenari\w*|partenaire|coentreprise|joint|licences?|acqui\w*|rachat|fusion"
                     r"|participation|développ\w*|recherche|protocole|mémorandum)\b", re.IGNORECASE),
    "it": re.compile(r"\b(?:cooperazione|collaborazione|partner\w*|alleanza|joint|licenz\w*|acquisizion\w*|fusione|quota|partecipazione"
                     r"|svilupp\w*|ricerca|protocollo|memorandum)\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:cooperación|colaboración|socio\w*|alianza|empresa\s+conjunta|joint|licencias?|adquisici\w*|compra\s+de\s+(?:la|el)"
                     r"|fusión|participación|desarroll\w*|investigación|protocolo|memorando)\b", re.IGNORECASE),
}


#: what joins the parties of a list after "with": "with A and B", "con A e con il gruppo belga B"
_GLUE = re.compile(r"\s*(?:,|,?\s*(?:and|et|e|y|und|sowie))\s*(?:(?:with|avec|con|mit)\s+)?"
                   r"(?:(?:the|la|le|les|l['’]|il|lo|i|gli|el|los|las|dem|der|den)\s*(?:(?-i:[a-zàâçéèêëîïôûùáíóúñäöüß])[\w'’-]*\s+){0,3})?",
                   re.IGNORECASE)  # (a description only after its article: "y renegocia el de ..." is no list)


def _parties(text: str, sent, comps: list[Mention], rx):
    """(the deal noun's match, the companies listed right after its "with") or None."""
    for k, c in enumerate(comps):
        v = engine.ending_at(rx, text, c.start - sent.start, 130)
        if v is not None:
            break
    else:
        return None
    listed, end = [c], c.end
    for d in comps[k + 1 :]:
        if _name(d) == _name(listed[-1]) and d.start < end + 3:
            continue
        if any(belongs_to(_name(x), _name(d)) for x in listed):
            continue  # a party's parent in an apposition ("Ampere, la società del gruppo Renault")
        if not _GLUE.fullmatch(text, end - sent.start, d.start - sent.start):
            break
        listed.append(d)
        end = d.end
    return v, listed


def lone_deals(doc: Document, per_sentence: list[list[Mention]], language: str):
    """(sentence, other party's sentence, Found) for each supply deal so told."""
    rx = _DEAL.get(language)
    if rx is None:
        return []

    def read(sent, text, comps):
        """(the deal noun's match, the parties listed after its "with", their names) where the sentence
        tells what the deal delivers and no other kind of tie."""
        got = _parties(text, sent, comps, rx)
        if got is None:
            return None
        v, listed = got
        if FIRST_PERSON[language].search(text, 0, v.start()):
            return None
        if not (_SUPPLY[language].search(text) or goods_named(text, language, 0, len(text))):
            return None  # what the deal is about is not told
        if _OTHER_TIE[language].search(text):
            return None
        return v, listed, list(dict.fromkeys(_name(c) for c in listed))

    lex = engine.compiled(language)
    out = []
    for pair in lone_pairs(doc, per_sentence, (rx,), read, lambda reading: reading[2]):
        v, listed, names = pair.reading
        other, text, sent = pair.other, pair.text, pair.sent
        # every company the sentence names is a party, a party's parent in an apposition, or the other
        # party itself ("Vulcan ha chiuso contratti simili con A e con B")
        if any(_name(c) not in names and _name(c) != other and not any(belongs_to(n, _name(c)) for n in names)
               for c in pair.comps):
            continue
        spans = [(c.start - sent.start, c.end - sent.start) for c in listed]
        for party in names:
            if related(other, party):
                continue
            way = supply_direction(other, party)
            if way is None:
                continue
            # the sentence is about the deal: its status is the sentence's ("the agreement signed in 2021
            # with Y expired"), not the participle's right before the party
            product = engine.products_in(text[v.start() : min(len(text), spans[-1][1] + 60)])
            got = with_status(lex, pair, v.start(), len(text), spans,
                              lambda status, dconf: engine.Found("supplies", way[0], way[1], status, 0.4 + dconf,
                                                                 product[0][1] if product else None, v.span()))
            if got is not None:
                out.append(got)
    return out
