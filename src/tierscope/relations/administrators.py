"""The seller of a bankrupt company's unit is the company, not the person who runs the sale.

    "The administrator of Northvale agreed to sell its unit Y to Z", "Der Insolvenzverwalter des
    schwedischen Herstellers Northvale hat die Tochter Y an Z verkauft", "Il curatore fallimentare di
    Northvale ha ceduto la controllata Y a Z", "L'administrateur judiciaire de Northvale a vendu sa
    filiale Y à Z", "El administrador concursal de Northvale ha acordado vender Y a Z"

The sale frame takes its seller from the clause's subject; here the subject is a court officer and
the company stands after its "of", so the seller's ownership of the unit (``owns`` Northvale -> Y,
over once the sale is done) was lost. ``administered_company`` finds that company.
"""

from __future__ import annotations

import re

__all__ = ["administered_company"]

_I = re.IGNORECASE

#: a court officer who sells a bankrupt company's assets, then that company's "of" and a few
#: describing words ("des schwedischen Batterieherstellers", "de la empresa sueca")
_OFFICER = re.compile(
    r"\b(?:(?:insolvency\s+|bankruptcy\s+|court-appointed\s+)?(?:administrators?|receivers?|liquidators?)|trustees?\s+in\s+bankruptcy|"
    r"Insolvenzverwalter(?:in)?|Konkursverwalter(?:in)?|Sachwalter(?:in)?|Liquidator(?:en)?|"
    r"administrateurs?\s+judiciaires?|mandataires?\s+judiciaires?|liquidateurs?(?:\s+judiciaires?)?|"
    r"curator[ei]\s+fallimentar[ei]|commissari[oa]?\s+straordinari[oa]?|liquidator[ei]|"
    r"administrador(?:es)?\s+concursal(?:es)?|liquidador(?:es)?(?:\s+concursal(?:es)?)?|"
    # the officer's office named for the officer: "la administración concursal de X", "die Insolvenzverwaltung
    # von X", "l'amministrazione straordinaria di X", "l'administration judiciaire de X", "the bankruptcy estate of X"
    r"administración\s+concursal|Insolvenzverwaltung|amministrazione\s+straordinaria|curatela(?:\s+fallimentare)?|"
    r"administration\s+judiciaire|(?:bankruptcy|insolvency)\s+estate)\s+"
    r"(?:of|von|vom|des|der|de|du|d['’]|di|del|della|dello|dell['’])\s*(?:(?:the|la|el|l['’]|le)\s*)?"
    r"(?:[\w-]+\s+){0,3}$", _I)  # (German nouns are capitalised: "des schwedischen Batterieherstellers")


def administered_company(groups, t0: int, text: str):
    """The company a court officer before the sale verb at ``t0`` acts for: the name right after
    "the administrator of" (a few describing words between), in the 160 characters before the verb."""
    for g in groups:
        if g.end > t0:
            break
        if g.start >= t0 - 160 and _OFFICER.search(text, max(0, g.start - 120), g.start):
            return g
    return None
