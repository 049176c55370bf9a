"""A party that neither confirms nor denies a report ("neither confirmed nor denied", "ni confirma ni
desmiente", "ni confirmé ni démenti", "né conferma né smentisce", "weder bestätigt noch dementiert")
comments on nothing: the report stands, so the tie it tells is rumoured, not denied. The denying word of
such a pair is blanked (one space per character: no offset moves) before the status cues are read; the
words left ("neither confirmed nor", "ni confirma ni", ...) are a report cue of each lexicon
(``lexicon/_shared.NEITHER_NOR_REPORT``)."""

from __future__ import annotations

import re

from .lexicon._shared import NEITHER_NOR_REPORT

#: the denying word after the words each lexicon reads as a report cue (``NEITHER_NOR_REPORT``)
_DENIAL = {
    "en": r"(?P<d>den(?:y|ies|ied|ying)|refut\w+|reject\w+)",
    "fr": r"(?P<d>dém(?:enti|ent|entir|entent|entait)|infirm\w+)",
    "it": r"(?P<d>smenti(?:sce|to|re|scono)|nega(?:to|re|no)?)",
    "es": r"(?P<d>desm(?:iente|intió|entido|entir|ienten)|nieg(?:a|an)|neg(?:ó|ado|ar))",
    "de": r"(?P<d>dementier\w+|bestritt\w*|bestreit\w+|zurückgewiesen|widersproch\w*)",
}
_NEITHER_NOR = {lang: re.compile(NEITHER_NOR_REPORT[lang] + " " + rx, re.I) for lang, rx in _DENIAL.items()}


def without_neither_nor(lang: str, text: str) -> str:
    """``text`` with the denying word of each "neither confirm nor deny" blanked; the same string where it
    holds none."""
    rx = _NEITHER_NOR.get(lang)
    if rx is None or ("ni" not in text and "nor" not in text and "né" not in text and "noch" not in text):
        return text
    out = text
    for m in rx.finditer(text):
        s, e = m.span("d")
        out = out[:s] + " " * (e - s) + out[e:]
    return out
