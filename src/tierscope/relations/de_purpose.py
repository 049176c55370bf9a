"""German purpose clauses: "Kelvara hat einen Vertrag unterzeichnet, um Brixo ab 2026 mit Zellen zu
beliefern". The infinitive after ", um" has the main clause's subject whatever the main clause says
(frames._subject_of_infinitive wants a plan or an agreement there otherwise: "plant, ... zu liefern").
The other languages put the purpose before the object ("to supply Y", "pour fournir", "per fornire",
"para suministrar") and are read by their verbs as they stand.
"""

from __future__ import annotations

import re

__all__ = ["purpose_after"]

#: "um" right after the comma ("damit" opens a clause with a subject of its own)
_UM = re.compile(r"\s*um\s")


def purpose_after(text: str, comma: int) -> bool:
    """Whether the clause after the comma at ``comma`` opens a purpose ("…, um Y … zu beliefern")."""
    return _UM.match(text, comma + 1) is not None
