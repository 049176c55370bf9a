"""A joint venture founded ("have formed", "ont créé", "hanno costituito", "han creado", "haben gegründet")
whose relative clause tells its work is still to come ("a joint venture that will start production in
2026", "une coentreprise qui produira des cellules à partir de 2026", "una joint venture che avvierà la
produzione", "una empresa conjunta que empezará a producir", "ein Gemeinschaftsunternehmen, das 2026 die
Produktion aufnehmen soll") is signed but not yet operating: announced, where the past of founding alone
read it as running. Not a venture said to run already ("since", "already", "bereits")."""

from __future__ import annotations

import re
from functools import lru_cache

from ..scan.sentence_scan import scan_of

_FOUNDED = {
    "en": r"\b(?:formed|set up|created|established|founded|launched)\b",
    "fr": r"\b(?:créé|constitué|fondé|formé|lancé|mis sur pied|monté)e?s?\b",
    "it": r"\b(?:costituit|creat|fondat|lanciat)[oaie]\b|\bdato vita\b",
    "es": r"\b(?:cread|constituid|fundad|formad|lanzad)[oa]s?\b|\bpuesto en marcha\b",
    "de": r"\b(?:gegründet|gründeten|gründete|aufgelegt|ins Leben gerufen|aus der Taufe gehoben)\b",
}
_VENTURE = (r"(?:joint[- ]venture|JV|venture|coentreprise|co-entreprise|société commune|entreprise commune|società comune|"
            r"empresa conjunta|sociedad conjunta|empresa común|sociedad común|Gemeinschaftsunternehmen|Joint Venture)")
_RELATIVE = {
    "en": r"(?:that|which)", "fr": r"(?:qui|dont)", "it": r"(?:che|la quale|il quale)",
    "es": r"(?:que|la cual|el cual)", "de": r"(?:das|die|der)",
}
#: a future in the relative: "will", "is to", "is expected to", a French, Italian or Spanish future, German
#: "soll", "wird"
_FUTURE = {
    "en": r"\b(?:will|shall|is to|(?:is|are) (?:set|due|expected|scheduled|slated|planned) to)\b|'ll\b",
    "fr": r"\b(?-i:[a-zà-ÿ])\w{2,}(?:era|eront|ira|iront|dra|dront)\b|\b(?:va|doit|devrait) \w+(?:er|ir|re)\b",
    "it": r"\b(?-i:[a-zà-ÿ])\w{2,}(?:rà|ranno)\b|\b(?:dovrebbe|deve) \w+(?:are|ere|ire)\b",
    "es": r"\b(?-i:[a-zà-ÿ])\w{2,}(?:rá|rán)\b|\b(?:va a|debe|deberá) \w+(?:ar|er|ir)\b",
    "de": r"\b(?:soll|sollen|wird|werden)\b",
}
_ALREADY = re.compile(r"\b(?:already|since|déjà|depuis|già|dal|ya|desde|bereits|schon|seit)\b", re.I)
_STOP = re.compile(r"[,;:.!?](?:\s|$)")


@lru_cache(maxsize=None)
def _patterns(lang: str) -> tuple[re.Pattern, re.Pattern, re.Pattern] | None:
    if lang not in _FOUNDED:
        return None
    return (re.compile(_FOUNDED[lang], re.I),
            re.compile(rf"\b{_VENTURE}\b(?:\s+[\w'’-]+){{0,3}}?,?\s+{_RELATIVE[lang]}\s", re.I),
            re.compile(_FUTURE[lang], re.I))


def venture_to_come(lang: str, text: str, clause_lo: int, t0: int, t1: int) -> bool:
    """A founding verb in the tie's clause before the venture's relative (German puts it after the noun), and a
    relative right after that noun (within a few words) whose clause, to its next comma or the sentence end,
    tells a future and no running."""
    pats = _patterns(lang)
    if pats is None:
        return False
    founded, venture, future = pats
    if not scan_of(text).may(venture):
        return False  # (no venture's noun with a relative anywhere in the sentence: most sentences, told by its scan)
    rel = venture.search(text, max(clause_lo, t0 - 40), min(len(text), t1 + 120))
    if rel is None or founded.search(text, clause_lo, rel.end()) is None:
        return False
    stop = _STOP.search(text, rel.end())
    hi = stop.start() if stop else len(text)
    return future.search(text, rel.end(), hi) is not None and _ALREADY.search(text, rel.end(), hi) is None
