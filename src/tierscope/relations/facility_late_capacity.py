"""A plant's capacity told a few sentences after the plant, in a sentence with no plant noun of its
own ("The venture is targeting 50 GWh", "Nous visons une capacité de 25 GWh", "La capacità iniziale
sarà di 8 GWh", "Die Kapazität soll auf 20 GWh steigen", "tendrá una capacidad de 40 GWh"): the
story's latest plant's, when that plant has no capacity yet.

The follow-up rules of ``facilities`` reach only the sentence right after the plant or one that
opens with a pronoun; a capacity noun or a verb of aiming next to the amount says what the amount is
even further on. What keeps it off the plant: another company or another place in the sentence (a
rival's, a customer's or another site's figure), the owner named without the plant's place (the
company's own figure: "X wants 100 GWh by 2030"), a total ("insgesamt", "in total"), and a plant
more than three sentences back. ("A second plant of 20 GWh" has a plant noun: not this rule's.)
"""

from __future__ import annotations

import re

from .extractor import company_name
from .facility_capacity import _plant_capacity_at
from .facility_places import _same_place

# how many sentences after the plant's last one its capacity may still be told
_REACH = 3

# a capacity noun or a verb of aiming right before the amount: "capacity of up to", "capacità
# iniziale sarà di", "Kapazität soll auf", "capacité de", "capacidad de", "targeting", "visons",
# "punta a", "peilt ... an" (German puts the particle after: the noun "Ziel" and "anpeilen" before)
_NAMED = re.compile(
    r"(?i:\b(?:capacity|capacities|capacità|kapazität\w*|jahreskapazität\w*|capacité|capacités|capacidad|capacidades|"
    r"target\w*|aim\w*\s+(?:at|for)|vis(?:e|es|ent|ons|ez|er|ait|aient)|punta\w*\s+a|puntare\s+a|obiettivo|ziel\w*|"
    r"anpeil\w*|objecti(?:ve|f|vo))\b[^.;()]{0,30})$"
)


def late_capacity(ctx, i: int, text: str, base: int, ms, latest) -> dict | None:
    """The capacity sentence ``i`` gives the story's latest plant ``latest``, or None."""
    if latest is None or latest.capacity is not None or not 1 <= i - latest.last <= _REACH:
        return None
    names = {company_name(m) for m in ms if m.label == "COMPANY"} - {None}
    if names - {latest.owner}:
        return None  # another company's figure, or a plant shared with one the rules did not read
    places = [m.text.strip() for m in ms if m.label == "PLACE"]
    if any(not (latest.location and _same_place(p, latest.location)) for p in places):
        return None  # another site, a customer's town, a country's total
    if names and not places:
        return None  # the owner's own figure: "X wants 100 GWh of cells by 2030"
    at = _plant_capacity_at(ctx, i, text, base, 0)
    if at is None:
        return None
    pos = at[0]
    if not _NAMED.search(text, max(0, pos - 45), pos):
        return None  # an amount with nothing that says it is what the plant can make
    return at[1]
