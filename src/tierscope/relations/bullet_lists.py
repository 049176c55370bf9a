"""Customers or suppliers laid out as bullet lines under a sentence that names their role and ends in a colon.

    "Maltrix's customers in Europe include:\\n- Korvan, for its vans;\\n- Tessaro."     -> supplies Maltrix Korvan, Tessaro
    "Korvan s'appuie sur trois fournisseurs :\\n- Maltrix, pour les cellules ;"     -> supplies Maltrix Korvan
    "Zu den Kunden von Maltrix zählen:\\n- Korvan (Zellen)\\n- Tessaro"            -> supplies Maltrix Korvan, Tessaro
    "Tra i fornitori di Korvan figurano:\\n- Maltrix, per le celle;"               -> supplies Maltrix Korvan
    "Korvan se apoya en varios proveedores:\\n- Maltrix, para las celdas;"         -> supplies Maltrix Korvan

Reports and analyses lay a company's customers or suppliers out as a list after a colon, one bullet
line each, and name the owner of the list once, in the sentence that opens it (or the one before:
"Renault (Valladolid). Its plants buy from local suppliers. Among the main ones:"). The opening
sentence must end in a colon and hold a customer or supplier noun (members.py's role nouns), or be
a short "Among the main ones:" after a sentence that holds one; its owner is the one company it
names, else the company the sentence before is about (members.owner_before). A bullet line counts
only where a company opens it; the list ends at the first line with no bullet. A "Read also:" list
names no role and is left alone (teasers.py). A cross-sentence reading: lower confidence.
"""

from __future__ import annotations

import re

from ..doc import Document, Mention
from . import engine
from .engine import company_name as _name
from .known_roles import belongs_to
from .members import _ROLE_RX, _role, named_companies, owner_before

__all__ = ["bullet_lists"]

#: a bullet that opens a line ("- ", "• ", "– ", "* ", "· ")
_BULLET = re.compile(r"\s*[-•–—*·▪◦]\s+")
#: a colon that closes the opening sentence
_COLON = re.compile(r":\s*$")
#: a short opening that only says "among them" ("Among the main ones:", "Entre los principales:",
#: "Darunter:", "Tra questi:", "Parmi eux :"): the role is the one of the sentence before
_SHORT = re.compile(r"\s*(?:\S+\s+){0,3}\S+\s*:\s*$")
#: between two companies that open one bullet line: one list ("- Pirelli and Michelin, for tyres")
_JOINED = re.compile(r"\s*(?:,|&|and|und|e|ed|et|y|sowie)\s+", re.IGNORECASE)
#: a bullet line's opening company: right after the bullet, or an article at most ("- the Korean SK On")
_LEAD = re.compile(r"(?:(?:the|die|der|das|le|la|les|l['’]|il|lo|gli|i|el|los|las)\s+)?$", re.IGNORECASE)


def _items(doc: Document, per_sentence, j: int) -> list[tuple[int, list[Mention]]]:
    """(sentence, the companies that open it) for each bullet line right after sentence ``j``."""
    out = []
    story = doc.sentences[j].story
    for k in range(j + 1, len(doc.sentences)):
        sent = doc.sentences[k]
        text = doc.text[sent.start : sent.end]
        b = _BULLET.match(text)
        if sent.story != story or b is None:
            break
        comps = [c for c in named_companies(per_sentence[k]) if c.source != "coref"]
        if not comps or not _LEAD.fullmatch(text, b.end(), comps[0].start - sent.start):
            continue  # a line of goods or a verb first: another reading's (lone_makers)
        lead = [comps[0]]
        for c in comps[1:]:
            if not _JOINED.fullmatch(doc.text, lead[-1].end, c.start):
                break
            lead.append(c)
        out.append((k, lead))
    return out


def _role_of(doc: Document, j: int, language: str):
    """(role, its match, the sentence it stands in) of the list opened by sentence ``j``, else None."""
    rx = _ROLE_RX[language]
    sent = doc.sentences[j]
    roles = [m for m in rx.finditer(doc.text, sent.start, sent.end) if _role(m) in ("customer", "supplier")]
    if roles:
        return _role(roles[-1]), roles[-1], j
    if j == 0 or not _SHORT.fullmatch(doc.text, sent.start, sent.end):
        return None
    prev = doc.sentences[j - 1]
    if prev.story != sent.story:
        return None
    roles = [m for m in rx.finditer(doc.text, prev.start, prev.end) if _role(m) in ("customer", "supplier")]
    return (_role(roles[-1]), roles[-1], j - 1) if roles else None


def bullet_lists(doc: Document, per_sentence: list[list[Mention]], language: str):
    """(bullet line's sentence, opening sentence, Found) for each company listed so."""
    if language not in _ROLE_RX:
        return []
    lex = engine.compiled(language)
    out = []
    for j in range(len(doc.sentences) - 1):
        sent = doc.sentences[j]
        if not _COLON.search(doc.text, sent.start, sent.end) or not _BULLET.match(doc.text, doc.sentences[j + 1].start):
            continue
        got = _role_of(doc, j, language)
        if got is None:
            continue
        role, m, at = got
        names = list(dict.fromkeys(_name(c) for c in named_companies(per_sentence[j])))
        if not names and at < j:
            names = list(dict.fromkeys(_name(c) for c in named_companies(per_sentence[at])))
        if len(names) > 1:
            continue  # whose list is it?
        if names:
            owner = names[0]
        else:
            before = owner_before(doc, per_sentence, at)
            if before is None:
                continue
            owner = before[1]
        role_sent = doc.sentences[at]
        role_text = doc.text[role_sent.start : role_sent.end]
        status, dconf = engine.status_for(lex, role_text, m.start() - role_sent.start, m.end() - role_sent.start, "active", [])
        if status is None:
            continue
        for k, lead in _items(doc, per_sentence, j):
            for c in lead:
                name = _name(c)
                if name == owner or belongs_to(name, owner) or belongs_to(owner, name):
                    continue
                src, tgt = (owner, name) if role == "customer" else (name, owner)
                item = doc.sentences[k]
                out.append((k, at, engine.Found("supplies", src, tgt, status, 0.5 + dconf, None,
                                                (c.start - item.start, c.end - item.start))))
    return out
