""""Wir", "we", "our" in an interview with a company's head: the company itself (French, Italian and
Spanish, whose first person hides in the verb: interview.py).

"ACC-Chef Yann Vincent im Interview ... Das Kathodenmaterial beziehen wir derzeit von Umicore" (ACC
sources from Umicore), "Mit Corvalis verhandeln wir über eine Zellgeneration", "Our cells come from
Brixo", "Brixo supplies us". Only in a page that calls itself an interview, a Q&A or a call transcript, or
is laid out as one (three lines that are a question each; German also: it asks "Herr X, ...?") and names whom it talks to by a company's role noun
("Norvik-Chef", "Vorstandschef von Norvik", "Norvik chief executive", "chief executive of Norvik",
"Norvik Q3 2025 earnings call"), and only outside the questions (a sentence ending in "?" is the
interviewer's).

The words are the subject ("wir", "we"), the possessive ("unsere Kunden", "our customers": the
company's, as "its" would be) and the object ("beliefert uns", "supplies us").
"""

from __future__ import annotations

import re
from collections import Counter

from ..doc import Mention
from .interview import after_we, answer_tokens, others_quoted, outside_quotes, questions_and_answers
from .interview_company import page_company
from ..scan.page_words import page_may_search

__all__ = ["find_interview_wir", "first_person_words", "LANGUAGES"]

LANGUAGES = ("de", "en")

#: per language: the page calls itself an interview ("Herr Vincent, wem gehört ACC heute?": a question
#: addressed to the interviewee by name; an edited transcript of a company's call)
_INTERVIEW = {
    "de": re.compile(r"\bInterview\b|(?:^|\n)[ \t]*(?:Herr|Frau) (?-i:[A-ZÄÖÜ])[\w-]+,[^\n?]{3,200}\?"),
    "en": re.compile(r"\b(?:interview|Q&A|transcript|(?:earnings|results|conference) call)\b", re.I),
}
_WE = {
    "de": frozenset("wir unser unsere unseren unserem unserer unseres uns".split()),
    # (not "US": only the lower-case word is read, and "We"/"Our" opening a sentence)
    "en": frozenset("we our us ours".split()),
}
_OUR = {"de": frozenset("unser unsere unseren unserem unserer unseres".split()), "en": frozenset({"our"})}
_SUBJECT = {"de": frozenset({"wir"}), "en": frozenset({"we"})}
#: the head of the company glued to its name or after it: "ACC-Chef", "Norvik-Vorstandschefin", "Norvik
#: chief executive", "Norvik's CEO", "Norvik Q3 2025 Earnings Call"
_ROLE_AFTER = {
    "de": re.compile(r"-(?:Vorstands|Konzern|Finanz|Firmen)?(?:[Cc]hef|[Cc]hefin|Gründer|Gründerin|Geschäftsführer|Geschäftsführerin)\b"),
    # ("chief" opens "chief executive (officer)", "chief financial officer": the role is read where it starts)
    "en": re.compile(r"(?:['’]s?)?\s+(?:(?:chief|CEO|CFO|chairman|chairwoman|president|founder|boss|head)\b|(?:Q[1-4]|FY)?\s*(?:20\d\d\s+)?"
                     r"(?:(?:first|second|third|fourth|full)[- ](?:quarter|year)\s+(?:20\d\d\s+)?)?(?:earnings|results)\s+"
                     r"(?:conference\s+)?call\b)", re.I),
}
_ROLE_BEFORE = {
    "de": re.compile(r"\b(?:Vorstands|Konzern|Finanz)?(?:[Cc]hef|[Cc]hefin)(?:\s+(?:von|des|der))\s+$"),
    "en": re.compile(r"\b(?:chief executive|chief executive officer|chief financial officer|CEO|CFO|chairman|chairwoman|"
                     r"president|founder|head|boss|managing director)\s+(?:of|at)\s+(?:the\s+)?$", re.I),
}


def _interviewee(text: str, companies: dict, language: str):
    """The company most often named with its head's role noun, or None."""
    after, before = _ROLE_AFTER[language], _ROLE_BEFORE[language]
    counts: Counter = Counter()
    first = {}
    for ms in companies.values():
        for m in ms:
            if m.canonical is None or m.source == "coref":
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
    """(start, end, sentence index, antecedent mention) for each first-person word answering for the company."""
    gate = _INTERVIEW.get(language)
    # (the gate's words first, in the lower-cased page: the pattern alone tries them at every position)
    if gate is None or ((not page_may_search(gate, text) or gate.search(text) is None) and not questions_and_answers(text)):
        return []
    # a bare title ("Geschäftsführerin Annette Brenner") on a page laid out as questions and answers (not a
    # story quoting a conference call): the company the page is about (interview_company.py)
    head = _interviewee(text, companies, language)
    if head is None and questions_and_answers(text):
        head = page_company(text, sentences, companies)
    if head is None:
        return []
    out = []
    quoted = others_quoted(text, sentences, companies, language, head.canonical)  # (another company's quoted "we")
    for s_index, s, e, tokens in sentence_tokens:
        tokens = answer_tokens(text, s, e, tokens)  # (not the interviewer's question)
        tokens = outside_quotes(tokens, quoted)
        out.extend((start, end, s_index, head) for start, end in first_person_words(tokens, language, occupied))
    return out


def first_person_words(tokens, language: str, occupied) -> list[tuple[int, int]]:
    """(start, end) of each first-person word among a sentence's tokens (an answer's, or a quote's:
    quoted_speakers.py) that stands for the company."""
    words = _WE[language]
    out = []
    for k, tok in enumerate(tokens):
        if tok.key not in words or occupied.overlaps(tok.start, tok.end):
            continue
        if language == "en" and not (tok.text.islower() or tok.text in ("We", "Our")):
            continue  # "US", "OUR"
        if tok.key in _OUR[language] and after_we(tokens, k, _SUBJECT[language]):
            continue  # "we buy our cells from Y": the subject stands for the company already
        out.append((tok.start, tok.end))
    return out
