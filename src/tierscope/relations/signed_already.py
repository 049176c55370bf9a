""""Already" told of a signing ("has already signed a supply contract with Y", "Y ya firmó un contrato con
X", "X ya adjudicó los arneses a Y", "a déjà signé un contrat", "ha già firmato"): the word says the deal is
signed, not that the tie runs. A contract signed is announced until its deliveries start; "already" is read
as a cue of a running tie elsewhere ("already supplies", "ya suministra"), so it is blanked here where a verb
of signing, awarding or agreeing follows it within two words (the trigger included), or stands right before
it ("ha firmado ya")."""

from __future__ import annotations

import re

_ALREADY = {"en": "already", "es": "ya", "fr": "déjà", "it": "già"}
_SIGNING = {
    "en": r"(?:signed|agreed|awarded|inked|sealed|struck|concluded|clinched|finali[sz]ed)",
    "es": r"(?:firm(?:ó|aron|ado|ada|ados|adas)|adjudic(?:ó|aron|ado|ada)|acord(?:ó|aron|ado)|sell(?:ó|aron|ado)|"
          r"suscri(?:bió|bieron|to|ta)|cerr(?:ó|aron|ado)|rubric(?:ó|aron|ado))",
    "fr": r"(?:signée?s?|conclue?s?|attribuée?s?|paraphée?s?|scellée?s?)",
    "it": r"(?:firmat[oaie]|sottoscritt[oaie]|siglat[oaie]|assegnat[oaie]|aggiudicat[oaie])",
}
_AFTER = {lang: re.compile(rf"\b{w}\s+(?:[\w'’-]+\s+){{0,2}}?{_SIGNING[lang]}\b", re.I) for lang, w in _ALREADY.items()}
_BEFORE = {lang: re.compile(rf"\b{_SIGNING[lang]}\s+({w})\b", re.I) for lang, w in _ALREADY.items()}


def without_signed_already(lang: str, text: str, lo: int, hi: int) -> str:
    """``text[lo:hi]`` with each "already" that a verb of signing follows (within two words, read up to 40
    characters past ``hi``) or precedes (read from 30 characters before ``lo``) blanked."""
    rx = _AFTER.get(lang)
    piece = text[lo:hi]
    if rx is None or _ALREADY[lang] not in piece.lower():
        return piece
    out = list(piece)
    for m in rx.finditer(text, lo, min(len(text), hi + 40)):
        if m.start() < hi:
            for i in range(m.start(), min(hi, m.start() + len(_ALREADY[lang]))):
                out[i - lo] = " "
    for m in _BEFORE[lang].finditer(text, max(0, lo - 30), hi):
        for i in range(max(lo, m.start(1)), min(hi, m.end(1))):
            out[i - lo] = " "
    return "".join(out)
