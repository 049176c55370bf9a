"""Words an Italian or Spanish subject may put between itself and its object clitic.

    "BMW apre a Debrecen. CATL già le fornisce le celle."        -> the clitic is BMW's, as without "già"
    "BMW abrió una planta. CATL ya le suministra celdas."        -> the same
    "BMW abrió una planta. CATL desde 2026 le suministrará ..."  -> the same, past a time phrase

implied.find_object_clitics reads an object clitic only right after the company that opens the sentence
("CATL le fornirà"). Italian and Spanish put an adverb of time or of addition, or a short phrase of time,
between the two as often as not; the clitic still stands for the same company. Only words that keep the
clause affirmative are passed over: a negation ("non", "no", "tampoco", "nemmeno") tells no supply, so
the clitic after it is not read at all. French puts its adverbs after the verb ("CATL lui fournit
déjà"), where they are no gap.
"""

from __future__ import annotations

from .vocab import MONTHS

__all__ = ["past_clitic_gap"]

_w = lambda s: frozenset(s.split())  # noqa: E731

#: adverbs of time, of addition and of continuance (affirmative only)
_ADVERBS = {
    "it": _w("già ora adesso oggi ancora tuttora anche pure inoltre poi infatti intanto invece ormai "
             "sempre presto finora attualmente tuttavia però quindi dunque comunque finalmente"),
    "es": _w("ya ahora hoy aún todavía también además asimismo incluso luego entonces actualmente pronto finalmente "
             "siempre igualmente"),
}
#: prepositions that open a phrase of time before a year or a month ("dal 2026", "desde enero")
_TIME_PREPOSITIONS = {
    # (the tokenizer splits an elision: "dall'aprile" is "dall", "'", "aprile")
    "it": _w("dal dallo dall da dalla entro nel nell tra fra a partire"),
    "es": _w("desde hace en a partir de hasta antes"),
}
#: spans of time that close such a phrase as a year or a month does ("da anni", "desde hace meses")
_SPANS = _w("anni mesi tempo decenni años meses tiempo décadas")
_MAX_GAP = 5  # tokens: "a partir de enero de 2027"


def _is_time_word(key: str) -> bool:
    return key in MONTHS or key in _SPANS or (len(key) == 4 and key.isdigit())


def past_clitic_gap(tokens, k: int, language: str) -> int:
    """The index of the token after the adverbs or the one phrase of time that start at ``tokens[k]``
    (``k`` itself where none does). A phrase of time ends with its year, its month or a span ("dal 2026",
    "desde enero de 2027", "da anni", "desde hace meses"); a phrase without one ("da Torino") is not
    passed over."""
    adverbs = _ADVERBS.get(language)
    if adverbs is None:
        return k
    j = k
    while j < len(tokens) and j - k < _MAX_GAP:
        key = tokens[j].key
        if key in adverbs:
            j += 1
            continue
        if key == "sin" and j + 1 < len(tokens) and tokens[j + 1].key == "embargo":
            j += 2
            continue
        if key in _TIME_PREPOSITIONS[language]:
            end = _time_phrase_end(tokens, j, language)
            if end is None:
                return k
            j = end
            continue
        break
    return j


def _time_phrase_end(tokens, j: int, language: str) -> int | None:
    """The index after a phrase of time opening at ``tokens[j]`` with its preposition, ending at the last
    year or month within a few words ("dal gennaio 2026", "a partir de 2027"), or None."""
    last = None
    for m in range(j + 1, min(len(tokens), j + _MAX_GAP)):
        key = tokens[m].key
        if _is_time_word(key):
            last = m
        elif key in _TIME_PREPOSITIONS[language] or key in ("del", "de", "di", "'", "’"):
            continue
        else:
            break
    return None if last is None else last + 1
