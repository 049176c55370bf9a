"""A partnership told with one party alone, opening its clause, in a story about the other:

    "Electra opened 40 stations. The partnership with Accor, launched in 2024, is working well."
    "... Le partenariat avec Accor, lancé il y a dix-huit mois, fonctionne très bien."
    "... La collaborazione con Esselunga, avviata nel 2024, prosegue."
    "... La alianza con Eroski, firmada en 2024, funciona bien."
    "... Die Partnerschaft mit Rewe, die 2024 begann, läuft gut."
    "... A Chongqing la joint venture con Sanan serve i costruttori locali."   (a joint venture)

The sentence names only the partner, right after the partnership noun and "with", the noun opening the
sentence or a clause (an article, a word between at most); the other party is the story's topic or the
company the sentence before is about (lone_driver.counterpart, as lone_contracts.py reads a supply
contract). A cross-sentence reading: low confidence. Not after a first person ("our partnership with"),
nor in a sentence with a word of supply (lone_deals._SUPPLY: the "cooperation" is a supply tie there).
"""

from __future__ import annotations

import re

from ..doc import Document, Mention
from . import engine
from .lone_deals import _SUPPLY
from .lone_driver import lone_pairs, lone_party, related, with_status
from .lone_makers import FIRST_PERSON

__all__ = ["lone_partnerships"]

_I = re.IGNORECASE
#: the clause's opening: the sentence's start, or a comma, colon or semicolon
_OPEN = r"(?:^|[,;:]\s*)\s*"
_NOUN = {
    "en": re.compile(_OPEN + r"(?:(?:the|this|a|an)\s+)?(?:(?-i:[a-z])[\w-]*\s+)?(?:partnership|alliance|collaboration|cooperation|co-operation|tie-?up)\s+"
                     r"with\s+(?:the\s+)?(?:(?-i:[a-z])[\w-]*\s+){0,3}$", _I),
    "fr": re.compile(_OPEN + r"(?:(?:le|la|l['’]|ce|cette|un|une)\s*)?(?:(?-i:[a-zé])[\w-]*\s+)?(?:partenariat|alliance|collaboration|coopération)\s+"
                     r"(?:(?-i:[a-zé])[\w-]*\s+)?avec\s*(?:(?:la|le|les|l['’])\s*)?(?:(?-i:[a-zàâçéèêëîïôûù])[\w'’-]*\s+){0,3}$", _I),
    "it": re.compile(_OPEN + r"(?:(?:la|il|l['’]|questa|questo|una|un)\s*)?(?:(?-i:[a-z])[\w-]*\s+)?(?:collaborazione|cooperazione|alleanza|partnership)\s+"
                     r"(?:(?-i:[a-z])[\w-]*\s+)?con\s*(?:(?:il|la|lo|l['’]|i|gli|le)\s*)?(?:(?-i:[a-zàèéìòù])[\w'’-]*\s+){0,3}$", _I),
    "es": re.compile(_OPEN + r"(?:(?:la|el|esta|este|una|un)\s+)?(?:(?-i:[a-z])[\w-]*\s+)?(?:alianza|colaboración|cooperación|asociación)\s+"
                     r"(?:(?-i:[a-z])[\w-]*\s+)?con\s+(?:(?:el|la|los|las)\s+)?(?:(?-i:[a-záéíóúñ])[\w-]*\s+){0,3}$", _I),
    "de": re.compile(_OPEN + r"(?:(?:die|diese|eine)\s+)?(?:(?-i:[a-zäöü])[\w-]*\s+)?(?:[\w-]*(?:Partnerschaft|Kooperation|Zusammenarbeit|Allianz))\s+"
                     r"mit\s+(?:(?:dem|der|den)\s+)?(?:[\w-]+\s+){0,3}?$", _I),
}

