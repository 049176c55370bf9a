""""Wir" in an interview with a company's head: the company itself (French and Italian: interview.py).

"ACC-Chef Yann Vincent im Interview ... Das Kathodenmaterial beziehen wir derzeit von Umicore" (ACC
sources from Umicore), "Mit Corvalis verhandeln wir über eine Zellgeneration". Only in a page that
calls itself an interview (or asks "Herr X, ...?") and names whom it talks to by a company's role noun ("Norvik-Chef",
"Vorstandschef von Norvik"), and only outside the questions (a sentence ending in "?" is the
interviewer's).
"""

from __future__ import annotations

import re
from collections import Counter

from ..doc import Mention

__all__ = ["find_interview_wir"]

#: per language: the page calls itself an interview; the first-person plural subject
#: ("Herr Vincent, wem gehört ACC heute?": a question addressed to the interviewee by name)
_INTERVIEW = {"de": re.compile(r"\bInterview\b|(?:^|\n)[ \t]*(?:Herr|Frau) (?-i:[A-ZÄÖÜ])[\w-]+,[^\n?]{3,200}\?")}
_WE = {"de": frozenset({"wir"})}
#: the head of the company glued to its name or after it: "ACC-Chef", "Norvik-Vorstandschefin", "Chef von Norvik"
_ROLE_AFTER = {"de": re.compile(r"-(?:Vorstands|Konzern|Finanz|Firmen)?(?:[Cc]hef|[Cc]hefin|Gründer|Gründerin|Geschäftsführer|Geschäftsführerin)\b")}
_ROLE_BEFORE = {"de": re.compile(r"\b(?:Vorstands|Konzern|Finanz)?(?:[Cc]hef|[Cc]hefin)(?:\s+(?:von|des|der))\s+$")}


def _interviewee(text: str, companies: dict, language: str):
    """The company most often named with its head's role noun, or None."""
    after, before = _ROLE_AFTER[language], _ROLE_BEFORE[language]
    counts: Counter = Counter()
    first = {}
    for ms in companies.values():
        for m in ms:
            if m.canonical is None:
                continue
            if after.match(text, m.end) or before.search(text, max(0, m.start - 30), m.start):
                counts[m.canonical] += 1
                first.setdefault(m.canonical, m)
    if not counts:
        return None
    best = counts.most_common(2)
    if len(best) > 1 and best[0][1] == best[1][1]:
        return None  # two heads named as often: no telling whose answers these are
    return first[best[0][0]]


def find_interview_wir(text: str, sentences, sentence_tokens, language: str, companies: dict, occupied) -> list[tuple[int, int, int, Mention]]:
    """(start, end, sentence index, antecedent mention) for each "wir" answering for the company."""
    gate = _INTERVIEW.get(language)
    if gate is None or gate.search(text) is None:
        return []
    head = _interviewee(text, companies, language)
    if head is None:
        return []
    words = _WE[language]
    out = []
    for s_index, s, e, tokens in sentence_tokens:
        if text[s:e].rstrip().endswith("?"):
            continue  # the interviewer's question
        for tok in tokens:
            if tok.key in words and not occupied.overlaps(tok.start, tok.end):
                out.append((tok.start, tok.end, s_index, head))
    return out
