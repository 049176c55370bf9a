"""Customers, suppliers, shareholders, units and partners listed in the sentence after the one that
names their company, which the list names no more.

    "Verkor raised 2 billion euros. Among its shareholders are Eurazeo and Kirkbi."
    "Stegra a levé 2 milliards. Parmi ses actionnaires figurent Altor et Kirkbi."
    "Infineon bezieht die Scheiben von mehreren Lieferanten. Dazu zählen Wolfspeed und SICC."
    "Il gruppo vende in tutta Europa. Tra i suoi clienti ci sono Renault e Stellantis."
    "Gestamp fabrica en 20 países. Entre sus clientes figuran Ford y Renault."

A sentence that opens with a possessive and a role noun ("its customers", "ses actionnaires",
"seinen Kunden", "i suoi clienti", "sus clientes"), or with "among them" ("Dazu zählen", "Tra
questi", "Parmi eux", "Entre ellos") after a sentence with a role noun, lists companies of that
role for the company of the sentence before: the only company it names, or the one it opens with.
"""

from __future__ import annotations

import re

from ..doc import Document, Mention
from . import engine

__all__ = ["listed_members"]

# Role nouns, plural and singular, and what a company listed under them is to the owner of the list.
_ROLES = {
    "en": {"customer": "customers?|clients?|buyers?", "supplier": "suppliers?|vendors?",
           "shareholder": "shareholders?|investors?|backers?", "unit": "subsidiaries|subsidiary",
           "partner": "partners?"},
    "it": {"customer": "clienti|cliente", "supplier": "fornitori|fornitore",
           "shareholder": "azionisti|azionista|soci|socio|investitori", "unit": "controllate", "partner": "partner"},
    "de": {"customer": "Kunden?|Abnehmern?", "supplier": "Lieferanten|Zulieferern?",
           "shareholder": "Aktionären?|Aktionäre|Anteilseignern?|Investoren|Geldgebern?",
           "unit": "Töchtern?|Tochtergesellschaften", "partner": "Partnern?"},
    "fr": {"customer": "clients?", "supplier": "fournisseurs?", "shareholder": "actionnaires?|investisseurs",
           "unit": "filiales", "partner": "partenaires?"},
    "es": {"customer": "clientes?", "supplier": "proveedores|proveedor", "shareholder": "accionistas?|inversores",
           "unit": "filiales", "partner": "socios"},
}
_ADJ = {
    "en": r"(?:(?:main|biggest|largest|key|other|existing|new|current|first|major|top)\s+)*",
    "it": r"(?:(?:principali|maggiori|nuovi|altri|primi|grandi)\s+)*",
    "de": r"(?:(?:wichtigsten|größten|neuen|bisherigen|ersten|großen)\s+)*",
    "fr": r"(?:(?:principaux|grands|nouveaux|autres|premiers)\s+)*",
    "es": r"(?:(?:principales|nuevos|grandes|primeros|otros)\s+)*",
}
# A sentence that opens with the possessive of the company before: "Among its customers", "Ses clients".
_POSSESSIVE = {
    "en": r"(?:among\s+)?its\s+",
    "it": r"(?:(?:tra|fra)\s+)?(?:i|gli|il|lo)\s+su(?:oi|o)\s+",
    "de": r"(?:zu\s+)?(?:seinen|seine|seiner|sein|ihren|ihre|ihrer|ihr)\s+",
    "fr": r"(?:parmi\s+)?(?:ses|son|sa)\s+",
    "es": r"(?:entre\s+)?(?:sus|su)\s+",
}
# "Among them": the list goes on from a role noun of the sentence before.
_AMONG = {
    "en": r"(?:among them|these include|they include)\b",
    "it": r"(?:tra|fra) (?:questi|queste|loro|cui)\b",
    "de": r"(?:dazu|zu ihnen) (?:zählen|zählt|gehören|gehört|zählten|gehörten)\b",
    "fr": r"parmi (?:eux|elles|ceux-ci|celles-ci|lesquels|lesquelles)\b",
    "es": r"entre (?:ellos|ellas|estos|estas)\b",
}


