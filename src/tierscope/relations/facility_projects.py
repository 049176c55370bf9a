"""A plant named as a project with its town: "Le projet Vemar, à Ashby, doit produire 34 000
tonnes", "le projet de mine de lithium de Kornex à Ashby", "El proyecto de Kornex en Ashby sigue en el
limbo", "il progetto di Ashby resta sospeso", "the Kornex project in Ashby", "das Projekt in Ashby".

Why: the press names a plant not yet built by its project as often as by a plant noun, and a story
about a planned refinery, mine or gigafactory calls it "the project" once the plant noun has been
used; the guidelines label such a planned plant with its owner and town. "Project" names many other
things (a takeover, a law, a research programme), so the noun counts only with a town attached (a
locative word and a town of the place lists, not a country or region, within a short stretch after it
that no clause break cuts), and only where the story names a plant with a plant noun elsewhere, or
the sentence itself tells of making or of a mine.
"""

from __future__ import annotations

import re

_PROJECT = {
    "en": re.compile(r"\bproject\b", re.I),
    "fr": re.compile(r"\bprojet\b", re.I),
    "it": re.compile(r"\bprogetto\b", re.I),
    "es": re.compile(r"\bproyecto\b", re.I),
    "de": re.compile(r"\bProjekt\b"),
}
_LITERAL = {"en": "project", "fr": "projet", "it": "progetto", "es": "proyecto", "de": "projekt"}
# the locative word right before the town (Italian also "di": "il progetto di Termoli")
_AT = {
    "en": re.compile(r"\b(?:in|at|near|outside)\s+$", re.I),
    "fr": re.compile(r"(?:\bà|\bprès d['’]|\bprès de)\s*$", re.I),
    "it": re.compile(r"\b(?:a|ad|di|presso|vicino a)\s+$", re.I),
    "es": re.compile(r"\b(?:en|cerca de|junto a)\s+$", re.I),
    "de": re.compile(r"\b(?:in|bei|nahe)\s+$"),
}
# words of making or of a mine in the sentence: the project is a plant's
_MAKING = re.compile(
    r"produc|produi|produr|produz|fabri|manufactur|fertig|herstell|mine\b|mina\b|miniera|Bergwerk|refin|raffin|"
    r"GWh|tonnes|tonnellate|toneladas|Tonnen|\btons\b|gigafactor|gigafábrica|lithium|litio", re.I)
# what may stand between the noun and the locative word: goods and the owner ("projet de mine de
# lithium de Kornex à", "proyecto de Kornex en"), no comma nor clause break; or the project's name set
# off by a comma ("Le projet Vemar, à Ashby"); not a clause after a comma ("the project, though
# residents in Ashby")
_GAP = re.compile(r"[^,;:.!?()]{0,45}|(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*){1,2}\s*,\s*[^,;:.!?()]{0,12}")


def project_noun(text: str, base: int, ms, language: str | None, place_kind, story_has_plant) -> tuple[int, int] | None:
    """(start, end) of a project noun with a town attached, where the sentence tells of making or of a
    mine or ``story_has_plant()`` (whether the story names a plant with a plant noun elsewhere); None
    where the sentence holds none."""
    lang = language if language in _PROJECT else "en"
    if _LITERAL[lang] not in text.lower():
        return None  # (a cheap test first: few sentences name a project)
    places = [p for p in ms if p.label == "PLACE"
              and (p.attrs.get("kind") or place_kind(p.text)) in ("city", "")]
    if not places:
        return None
    for m in _PROJECT[lang].finditer(text):
        for p in places:
            s = p.start - base
            if s < m.end() or s - m.end() > 50:
                continue
            gap = text[m.end() : s]
            if _GAP.fullmatch(gap) and _AT[lang].search(gap):
                if _MAKING.search(text) or story_has_plant():
                    return m.span()
                return None
    return None
