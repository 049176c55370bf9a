"""Goods that reach an interviewee's company told by an object pronoun of the first person.

    "El polímero nos lo suministra Maltrix desde Francia."      -> supplies Maltrix <interviewee>
    "La lámina de litio nos llega de Maltrix."                   -> supplies Maltrix <interviewee>
    "Maltrix, que nos entrega cátodo desde 2024, ..."            -> supplies Maltrix <interviewee>
    "Il precursore ce lo forniva Maltrix."                       -> supplies Maltrix <interviewee>
    "Le celle ci arrivano da Maltrix."                           -> supplies Maltrix <interviewee>
    "Maltrix ci compra i moduli."                                -> supplies <interviewee> Maltrix

In an Italian or Spanish interview the company speaks in the first person, and what it buys is told with
the object pronoun: "nos", "ci", "ce lo". entities/interview.py gives the subject ("hemos firmado"), the
possessive ("nuestros clientes") and the French object ("Brixo nous fournit") a mention of the interviewee,
but not "nos"/"ci": a zero-width object after the verb would turn "nos compra" (a customer buying from the
company) into a purchase of the company itself. Here the verb tells the direction: one of delivering or
coming from makes the one company named beside it the supplier, one of buying the customer.

Only on a page where the entity stage found the interview (a first-person mention marked ``interview``),
only in the answers (a sentence ending in "?" is the interviewer's), and only where the sentence names
one company in the verb's place, and not where a business, a unit or shares change hands ("el negocio que
Y nos vendió"): right after the verb (a few words of description between at most; after
"de"/"da" for a verb of coming), or right before the pronoun ("Maltrix nos suministra", "Maltrix, che ci
fornisce"). A cross-sentence reading (the company is named pages before): moderate confidence.
"""

from __future__ import annotations

import re
from collections import Counter

from ..doc import Document, Mention
from ..entities.interview_company import is_question
from . import engine
from .engine import company_name as _name
from .known_roles import belongs_to

__all__ = ["interview_clitics"]

#: the pronoun, an auxiliary or a verb of going on, and the verb; ``buy``: a verb of buying (the company
#: named is the customer), ``come``: a verb of coming (the company is named after "de"/"da")
_CLITIC = {
    "es": re.compile(
        r"\bnos\s+(?:(?:lo|la|los|las)\s+)?(?:(?:ha|han|había|habían|habrá|habrán|va\s+a|van\s+a|iba\s+a|iban\s+a"
        r"|sigue|siguen|seguía|seguían|seguirá|seguirán|empezó\s+a|empezará\s+a)\s+)?"
        r"(?P<verb>(?P<buy>compr|adquier|adquir)\w*|(?P<come>lleg|vien|vin|proced|provien|provin)\w*"
        r"|(?:suministr|provee|prove[íy]|proporcion|envi|enví|mand|entreg|vend|surt|abastec|abasteci)\w*)",
        re.IGNORECASE),
    "it": re.compile(
        r"\b(?:ce\s+(?:lo|la|li|le|ne)\s+|ce\s+l['’]|ci\s+)(?:(?:ha|hanno|aveva|avevano|avrà|avranno|sta|stanno"
        r"|continua\s+a|continuano\s+a|dovrà|dovranno|deve|devono)\s+)?"
        r"(?P<verb>(?P<buy>compr|acquist)\w*|(?P<come>arriv|proven|provien|giung)\w*"
        r"|(?:fornisc|forniv|fornir|fornit|fornì|riforn|consegn|vend|mand|spedisc|spediv|spedit)\w*)",
        re.IGNORECASE),
}
#: the first person plural of the verb: the pronoun is reflexive ("nos abastecemos de Y", "ci riforniamo
#: da Y": the company sources from Y; a verb of buying so is the company's own purchase, not read)
_WE_VERB = re.compile(r"(?:amos|emos|imos|iamo)$", re.IGNORECASE)
#: what a verb of coming needs before the company: "from"
_FROM = {
    "es": re.compile(r"\b(?:de|del|desde)\b", re.IGNORECASE),
    "it": re.compile(r"\b(?:(?:da|dal|dalla|dallo|dai|dagli|dalle)\b|dall['’])", re.IGNORECASE),
}
#: words between the verb and the company that make it no subject: a recipient or a partner ("nos vende a
#: Y", "ci manda con Y", "per Y")
_NOT_SUBJECT = re.compile(r"\b(?:a|al|ad|alla|allo|ai|agli|alle|con|para|per|por|di|en|in)\b", re.IGNORECASE)
#: between the company and the pronoun before it: nothing, or a comma and a relative ("Y, que nos entrega")
_BEFORE = re.compile(r"\s*(?:,\s*(?:que|quien|la\s+cual|el\s+cual|che|la\s+quale|il\s+quale)\s+)?", re.IGNORECASE)
_AFTER_SPAN = 60  # characters after the verb in which its subject stands
#: a business, a unit or shares sold or bought: "el negocio que Y nos vendió" is a takeover, not goods
_BUSINESS = {
    "es": re.compile(r"\b(?:negocios?|divisi[oó]n|divisiones|filial(?:es)?|participaci[oó]n|acciones|adquisici[oó]n)\b", re.IGNORECASE),
    "it": re.compile(r"\b(?:ram[oi]\s+d['’]azienda|divisione|divisioni|controllata|partecipazione|quota|azioni|acquisizione)\b", re.IGNORECASE),
}


