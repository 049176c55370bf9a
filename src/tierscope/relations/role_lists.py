"""Customers or suppliers listed under a role noun with an article, of a plant or goods the story is about.

    "The first customer for the cells will be Korvan."                              -> supplies Maltrix Korvan
    "Premier client de l'usine : Korvan."                                           -> supplies Maltrix Korvan
    "Entre los proveedores que ya abastecen a la fábrica figuran Tessaro y Brixo."  -> supplies Tessaro, Brixo Korvan
    "Zu den Lieferanten des Werks zählen Tessaro und Brixo."                         -> supplies Tessaro, Brixo Korvan
    "Il primo cliente dello stabilimento sarà Korvan."                              -> supplies Maltrix Korvan

members.py reads a role noun with a possessive ("its customers", "sus proveedores") for the company of
the sentence before. A story about a plant or a company names the role with an article and a phrase
of the plant or the goods instead ("the first customer for the cells", "les fournisseurs du site") and
leaves the owner to the reader, often sentences after it last named it. The sentence must open with
the role (a ranked one, "first"/"main"/"only", or any after "among"), a phrase of lower-case words
that names no company, and a copula, a verb of listing or a colon right before the list; the owner is
the story's topic or the company the sentence before is about (lone_driver.counterpart: not when the
two disagree). A cross-sentence reading: low confidence.
"""

from __future__ import annotations

import re

from ..doc import Document, Mention
from . import engine
from .engine import company_name as _name
from .known_roles import belongs_to
from .lone_driver import counterpart, lone_sentences, story_context
from .lone_makers import goods_named
from .members import _ADJ, _LIST_GAP, _ROLES, _list_end, _role_alt

__all__ = ["role_lists"]

#: the article (and "among") before the role noun; German also bare ("Erster Kunde des Werks ist X")
_ART = {
    "en": r"(?:among\s+)?the|an?|one|",
    "fr": r"(?:parmi\s+)?(?:les|le|la|l['’])|d['’]|une?|",
    # (a plural of more customers needs no article: "Altri clienti sono X", "Otros clientes son X"; nor one
    # more in Spanish: "Otro cliente es X")
    "it": r"(?:(?:tra|fra)\s+)?(?:i|il|lo|gli|l['’])|un['’]|un|una|(?=(?:altri|altre|nuovi|nuove)\s)",
    "es": r"(?:entre\s+)?(?:los|el|las|la)|un|una|(?=(?:otros|otras|otro|otra|nuevos|nuevas)\s)",
    "de": r"(?:zu\s+den|die|der|den)|eine?|",
}
#: a ranked role, or a plural after "among": not any "the customer" (which one?); a list that goes on from
#: the customers told before ("Other customers include X", "Weitere Abnehmer sind X", "D'autres clients sont
#: X", "Altri clienti sono X", "Otros clientes son X") is ranked as much: the same owner's; so is one more,
#: singular ("Another customer is X", "Un autre client est X", "Un altro fornitore è X", "Otro proveedor es X",
#: "Ein weiterer Lieferant ist X")
_RANK = {
    "en": r"(?:first|main|biggest|largest|only|sole|principal|other|further|additional|another)",
    "fr": r"(?:premiers?|premières?|principaux|principale?|seule?|plus\s+gros|plus\s+grand|autres?|nouveaux|nouvelles?|nouvel|nouveau)",
    "it": r"(?:primo|prima|primi|principale|principali|maggiore|unico|unica|più\s+grande|altri|altre|altro|altra|nuovi|nuove|nuovo|nuova)",
    "es": r"(?:primer|primera|primeros|principal|principales|mayor|único|única|otros|otras|otro|otra|nuevos|nuevas|nuevo|nueva)",
    "de": r"(?:erste[rn]?|größte[rn]?|wichtigste[rn]?|einzige[rn]?|weitere[nr]?|andere[nr]?|neue[nr]?)",
}
#: the word that opens the phrase of the goods or the plant
_OF = {
    "en": r"of|for", "fr": r"de|du|des|d['’]|pour", "it": r"di|del|della|dello|dei|degli|delle|per",
    "es": r"de|del|para", "de": r"der|des|für|von",
}
#: what stands right before the list: a copula, a verb of listing, or a colon
_VERB = {
    "en": r"(?:is|are|was|were|will\s+be|include[sd]?|remains?|has\s+been|have\s+been)",
    "fr": r"(?:est|sont|sera|seront|figurent|figure|reste|restent|a\s+été|ont\s+été|demeure)",
    "it": r"(?:è|sono|sarà|saranno|figurano|figura|resta|restano|rimane|è\s+stat[oa]|sono\s+stati|c['’]è|ci\s+sono)",
    "es": r"(?:es|son|será|serán|figuran|figura|están|está|fue|ha\s+sido|han\s+sido|se\s+encuentran|sigue\s+siendo)",
    "de": r"(?:ist|sind|wird|werden|war|waren|bleibt|zählen|gehören|zählt|gehört)",
}
#: lower-case words between the verb and the list ("already", "unter anderem", "notamment")
_FILL = r"(?:\s+(?-i:[a-zäöüßàâçéèêëîïôûùáíóúñ])[\w'’-]*){0,3}"
#: German capitalises the noun of a description before the list ("sind der belgische Materialkonzern X")
_FILL_DE = r"(?:(?:\s+(?:der|die|das|den|dem))?(?:\s+(?-i:[a-zäöü])[\w-]*){0,2}\s+(?-i:[A-ZÄÖÜ])[\w-]*(?=\s+(?-i:[A-Z]))|" + _FILL + ")"


