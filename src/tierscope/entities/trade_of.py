"""A general company noun, then its trade after "of", then the name: "la società di consulenza Beta",
"l'azienda di trasporti Beta", "il gruppo della logistica Beta", "la empresa de ingeniería Beta",
"le groupe de propreté Beta". Italian, Spanish and French describe a company so where English puts the
trade first ("the logistics group Beta"); the descriptor pattern (patterns.py) read only the noun and an
adjective after it, so the name after the trade was never found.

``after_trade(tokens, k, language, noun)`` is where the name starts when ``tokens[k]`` opens such an
"of" phrase after ``noun``: one or two lower-case words (an article allowed between), none a function
word or a verb's infinitive, and the name right after. A group of work or research ("il gruppo di
lavoro", "el grupo de investigación") is no company, and the group of a family or a magnate ("el grupo
de la familia Beta", "la società del magnate indiano Beta") names a person."""

from __future__ import annotations

from .vocab import STOP

__all__ = ["after_trade"]


def _w(s: str) -> frozenset[str]:
    return frozenset(s.split())


#: the general company nouns that take their trade after "of"
_NOUNS = {
    "it": _w("società azienda gruppo impresa"),
    "es": _w("empresa compañía sociedad grupo firma"),
    "fr": _w("société entreprise groupe"),
}
_OF = {
    "it": _w("di del della dello dei degli delle dell"),
    "es": _w("de del"),
    "fr": _w("de du des d"),
}
_ARTICLES = _w("la le l los las les el il lo gli i")
#: trades that are no company's: groups of work, research, experts, pressure, friends
#: and a family or a magnate, whose name is a person's ("il gruppo della famiglia Beta")
_NOT_TRADES = _w("lavoro ricerca esperti studio pressione amici trabajo investigación expertos estudio presión "
                 "amigos travail recherche experts étude pression amis contatto contacto contact "
                 "famiglia familia famille magnate magnat imprenditore empresario entrepreneur fondatore "
                 "fundador fondateur")


def after_trade(tokens, k: int, language: str, noun: str) -> int:
    """The index of the name after the trade when ``tokens[k]`` opens "of <trade>" after ``noun``
    ("la società [di consulenza] Beta"), else ``k``."""
    nouns = _NOUNS.get(language)
    if not nouns or noun.casefold() not in nouns or k >= len(tokens) or tokens[k].key not in _OF[language]:
        return k
    j = k + 1
    if j < len(tokens) and tokens[j].text in ("'", "’"):
        j += 1  # "dell'energia", "d'ingénierie"
    if j < len(tokens) and tokens[j].key in _ARTICLES:
        j += 1
        if j < len(tokens) and tokens[j].text in ("'", "’"):
            j += 1  # "de l'emballage"
    words = 0
    while j < len(tokens) and words < 2 and tokens[j].text.isalpha() and tokens[j].text.islower():
        key = tokens[j].key
        if key in STOP or key in _NOT_TRADES or key in _OF[language] or key in _ARTICLES or (
                key.endswith(("are", "ere", "ire", "ar", "er", "ir")) and len(key) > 5 and language != "fr"):
            return k
        words += 1
        j += 1
    if not words or j >= len(tokens) or not tokens[j].text[:1].isupper() or tokens[j].start > tokens[j - 1].end + 1:
        return k
    return j
