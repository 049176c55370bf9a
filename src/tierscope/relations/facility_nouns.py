"""Plant nouns: the noun a sentence names a plant with (``_facility_noun``: strong nouns, or a weak
one like "site" with a building cue and a place), less those that only say where something else is
("near the BMW plant": ``_landmarks``) or name something else ("power plant": ``_cleaned``).
"""

from __future__ import annotations

import re

from . import engine
from . import facility_cues as cues
from .facility_places import _area_rx, _place_rx
from ..scan.prefilter import may_search


def _facility_noun(text: str, lex: engine.Compiled, ms, base, cue=None, memo: dict | None = None) -> tuple[int, int] | None:
    """``memo``: the document's store of ``_cleaned`` and ``_matches`` (the plant readers ask again)."""
    fac = lex.facility
    extra = cue["extra_nouns"] if cue else None
    lower = text.lower()  # (a cheap test for the literals every match holds before each search)
    if not (may_search(fac["nouns"], text, lower) and fac["nouns"].search(text)) \
            and not (may_search(fac["weak_nouns"], text, lower) and fac["weak_nouns"].search(text)) \
            and not (extra and may_search(extra, text, lower) and extra.search(text)):
        return _equipment(text, cue)
    blocked = [(m.start - base, m.end - base) for m in ms if m.label in ("COMPANY", "PERSON")]
    cleaned = _cleaned(text, fac, cue, memo)
    found = []
    for rx, strong in ((fac["nouns"], True), (extra, True), (fac["weak_nouns"], False)):
        if rx is None or (found and not strong):
            continue
        for m in _matches(rx, cleaned, memo):
            if any(s < m.end() and m.start() < e for s, e in blocked):
                continue
            if not strong and not _weak_ok(text, m, fac, ms, cue):
                continue
            found.append((m.start(), m.end()))
            if not strong and not _landmarks(text, found[-1:], ms, base):
                break  # (a weak word that is a landmark, "neben dem Standort von X", gives way to the next)
        if found and not strong:
            break
    if not found:
        return _equipment(text, cue)
    marks = _landmarks(text, found, ms, base)
    plain = [n for n in found if not any(a <= n[0] < b for a, b in marks)]
    return min(plain or found) if found else None


def _equipment(text: str, cue) -> tuple[int, int] | None:
    """An electrolyser that a sentence without other plant nouns and without a word of supply
    speaks of: "Kornex baut in Wesel einen Elektrolyseur mit 100 MW" is a plant."""
    if cue is None or not ("ctrol" in text or "ktrol" in text or "ttrol" in text):
        return None  # (a cheap test first: most sentences name no electrolyser)
    m = cue["equipment"].search(text)
    if m is None or cue["supplied"].search(text) or not cue["built"].search(text[max(0, m.start() - 60) : m.start()]):
        return None
    return m.span()


def _cleaned(text: str, fac: dict, cue, memo: dict | None = None) -> str:
    """The sentence with the plant words that name something else blanked ("power plant").
    ``memo``: one document's store, where the answer is kept for the next reader of the sentence
    (the plant noun, the landmarks and the further plants each ask; German exclusions are slow)."""
    if memo is not None:
        key = ("cleaned", id(fac), id(cue), text)
        got = memo.get(key)
        if got is None:
            got = memo[key] = _cleaned(text, fac, cue)
        return got
    # (each pattern is searched only where the literals every match of it holds are present)
    cleaned, lower = text, text.lower()
    if may_search(fac["exclude"], cleaned, lower):
        cleaned = fac["exclude"].sub(_blank, cleaned)
        lower = cleaned.lower()
    if cue is not None and may_search(cue["exclude"], cleaned, lower):
        cleaned = cue["exclude"].sub(_blank, cleaned)
    return cleaned


def _matches(rx: re.Pattern, cleaned: str, memo: dict | None = None) -> list[re.Match]:
    """``list(rx.finditer(cleaned))``, kept in ``memo`` (one document's) for the next reader."""
    if memo is None:
        return list(rx.finditer(cleaned))
    key = ("matches", id(rx), cleaned)
    got = memo.get(key)
    if got is None:
        got = memo[key] = list(rx.finditer(cleaned))
    return got


def _blank(m: re.Match) -> str:
    return " " * len(m.group(0))


# before a plant noun that only says where something else is: "near the BMW plant", "wenige Kilometer
# von der BMW-Fabrik entfernt", "accanto allo stabilimento", "à côté de l'usine", "junto a la factoría";
# also how far it is ("a stone's throw from", "zwei Kilometer Luftlinie von", "in unmittelbarer Nähe
# des", "a due passi dallo", "à proximité de", "a pocos metros de")
_LANDMARK = re.compile(
    r"\b(?:near|next to|next door to|close to|beside|alongside|adjacent to|opposite|a stone['’]s throw from|down the road from|"
    r"(?:miles|yards|kilometres|kilometers|metres|meters) from|neben|unweit|"
    r"gegenüber|Nähe|(?:Kilometern?|Metern?)\s+(?:Luftlinie\s+)?vo[nm]|accanto a\w*|vicino a\w*|nei pressi d\w*|"
    r"nelle vicinanze d\w*|in prossimità d\w*|a ridosso d\w*|a (?:due|pochi) passi da\w*|di fronte a\w*|(?:chilometri|metri) da\w*|"
    r"à côté de|non loin de|près de|à proximité de|aux abords de|à deux pas de|en face de|(?:kilomètres|mètres) de|"
    r"junto a|cerca de|al lado de|frente a|a (?:un )?paso de|en las inmediaciones de|(?:kilómetros|metros) de)"
    r"[\s'’]+(?:[\w'’-]+\s+){0,2}[\w'’-]*$",
    re.I,
)


