"""A town with its district in brackets after a preposition of place is no company: "à Échassières (Allier)",
"in Wetteraukreis (Hessen)", "a Vigevano (PV)", "en Villanueva (Cantabria)", "à Beauvoir (03)".

News writes a small town with its département, province or region in brackets ("Commune (Département)",
"Comune (PV)", "Municipio (Provincia)", "Ort (Bundesland)"), and small towns are missing from the place
lists. A name cue (the object of "la fourniture ... à X") can then take the town for a company, and its
ties go to a village. A name the gazetteer does not know as a company, right after a preposition of place,
followed by a bracket that holds one capitalised place word (not a company's, not capitals only), a known
region, a two-letter Italian province code that is not the name's initials, or a French département
number, is taken for a place on the whole page: a company's name is not written so. A name the page writes
with a legal form anywhere ("Korvelia SAS (Isère)", "bei Kelvar Kabel GmbH (Südtirol)"), or calls a company
elsewhere ("la start-up Ortelia", "Ortelia, una società ...", "Ortelia said": `public_names.company_cue`), is a
company with its seat in brackets, and stays.
"""

from __future__ import annotations

import re

from ..doc import Mention
from .gazetteer import gazetteer, places
from .public_names import company_cue
from .text import LEGAL_AFTER

__all__ = ["drop_bracketed_places"]

#: prepositions of place, per language, right before the town ("près de", "vicino a": the last word)
_BEFORE = {
    "en": r"in|near|at",
    "fr": r"à|en|dans|près\s+de",
    "it": r"a|in|presso|vicino\s+a",
    "es": r"en|a|cerca\s+de",
    "de": r"in|bei|nahe|nach",
}
_BEFORE_RX = {lang: re.compile(rf"(?:^|[\s,(])(?:{words})\s+$", re.IGNORECASE) for lang, words in _BEFORE.items()}
#: the bracket after the town: a capitalised word or compound ("Allier", "Haute-Vienne", "Val-d'Oise"), two
#: capitals (an Italian province), or a French département number ("03", "2A")
_BRACKET = re.compile(r"\s*\(\s*(?P<word>[A-ZÀ-Ý][a-zà-ÿ]+(?:[-'’ ](?:[A-ZÀ-Ýa-zà-ÿ][a-zà-ÿ]*|[dl]['’][A-ZÀ-Ý][a-zà-ÿ]+)){0,4}"
                      r"|(?P<code>[A-Z]{2})|(?P<number>\d{2}|2[AB]))\s*\)")
#: a legal form ending the name ("Korvelia SAS (Isère)", "a Ortelia S.p.A. (TO)"): a company with its seat in brackets
_LEGAL_END = re.compile(LEGAL_AFTER.pattern + r"\s*$")


def _district(m: re.Match, name: str, language: str) -> bool:
    """Whether the bracket ``m`` after ``name`` holds a district of a place, not something of a company's."""
    if m.group("number"):
        return language == "fr"
    if m.group("code"):
        initials = "".join(w[0] for w in name.split() if w[:1].isupper())
        return language == "it" and m.group("code") != initials[:2]
    word = m.group("word")
    # a known place (a region, a city: "Beta (Lyon)" is written of companies too, but not after "in"/"à"), or
    # a word that names no known company ("Stellantis (Peugeot)" gives a marque's group)
    return places().get(word) is not None or gazetteer().canonical(word) is None


def drop_bracketed_places(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """``mentions`` less the unknown companies the page writes as a town with its district in brackets."""
    before = _BEFORE_RX.get(language)
    if before is None or "(" not in text:
        return mentions
    towns, firms = set(), set()
    for m in mentions:
        if m.label == "COMPANY" and _LEGAL_END.search(m.text):
            firms.add(m.canonical)  # (a name the page writes with a legal form anywhere is a company's)
        if m.label != "COMPANY" or m.source in ("coref", "gazetteer") or (m.attrs or {}).get("known"):
            continue
        b = _BRACKET.match(text, m.end)
        if b is None or not before.search(text, max(0, m.start - 16), m.start):
            continue
        if _district(b, m.text, language):
            towns.add(m.canonical)
    # (a name the page also calls a company, "la start-up X ... a X (Torino)", is a company with its seat in brackets)
    towns = {n for n in towns - firms if not company_cue(text, mentions, n, language)}
    if not towns:
        return mentions
    return [m for m in mentions if not (m.label == "COMPANY" and m.canonical in towns and m.source != "gazetteer"
                                        and not (m.attrs or {}).get("known"))]
