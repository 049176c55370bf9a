"""A name after a noun only a company has: its turnover, its share, its finance chief, its boss
("il fatturato di Beta", "la facturación de Beta", "le chiffre d'affaires de Beta", "die Aktie von
Beta", "der Finanzchef von Beta", "l'ad di Beta", "le patron de Beta", "the boss of Beta"), and the
owner of a plant whose town follows ("lo stabilimento di Beta a Melfi", "l'usine de Beta à Douai",
"la planta de Beta en Navarra", "das Werk von Beta in Sachsen").

News names small suppliers, start-ups and units no gazetteer knows by what they own or who runs them
as often as by a verb they are the subject of. A plant noun alone is no cue ("lo stabilimento di
Melfi" names the town): only where a known place follows the name after a preposition of place, and
the name itself is no place, is the name the owner. ``owner_names(finder)`` accepts the names through
the finder's own walk and checks (names.py), which refuse people, places and common words.

Also ``RESULTS_NOUNS``: what a company reports ("Beta reported a net loss"), so that "reported"
there is a company's verb, not a news outlet's ("Reuters reported")."""

from __future__ import annotations

from .gates import page_keys
from .gazetteer import places

__all__ = ["RESULTS_NOUNS", "owner_names", "results_after"]


def _w(s: str) -> frozenset[str]:
    return frozenset(s.split())


#: Nouns only a company has, with the words of "of" that may follow them. Multi-word nouns by their
#: last word, with the word before it ("chiffre d'affaires": "affaires" after "chiffre d '").
_OWNER_NOUNS = {
    "en": (_w("boss bosses revenues turnover"), _w("of at")),
    "it": (_w("fatturato ricavi ad azionariato vertici"), _w("di")),
    "es": (_w("facturación accionariado cúpula"), _w("de")),
    "fr": (_w("affaires actionnariat patron patronne directoire"), _w("de")),
    "de": (_w("aktie umsatz belegschaft finanzchef konzernchef firmenchef unternehmenschef vertriebschef "
              "technikchef entwicklungschef personalchef einkaufschef produktionschef werkschef "
              "aufsichtsratschef betriebsratschef finanzchefin konzernchefin firmenchefin"), _w("von")),
}
#: "ad" is Italian for the chief executive only in lower case ("l'ad di Beta"); "affaires" only after
#: "chiffre d'".
_NEEDS_LOWER = _w("ad")
_AFTER_WORD = {"affaires": "chiffre"}

#: Plant nouns, the word of "of" after them, and the prepositions of place after the owner's name.
_PLANT_NOUNS = {
    "it": (_w("stabilimento stabilimenti fabbrica fabbriche impianto impianti"), _w("di"), _w("a in")),
    "es": (_w("planta plantas fábrica fábricas factoría"), _w("de"), _w("en")),
    "fr": (_w("usine usines"), _w("de"), _w("à en")),
    "de": (_w("werk werke fabrik"), _w("von"), _w("in")),
}

#: What a company reports after "reported": "reported a net loss", "reports record sales".
RESULTS_NOUNS = _w("loss losses profit profits revenue revenues sales earnings turnover income results "
                   "deficit margin margins ebitda")
_RESULT_FILLERS = _w("a an its their net record higher lower strong weak quarterly annual operating pre-tax "
                     "pretax first-quarter second-quarter third-quarter fourth-quarter half-year full-year "
                     "first second third fourth quarter")


def results_after(tokens, idx: int) -> bool:
    """Do results follow the verb at ``tokens[idx]`` ("reported a net loss", "reports record sales"),
    within four words?"""
    for t in tokens[idx + 1 : idx + 6]:
        if t.key in RESULTS_NOUNS:
            return True
        if t.key not in _RESULT_FILLERS:
            return False
    return False


def _keys(lang: str) -> frozenset[str]:
    owner = _OWNER_NOUNS.get(lang, (frozenset(), frozenset()))[0]
    plant = _PLANT_NOUNS.get(lang, (frozenset(),))[0]
    return owner | plant


def _known_place(tok) -> bool:
    return tok.text[0].isupper() and places().find(tok.text) is not None


def owner_names(finder) -> None:
    """Accept, through ``finder``, the names after a noun only a company has, and the owner of a plant
    whose town follows its name."""
    lang = finder.language
    keys = _keys(lang)
    if not keys or keys.isdisjoint(page_keys(finder.sentence_tokens)):
        return
    owner_nouns, owner_of = _OWNER_NOUNS.get(lang, (frozenset(), frozenset()))
    plant_nouns, plant_of, locatives = _PLANT_NOUNS.get(lang, (frozenset(), frozenset(), frozenset()))
    pl = places()
    for s_index, _s, sent_end, tokens in finder.sentence_tokens:
        n = len(tokens)
        for i, tok in enumerate(tokens[: n - 2]):
            key = tok.key
            if key not in keys:
                continue
            k = i + 2
            if tokens[i + 1].key not in (owner_of if key in owner_nouns else plant_of):
                continue
            if lang == "fr" and tokens[k].text in ("'", "’") and tokens[i + 1].text == "d":
                k += 1  # "le patron d'Beta"
            if k >= n or not tokens[k].text[0].isupper():
                continue
            finder.current_sentence, finder.current_end = s_index, sent_end
            if key in owner_nouns:
                if key in _NEEDS_LOWER and not tok.text.islower():
                    continue
                before = _AFTER_WORD.get(key)
                if before and not (i >= 3 and tokens[i - 3].key == before):
                    continue
                if lang != "de" and not tok.text[0].islower() and i > 0:
                    continue  # a capitalised noun mid-sentence is part of a title or a name
                finder.accept(tokens, finder.walk_forward(tokens, k, sent_end), s_index, sent_end, "object")
                continue
            # a plant noun: the owner's name, then a preposition of place and a known place
            name = finder.walk_forward(tokens, k, sent_end)
            if not name:
                continue
            after = tokens.index(name[-1]) + 1
            surface = finder.text[name[0].start : name[-1].end]
            if after + 1 < n and tokens[after].key in locatives and _known_place(tokens[after + 1]) \
                    and pl.find(surface) is None and pl.find(name[0].text) is None:
                finder.accept(tokens, name, s_index, sent_end, "object")
