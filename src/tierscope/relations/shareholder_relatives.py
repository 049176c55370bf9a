"""A shareholder noun told in a relative clause, with the company held named only by the relative or
by a possessive:

    "Volkswagen has tightened its ties with Gotion, of which it is the largest shareholder."
    "Il gruppo ha rafforzato i legami con Gotion, di cui è primo azionista con circa il 25%."
    "Le groupe a resserré ses liens avec Gotion, dont il est le premier actionnaire."
    "El grupo ha estrechado sus lazos con Gotion, de la que es el primer accionista."
    (the held company right before the relative; the holder named inside it, else the sentence's subject)

    "Gotion has a major customer in Volkswagen, which is also its largest shareholder."
    "Gotion ha un cliente importante in Volkswagen, che è anche il suo primo azionista."
    "Gotion a un gros client, Volkswagen, qui est aussi son premier actionnaire."
    "Gotion tiene un gran cliente en Volkswagen, que es también su primer accionista."
    "Gotion hat mit Volkswagen einen großen Kunden, der zugleich sein größter Aktionär ist."
    (the holder right before the relative; its possessive stands for the sentence's first company)

A controlling or majority holder (or one with more than half) ``owns`` the company, any other
``invests_in`` it; a past copula ("was", "era", "était", "war") ends the tie. The frames read a
shareholder noun with its company after "of" ("the largest shareholder of Y"); these leave it out.
"""

from __future__ import annotations

import re

from . import engine
from ..scan.sentence_scan import holds

__all__ = ["shareholder_relatives"]

_I = re.IGNORECASE
_WHO = r"(?P<who>[^,;:()%\d]{0,50}?)"
_NOUN = {
    "en": r"(?:(?:single[- ])?(?:largest|biggest|main|principal|leading|second[- ]largest|third[- ]largest|top|major|anchor|reference|minority|controlling|majority)\s+)?(?:shareholder|stockholder|investor)",
    "it": r"(?:(?:primo|principale|maggiore|secondo|terzo)\s+)?(?:azionista|socio)(?:\s+(?:di riferimento|di minoranza|di maggioranza|di controllo|principale|forte))?",
    "fr": r"(?:(?:premier|principal|deuxième|second|troisième|plus gros)\s+)?actionnaire(?:\s+(?:de référence|minoritaire|majoritaire|de contrôle|principal))?",
    "es": r"(?:(?:primer|principal|mayor|segundo|tercer)\s+)?(?:accionista|socio)(?:\s+(?:de referencia|minoritario|mayoritario|de control|principal))?",
    "de": r"(?:(?:größter|größte|wichtigster|wichtigste|zweitgrößter|zweitgrößte)\s+)?(?:Einzelaktionär|Großaktionär|Hauptaktionär|Ankeraktionär|Minderheitsaktionär|Mehrheitsaktionär|Aktionär|Anteilseigner|Gesellschafter|Investor)(?:in)?",
}
_COPULA = {
    "en": r"(?P<cop>is|was|remains|remained|has become|became|has been)\s+(?:also\s+|still\s+|now\s+|already\s+)?",
    "it": r"(?P<cop>è|era|resta|rimane|è diventat[oa]|è anche|è ancora)\s+(?:anche\s+|ancora\s+|oggi\s+|ora\s+|già\s+)?",
    "fr": r"(?P<cop>est|était|reste|demeure|est devenue?)\s+(?:aussi\s+|également\s+|toujours\s+|désormais\s+|déjà\s+)?",
    "es": r"(?P<cop>es|era|sigue siendo|se ha convertido en)\s+(?:también\s+|además\s+|ya\s+|hoy\s+)?",
}
_PAST = frozenset(("was", "remained", "era", "était", "war"))
# the held company, then a relative of which the holder is the shareholder
_OF_WHICH = {
    "en": re.compile(r",?\s*of which\s+" + _WHO + r"\s*" + _COPULA["en"] + r"(?:the|a|an)\s+(?P<noun>" + _NOUN["en"] + r")\b", _I),
    "it": re.compile(r",?\s*di cui\s+" + _WHO + r"\s*" + _COPULA["it"] + r"(?:il\s+|l['’]\s*|un\s+)?(?P<noun>" + _NOUN["it"] + r")\b", _I),
    "fr": re.compile(r",?\s*dont\s+" + _WHO + r"\s*" + _COPULA["fr"] + r"(?:le\s+|l['’]\s*|un\s+)(?P<noun>" + _NOUN["fr"] + r")\b", _I),
    "es": re.compile(r",?\s*(?:de la que|del que|de la cual|del cual)\s+" + _WHO + r"\s*" + _COPULA["es"] + r"(?:el\s+|un\s+)?(?P<noun>" + _NOUN["es"] + r")\b", _I),
    # (a verb-last participle may stand between the name and the comma: "zu Brixo gestärkt, dessen")
    "de": re.compile(r"(?:\s+[a-zäöüß]+)?,?\s*(?:dessen|deren)\s+(?P<noun>" + _NOUN["de"] + r")\s+" + _WHO + r"\s*(?P<cop>ist|war|bleibt)\b", _I),
}
# the holder, then a relative calling it the shareholder of the sentence's first company ("its")
_ITS = {
    "en": re.compile(r",?\s*(?:which|who)\s+" + _COPULA["en"] + r"(?:its|their)\s+(?P<noun>" + _NOUN["en"] + r")\b", _I),
    "it": re.compile(r",?\s*che\s+" + _COPULA["it"] + r"(?:il\s+)?(?:suo|loro)\s+(?P<noun>" + _NOUN["it"] + r")\b", _I),
    "fr": re.compile(r",?\s*qui\s+" + _COPULA["fr"] + r"(?:son|leur)\s+(?P<noun>" + _NOUN["fr"] + r")\b", _I),
    "es": re.compile(r",?\s*que\s+" + _COPULA["es"] + r"(?:su)\s+(?P<noun>" + _NOUN["es"] + r")\b", _I),
    "de": re.compile(r",?\s*(?:der|die|das)\s+(?:auch\s+|zugleich\s+|zudem\s+|außerdem\s+|inzwischen\s+)?(?:sein|seine|seiner|ihr|ihre|ihrer)\s+(?P<noun>" + _NOUN["de"] + r")\s+(?P<cop>ist|war|bleibt)\b", _I),
}
_CONTROL = re.compile(r"controlling|majority|di maggioranza|di controllo|majoritaire|de contrôle|mayoritario|de control|Mehrheits", _I)
_SHARE_AFTER = re.compile(r"\s*,?\s*(?:with|con|avec|mit)\s+(?:(?:about|around|some|nearly|almost|just over|just under|circa|quasi|oltre|environ|près de|cerca del?|alrededor del?|casi|rund|etwa|knapp|gut|mehr als)\s+)?"
                          r"(?:(?:il|l['’]|el|un|a)\s*)?(?P<pct>\d{1,3}(?:[.,]\d+)?)\s*(?:%|percent|per cent|per cento|por ciento|Prozent)", _I)
