"""A possessive that opens a sentence before the goods a passive of supplying tells of stands for the
company the sentence before opens with:

    "Sus cargadores son suministrados por Brixo", "Ses bornes sont fournies par Brixo",
    "I suoi caricatori sono forniti da Brixo"

possessive_openers.py reads the possessive before a noun of the business ("Su primer cliente"); here the
noun is any goods, and the passive's agent (named after the verb) is their supplier: "X's chargers are
supplied by Brixo" is a supply to X, as English "Its chargers ..." is read (coref._pronouns). Only
when one company alone opens the sentence before as its subject, by its name, and the sentence names no
company before the verb.
"""

from __future__ import annotations

import re

from ..doc import Mention
from .implied import pronoun_mention
from .possessive_openers import _OPENERS, named_opener, possessive_end
from .text import add_in_order

__all__ = ["find_possessive_goods"]

_I = re.IGNORECASE
#: the passive of supplying or making, its agent's preposition after it
_PASSIVE = {
    "es": r"\b(?:son|es|fueron|fue|serán|será|(?:han|ha)\s+sido)\s+(?:\w+\s+)?(?:suministrad|fabricad|provist|entregad)[oa]s?\s+por\b",
    "fr": r"\b(?:sont|est|seront|sera|(?:ont|a)\s+été)\s+(?:\w+\s+)?(?:fourni|fabriqué|produit|livré)e?s?\s+par\b",
    "it": r"\b(?:sono|è|vengono|viene|saranno|sarà|(?:sono|è)\s+stat[oaie])\s+(?:\w+\s+)?(?:fornit|prodott|realizzat|consegnat)[oaie]\s+(?:da|dal|dalla|dallo|dai|dalle|dall['’])",
    # (not German: "Seine Ladesäulen werden von Y geliefert" is read already, and the frames read the
    # possessive there as the supplier)
}
_PASSIVE_RX = {k: re.compile(v, _I) for k, v in _PASSIVE.items()}
_REACH = 80  # characters from the possessive to the verb


def find_possessive_goods(text, sentences, sentence_tokens, language: str, companies, subject, occupied) -> list[Mention]:
    """COMPANY mentions (the possessive's span, ``attrs["pronoun"]``) for a sentence-opening possessive
    before goods a passive of supplying tells of, standing for the company that opens the sentence before."""
    forms, rx = _OPENERS.get(language), _PASSIVE_RX.get(language)
    if not forms or rx is None:
        return []
    out: list[Mention] = []
    for s_index, _s, _e, tokens in sentence_tokens:
        if len(tokens) < 4 or s_index == 0:
            continue
        k = possessive_end(tokens, forms)
        if k is None:
            continue
        start, end = tokens[0].start, tokens[k].end
        verb = rx.search(text, end, min(sentences[s_index].end, end + _REACH))
        if verb is None or occupied.overlaps(start, end):
            continue
        here = [c for c in companies.get(s_index, ()) if c.canonical]
        if any(c.start < verb.start() for c in here) or not any(c.start >= verb.start() for c in here):
            continue  # a company before the verb (whose goods they may be), or no agent named after it
        antecedent = named_opener(sentences, s_index, companies, subject)
        if antecedent is None:
            continue
        mention = pronoun_mention(start, end, text[start:end], s_index, antecedent)
        out.append(mention)
        occupied.add(start, end)
        subject[id(mention)] = False  # a possessor: the goods after it are the clause's subject
        add_in_order(companies, s_index, mention)
    return out
