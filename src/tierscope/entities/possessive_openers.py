"""A possessive that opens a sentence before a business noun stands for the company the sentence before
opens with: "Sa coentreprise avec Sanan produit ...", "La sua controllata Velqua fornisce ...", "Su
primer cliente es Renault", "Sein Gemeinschaftsunternehmen mit Sanan fertigt ...", as English "Its joint
venture with Pilbara ..." (coref._pronouns). The mention is the possessive's span; the frames read it as
"X's joint venture with Y", "X's first customer".

Only before a noun of the business (a venture, a unit, a partner, a customer or supplier, a plant, a
stake), maybe after one or two adjectives ("Son premier client", "Son plus grand client", "Seine neue
Tochter"): "Sa directrice", "Su presidente", "Seine Aktie" are no company's dealings; and only when one
company alone opens the sentence before as its subject (implied._opening_subject), by its name (not "Le
groupe ...", itself a guess).
"""

from __future__ import annotations

from ..doc import Mention
from .implied import _opening_subject, pronoun_mention
from .text import add_in_order

__all__ = ["find_possessive_openers"]

#: (article or None, possessive) that open a sentence, folded
_OPENERS = {
    "fr": {(None, w) for w in ("sa", "son", "ses")},
    "it": {("la", "sua"), ("il", "suo"), ("le", "sue"), ("i", "suoi")},
    "es": {(None, "su"), (None, "sus")},
    "de": {(None, w) for w in ("sein", "seine", "seinen", "seinem", "seiner", "ihr", "ihre", "ihren", "ihrem",
                               "ihrer")},
}
#: the business nouns (first word, folded) a company's possessive opens
_NOUNS = {
    "fr": frozenset("coentreprise filiale filiales partenaire partenaires client clients fournisseur fournisseurs "
                    "usine usines participation actionnaire actionnaires alliance partenariat".split()),
    "it": frozenset("joint controllata controllate partner cliente clienti fornitore fornitori fornitrice fornitrici "
                    "stabilimento stabilimenti quota partecipazione socio soci alleanza".split()),
    "es": frozenset("empresa filial filiales socio socios cliente clientes proveedor proveedores proveedora proveedoras "
                    "planta plantas fábrica participación alianza".split()),
    "de": frozenset("gemeinschaftsunternehmen joint tochter töchter tochtergesellschaft partner kunde kunden "
                    "lieferant lieferanten werk werke beteiligung allianz".split()),
}
#: adjectives that may stand between ("Son premier client", "Su principal cliente", "Seine neue Tochter")
_ADJECTIVES = frozenset("premier première principal principale nouveau nouvelle nouvel grand grande plus "
                        "primo prima principale nuovo nuova maggiore "
                        "primer principal nuevo nueva mayor "
                        "erster erste ersten größter größte größten wichtigster wichtigste neue neuer neues".split())
_NOUN_REACH = 2  # adjectives at most between the possessive and its noun


def possessive_end(tokens, forms) -> int | None:
    """The index of the possessive's last word where a capitalised possessive of ``forms`` (one of
    ``_OPENERS``) opens the sentence ("Ses", "Il suo": 0 or 1), None where none does. ``tokens`` holds
    two words at least."""
    k = 1 if (tokens[0].key, tokens[1].key) in forms else 0 if (None, tokens[0].key) in forms else None
    if k is None or not tokens[0].text[:1].isupper():
        return None
    return k


def named_opener(sentences, s_index, companies, subject) -> Mention | None:
    """The company the sentence before opens with as its subject, where it is named by its name: not a
    reference resolved in turn (one guess on another)."""
    antecedent = _opening_subject(sentences, s_index, companies, subject)
    return None if antecedent is None or antecedent.source == "coref" else antecedent


def find_possessive_openers(text, sentences, sentence_tokens, language: str, companies, subject, occupied) -> list[Mention]:
    """COMPANY mentions (the possessive's span, ``attrs["pronoun"]``) for a sentence-opening possessive
    before a business noun, standing for the company that opens the sentence before."""
    forms, nouns = _OPENERS.get(language), _NOUNS.get(language)
    if not forms:
        return []
    out: list[Mention] = []
    for s_index, _s, _e, tokens in sentence_tokens:
        if len(tokens) < 3 or s_index == 0:
            continue
        k = possessive_end(tokens, forms)
        if k is None:
            continue
        j = k + 1
        while j < len(tokens) and j - k <= _NOUN_REACH and tokens[j].key in _ADJECTIVES:
            j += 1
        if j >= len(tokens) or tokens[j].key not in nouns:
            continue
        start, end = tokens[0].start, tokens[k].end
        if occupied.overlaps(start, end) or any(c.start < tokens[j].end for c in companies.get(s_index, ())):
            continue
        antecedent = named_opener(sentences, s_index, companies, subject)
        if antecedent is None:
            continue
        mention = pronoun_mention(start, end, text[start:end], s_index, antecedent)
        out.append(mention)
        occupied.add(start, end)
        subject[id(mention)] = False  # a possessor: the noun after it is the clause's subject
        add_in_order(companies, s_index, mention)
    return out