#: English names a role bare, plural, before "include" ("Customers include X and Y")
_INCLUDE = {"en": r"(?=(?-i:[A-Z])[a-z]+\s+(?:include|included)\b)"}


def _opener(language: str) -> re.Pattern:
    art, rank, verb = _ART[language], _RANK[language], _VERB[language]
    # the phrase of the plant or the goods: lower-case words only (German nouns: any word), no clause stop
    word = r"[\w'’-]+" if language == "de" else r"(?-i:[a-zäöüßàâçéèêëîïôûùáíóúñ])[\w'’-]*|l['’]\w+|d['’]\w+"
    roles = "|".join(_ROLES[language].values())
    # no rank: the role followed by a phrase of its goods or plant ("Abnehmer der Zellen ist X")
    of_goods = rf"(?P<bare>(?=(?:{roles})\s+(?:{_OF[language]})\s))"
    return re.compile(
        rf"\s*(?:{art})\s*(?:(?:{rank})\s+{_ADJ[language]}|{of_goods}|{_INCLUDE.get(language, '(?!)')}|(?<=among the )|(?<=parmi les )|(?<=tra i )|(?<=fra i )|(?<=entre los )"
        rf"|(?<=entre las )|(?<=zu den )){_ADJ[language]}(?:{_role_alt(language)})\b"
        rf"(?P<phrase>(?:\s+(?:{word})){{0,10}}?)\s*(?:\s(?:{verb})\b{_FILL_DE if language == 'de' else _FILL}\s*|:\s*)(?=\S)",
        re.IGNORECASE)


#: a unit of the company in the role's phrase ("the division's main customer", "i clienti della divisione")
_UNIT = re.compile(r"\b(?:division|divisions|unit|arm|subsidiary|divisione|controllata|filiale|Sparte|Tochter|Geschäftsbereich"
                   r"|división|filial|branche)\b", re.IGNORECASE)

_OPENER = {lang: _opener(lang) for lang in _ART}
#: a plant or its output in the role's phrase ("the customer of the plant", "Abnehmer des Werks")
_PLANT = re.compile(r"\b(?:plants?|factory|factories|site|works|output|production|usine|site|production|fabbrica|stabilimento|impianto"
                    r"|produzione|fábrica|planta|factoría|producción|Werk(?:s|es)?|Fabrik|Anlage|Produktion)\b", re.IGNORECASE)

#: the role after the list and a copula: "X remains the only customer of the plant", "Y y Z serían los
#: primeros destinatarios de la producción", "Die Schweden sind der letzte große Kunde des Werks"
_DEF_ART = {"en": r"the", "fr": r"les?|la|l['’]", "it": r"il|lo|la|l['’]|i|gli|le", "es": r"el|la|los|las",
            "de": r"der|die|das|den"}
