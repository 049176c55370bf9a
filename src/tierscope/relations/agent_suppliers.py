"""Suppliers named as the agent of goods whose customer the sentence does not name: the customer is
the company of the sentence before.

    "Norvik builds its first van in Lyon. The cells are supplied by Corvalis."
    "Norvik setzt auf einen Mix. Die Zellen werden überwiegend von Corvalis geliefert."
    "Norvik ouvre dix stations. Ses bornes, fournies par l'italien Corvalis, délivrent 300 kW."
    "Norvik produce il nuovo furgone a Torino. I motori saranno forniti da Corvalis."
    "Norvik monta su primer coche en Vigo. Las celdas proceden de Corvalis y Tessaro."

A sentence whose companies are all agents of a verb of supplying ("supplied by", "geliefert von",
"fournies par", "forniti da", "suministradas por") or of coming ("come from", "stammen von",
"proviennent de", "arrivano da", "proceden de"; these only after goods named in the sentence: "the
money comes from X" tells no supply), save descriptions of them in an apposition ("Corvalis, a unit of
Y"), names suppliers of the company of the sentence before (members.py's owner). Not when that
company is of a kind the supplier is too ("CATL makes cells in Hungary. Cells also come from EVE": a
peer), nor when it is itself an agent.
"""

from __future__ import annotations

import re

from ..doc import Document, Mention
from .engine import company_name as _name
from .members import named_companies, owner_before, ties_to_listed
from .products import products_in

__all__ = ["agent_suppliers"]

