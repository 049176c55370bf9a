"""A name found by position right after a carmaker's marque or a model code is the car's model, no company.

    "le batterie della nuova Vexa e-C7"          -> "e-C7" is Vexa's model
    "die Rundzellen für den neuen 911 GTS"        -> "GTS" is a model's trim
    "elles équipent la R7 E-Tech électrique"      -> "E-Tech" is the model's line
    "the cells for the Vexa e-Roadster"           -> "e-Roadster"

Papers name a car by its marque or a model code and then its model or trim, set off by capitals, a
hyphen or a digit ("e-C3", "E-Tech", "GTS"). The name finder, which takes a capitalised word after an
article or before a verb for a company, reads the model as one, and the readers then make it a party to
a supply ("le celle ... della e-C7: a fornirle a Y è Z" reads e-C7 supplying Y). Dropped where the name

* is one word found by position (never a gazetteer company nor a name with a legal form), shaped like a
  model: a hyphen, a digit, or two to four capitals alone ("GTS", "RS");
* follows, after one space, a company mention the gazetteer knows as a carmaker ("Vexa e-C7"), or a
  model code: letters and digits, or a number of two to four digits that is no year ("R7", "ID.4", "911";
  not "since 2021 ACME"); a quarter's, a half's or a fiscal year's code ("Q4", "H2", "FY25": "in Q4 KELV
  delivered") counts as a model code only right after a carmaker ("Vexa Q4 GTS").
"""

from __future__ import annotations

import re

from ..doc import Mention
from .vocab import VEHICLE_MAKERS

__all__ = ["drop_model_names"]

#: a model's or a trim's shape: a hyphen or a digit inside, or two to four capitals alone
_MODEL_SHAPE = re.compile(r"[A-Za-z]+-[A-Za-z0-9][\w-]*|[A-Za-z-]*\d[\w-]*|[A-Z]{2,4}")
#: a model code right before the name: "R7", "ID.4", "e-208", "911", "Q4"
_CODE_BEFORE = re.compile(r"(?:(?<![\w.-])[A-Za-z]{1,3}[.-]?\d{1,4}|(?<![\w.,-])(?!19\d\d|20\d\d)\d{2,4})[ \t]$")
#: codes of a period or of hydrogen shaped like a model code: a quarter, a half, a fiscal year ("Q4",
#: "H2", "FY25"); before a name they are no model unless a carmaker's name comes right before them
_NOT_MODELS = re.compile(r"[QH][1-4]|FY\d{2,4}", re.I)


def _carmaker(m: Mention) -> bool:
    return m.label == "COMPANY" and bool(set((m.attrs or {}).get("sectors") or ()) & VEHICLE_MAKERS)


def drop_model_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less the position-found names that name a car's model (see the module's docstring)."""
    ends = {m.end: m for m in mentions if _carmaker(m)}
    out = []
    for m in mentions:
        word = m.text.strip()
        if (m.label == "COMPANY" and m.source == "pattern" and " " not in word and _MODEL_SHAPE.fullmatch(word)
                and not (m.attrs or {}).get("known")
                and (ends.get(m.start - 1) is not None and text[m.start - 1] == " "
                     or _model_code_before(text, m.start, ends))):
            continue
        out.append(m)
    return out


def _model_code_before(text: str, start: int, ends: dict) -> bool:
    """Is there a model code right before ``start``? A quarter's, a half's or a fiscal year's code ("in
    Q4 KELV delivered", "H2 ACME") only after a carmaker's name ("Vexa Q4 GTS")."""
    code = _CODE_BEFORE.search(text, max(0, start - 12), start)
    if code is None:
        return False
    if _NOT_MODELS.fullmatch(code.group().strip()):
        return code.start() > 0 and text[code.start() - 1] == " " and ends.get(code.start() - 1) is not None
    return True