_COPULA = {
    "en": r"(?:is|are|was|were|will\s+be|remains?|has\s+been|have\s+been|would\s+be)",
    "fr": r"(?:est|sont|sera|seront|reste|restent|demeure|serait|seraient|a\s+été)",
    "it": r"(?:è|sono|sarà|saranno|resta|restano|rimane|sarebbe|sarebbero|è\s+stat[oa])",
    "es": r"(?:es|son|será|serán|sigue\s+siendo|serían|sería|fue|ha\s+sido)",
    "de": r"(?:ist|sind|wird|werden|war|waren|bleibt|bleiben|wäre|wären)",
}
#: recipients of the goods or the output count as customers
_RECIPIENTS = {"en": "recipients?", "fr": "destinataires?", "it": "destinatari|destinatario", "es": "destinatarios?",
               "de": "Empfänger"}


def _tail(language: str) -> re.Pattern:
    # German adjectives before the noun: any lower-case inflected word ("der letzte große Kunde")
    adj = r"(?:(?-i:[a-zäöü])\w*e[nrs]?\s+){0,2}" if language == "de" else _ADJ[language]
    return re.compile(
        rf"\s+{_COPULA[language]}{_FILL}\s+(?:{_DEF_ART[language]})\s*(?:(?P<rank>{_RANK[language]}|letzte[rn]?|last|dernier|ultimo|último)\s+)?"
        rf"{adj}(?:(?P<customer>{_ROLES[language]['customer']}|{_RECIPIENTS[language]})|(?P<supplier>{_ROLES[language]['supplier']}))\b"
        rf"\s+(?:{_OF[language]})(?P<phrase>(?:\s+[\w'’-]+){{1,6}}?)\s*(?=[.,;:]|$)",
        re.IGNORECASE)


_TAIL = {lang: _tail(lang) for lang in _ART}
_JOINED = re.compile(r"\s*(?:,|&|and|und|e|ed|et|y)\s*", re.IGNORECASE)
#: a short phrase and a comma before the list ("According to industry sources, X and Y would be ...")
_LEAD_CLAUSE = re.compile(r"\s*(?:[\w'’-]+\s+){0,5}[\w'’-]+,\s*")


def _listed_first(doc: Document, sent, text: str, mentions: list[Mention], language: str):
    """(role match, listed mentions) where the companies that open the sentence, one list, are placed
    under the role by a copula after them, else None."""
    comps = [c for c in mentions if c.label == "COMPANY" and _name(c) and not c.attrs.get("implied")]
    lead = text[: comps[0].start - sent.start] if comps else ""
    if not comps or (len(lead.split()) > 1 and not _LEAD_CLAUSE.fullmatch(lead)):
        return None
    k = 0
    while k + 1 < len(comps) and _JOINED.fullmatch(doc.text, comps[k].end, comps[k + 1].start):
        k += 1
    m = _TAIL[language].match(text, comps[k].end - sent.start)
    if m is None or any(c.start - sent.start < m.end() for c in comps[k + 1 :]):
        return None  # a company in the role's phrase: "the first customer of Maltrix", read in the sentence
    return m, comps[: k + 1]


#: German in verb-second order: an adverbial, the verb of belonging, the list, then "zu den Kunden" ("Inzwischen
#: zählen auch X und Y zu den Abnehmern", "Seit diesem Jahr gehört auch X zu den Kunden des Werks")
_DE_V2 = re.compile(r"\s*(?:[\w-]+\s+){1,4}?(?:zählen|zählt|zählten|zählte|gehören|gehört|gehörten|gehörte)\s+"
                    r"(?:(?:auch|inzwischen|mittlerweile|ebenfalls|bereits|nun|jetzt|neuerdings|seitdem|zudem|außerdem)\s+){0,3}(?=\S)")