# the owner named after a landmark plant noun: "à côté de l'usine de Morlan", "accanto allo stabilimento di Brenta",
# or right after it ("à proximité de l'usine Morlan de ..."): the run of capitalised words where it may stand
_LANDMARK_OWNER = re.compile(r"\s+(?:(?:of|di|del|della|dello|de|d['’]|du|des|von|vom|der)\s*)?(?:the\s+)?(?P<name>[A-ZÀ-ÖØ-Þ][\w&.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w&.-]*)*)")


def _landmarks(text: str, nouns, ms=(), base: int = 0) -> list[tuple[int, int]]:
    """(start, end) of the landmark phrases of the sentence: from "near" to the plant noun and the
    company named after it (``ms``: the sentence's mentions, offsets ``base`` before the text's)."""
    out = []
    for s, e in nouns:
        m = _LANDMARK.search(text, max(0, s - 60), s)
        if m:
            out.append((m.start(), _landmark_owner_end(text, e, ms, base)))
    return out


def _landmark_owner_end(text: str, e: int, ms, base: int) -> int:
    """Where the landmark's owner named after its noun ends, ``e`` (the noun's end) where none is. The
    owner is the first name the entity stage found in the capitalised run after the noun, where that
    name is a company ("vicino alla fabbrica di Morlan", "des Autobauers Morlan": a lower-case word after
the noun ends the run, "del costruttore Morlan" names no owner here); a
    place first says where the landmark is, and a company after it is the sentence's own: "Accanto allo
    stabilimento di Termoli Voltaria costruirà ..." (Italian and Spanish need no comma after a fronted
    place) is Voltaria's plant."""
    x = _LANDMARK_OWNER.match(text, e)
    if x is None:
        return e
    lo, hi = x.start("name") + base, x.end() + base
    first = min((m for m in ms if lo <= m.start < hi and m.end > m.start), key=lambda m: m.start, default=None)
    return first.end - base if first is not None and first.label == "COMPANY" else e


def _definite(cue: dict, text: str, noun: tuple[int, int]) -> bool:
    """Whether the plant noun is definite ("der Fabrik", "the plant", "l'usine"): a plant already known."""
    return any(m.end() == noun[1] for m in cue["anaphor"].finditer(text, max(0, noun[0] - 30), noun[1]))


# (German compounds too: "Serienfertigung", "Zellproduktion")
_PRODUCTION = re.compile(r"\bprodu\w+|\bProdu\w+|\bfabri\w+|\bfertig\w+|\bherstell\w+|\bassembl\w+|\bmonta\w*|\brealizz\w+|\bmanufactur\w+|\B(?:fertigung|produktion)\b", re.I)


# the weak words that name a site of work (not a seat, a centre or a hub, which may be offices)
_ESTATE_WEAK = re.compile(r"(?i:anlage|standort|sites?|facilit(?:y|ies)|sit[oi]|instalaci(?:ón|ones))$")
_SPACE = re.compile(r"\s*")


def _weak_ok(text: str, m: re.Match, fac: dict, ms, cue) -> bool:
    """A weak plant word ("site", "Standort", "sede") needs a building or closing cue and a place
    or capacity: "la fermeture de son site de Poissy", "a 20 GWh site"."""
    if cue is not None and _ESTATE_WEAK.match(m.group(0)):
        # "eine Anlage im Industriepark X", "a facility in the industrial park of X": a site in an
        # estate the sentence names is a plant, cue or none
        x = _area_rx(cue)[0].match(text, _SPACE.match(text, m.end()).end())
        if x is not None and x.group("name").split()[0].casefold() not in cues.NOT_PLACE:
            return True
    cued = fac["build"].search(text) or fac["status"]["ended"].search(text) or fac["status"]["under_construction"].search(text)
    if not cued:
        # "Am Standort Zwickau stellt VW die Produktion um": production words and a place named with
        # the noun; "son site de Magdebourg, d'une capacité de 30 000 tonnes par an": a capacity
        capacity = any(x.label == "CAPACITY" for x in ms)
        if cue is None or not (_PRODUCTION.search(text) or capacity):
            return False
        _, of_rx = _place_rx(cue)
        x = of_rx.match(text, m.end())
        if x and capacity and x.group("name").split()[0].casefold() not in cues.NOT_PLACE:
            return True
        return bool(x) and any(p.label == "PLACE" and p.text.startswith(x.group("name").split()[0]) for p in ms)
    if any(x.label in ("PLACE", "CAPACITY") for x in ms):
        return True
    if cue is None:
        return False
    _, of_rx = _place_rx(cue)
    x = of_rx.match(text, m.end())
    return bool(x) and x.group("name").split()[0].casefold() not in cues.NOT_PLACE
