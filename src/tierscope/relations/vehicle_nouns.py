"""One vehicle of a customer's, named in the singular, as the thing a supplier's goods fit out:

    "Kestrel's cells will power Brixo's next SUV"                  -> Kestrel supplies Brixo
    "Le celle di Kestrel equipaggeranno la nuova berlina di Brixo"  -> the same
    "Kestrel rüstet das neue SUV von Brixo mit Zellen aus"          -> the same

The lexicons' ``goods_of`` lists the customer's goods in the plural ("models", "vans", "i modelli"),
as a range is told; a launch is told of one car, in the singular. Only the verbs of fitting out read
these (``frames/supply._goods_owner_after``): "the bus of Brixo" after another verb names no customer.
"""

from __future__ import annotations

import re

__all__ = ["one_vehicle_of", "one_vehicle_after"]

_I = re.IGNORECASE

_NOUNS = {
    "en": r"vehicle|car|van|truck|lorry|bus|coach|model|SUV|pickup|pick-up|sedan|saloon|hatchback|crossover|coupe|tractor|train|locomotive",
    "it": r"veicolo|vettura|auto|automobile|furgone|camion|autobus|modello|berlina|utilitaria|citycar|city car|SUV|crossover|pick-up|treno|trattore",
    "fr": r"véhicule|voiture|utilitaire|camion|autobus|bus|modèle|berline|citadine|SUV|crossover|pick-up|train|tracteur",
    "es": r"vehículo|coche|furgoneta|camión|autobús|modelo|berlina|utilitario|todocamino|SUV|crossover|pick-up|tren|tractor",
    "de": r"Fahrzeug|Auto|Elektroauto|Modell|SUV|Transporter|Lkw|Lastwagen|Bus|Kleinwagen|Limousine|Zug|Traktor|Sattelzug",
}
#: the vehicle, then up to two words (a model name, an adjective after it), right before the customer's "of"
_OF = {k: re.compile(r"\b(?:" + v + r")\s+(?:[\w'’-]+\s+){0,2}$", _I) for k, v in _NOUNS.items()}
#: the vehicle after the customer's possessive: "Brixo's next compact SUV"
_AFTER = {k: re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:" + v + r")\b", _I) for k, v in _NOUNS.items()}


def one_vehicle_of(lang: str, text: str, lo: int, hi: int) -> bool:
    """A vehicle in the singular ends the stretch ``text[lo:hi]`` before the customer's "of"."""
    rx = _OF.get(lang)
    return rx is not None and rx.search(text, lo, hi) is not None


def one_vehicle_after(lang: str, text: str, pos: int) -> bool:
    """A vehicle in the singular follows the possessive ending at ``pos``, two words between at most."""
    rx = _AFTER.get(lang)
    return rx is not None and rx.match(text, pos) is not None
