"""A customer's vehicle said to run on a supplier's goods (POWERED_BY): "Brixo's new truck is powered by
fuel cells from Kestrel", "il nuovo camion di Brixo è alimentato da celle di Kestrel", "der neue Lkw von
Brixo wird von Zellen von Kestrel angetrieben", "le camion de Brixo est propulsé par des piles de Kestrel",
"el camión de Brixo está propulsado por pilas de Kestrel": the goods' maker supplies the vehicle's maker.

The probe set (tests/relations/probe_supply_cases.py) found it missed in all five languages. The vehicle
must be named with its maker right beside it, and goods the product list knows must stand before the
supplier's "from"/"of", so "the truck is powered by hydrogen" or a bare "driven by Kestrel" read nothing."""

from __future__ import annotations

import re

from ..clauses import _clause_start
from ..compiled import Compiled
from ..groups import Group
from ..products import _PRODUCT_RX

_I = re.IGNORECASE

_VEHICLE = (r"(?:vehicles?|cars?|models?|vans?|trucks?|lorr(?:y|ies)|bus(?:es)?|coaches|EVs?|SUVs?|trains?|pickups?"
            r"|veicol[oi]|auto|vettur[ae]|modell[oi]|furgon[ei]|camion|autobus|tren[oi]|mezz[oi]"
            r"|\w*[Ff]ahrzeuge?n?|\w*[Aa]utos?|\w*[Mm]odelle?n?|Lkw|L[Kk]ws|Busse?n?|Lastwagen|Transporter|Züge?n?"
            r"|véhicules?|voitures?|modèles?|fourgons?|utilitaires?|camions?|autobus|trains?"
            r"|vehículos?|coches?|modelos?|furgonetas?|camion(?:es)?|camión|autobuses|autobús|trenes|tren)")
#: the vehicle's maker named with it: "Brixo's new truck", "the truck of Brixo", "il camion di Brixo" ...
_MAKER_THEN_VEHICLE = re.compile(r"^['’]s?\s+(?:[\w-]+\s+){0,3}?" + _VEHICLE + r"\b", _I)
_VEHICLE_THEN_MAKER = re.compile(
    _VEHICLE + r"(?:\s+(?-i:[a-zàâçéèêëîïôûùäöüáíóú])[\w-]*){0,2}?\s+(?:of|di|del|della|dello|de|du|del|von|vom|des)\s+(?:(?:la|le|el|l['’]|der|dem)\s+)?$", _I)
#: "from"/"of"/"by" right before the supplier
_FROM = re.compile(r"(?:\b(?:from|of|made by|built by|di|della|del|dello|dalla|dal|da|de|du|des|von|vom|bei)\s+|\bd['’]\s*)(?:(?:la|le|el|l['’]|der|dem)\s*)?$", _I)


def read_powered_by(frame: str, trig: dict, m: re.Match, groups: list[Group], text: str, lex: Compiled):
    t0, t1 = m.start(), m.end()
    lo = _clause_start(text, t0)
    cust = None
    for g in reversed([g for g in groups if lo <= g.start and g.end <= t0]):
        vehicle = _VEHICLE_THEN_MAKER.search(text, max(lo, g.start - 60), g.start)
        if vehicle is not None and any(o.start <= vehicle.start() < o.end for o in groups):
            vehicle = None  # the "vehicle" is a word of a company's name ("Fabbro Auto wird von ...")
        if _MAKER_THEN_VEHICLE.match(text[g.end : t0]) or vehicle is not None:
            cust = g
            break
    if cust is None:
        return []
    # the goods and their maker: after the trigger, or (German, the participle last) between the vehicle and it
    for g in groups:
        if g is cust or g.start <= cust.end or (g.start < t1 and not lex.verb_final):
            continue
        if g.start - t1 > 80:
            break
        before = _FROM.search(text, max(cust.end, g.start - 20), g.start)
        if before is None or re.search(r"[,;:()]", text[cust.end : g.start]):
            continue
        if _PRODUCT_RX.search(text, max(cust.end, before.start() - 50), before.start()) is None:
            continue
        if set(g.names) & set(cust.names):
            return []
        return [(g.names, cust.names, None, -0.05)]
    return []
