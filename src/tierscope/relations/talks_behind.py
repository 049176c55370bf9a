"""Talks the sentence tells as behind it ("after months of talks", "nach monatelangen Verhandlungen",
"dopo mesi di trattative", "tras meses de negociaciones", "après des mois de négociations", "au terme
de longues négociations", "the negotiations are over", "Monatelang wurde verhandelt, ... die Einigung")
are the way to the deal the sentence tells, not talks still going on: the deal's own words decide its
status (an agreement, a purchase to come). The talks word of such a phrase is blanked (one space per
character: no offset moves) before the status cues are read, as ``no_comment.py`` blanks a denial.
"""

from __future__ import annotations

import re

from ..scan.sentence_scan import scan_of

#: the talks nouns of each language (the words the lexicons' "in_talks" cue reads)
_TALKS = {
    "en": r"(?:talks|negotiations?|discussions)",
    "de": r"(?:Verhandlungen|Gesprächen|Gespräche|Verhandlungsrunden)",
    "it": r"(?:trattative|negoziati|negoziazioni|colloqui|discussioni)",
    "es": r"(?:negociaciones|negociación|conversaciones|contactos)",
    "fr": r"(?:négociations|discussions|pourparlers|tractations)",
}

#: (not "nach wie vor in Verhandlungen", "after being in talks": the talks go on)
_STILL = r"(?!(?:[\w'’-]+\s+){0,4}?(?:in|im|en|dans|nelle|nei|wie)\s)"

#: a preposition of a time after, and up to four words ("months of", "monatelangen", "lunghe"), before the noun
_AFTER = {
    "en": r"\b(?:after|following|at the end of)\s+" + _STILL + r"(?:[\w-]+\s+){0,4}?",
    "de": r"\b(?:[Nn]ach)\s+" + _STILL + r"(?:[\w-]+\s+){0,3}?",
    "it": r"\b(?:dopo|al termine di|a conclusione di|in seguito a)\s+" + _STILL + r"(?:[\w'’-]+\s+){0,4}?",
    "es": r"\b(?:tras|después de|al cabo de|al término de|al final de)\s+" + _STILL + r"(?:[\w-]+\s+){0,4}?",
    "fr": r"\b(?:après|au terme de|à l['’]issue de|au bout de)\s+" + _STILL + r"(?:[\w'’-]+\s+){0,4}?",
}

#: the talks said to be over, right after the noun
_OVER = {
    "en": r"\s+(?:are|were|have been|had been)\s+(?:over|concluded|completed|successfully concluded)\b",
    "de": r"\s+(?:sind|waren|wurden)\s+(?:erfolgreich\s+)?abgeschlossen\b",
    "it": r"\s+(?:si sono|si erano)\s+(?:positivamente\s+)?concluse\b",
    "es": r"\s+(?:han|habían)\s+(?:concluido|culminado)\b|\s+(?:concluyeron|culminaron)\b",
    "fr": r"\s+(?:ont|avaient)\s+(?:abouti|été conclues)\b",
}

_BEHIND = {
    lang: re.compile(rf"{_AFTER[lang]}(?P<t>{_TALKS[lang]})\b|\b(?P<o>{_TALKS[lang]}){_OVER[lang]}",
                     0 if lang == "de" else re.I)
    for lang in _TALKS
}

#: German: an impersonal past of negotiating ("Monatelang wurde verhandelt") in a sentence that names the
#: agreement ("kam die Einigung", "haben sich geeinigt", "vereinbart")
_DE_PAST_TALKS = re.compile(r"\bwurde\s+(?:[\w-]+\s+){0,3}?(?P<t>verhandelt)\b")
_DE_AGREED = re.compile(r"\b(?:Einigung|geeinigt|einigten|vereinbart|unterzeichnet|Zuschlag)\b")


def without_past_talks(lang: str, text: str) -> str:
    """``text`` with the talks word of each phrase that tells talks behind the sentence's deal blanked;
    the same string where it holds none."""
    rx = _BEHIND.get(lang)
    if rx is None:
        return text
    # (a phrase of talks behind holds one of its literals: most sentences hold none, read off the sentence's scan)
    spans = [m.span("t") if m.group("t") else m.span("o") for m in rx.finditer(text)] if scan_of(text).may(rx) else []
    if lang == "de" and _DE_AGREED.search(text):
        spans += [m.span("t") for m in _DE_PAST_TALKS.finditer(text)]
    out = text
    for s, e in spans:
        out = out[:s] + " " * (e - s) + out[e:]
    return out