# the subject named again by a pronoun or nothing ("of which it is", "di cui è", "dont il est")
_SUBJECT_WORDS = re.compile(r"^(?:|it|they|il|elle|ils|er|sie|es|the group|the company|il gruppo|la società|le groupe|el grupo|der Konzern|das Unternehmen)$", _I)
_NOT_COMPANY = re.compile(r"\b(?:famil\w*|Familien?|founders?|fondator\w*|fundador\w*|Gründer\w*|state|Stato|Estado|Staat|government|governo|gobierno|Regierung)\b", _I)
_GATE = re.compile(r"shareholder|stockholder|investor|azionista|socio|actionnaire|accionista|Aktionär|Anteilseigner|Gesellschafter|Investor", _I)


def _kind_status(m: re.Match, text: str) -> tuple[str, str]:
    share = _SHARE_AFTER.match(text, m.end())
    over_half = share is not None and float(share.group("pct").replace(",", ".")) > 50
    kind = "owns" if _CONTROL.search(m.group("noun")) or over_half else "invests_in"
    return kind, "ended" if m.group("cop").casefold() in _PAST else "active"


def shareholder_relatives(text: str, spans: list[tuple[int, int, str]], language: str) -> list[engine.Found]:
    """``spans``: (start, end, canonical) of the sentence's companies, offsets in ``text``, sorted."""
    of_which, its = _OF_WHICH.get(language), _ITS.get(language)
    if of_which is None or len(spans) < 2 or not holds(_GATE, text):  # (the gate's literals first, from the sentence's scan)
        return []
    out: list[engine.Found] = []
    for k, (_start, end, name) in enumerate(spans):
        m = of_which.match(text, end)
        if m is not None and not _NOT_COMPANY.search(m.group("who")):
            lo, hi = m.span("who")
            inside = [n for s, e, n in spans if lo <= s and e <= hi]
            if inside:
                holder = inside[0]
            elif _SUBJECT_WORDS.match(m.group("who").strip()):
                holder = next((n for _s, _e, n in spans[:k] if n != name), None)
            else:
                holder = None
            if holder is not None and holder != name:
                kind, status = _kind_status(m, text)
                out.append(engine.Found(kind, holder, name, status, 0.75, None, m.span("noun")))
            continue
        m = its.match(text, end) if k > 0 else None
        if m is not None and spans[0][2] != name:
            kind, status = _kind_status(m, text)
            out.append(engine.Found(kind, name, spans[0][2], status, 0.75, None, m.span("noun")))
    return out
