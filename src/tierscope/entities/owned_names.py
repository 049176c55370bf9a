"""The name an ownership passive is about: "Beta (acquired by Gamma in 2011)", "Beta is controlled by
Gamma", "Beta has been owned by Gamma since 2012", "Beta, now owned by Gamma,", "Beta è controllata da
Gamma", "Beta (rachetée par Gamma)", "Beta est détenue par Gamma", "Beta está controlada por Gamma",
"Beta wurde 2011 von Gamma übernommen".

Real news and filings name many companies no gazetteer knows, and this is where they name them: the
agent after "by" was already a company (a deal preposition), the name the participle is said of was
not, so the owner had no unit to own. What is owned, controlled, acquired by a company is a company
(a brand or a plant is named with its noun, which the name walk stops at: "the Ohio plant, owned by").

``owned_subjects(finder)`` adds those names through the finder's own walk and checks (names.py).
"""

from __future__ import annotations

from .gates import page_keys

__all__ = ["owned_subjects"]


def _w(s: str) -> frozenset[str]:
    return frozenset(s.split())


#: participles of owning and buying whose subject is what is owned; each needs its agent right after it
#: ("acquired by", not "acquired in 2011 by": rare, and left out)
_PARTICIPLES = {
    "en": _w("owned controlled acquired bought purchased"),
    "it": _w("controllata controllato controllate controllati posseduta posseduto acquisita acquisito acquisite "
             "acquisiti rilevata rilevato detenuta detenuto"),
    "fr": _w("contrôlée contrôlé contrôlées contrôlés détenue détenu détenues détenus rachetée racheté rachetées "
             "rachetés acquise acquis reprise repris"),
    "es": _w("controlada controlado controladas controlados participada participado adquirida adquirido "
             "adquiridas adquiridos comprada comprado"),
}
_AGENTS = {
    "en": _w("by"),
    "it": _w("da dal dalla dallo dai dalle dagli"),
    "fr": _w("par"),
    "es": _w("por"),
}
#: what may stand between the name and the participle: "(", forms of "be", and degree words
_BETWEEN = {
    "en": _w("( , is are was were has have had been now already since wholly fully majority indirectly directly also"),
    "it": _w("( , è sono era erano è stata stato ora già interamente integralmente totalmente indirettamente anche"),
    "fr": _w("( , est sont était a été désormais déjà aujourd'hui entièrement intégralement majoritairement aussi"),
    "es": _w("( , es son era está están estaba fue sido ha ahora ya íntegramente totalmente mayoritariamente también"),
}
#: German: the subject, then "wurde/ist/war", then "von"/"vom" and a participle of buying before the
#: clause ends; or a parenthesis "(2011 von Gamma übernommen)"
_DE_BE = _w("wurde wurden ist war")
#: a name after these is said of something else ("the plant of Beta", "l'éditeur de Vélizy")
_OF = _w("of di de del della dello dei degli delle du des d'")
_DE_PARTICIPLES = _w("übernommen gekauft erworben aufgekauft")
_DE_AGENTS = _w("von vom")


def _english_like(finder, tokens, idx: int, lang: str) -> None:
    """The name before a participle of ``_PARTICIPLES`` whose agent follows."""
    n = len(tokens)
    if idx + 1 >= n or tokens[idx + 1].key not in _AGENTS[lang] or not tokens[idx].text[0].islower():
        return
    between = _BETWEEN[lang]
    j = idx - 1
    saw_comma = False
    while j >= 0 and idx - j <= 5 and tokens[j].key in between:
        saw_comma = saw_comma or tokens[j].text == ","
        j -= 1
    if j < 0 or j == idx - 1:
        return  # "Beta owned by": a bare participle right after a name is as often a reduced relative of a noun phrase
    if saw_comma and tokens[j + 1].text != ",":
        return  # the comma must close the name itself ("Beta, now owned by"), not sit between two words
    name = finder.walk_back(tokens, j)
    first = tokens.index(name[0]) if name else j
    if first > 0 and tokens[first - 1].key in _OF:
        return  # "the plant of Beta, owned by", "l'éditeur de Vélizy-Villacoublay, contrôlé par": the name says whose or where
    finder.accept(tokens, name, finder.current_sentence, finder.current_end, "owned")


def _german(finder, tokens, idx: int) -> None:
    """"Beta wurde 2011 von Gamma übernommen", "Beta (2011 von Gamma übernommen)": ``idx`` is the
    participle; the subject is the name before "wurde"/"ist" or the parenthesis."""
    lo = max(0, idx - 12)
    agent = next((k for k in range(idx - 1, lo, -1) if tokens[k].key in _DE_AGENTS), None)
    if agent is None:
        return
    for j in range(agent - 1, lo - 1, -1):
        if tokens[j].key in _DE_BE or tokens[j].text == "(":
            if j > 0 and tokens[j].text[0] != "(" and not tokens[j].text[0].islower():
                return
            if j > 0:
                finder.accept(tokens, finder.walk_back(tokens, j - 1), finder.current_sentence, finder.current_end, "owned")
            return
        if tokens[j].text in (",", ";", ":", ")") or tokens[j].key in ("und", "oder", "dass", "die", "der", "das"):
            return


def owned_subjects(finder) -> None:
    """Accept, through ``finder``, the names ownership passives are said of (see the module doc)."""
    lang = finder.language
    keys = page_keys(finder.sentence_tokens)  # (most pages hold no such participle at all)
    if lang == "de":
        if _DE_PARTICIPLES.isdisjoint(keys):
            return
        for s_index, _s, sent_end, tokens in finder.sentence_tokens:
            finder.current_sentence, finder.current_end = s_index, sent_end
            for idx, tok in enumerate(tokens):
                if tok.key in _DE_PARTICIPLES and tok.text[0].islower():
                    _german(finder, tokens, idx)
        return
    parts = _PARTICIPLES.get(lang)
    if parts is None:
        return
    if parts.isdisjoint(keys):
        return
    for s_index, _s, sent_end, tokens in finder.sentence_tokens:
        finder.current_sentence, finder.current_end = s_index, sent_end
        for idx, tok in enumerate(tokens):
            if tok.key in parts:
                _english_like(finder, tokens, idx, lang)