def interviewee(doc: Document) -> str | None:
    """The company the page's first person stands for (entities/interview.py), or None."""
    names = Counter(_name(m) for m in doc.mentions if m.label == "COMPANY" and m.attrs.get("interview"))
    if not names:
        return None
    ranked = names.most_common(2)
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def _party(sent, text: str, comps: list[Mention], m: re.Match, language: str) -> Mention | None:
    """The one company in the verb's place: after it, else right before the pronoun."""
    v_end = m.end("verb")
    after = [c for c in comps if c.start - sent.start >= v_end]
    if after:
        c = after[0]
        gap = text[v_end : c.start - sent.start]
        if len(gap) <= _AFTER_SPAN and not re.search(r"[.;:!?]", gap):
            if m.group("come"):
                if _FROM[language].search(gap):
                    return c
            elif len(gap.split()) <= 3 and not _NOT_SUBJECT.search(gap):
                return c
    before = [c for c in comps if c.end - sent.start <= m.start()]
    if before:
        c = before[-1]
        if _BEFORE.fullmatch(text, c.end - sent.start, m.start()):
            return c
    return None


def interview_clitics(doc: Document, per_sentence: list[list[Mention]], language: str):
    """(sentence, sentence, Found) for each supply so told."""
    rx = _CLITIC.get(language)
    if rx is None:
        return []
    page = doc.text.lower()
    if " nos " not in page and " ci " not in page and " ce " not in page:
        return []
    company = interviewee(doc)
    if company is None:
        return []
    lex = engine.compiled(language)
    out = []
    for i, sent in enumerate(doc.sentences):
        if is_question(doc.text, sent.start, sent.end):
            continue
        text = doc.text[sent.start : sent.end]
        comps = [c for c in per_sentence[i] if c.label == "COMPANY" and _name(c) and not c.attrs.get("implied")
                 and not c.attrs.get("interview") and _name(c) != company]
        if not comps:
            continue
        for m in rx.finditer(text):
            verb = m.group("verb")
            reflexive = _WE_VERB.search(verb) is not None
            if reflexive and (m.group("buy") or m.group("come")):
                continue
            if (m.group("buy") or verb.lower().startswith("vend")) and _BUSINESS[language].search(text):
                continue  # a business changing hands
            party = _party(sent, text, comps, m, language)
            if party is None:
                continue
            name = _name(party)
            if belongs_to(name, company) or belongs_to(company, name):
                continue
            src, tgt = (company, name) if m.group("buy") else (name, company)
            span = (party.start - sent.start, party.end - sent.start)
            status, dconf = engine.status_for(lex, text, m.start(), m.end(), "active", [span])
            if status is None:
                continue
            product = engine.products_in(text)
            out.append((i, i, engine.Found("supplies", src, tgt, status, 0.5 + dconf,
                                           product[0][1] if product else None, (m.start(), m.end()))))
    return out
