"""A new customer told beside the customers a supplier has already: all of them buy from it.

    "The deal gives Maltrix a third customer alongside Korvan and Delvo."   -> Maltrix supplies Korvan, Delvo
    "Maltrix compte désormais un troisième client aux côtés de Korvan."    -> Maltrix supplies Korvan
    "L'accordo dà a Maltrix un terzo cliente accanto a Korvan e Delvo."
    "El acuerdo da a Maltrix un tercer cliente junto a Korvan y Delvo."
    "Maltrix gewinnt damit neben Korvan und Delvo einen dritten Kunden."

The customer noun with an ordinal or "new" names one more customer of the company named before it (the
German puts the companions first, after "neben", and the noun last); the companions after "alongside",
"aux côtés de", "accanto a", "junto a", "neben" are the customers it had. They are no partners of each
other: a partnership the sentence's "alongside" gave them is dropped.
"""

from __future__ import annotations

import re

from . import engine
from ..scan.sentence_scan import scan_of

__all__ = ["customer_companions"]

_I = re.IGNORECASE
_NOUN = {
    "en": r"\b(?:second|third|fourth|fifth|new|another|further|additional)\s+(?:[\w-]+\s+)?(?:customer|client|buyer|offtaker)\s+"
          r"(?:alongside|besides|beside|next\s+to|in\s+addition\s+to|joining)\s+(?:the\s+)?$",
    "fr": r"\b(?:deuxième|second|troisième|quatrième|nouveau|autre)\s+(?:[\w-]+\s+)?(?:client|acheteur)\s+"
          r"(?:aux\s+côtés\s+d[eu]s?\s*|à\s+côté\s+d[eu]s?\s*|outre\s+|en\s+plus\s+d[eu]s?\s*)(?:l['’]|le\s+|la\s+)?$",
    "it": r"\b(?:secondo|terzo|quarto|nuovo|altro)\s+(?:[\w-]+\s+)?(?:cliente|acquirente)\s+"
          r"(?:accanto\s+a(?:d|l|lla|i|gli)?|oltre\s+a(?:d|l|lla|i|gli)?|insieme\s+a(?:d|l|lla|i|gli)?)\s*(?:l['’])?$",
    "es": r"\b(?:segundo|tercer|cuarto|nuevo|otro)\s+(?:[\w-]+\s+)?(?:cliente|comprador)\s+"
          r"(?:junto\s+a(?:l)?|además\s+de(?:l)?)\s+(?:la\s+|el\s+)?$",
}
_NOUN_RX = {k: re.compile(v, _I) for k, v in _NOUN.items()}
#: German: "neben Y und Z einen dritten Kunden", the noun after the companions
_DE_BEFORE = re.compile(r"\bneben\s+(?:dem\s+|der\s+|den\s+)?(?:[\w-]+\s+){0,2}?$", _I)
_DE_AFTER = re.compile(r"\s+(?:(?:einen|einem|ein)\s+)?(?:zweiten|dritten|vierten|weiteren|neuen)\s+(?:[\w-]+\s+)?(?:Kunden|Abnehmer|Käufer)\b", _I)
#: between two companions, the preposition perhaps repeated ("aux côtés de Y et de Z", "accanto a Y e a Z")
_JOIN = re.compile(r"\s*(?:,|and|et|e|ed|y|und|sowie|as\s+well\s+as)\s*(?:,\s*)?(?:(?:de|d['’]|du|a|ad|al|von)\s*)?"
                   r"(?:(?:the|le|la|l['’]|il|el|der|die|dem)\s*)?$", _I)


def _list_from(spans, k: int, text: str) -> list[int]:
    """Indexes of the companions from span k on, joined by commas and conjunctions."""
    out = [k]
    while out[-1] + 1 < len(spans) and _JOIN.fullmatch(text, spans[out[-1]][1], spans[out[-1] + 1][0]):
        out.append(out[-1] + 1)
    return out


def customer_companions(text: str, spans, lex) -> tuple[list[engine.Found], set[frozenset[str]]]:
    """supplies Found from the supplier to each companion customer, and the pairs of companions (their
    partnership is no reading of the sentence); ``spans``: (start, end, name, sectors), text order."""
    lang = lex.lang
    if len(spans) < 2:
        return [], set()
    cue_rx = _DE_BEFORE if lang == "de" else _NOUN_RX.get(lang)
    if cue_rx is None or not scan_of(text).may(cue_rx):
        return [], set()  # (speed) no cue's literals in the sentence: no window before a name can hold one
    out: list[engine.Found] = []
    pairs: set[frozenset[str]] = set()
    for k, (s, e, _name, _sec) in enumerate(spans):
        if k == 0:
            continue
        members = _list_from(spans, k, text)
        if lang == "de":
            cue = engine.ending_at(_DE_BEFORE, text, s, 40)
            last = spans[members[-1]]
            tail = _DE_AFTER.match(text, last[1]) if cue is not None else None
            if tail is None:
                continue
            span = (cue.start(), tail.end())
        else:
            rx = _NOUN_RX.get(lang)
            cue = engine.ending_at(rx, text, s, 90) if rx is not None else None
            if cue is None:
                continue
            span = cue.span()
        lo = engine.clause_opening(text, cue.start())
        before = [sp for sp in spans[:k] if sp[0] >= lo and sp[1] <= cue.start()]
        if not before:
            continue
        supplier = before[-1]  # the company the new customer is one more of
        names = [spans[i][2] for i in members if spans[i][2] != supplier[2]]
        status, dconf = engine.status_for(lex, text, span[0], span[1], "active", [supplier[:2]] + [spans[i][:2] for i in members])
        if status is None:
            continue
        if status in ("announced", "in_talks"):
            status = "active"  # the companions are the customers it has already; the deal is the new one's
        for n in names:
            out.append(engine.Found("supplies", supplier[2], n, status, 0.6 + dconf, None, span))
        pairs.update(frozenset((a, b)) for a in names for b in names if a != b)
        break
    return out, pairs
