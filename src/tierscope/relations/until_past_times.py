"""A tie told with "until" and a time already past that is no year ("until last year", "fino a due anni fa",
"hasta el año pasado", "jusqu'à l'an dernier", "bis vor kurzem", "until the previous generation") ran until
then and is over: journalists write it of a supplier replaced or an owner that sold, with the past of the
tie's verb ("Y, which until last year bought its modules from X"). The lexicons' "until <year>" cues read
only a year; these phrases name the time by its distance from now, or by the last model or generation,
so they can only tell an end. Read by ``status.py`` in the trigger's clause, next to the trigger:
before it with no comma, ';' or ':' between but one right after the phrase ("Hasta hace dos años, X
suministraba ..."), or after it with none between; not where a word of now or since stands between the
phrase and the trigger ("until last year it bought from Z; now X supplies it"), which tells the new tie,
nor where "only" stands beside the tie ("until three years ago it worked almost only for Y"): what ended
is the tie being the only one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..scan.sentence_scan import scan_of

#: "until" and a past time with no year, per language
_PHRASE = {
    "en": r"\b(?:until|till|up until)\s+(?:last\s+(?:year|month|week|spring|summer|autumn|fall|winter|season)|recently|"
          r"(?:a|one|two|three|four|five|several|a\s+few|some)\s+(?:years?|months?|weeks?)\s+ago|"
          r"(?:the\s+)?(?:last|previous|latest)\s+(?:model\s+change|model\s+year|generation|facelift|model|redesign|update))\b",
    "it": r"\bfino\s+(?:all['’]anno\s+scorso|allo\s+scorso\s+anno|al(?:l['’]|lo)\s*(?:anno|mese|autunno|inverno)\s+(?:scorso|passato)|"
          r"alla\s+scorsa\s+(?:estate|primavera|stagione)|"
          r"a\s+(?:(?:poco|pochissimo|qualche)\s+tempo|(?:un|uno|due|tre|quattro|cinque|pochi|alcuni|qualche)\s+"
          r"(?:anni?|mesi?|settimane?)|un\s+paio\s+d['’]anni)\s+fa|"
          r"(?:al(?:la|l['’])?|allo)\s*(?:ultim[oa]|precedente)\s+(?:generazione|restyling|modello|aggiornamento|rinnovo))",
    "es": r"\bhasta\s+(?:el\s+(?:año|mes|ejercicio|curso)\s+pasado|el\s+pasado\s+(?:año|mes|ejercicio|verano|otoño|invierno)|"
          r"hace\s+(?:(?:un|una|uno|dos|tres|cuatro|cinco|pocos|unos|algunos|escasos)\s+(?:años?|meses|mes|semanas?)|un\s+par\s+de\s+años)|"
          r"(?:la|el)\s+(?:última|último|anterior)\s+(?:renovación|generación|modelo|actualización|restyling|lavado\s+de\s+cara)|"
          r"la\s+generación\s+anterior|el\s+modelo\s+anterior)\b",
    "fr": r"(?:\bjusqu['’](?:à\s+l['’](?:an|année)\s+(?:dernier|dernière|passée?)|à\s+récemment|"
          r"à\s+il\s+y\s+a\s+(?:(?:un|une|deux|trois|quatre|cinq|quelques)\s+)?(?:ans?|mois|semaines?)|"
          r"(?:au|à\s+la)\s+(?:dernier|dernière|précédente?)\s+(?:génération|restylage|modèle|renouvellement|mise\s+à\s+jour))|"
          r"\bil\s+y\s+a\s+encore\s+(?:(?:un|une|deux|trois|quatre|cinq|quelques)\s+)?(?:ans?|mois|semaines?))\b",
    "de": r"\bbis\s+(?:vor\s+(?:kurzem|wenigen\s+(?:Jahren|Monaten|Wochen)|einigen\s+(?:Jahren|Monaten|Wochen)|"
          r"(?:einem|zwei|drei|vier|fünf)\s+(?:Jahren?|Monaten?|Wochen?))|"
          r"zum\s+(?:vergangenen|vorigen|letzten)\s+(?:Jahr|Monat|Herbst|Frühjahr|Sommer|Winter)|"
          r"(?:letztes|vergangenes|voriges)\s+Jahr|"
          r"(?:zum|zur)\s+(?:letzten|vorigen|jüngsten|vorherigen)\s+(?:Modellpflege|Modellwechsel|Generation|Modellgeneration|Überarbeitung))\b",
}

#: "only" beside the tie: what ended is the tie being the only one ("che fino a tre anni fa lavorava quasi solo per
#: Y, oggi consegna anche a Z"), not the tie
_ONLY = re.compile(
    r"\b(?:only|exclusively|solo|soltanto|solamente|esclusivamente|sólo|uniquement|seulement|"
    r"exclusivement|nur|ausschließlich|allein)\b", re.I)

#: a word of now or since between the phrase and the trigger: the tie told is the new one
_NOW = re.compile(
    r"\b(?:now|since|today|ora|adesso|oggi|da\s+allora|ahora|hoy|desde|désormais|maintenant|aujourd['’]hui|depuis|"
    r"nun|jetzt|heute|inzwischen|mittlerweile|seitdem|seither)\b", re.I)


#: the rest of the phrase up to the comma that closes it ("... la última renovación del modelo, X ...")
_PHRASE_RUNS_TO_COMMA = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s*,")


@lru_cache(maxsize=None)
def _phrase(lang: str) -> re.Pattern | None:
    rx = _PHRASE.get(lang)
    return re.compile(rx, re.I) if rx else None


def until_a_past_time(lang: str, text: str, t0: int, t1: int, clause_lo: int, clause_hi: int) -> bool:
    """Whether "until <a time past>" tells the end of the tie whose trigger is ``text[t0:t1]``, in the
    trigger's clause (``clause_lo``..``clause_hi``)."""
    rx = _phrase(lang)
    # (a sentence that holds none of the literals every "until" phrase holds has none in any stretch: most sentences)
    if rx is None or not scan_of(text).may(rx) or _ONLY.search(text, clause_lo, min(clause_hi, t1 + 40)):
        return False
    for m in rx.finditer(text, clause_lo, clause_hi):
        if m.end() <= t0:
            between = text[m.end() : t0]
            # (a comma may close the phrase, a few words on: "Hasta hace dos años, X suministraba", "Bis zur
            # letzten Modellpflege des Kombis, ...")
            closed = _PHRASE_RUNS_TO_COMMA.match(between)
            rest = between[closed.end() :] if closed else between
            if not any(c in rest for c in ",;:") and len(between) <= 80 and not _NOW.search(between):
                return True
        elif m.start() >= t1:
            between = text[t1 : m.start()]
            if not any(c in between for c in ",;:") and len(between) <= 70:
                return True
    return False
