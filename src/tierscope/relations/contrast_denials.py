"""A denial set against a tie by a contrast, after the tie and its parties ("X will supply Y from 2026,
the company said, but it denied reports that it plans a plant in Ohio"; "..., qui a démenti en revanche
la construction d'une nouvelle usine"; "..., que sin embargo ha desmentido ..."; "..., che ha però
smentito ..."): the contrast says the denial is of another matter, so it does not reach the tie. The
denial still reaches it where its object names a party or points back to the deal ("but it denied the
report", "mais Y a démenti l'information"), which ``status._scope`` reads as before."""

from __future__ import annotations

import re

_DENY = (r"(?:denied|denies|deny|dismissed|rejected|refuted|démenti|dément|démentait|nié|nie|rejeté|"
         r"smentito|smentisce|smentiva|negato|nega|respinto|desmentido|desmiente|desmintió|negado|niega|negó|rechazado|"
         r"dementiert\w*|bestritt\w*|bestreitet|zurückgewiesen)")
_AUX = r"(?:has|have|had|a|ont|avait|ha|hanno|aveva|han|había|hat|haben|hatte)"
_ADV = (r"(?:however|though|en revanche|toutefois|cependant|pourtant|par contre|però|tuttavia|invece|peraltro|"
        r"sin embargo|no obstante|en cambio|por el contrario|dagegen|jedoch|allerdings)")
_SUBJECT = (r"(?:it|he|she|they|the (?:company|group|firm|carmaker|supplier)|il|elle|ils|le groupe|la société|"
            r"l['’]entreprise|ella|la compañía|la empresa|el grupo|la firma|la società|il gruppo|l['’]azienda|"
            r"er|sie|das Unternehmen|der Konzern)")
#: "..., but it denied", "..., but has denied", "..., mais a démenti en revanche", "..., pero ha negado"
_BUT = re.compile(rf",\s+(?:but|mais|ma|pero|aber|yet)\s+(?:{_SUBJECT}\s+)?(?:{_ADV}\s+)?(?:{_AUX}\s+)?(?:{_ADV}\s+)?{_DENY}\b", re.I)
#: a relative or a subject with a contrasting adverb: "..., qui a démenti en revanche", "..., que sin embargo
#: ha desmentido", "..., which however denied", "..., il gruppo ha invece smentito"
_REL = re.compile(
    rf",\s+(?:which|who|qui|che|que|{_SUBJECT})\s+(?:(?:{_AUX}\s+)?{_ADV}\s+(?:{_AUX}\s+)?{_DENY}\b|(?:{_AUX}\s+)?{_DENY}\s+{_ADV}\b)",
    re.I)
#: where the denial's object points back to the deal: a pronoun or a report's noun right after the verb
_BACK = re.compile(
    r"\s*(?:it|them|this|that|the (?:report|reports|deal|talks|rumou?rs?|speculation)|"
    r"l['’]information|ces informations|cette information|les (?:rumeurs|informations)|"
    r"la notizia|le indiscrezioni|le voci|la información|las informaciones|la noticia|los rumores|"
    r"dies|das|den Bericht|die Berichte)\b", re.I)


def contrast_denial_start(text: str, after: int, party_spans: list[tuple[int, int]], hi: int) -> int | None:
    """Where a contrasted denial of another matter opens after ``after`` (the end of the tie and its
    parties) and before ``hi``: the offset of its comma, or None. Not where a party stands in the denial's
    clause, nor where its object points back."""
    for rx in (_BUT, _REL):
        for m in rx.finditer(text, after, hi):
            end = _clause_stop(text, m.end())
            if any(m.start() < a < end for a, _ in party_spans):
                continue
            if _BACK.match(text, m.end()):
                continue
            return m.start()
    return None


_STOP = re.compile(r"[;:.!?](?:\s|$)")


def _clause_stop(text: str, at: int) -> int:
    m = _STOP.search(text, at)
    return m.start() if m else len(text)
