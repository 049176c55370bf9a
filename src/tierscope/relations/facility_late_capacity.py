"""A plant's capacity told a few sentences after the plant, in a sentence with no plant noun of its
own ("The venture is targeting 50 GWh", "Nous visons une capacité de 25 GWh", "La capacità iniziale
sarà di 8 GWh", "Die Kapazität soll auf 20 GWh steigen", "tendrá una capacidad de 40 GWh"): the
story's latest plant's, when that plant has no capacity yet.

The follow-up rules of ``facilities`` reach only the sentence right after the plant or one that
opens with a pronoun; a capacity noun, a verb of aiming or a verb of making next to the amount says
what the amount is even further on. What keeps it off the plant: another company or another place in the sentence (a
rival's, a customer's or another site's figure), the owner named without the plant's place (the
company's own figure: "X wants 100 GWh by 2030"), a total ("insgesamt", "in total"), and a plant
more than three sentences back. ("A second plant of 20 GWh" has a plant noun: not this rule's.)
"""

from __future__ import annotations

import re

from .extractor import company_name
from .facility_capacity import _MAKING, _PROCESSING, _plant_capacity_at
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

# or a verb of making or processing right after the amount ("eine Anlage, die jährlich bis zu 9.000
# Tonnen Anoden herstellt", "qui traitera 8 000 tonnes de batteries par an"), or before it (the
# facility_capacity lists); the point of "9.000" is no end of sentence. Verbs only: not the maker
# ("Hersteller", "manufacturer", "fabricante"), the goods ("product", "prodotto", "producto") nor the
# jobs and works ("posti di lavoro", "lavoratori", "i lavori") the same stems begin
_MADE_LATER = re.compile(
    r"(?:[^.;:–—()]|(?<=\d)\.(?=\d)){0,70}?\b(?i:herstell(?!er)\w*|produzier\w*|fertig(?:t|en)|verarbeit\w*|produc(?!t|ci[oó]n)\w*|"
    r"manufactur(?!er)\w*|make|makes|made|processe[sd]?|produi\w*|fabriqu\w*|trait(?:e|ent|era|eront|er)|produrr\w*|fabbric\w*|"
    r"lavor(?!o\b|i\b|ator[ei]\b|atric[ei]\b)\w*|fabric(?!ante)\w*|procesa\w*)\b")

# or a noun of aim after the amount, in its clause: "24 GWh im Jahr, so lautet das Ziel", "21 GWh is
# the goal", "25 GWh, c'est l'objectif", "8 GWh è l'obiettivo", "40 GWh es el objetivo"
_AIM_AFTER = re.compile(
    r"(?:[^.;:()]|(?<=\d)\.(?=\d)){0,45}?\b(?i:target|goal|Ziel|Zielmarke|objectif|obiettivo|traguardo|objetivo)\b")


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
    before = text[max(0, pos - 60) : pos]
    if not (_NAMED.search(text, max(0, pos - 45), pos) or _MAKING.search(before) or _PROCESSING.search(before)
            or _MADE_LATER.match(text, pos) or _AIM_AFTER.match(text, pos)):
        return None  # an amount with nothing that says it is what the plant can make
    return at[1]
