"""A plant built or run with a partner named first, before the subject:

    "Together with the miner Vale, BASF is building a nickel plant in Sulawesi."
    "Insieme alla mineraria Vale, BASF costruisce un impianto per il nichel."
    "Avec le minier Vale, BASF construit une usine de nickel."
    "Junto a la minera Vale, BASF construye una planta de níquel."
    "Gemeinsam mit dem Bergbauunternehmen Vale baut BASF eine Anlage für Nickel."

A plant two companies build or run together is their joint venture (as "X is building a plant with
Y"); the frames read the partner only after the verb, and German reads the fronted "gemeinsam mit"
as a bare partnership. The partner is the one company of the opening phrase; the subject the first
company after it; a partnership the frames gave the pair gives way.
"""

from __future__ import annotations

import re

from . import engine

__all__ = ["fronted_ventures"]

_I = re.IGNORECASE
#: the opening phrase of the partner, up to the name
_OPEN = {
    "en": re.compile(r"\s*(?:together|jointly) with\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$", _I),
    "it": re.compile(r"\s*(?:insieme|assieme) (?:a|ad|al|alla|allo|all['’]|ai|alle|agli|con)\s*(?:(?-i:[a-zàèéìòù])[\w'’-]*\s+){0,3}?$", _I),
    "fr": re.compile(r"\s*(?:conjointement |main dans la main )?avec\s*(?:(?:le|la|les|l['’])\s*)?(?:(?-i:[a-zé])[\w'’-]*\s+){0,3}?$", _I),
    "es": re.compile(r"\s*(?:junto (?:a|con)|conjuntamente con|con)\s+(?:(?:el|la|los|las)\s+)?(?:(?-i:[a-záéíóúñ])[\w-]*\s+){0,3}?$", _I),
    "de": re.compile(r"\s*(?:gemeinsam|zusammen) mit\s+(?:(?:dem|der|den)\s+)?(?:[\w-]+\s+){0,3}?$", _I),
}
#: after the subject: a verb of building or running and a plant noun, in the clause
_BUILDS = {
    "en": re.compile(r"[^.;:]{0,40}?\b(?:build|builds|building|built|construct\w*|runs|running|operat\w*)\b[^.;:]{0,60}?\b(?:plant|factory|gigafactory|refinery|mine|smelter)s?\b", _I),
    "it": re.compile(r"[^.;:]{0,40}?\b(?:costru\w*|realizz\w*|gestisc\w*|edific\w*)\b[^.;:]{0,60}?\b(?:impiant|stabiliment|fabbric|gigafactory|raffineri|minier)\w*", _I),
    "fr": re.compile(r"[^.;:]{0,40}?\b(?:constru\w*|bâti\w*|exploit\w*)\b[^.;:]{0,60}?\b(?:usines?|gigafactor\w*|raffinerie|mines?|site)\b", _I),
    "es": re.compile(r"[^.;:]{0,40}?\b(?:constru\w*|levant\w*|explot\w*)\b[^.;:]{0,60}?\b(?:plantas?|fábricas?|gigafactor\w*|refinería|minas?)\b", _I),
    "de": re.compile(r"[^.;:]{0,20}?\b(?:baut|bauen|baute|bauten|errichtet|errichten|betreibt|betreiben)\b[^.;:]{0,80}?(?:[Ff]abrik|[Ww]erk|[Aa]nlage|[Rr]affinerie|[Mm]ine|Gigafactory)\w*", _I),
}


def fronted_ventures(text: str, spans: list[tuple[int, int, str]], language: str) -> list[engine.Found]:
    """``spans``: (start, end, name) of the sentence's companies, in order."""
    rx = _OPEN.get(language)
    if rx is None or len(spans) < 2:
        return []
    (s0, e0, partner), (s1, e1, subject) = spans[0], spans[1]
    if partner == subject or not rx.fullmatch(text, 0, s0):
        return []
    between = text[e0:s1]
    # a comma closes the opening phrase (German may put the verb first: "..., baut BASF" / "Vale baut BASF")
    if language != "de" and not re.fullmatch(r"\s*,\s*(?:[\w-]+\s+){0,3}?", between):
        return []
    if language == "de" and not re.fullmatch(r"\s*,?\s*(?:baut|bauen|baute|bauten|errichtet|errichten|betreibt|betreiben)\s+(?:[\w-]+\s+){0,2}?", between, _I):
        return []
    tail = text[e1:] if language != "de" else text[e0:]
    if not _BUILDS[language].match(tail):
        return []
    return [engine.Found("joint_venture", subject, partner, "active", 0.7, None, (0, e1))]
