"""A tie said to run already, in the words around its deal: "signed in 2024 ..., a joint team has worked on it
ever since", "la collaborazione ... è già operativa", "en reste actionnaire minoritaire", "de la que ya es
accionista", "die Zusammenarbeit läuft bereits". A signing or a deal word reads "announced"; these words say
the tie is in place now, so it is active.

Read only in the trigger's own stretch of the sentence (``status._scope``), where a deal word made it
"announced"; words of a future ("will", "sarà", "wird") between the trigger and the cue leave it as it was.
"""

from __future__ import annotations

import re

_RUNS_NOW = {
    "en": r"\b(?:is|are) already (?:operational|running|active|in (?:place|operation|force|use)|under way|working)\b"
          r"|\bstill (?:holds?|owns?)\b|\bremains? (?:one of )?(?:its|their|the company's|the group's) (?:\w+ ){0,2}?(?:shareholders?|investors?)\b|\b(?:has|have) (?:\w+ )?kept (?:a|its|their) (?:\w+ ){0,2}?(?:stake|holding|shareholding)\b"
          r"|\b(?:continue|continues) and run\b|\b(?:have|has) (?:worked|been working) (?:\w+ ){0,3}?ever since\b",
    "it": r"\b(?:è|sono) già (?:operativ[oaie]|attiv[oaie]|in corso|in vigore|avviat[oaie])\b|\bgià (?:attiv[oaie]|operativ[oaie]) su\b"
          r"|\b[Gg]ià in corso\b|\b(?:lavora|lavorano|collabora|collaborano|prosegue|proseguono) da allora\b"
          r"|\b(?:ne )?(?:resta|rimane|restano|rimangono) (?:\w+ ){0,3}?azionist[ai]\b|\bconserva (?:\w+ ){0,4}?(?:partecipazione|quota)\b",
    "fr": r"\b(?:est|sont) déjà (?:opérationnel(?:le)?s?|en service|en vigueur|en cours|actif|active|actifs|actives)\b"
          r"|\btravaill\w+ déjà ensemble\b|\bse poursuivr(?:a|ont)\b"
          # ("en reste actionnaire", "en reste l'un des principaux actionnaires", "en demeure le premier actionnaire")
          r"|\ben (?:reste|restent|demeure|demeurent) (?:l['’]un des |l['’]une des |un des |une des |le |la |l['’]|un |une )?(?:(?:principaux|premiers|plus gros|grands|premier|principal|seul) )?actionnaires?\b"
          r"|\ben détien(?:t|nent) (?:encore |toujours |aujourd['’]hui )\b",
    "es": r"\b(?:está|están) ya (?:operativ[oa]s?|activ[oa]s?|en (?:marcha|vigor|funcionamiento))\b|\bya (?:está|están) (?:operativ[oa]s?|activ[oa]s?|en (?:marcha|vigor|funcionamiento))\b"
          r"|\bya (?:es|son) (?:su )?(?:accionista|socio|proveedor|cliente)\w*\b|\bya (?:provee|suministra|abastece|entrega|trabaja|colabora)\w*\b"
          r"|\bsigue (?:siendo )?(?:uno de (?:los|sus) (?:\w+ )?|el (?:\w+ )?|su (?:\w+ )?)?(?:accionista|socio)\w*\b|\bsigue (?:teniendo|manteniendo|conservando) (?:\w+ ){0,3}?(?:participación|acciones)\b",
    "de": r"\b(?:ist|sind|läuft|laufen) (?:bereits|schon) (?:in Betrieb|aktiv|angelaufen|im Einsatz)\b|\bläuft (?:bereits|schon)\b|\b(?:bereits|schon) (?:läuft|laufen|in Betrieb (?:ist|sind))\b"
          r"|\b(?:ist|sind|bleibt|bleiben) (?:weiterhin |nach wie vor |bereits |schon )(?:Aktionär|Anteilseigner|Gesellschafter|beteiligt)\w*\b"
          r"|\bhält (?:weiterhin|nach wie vor|noch immer|bis heute)\b",
}
_RUNS_NOW = {lang: re.compile(rx) for lang, rx in _RUNS_NOW.items()}
#: a future between the trigger and the cue: the tie still comes
#: a new conjunct between the trigger and a cue after it: the cue is that conjunct's ("the deal with Y to build
#: vans from 2027, and the partnership with Z, already active on some models")
_NEXT_CONJUNCT = re.compile(r",\s+(?:and|e|ed|et|y|und|sowie)\s", re.I)
_FUTURE_BETWEEN = re.compile(r"\b(?:will|shall|wird|werden|soll|sollen|sarà|saranno|\w+erà|\w+eranno|sera|seront|será|serán|\w+rán|\w+rá)\b", re.I)


def runs_now(lang: str, text: str, t0: int, t1: int, lo: int, hi: int) -> bool:
    """A cue that the tie runs already in ``lo``..``hi`` (the trigger's stretch), with no future told
    between the trigger and a cue after it, nor a new conjunct (a party's other mentions, "Peugeot"
    for its group, may stand anywhere: the trigger is the mark)."""
    rx = _RUNS_NOW.get(lang)
    if rx is None:
        return False
    for m in rx.finditer(text, lo, hi):
        if m.start() >= t1 and _FUTURE_BETWEEN.search(text, t1, m.start()):
            continue
        if m.start() >= t1 and _NEXT_CONJUNCT.search(text, t1, m.start()):
            continue
        return True
    return False