#: a joint venture so told ("The joint venture with Y, formed in 2023, ...", "A Chongqing la joint venture con Y"),
#: a place may open the clause before the noun (no comma in Italian, Spanish, French)
_PLACE = r"(?:(?:In|A|À|En|Im)\s+(?-i:[A-ZÀ-Ý])[\w-]+(?:\s+(?-i:[A-ZÀ-Ý])[\w-]+)?,?\s+)?"
_VENTURE = {
    "en": re.compile(_OPEN + _PLACE + r"(?:(?:the|its|a)\s+)?(?:(?:50-50|equal|[\w-]+)\s+)?joint[- ]venture\s+with\s+(?:the\s+)?(?:(?-i:[a-z])[\w-]*\s+){0,3}$", _I),
    "fr": re.compile(_OPEN + _PLACE + r"(?:(?:la|une)\s+)?(?:coentreprise|co-entreprise|joint[- ]venture|société commune)\s+(?:(?-i:[a-zé])[\w-]*\s+){0,3}?avec\s*(?:(?:la|le|les|l['’])\s*)?(?:(?-i:[a-zàâçéèêëîïôûù])[\w'’-]*\s+){0,3}$", _I),
    "it": re.compile(_OPEN + _PLACE + r"(?:(?:la|una)\s+)?(?:joint[- ]venture|società (?:comune|paritetica|congiunta))\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}?con\s*(?:(?:il|la|lo|l['’]|i|gli|le)\s*)?(?:(?-i:[a-zàèéìòù])[\w'’-]*\s+){0,3}$", _I),
    "es": re.compile(_OPEN + _PLACE + r"(?:(?:la|una)\s+)?(?:empresa conjunta|sociedad conjunta|joint[- ]venture)\s+(?:(?:(?-i:[a-z])[\w-]*|\d+|%)\s+){0,3}?con\s+(?:(?:el|la|los|las)\s+)?(?:(?-i:[a-záéíóúñ])[\w-]*\s+){0,3}$", _I),
    "de": re.compile(_OPEN + _PLACE + r"(?:(?:das|ein)\s+)?(?:[\w-]*Gemeinschaftsunternehmen|Joint[- ]Venture)\s+mit\s+(?:(?:dem|der|den)\s+)?(?:[\w-]+\s+){0,3}?$", _I),
}

#: "das Joint Venture mit Sitz in Palo Alto": a seat, not a partner (the search stops at the name, so
#: its lookahead could not see it)
_SEAT = re.compile(r"(?:Haupt)?[Ss]itz\b")


def lone_partnerships(doc: Document, per_sentence: list[list[Mention]], language: str):
    """(sentence, other party's sentence, Found) for each partnership so told."""
    rx, vx = _NOUN.get(language), _VENTURE.get(language)
    if rx is None:
        return []

    def read(sent, text, comps):
        """(the partner, the kind of tie, the noun's match, the partner's span), the partner alone (its
        parent in an apposition at most) right after the partnership or venture noun."""
        comps = _without_apposed_venture(comps, text, sent.start, vx)
        party = lone_party(comps)
        if party is None:
            return None
        m0 = comps[0].start - sent.start
        kind = "partners_with"
        v = engine.ending_at(rx, text, m0, 130)
        if v is None:
            kind, v = "joint_venture", engine.ending_at(vx, text, m0, 130)
        if v is None or FIRST_PERSON[language].search(text, 0, m0) or _SEAT.match(text, m0):
            return None
        if _SUPPLY[language].search(text):
            return None  # "the cooperation with Y, which was to supply the cells, ran out": a supply tie, told apart by lone_deals' words
        return party, kind, v, (m0, comps[0].end - sent.start)

    lex = engine.compiled(language)
    out = []
    for pair in lone_pairs(doc, per_sentence, (rx, vx), read, lambda reading: [reading[0]]):
        party, kind, v, span = pair.reading
        if pair.other == party or related(pair.other, party):
            continue
        got = with_status(lex, pair, v.start(), v.end(), [span],
                          lambda status, dconf: engine.Found(kind, pair.other, party, status, 0.45 + dconf, None, v.span()))
        if got is not None:
            out.append(got)
    return out


def _without_apposed_venture(comps: list[Mention], text: str, base: int, vx) -> list[Mention]:
    """The sentence's companies but the joint venture's own name, where an apposition right after it
    gives its partner ("Delvo Cells, the joint venture with Y, ...", "Delvo, la joint venture con
    Y"): the venture is a company of its own, not a party of the tie the apposition tells."""
    if len(comps) < 2 or vx is None:
        return comps
    first, second = comps[0], comps[1]
    gap = text[first.end - base : second.start - base]
    if not gap.lstrip().startswith(","):
        return comps
    v = engine.ending_at(vx, text, second.start - base, 130)
    if v is None or v.start() < first.end - base or text[first.end - base : v.start()].strip(" ,"):
        return comps  # (the noun right after the name's comma: "Z, que selló una empresa conjunta con Y" is Z's own)
    return comps[1:]
