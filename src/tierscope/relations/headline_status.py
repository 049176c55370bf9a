"""The status of a supply told in a headline: the news of a new deal, not a report on one that runs.

A headline in the present ("Brixo liefert Batteriesensoren an Kestrel", "Valmera commande ses
chargeurs à Norvik", "Corvalis incorpora a Brixo como proveedor") tells what is new: a contract won or
signed, whose deliveries come later; the body says whether they run. So a supply a headline tells as
"active" (by default or by any cue of its own) is "announced", unless the headline says the tie runs
already or goes on ("now shipping", "garde Y comme client", "seit 2020").
"""

from __future__ import annotations

import re

#: words that tell a running or continued tie, per language
_RUNNING = {
    "en": r"now|already|still|keeps?|continues?|remains?|since|shipping|extends?|renews?",
    "de": r"jetzt|nun|bereits|schon|weiterhin|bleibt|seit|verlängert|erneuert",
    "fr": r"désormais|déjà|toujours|garde|gardent|conserve|conservent|reste|restent|continue|continuent|depuis|prolonge|renouvelle",
    "it": r"ora|già|ancora|resta|restano|continua|continuano|dal|rinnova|proroga",
    "es": r"ya|ahora|sigue|siguen|mantiene|mantienen|continúa|continúan|desde|renueva|prorroga",
}
_RUNNING = {lang: re.compile(rf"\b(?:{words})\b", re.I) for lang, words in _RUNNING.items()}


def headline_supply_status(lang: str, headline: str, status: str) -> str:
    """``status`` of a supply read in ``headline`` (a line of its own with no full stop): "announced"
    in place of a default "active", unless the headline says the tie runs already."""
    rx = _RUNNING.get(lang)
    if status != "active" or rx is None or rx.search(headline):
        return status
    return "announced"
