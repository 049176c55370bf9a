"""People named with a company role: "Tesla CEO Elon Musk", "l'amministratore delegato di
Stellantis, Carlos Tavares", "VW-Chef Oliver Blume", "Luca de Meo, directeur général de Renault".

Only people with a stated role are found; a name alone is not enough evidence (no NER model).
"""

from __future__ import annotations

import re

from ..doc import Mention
from .text import UPPER, Occupied
from .vocab import STOP

__all__ = ["find_people", "ROLE_PATTERN"]

# (regex, normalised role). Case-sensitive where the word is also a common lower-case word
# ("Chef" in German vs "chef" in English).
_ROLES = [
    (r"(?i:chief\s+executive\s+officer|chief\s+executive)|CEO|[Bb]oss", "CEO"),
    (r"(?i:chief\s+financial\s+officer|finance\s+chief)|CFO", "CFO"),
    (r"(?i:chief\s+technology\s+officer)|CTO", "CTO"),
    (r"(?i:chief\s+operating\s+officer)|COO", "COO"),
    (r"[Cc]hairman|[Cc]hairwoman", "chair"),
    (r"(?i:co-founder|founder|fondatore|fondateur|fundador|Gründer)", "founder"),
    (r"(?i:amministratore\s+delegato)|(?<=l['’])(?:ad|Ad|AD)", "CEO"),
    (r"(?i:direttore\s+finanziario|directeur\s+financier|director\s+financiero)", "CFO"),
    (r"Vorstandschef(?:in)?|Vorstandsvorsitzende[rn]?|Konzernchef(?:in)?|Firmenchef(?:in)?|"
     r"Unternehmenschef(?:in)?|(?<=-)Chef(?:in)?|Chef(?:in)?(?=\s+(?:von|des|der|bei)\s)", "CEO"),
    (r"Aufsichtsratschef(?:in)?|Aufsichtsratsvorsitzende[rn]?", "chair"),
    (r"Finanzvorstand|Finanzchef(?:in)?", "CFO"),
    (r"Geschäftsführer(?:in)?", "managing director"),
    (r"(?i:président-directeur\s+général|PDG|P-DG|directeur\s+général|directrice\s+générale)|[Pp]atron(?:ne)?",
     "CEO"),
    (r"(?i:consejer[oa]\s+delegad[oa]|director\s+ejecutivo|directora\s+ejecutiva)", "CEO"),
    (r"(?i:presidente|président|présidente|president)", "president"),
]
ROLE_PATTERN = re.compile("|".join(f"(?P<r{i}>{rx})" for i, (rx, _) in enumerate(_ROLES)))

_PARTICLE = r"(?:de|da|di|del|della|van|von|der|den|du|le|la|zu|dos|das|y|bin|al)"
_WORD = rf"[{UPPER}][\w'’]*(?:-[{UPPER}][\w'’]*)?"
_NAME = rf"{_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_WORD}){{1,3}}"
_NAME_AFTER = re.compile(rf"\s*,?\s*(?P<name>{_NAME})")
_NAME_BEFORE = re.compile(rf"(?P<name>{_NAME})\s*,\s*(?:(?:the|its|il|l['’]|der|die|le|la|el|son|sa|su)\s*)?$")
_PREP = re.compile(r"\s+(?:of|at|di|del|della|dello|dell['’]|de|du|des|de\s+la|von|bei|der|chez)\s*")
_POSSESSIVE_GAP = re.compile(r"(?:['’]s)?[\s-]*")


def _role_name(m: re.Match) -> str:
    return _ROLES[int(m.lastgroup[1:])][1]


def _clean_name(text: str, start: int, end: int, taken) -> tuple[int, int] | None:
    """Trim leading function words; reject names that are companies, places or one word."""
    words = [(w.start() + start, w.end() + start) for w in re.finditer(r"\S+", text[start:end])]
    while words and text[words[0][0] : words[0][1]].casefold() in STOP:
        words.pop(0)
    while words and text[words[-1][0] : words[-1][1]].casefold() in STOP:
        words.pop()
    if len(words) < 2:
        return None
    s, e = words[0][0], words[-1][1]
    if taken(s, e):
        return None
    return s, e


# First-token keys of the roles above: the regex is only tried at these tokens.
_ROLE_FIRST = frozenset(
    "chief ceo boss cfo finance cto coo chairman chairwoman co founder fondatore fondateur fundador "
    "gründer amministratore ad direttore directeur director directrice directora vorstandschef "
    "vorstandschefin vorstandsvorsitzender vorstandsvorsitzende vorstandsvorsitzenden konzernchef "
    "konzernchefin firmenchef firmenchefin unternehmenschef unternehmenschefin chef chefin "
    "aufsichtsratschef aufsichtsratschefin aufsichtsratsvorsitzender aufsichtsratsvorsitzende "
    "aufsichtsratsvorsitzenden finanzvorstand finanzchef finanzchefin geschäftsführer "
    "geschäftsführerin président présidente pdg p patron patronne consejero consejera presidente "
    "president".split()
)


def find_people(text: str, sentence_tokens, mentions: list[Mention]) -> list[Mention]:
    companies = [m for m in mentions if m.label == "COMPANY"]
    taken = Occupied(len(text), ((m.start, m.end) for m in mentions if m.label in ("COMPANY", "PLACE"))).overlaps

    def company_ending_at(pos: int, lo: int) -> Mention | None:
        for c in companies:
            if lo <= c.end <= pos and _POSSESSIVE_GAP.fullmatch(text, c.end, pos):
                return c
        return None

    def company_starting_at(pos: int) -> Mention | None:
        return next((c for c in companies if c.start == pos), None)

    out: list[Mention] = []
    for s_index, sent_start, sent_end, tokens in sentence_tokens:
        for tok in tokens:
            if tok.key not in _ROLE_FIRST:
                continue
            rm = ROLE_PATTERN.match(text, tok.start, sent_end)
            if rm is None or taken(rm.start(), rm.end()):
                continue
            role = _role_name(rm)
            company = company_ending_at(rm.start(), sent_start)
            pos = rm.end()
            prep = _PREP.match(text, pos, sent_end)
            if prep:
                after = company_starting_at(prep.end())
                if after is not None:
                    company = company or after
                    pos = after.end
            span = None
            nm = _NAME_AFTER.match(text, pos, sent_end)
            if nm:
                span = _clean_name(text, nm.start("name"), nm.end("name"), taken)
            if span is None:  # "Carlos Tavares, CEO of Stellantis": the name before the role
                nb = _NAME_BEFORE.search(text, sent_start, company.start if company and company.start < rm.start() else rm.start())
                if nb:
                    span = _clean_name(text, nb.start("name"), nb.end("name"), taken)
            if span is None:
                continue
            s, e = span
            if any(p.start < e and s < p.end for p in out):
                continue
            out.append(Mention(
                start=s,
                end=e,
                text=text[s:e],
                label="PERSON",
                sentence=s_index,
                source="pattern",
                attrs={"role": role, "company": company.canonical if company else None},
            ))
    return out
