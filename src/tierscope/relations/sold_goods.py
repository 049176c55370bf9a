"""The maker of the vehicles a company sells is not its customer.

    "Nordia International, a joint venture that sells Nordia cars outside China"  -> no Nordia International -> Nordia
    "Nordia International vend les voitures de Nordia en Europe."                   -> the same
    "Nordia International vende los coches de Nordia en Europa."
    "Nordia International vende le auto di Nordia in Europa."
    "Nordia International verkauft die Autos von Nordia in Europa."

A verb of selling reads its object as the buyer ("X sells Y ..."). When the name after it qualifies
the vehicles sold ("Nordia cars", "les voitures de Nordia"), it is their maker: a distributor or an
importer sells the maker's cars to drivers, it sells nothing to the maker. A supply whose customer the
evidence names so is dropped (vehicles only: "sells Nordia cells" may well be cells sold to Nordia).
"""

from __future__ import annotations

import re

from ..doc import Document, Relation
from .evidence_names import drop_supplies

__all__ = ["drop_makers_of_sold_goods"]

_I = re.IGNORECASE
_SELL = (r"(?:sells?|selling|sold|distribut(?:es?|ed|ing)|markets|imports?|importing"
         r"|vend(?:s|ent|ra|ront|ait|aient)?|commercialis\w*|distribu\w*|import\w*"
         r"|vende[nr]?|vendía|venderá|venderán|comercializ\w*|distribuy\w*"
         r"|vendono|venderà|commercializz\w*|distribuisc\w*"
         r"|verkauf(?:t|en|te|ten)|vertreib(?:t|en)|vertrieb(?:en)?|importier\w*)")
_VEHICLES = (r"(?:cars?|vehicles?|models?|EVs?|trucks?|vans?|buses|motorcycles?"
             r"|voitures?|véhicules?|modèles?|camions?|utilitaires?|bus"
             r"|coches?|vehículos?|modelos?|camiones?|autobuses|furgonetas?"
             r"|auto|vetture|veicoli|modelli|furgoni|autobus"
             r"|Autos?|Fahrzeuge?|Modelle?|Lkw|Busse|Transporter|Elektroautos?)")
_ARTICLE = r"(?:(?:the|its|their|les|des|la|le|los|las|el|sus|le|gli|i|die|der|den|seine|ihre)\s+)?"
#: "sells Nordia cars", "verkauft Nordia-Autos": the verb, maybe an article, the name, the vehicles after it
_BEFORE_NAME = re.compile(r"\b" + _SELL + r"\s+" + _ARTICLE + r"$", _I)
_VEHICLES_AFTER = re.compile(r"(?:['’]s)?(?:\s+|-)(?:(?-i:[a-z])[\w-]*\s+)?" + _VEHICLES + r"\b", _I)
#: "vend les voitures de Nordia", "verkauft die Autos von Nordia": the vehicles and the maker's genitive before the name
_VEHICLES_OF = re.compile(r"\b" + _SELL + r"\s+" + _ARTICLE + r"(?:[\w-]+\s+)?" + _VEHICLES +
                          r"(?:\s+(?-i:[a-zäöüéèáíóú])[\w-]*)?\s+(?:de|des|du|d['’]|di|del|della|dei|of|von|der|des)\s*(?:la\s+|l['’]\s*)?$", _I)


def _maker_only(text: str, m) -> bool:
    lo = max(0, m.start - 60)
    if _BEFORE_NAME.search(text, lo, m.start) and _VEHICLES_AFTER.match(text, m.end):
        return True
    return _VEHICLES_OF.search(text, lo, m.start) is not None


def drop_makers_of_sold_goods(relations: list[Relation], doc: Document) -> list[Relation]:
    """``relations`` less the supplies whose customer the evidence names only as the maker of the vehicles sold."""
    # (one mention so named is enough: "holds 21% of Y and controls Z, a joint venture that sells Y
    # cars" names Y twice, never as Z's customer)
    return drop_supplies(
        relations, doc, lambda text, inside, r: any(_maker_only(text, m) for m in inside if m.canonical == r.target)
    )