def _role_alt(lang: str) -> str:
    return "|".join(f"(?P<{k}>{v})" for k, v in _ROLES[lang].items())


_OPEN = {lang: re.compile(rf"\s*{_POSSESSIVE[lang]}{_ADJ[lang]}(?:{_role_alt(lang)})\b", re.IGNORECASE) for lang in _ROLES}
_AMONG_RX = {lang: re.compile(rf"\s*{rx}", re.IGNORECASE) for lang, rx in _AMONG.items()}
_ROLE_RX = {lang: re.compile(rf"\b(?:{_role_alt(lang)})\b", re.IGNORECASE) for lang in _ROLES}
_CONTRAST = re.compile(r"[;:]|\b(?:while|whereas|but|mentre|ma|während|aber|tandis|mais|mientras|pero)\b", re.IGNORECASE)


def _name(m: Mention) -> str:
    return (m.canonical or m.text or "").strip()


def _role(m: re.Match) -> str:
    return next(k for k, v in m.groupdict().items() if v)


def _owner(doc: Document, prev, comps: list[Mention]) -> str | None:
    """The company a sentence is about: its only company, or the one it opens with."""
    names = list(dict.fromkeys(_name(c) for c in comps))
    if len(names) == 1:
        return names[0]
    if comps and len(doc.text[prev.start : comps[0].start].split()) <= 3:
        if len(comps) > 1 and _JOINED.fullmatch(doc.text, comps[0].end, comps[1].start):
            return None  # "A and B compete in Europe. Its customers": whose?
        return _name(comps[0])
    return None


_JOINED = re.compile(r"\s*(?:,|&|and|und|e|ed|et|y|or|oder|o|ou)?\s*", re.IGNORECASE)


def listed_members(doc: Document, per_sentence: list[list[Mention]], language: str):
    """(sentence of the list, sentence of its owner, Found) for each company listed."""
    opener, among = _OPEN.get(language), _AMONG_RX.get(language)
    if opener is None:
        return []
    out = []
    for i in range(1, len(doc.sentences)):
        sent, prev = doc.sentences[i], doc.sentences[i - 1]
        if sent.story != prev.story:
            continue
        text = doc.text[sent.start : sent.end]
        m = opener.match(text)
        role = _role(m) if m else None
        if m is None:
            a = among.match(text)
            if a is None:
                continue
            roles = list(_ROLE_RX[language].finditer(doc.text, prev.start, prev.end))
            if not roles:
                continue
            role, m = _role(roles[-1]), a
        comps = [c for c in per_sentence[i] if c.label == "COMPANY" and _name(c) and not c.attrs.get("implied")]
        before = [c for c in per_sentence[i - 1] if c.label == "COMPANY" and _name(c) and not c.attrs.get("implied")]
        owner = _owner(doc, prev, before)
        if owner is None or not comps or any(_name(c) == owner for c in comps):
            continue
        hi = next((c.start() for c in _CONTRAST.finditer(text, m.end())), len(text))
        listed = [c for c in comps if c.source != "coref" and m.end() <= c.start - sent.start < hi]
        names = list(dict.fromkeys(_name(c) for c in listed))
        if not names:
            continue
        spans = [(c.start - sent.start, c.end - sent.start) for c in listed]
        status, _ = engine.status_for(engine.compiled(language), text, m.start(), m.end(), "active", spans)
        if status is None:
            continue
        for name in names:
            typ, src, tgt = {
                "customer": ("supplies", owner, name), "supplier": ("supplies", name, owner),
                "shareholder": ("invests_in", name, owner), "unit": ("owns", owner, name),
                "partner": ("partners_with", owner, name),
            }[role]
            out.append((i, i - 1, engine.Found(typ, src, tgt, status, 0.6, None, (m.start(), m.end()))))
    return out