#: a cheap test before the patterns: stems of the verbs
_STEMS = {
    "en": ("supplied", "provided", "delivered", "sourced", "come", "came"),
    "de": ("geliefert", "stamm", "komm", "kam"),
    "fr": ("fourni", "livré", "provien", "proviendr"),
    "it": ("fornit", "consegnat", "arriv", "proven", "proverr"),
    "es": ("suministrad", "entregad", "proced", "provien", "llega", "llegar"),
}
#: verbs of supplying in the passive: the goods are the subject
_SUPPLIED = {
    "en": r"\b(?:supplied|provided|delivered)\s+(?:(?:mainly|mostly|largely|exclusively|solely|chiefly)\s+)?by\b",
    "de": r"\bgeliefert\b",
    "fr": r"\b(?:fourni|livré)e?s?\s+(?:(?:principalement|essentiellement|surtout|exclusivement)\s+)?par\b",
    "it": r"\b(?:fornit|consegnat)[aeio]\s+(?:(?:principalmente|soprattutto|esclusivamente)\s+)?(?:da|dal|dalla|dallo|dai|dagli|dall['’])",
    "es": r"\b(?:suministrad|entregad)[oa]s?\s+(?:(?:principalmente|sobre todo|exclusivamente)\s+)?por\b",
}
#: verbs of coming from: a supply only after goods named before them
_COMES = {
    "en": r"\b(?:comes?|came|coming)\s+(?:(?:mainly|mostly|largely|partly|in part|exclusively|solely|chiefly)\s+)?from\b"
          r"|\b(?:is|are|was|were|be|been)\s+sourced\s+from\b",
    "de": r"\b(?:stamm|komm|kam)(?:t|en|te|ten)?\b",
    "fr": r"\b(?:provien(?:nen)?t|proviendr(?:a|ont)|provenaient|provenait)\s+(?:(?:principalement|essentiellement|surtout|en partie)\s+)?(?:de|d['’]|du|des)",
    "it": r"\b(?:arriva|arrivano|arriverà|arriveranno|proviene|provengono|proverrà|proverranno)\s+(?:(?:principalmente|soprattutto|in parte)\s+)?(?:da|dal|dalla|dallo|dai|dagli|dall['’])",
    "es": r"\b(?:procede|proceden|procederá|procederán|proviene|provienen|llega|llegan|llegará|llegarán)\s+(?:(?:principalmente|sobre todo|en parte)\s+)?(?:de|del)\b",
}
_SUPPLIED_RX = {k: re.compile(v, re.IGNORECASE) for k, v in _SUPPLIED.items()}
_COMES_RX = {k: re.compile(v, re.IGNORECASE) for k, v in _COMES.items()}
#: right before an agent: its preposition and a description of at most three words ("par l'italien X",
#: "vom Maschinenbauer X", "from the Korean maker X")
_AGENT = re.compile(
    r"\b(?:by|from|von|vom|par|de|d['’]|du|des|chez|da|dal|dalla|dallo|dai|dagli|dall['’]|por|del)\s*"
    r"(?:(?:the|der|die|dem|den|l['’]|le|la|les|il|lo|i|gli|el|los|las)\s*)?(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
#: between two agents of one list: "von A und B", "par A et par B", "from A and the maker B"
_LIST = re.compile(
    r"\s*(?:,|and|und|sowie|et|e|y)\s*(?:(?:and|und|et|e|y)\s+)?(?:(?:by|from|von|vom|par|de|d['’]|du|da|dal|dalla|por|del)\s*)?"
    r"(?:(?:the|der|die|dem|l['’]|le|la|il|el)\s*)?(?:[\w-]+\s+){0,2}?",
    re.IGNORECASE,
)
#: an apposition after an agent, where other companies are named as its owners ("Alpitronic, a unit of
#: Y", "ABB E-mobility, einer Tochter des Konzerns ABB", "Primobius, coentreprise de l'allemand Y et de Z")
_APPOSITION = re.compile(
    r",\s+(?!(?:while|whereas|but|which|who|that|mentre|ma|che|während|aber|tandis|mais|qui|que|mientras|pero)\b)"
    r"[^,;:()]{0,80}?\b(?:of|de|du|des|d['’]|di|del|della|dello|dell['’]|von|vom|der|des)\s*"
    r"(?:(?:the|l['’]|le|la|il|el)\s*)?(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
#: a company named as a source of news, not as an agent: "nach Angaben von X", "according to X"
#: or a speaker's company: "ein Sprecher von X", "a spokesman for X", "le porte-parole de X"
_SOURCE = re.compile(r"\b(?:Angaben|according to|laut|selon|secondo|según|informa\w*|sources? (?:at|close to)|Sprecher(?:in)?|spokes\w+|"
                     r"porte-parole|portavoce|portavoz|analyst\w*|Analyst\w*|Chef\w*|CEO|chief|head|directeur|direttore|director)\b[^,;:]{0,20}$", re.IGNORECASE)
#: a sentence of silence: "declined to comment", "n'ont pas souhaité commenter", "wollte sich nicht äußern"
_NO_COMMENT = re.compile(r"\bcomment(?:s|ed|er|are|ar)?\b|\bnicht (?:äußern|kommentieren)\b|\bcommenti\b|\bcomentarios?\b", re.IGNORECASE)
#: sectors of a company that invests, not one that buys goods
_FINANCE = re.compile(r"investor|invest|fund|private equity|venture|asset manage|bank|insur", re.IGNORECASE)
#: a quotation between the verb and an agent: two statements, not one
_QUOTE = re.compile(r"[\"“”„«»]")


def _kinds(m: Mention) -> set[str]:
    return set(m.attrs.get("sectors") or [])



def agent_suppliers(doc: Document, per_sentence: list[list[Mention]], language: str):
    """(sentence of the suppliers, sentence of their customer, Found) for each supplier so named."""
    stems, supplied_rx, comes_rx = _STEMS.get(language), _SUPPLIED_RX.get(language), _COMES_RX.get(language)
    if stems is None:
        return []
    out = []
    for i in range(1, len(doc.sentences)):
        comps = named_companies(per_sentence[i])
        if not comps or len(comps) > 6 or any(c.source == "coref" for c in comps):
            continue
        sent = doc.sentences[i]
        text = doc.text[sent.start : sent.end]
        low = text.lower()
        if not any(s in low for s in stems):
            continue
        verb = supplied_rx.search(text)
        if verb is None:
            verb = comes_rx.search(text)
            # coming from: goods named before the verb ("Die Zellen kommen von X"; not "Das Geld kommt von X")
            if verb is None or not any(p < verb.start() for p, _ in products_in(text)):
                continue
        agents = _agents(text, sent.start, comps, verb, language)
        if not agents:
            continue
        found_owner = owner_before(doc, per_sentence, i)
        if found_owner is None:
            continue
        origin, owner, before = found_owner
        if _NO_COMMENT.search(doc.text, doc.sentences[origin].start, doc.sentences[origin].end):
            continue  # "Neither X nor Y would comment.": a company that keeps silent, not a customer
        if any(_name(c) == owner for c in agents):
            continue
        if len({_name(c) for c in before}) > 1:
            continue  # "Renault buys cells from LG. The modules are supplied by X": whose modules? (dev: 2 hits in 4)
        head = next(c for c in before if _name(c) == owner)
        if any(_kinds(head) & _kinds(c) for c in agents):
            continue  # a peer named before ("CATL makes cells in Hungary. Cells also come from EVE")
        if _FINANCE.search(" ".join(_kinds(head))):
            continue  # an investor buys no goods ("Investor AB weighs a stake. The electrolyser is supplied by X")
        out.extend(ties_to_listed(language, i, origin, sent, text, agents, (verb.start(), verb.end()),
                                  lambda name, owner=owner: ("supplies", name, owner)))
    return out


def _agents(text: str, base: int, comps: list[Mention], verb: re.Match, language: str) -> list[Mention]:
    """The companies named as agents of ``verb``: after it (German: anywhere, the participle ends the
    clause), each after an agent's preposition or in one list with the one before. Empty when another
    company is named outside an apposition of an agent."""
    agents: list[Mention] = []
    for c in comps:
        lo = c.start - base
        if language != "de" and lo < verb.start():
            return []  # a company before the verb: the sentence names more than the supplier
        if _SOURCE.search(text, max(0, lo - 40), lo):
            return []  # "nach Angaben von X": who tells, not who supplies
        if _QUOTE.search(text, min(lo, verb.end()), max(lo, verb.start())):
            return []
        if agents and _APPOSITION.match(text, agents[-1].end - base, lo):
            continue  # "Alpitronic, a unit of Y": Y describes the agent
        if agents and _LIST.fullmatch(text, agents[-1].end - base, lo):
            agents.append(c)
        elif _AGENT.search(text, max(0, lo - 60), lo) and (language == "de" or lo >= verb.end() - 10):
            agents.append(c)
        else:
            return []
    return agents