_DE_V2_ROLE = re.compile(
    r"\s+zu\s+den\s+(?:(?-i:[a-zäöü])\w*\s+){0,2}(?:(?P<customer>(?:Haupt|Groß|Stamm)?(?:kunden|abnehmern))"
    r"|(?P<supplier>(?:Haupt)?(?:lieferanten|zulieferern)))\b(?P<phrase>(?:\s+(?:der|des|von|vom|für)\s+[\w-]+(?:\s+[\w-]+)?)?)"
    r"(?P<rank>)\s*(?=[.,;:]|$)", re.IGNORECASE)


def _listed_inverted(doc: Document, sent, text: str, comps: list[Mention]):
    """(role match, listed mentions) where a German sentence in verb-second order lists the companies
    between the verb of belonging and "zu den Kunden", no company before them, else None."""
    v = _DE_V2.match(text)
    if v is None or not comps or comps[0].start - sent.start != v.end():
        return None
    names = [c for c in comps if c.source != "coref"]
    if not names:
        return None  # (only references back: "Inzwischen zählen auch die Schweden zu den Kunden")
    k = 0
    while k + 1 < len(names) and _LIST_GAP.fullmatch(doc.text, names[k].end, names[k + 1].start):
        k += 1
    m = _DE_V2_ROLE.match(text, names[k].end - sent.start)
    if m is None or any(c.start > names[k].end for c in comps):
        return None  # a company after the role: "zu den Kunden von Y", read in the sentence
    return m, names[: k + 1]


def role_lists(doc: Document, per_sentence: list[list[Mention]], language: str):
    """(sentence, owner's sentence, Found) for each customer or supplier so listed."""
    rx = _OPENER.get(language)
    if rx is None:
        return []
    lex = engine.compiled(language)
    topics, sectors = story_context(doc, per_sentence)
    out = []
    for i, sent, text, comps in lone_sentences(doc, per_sentence, (rx, _TAIL[language]), trials=False):
        m = rx.match(text)
        if m is None and (lead := _LEAD_CLAUSE.match(text)) is not None:
            m = rx.match(text, lead.end())  # "For now, the only customer is X", "Pour l'instant, un seul client : X"
        if m is None:
            got = _listed_first(doc, sent, text, per_sentence[i], language)
            if got is None and language == "de":
                got = _listed_inverted(doc, sent, text, comps)
            if got is None:
                continue
            m, listed = got
        else:
            if any(c.start - sent.start < m.end() for c in per_sentence[i] if c.label == "COMPANY"):
                continue  # the phrase names a company: "the first customer of Maltrix is X" is read in the sentence
            hi = _list_end(text, m.end())
            listed = [c for c in comps if c.source != "coref" and c.start - sent.start < hi]
            if not listed or listed[0].start - sent.start != m.end():
                continue
            k = 0
            while k + 1 < len(listed) and _LIST_GAP.fullmatch(doc.text, listed[k].end, listed[k + 1].start):
                k += 1
            listed = listed[: k + 1]
        role = next((k for k in ("customer", "supplier") if m.groupdict().get(k)), None)
        if role is None:
            continue
        # (German "zu den Kunden" after the list is a plural after "among": no rank needed)
        bare = m.group("bare") is not None if "bare" in m.re.groupindex else (not m.group("rank") and m.re is not _DE_V2_ROLE)
        if bare and not (_PLANT.search(m.group("phrase")) or goods_named(text, language, m.start("phrase"), m.end("phrase"))):
            continue  # no rank and no goods or plant: "Lieferant des Jahres ist X" is an award
        if _UNIT.search(m.group("phrase")):
            continue  # the customers of a division: the story's company may be its parent, not the seller
        names = list(dict.fromkeys(_name(c) for c in listed))
        found = counterpart(doc, per_sentence, i, names, topics, sectors, upstream=(role == "supplier"))
        if found is None:
            continue
        owner, origin = found
        spans = [(c.start - sent.start, c.end - sent.start) for c in listed]
        status, dconf = engine.status_for(lex, text, m.start(), m.end(), "active", spans)
        if status is None:
            continue
        for name in names:
            if name == owner or belongs_to(name, owner) or belongs_to(owner, name):
                continue
            src, tgt = (owner, name) if role == "customer" else (name, owner)
            out.append((i, origin, engine.Found("supplies", src, tgt, status, 0.45 + dconf, None, (m.start(), m.end()))))
    return out
