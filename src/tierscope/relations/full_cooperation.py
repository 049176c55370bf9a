"""Cooperating "fully" with a company is a supplier's or a defendant's answer in a recall, an inquiry
or a dispute, not a partnership: "Sunwoda said it had cooperated fully with Volvo", "ha collaborato
pienamente con Volvo", "a coopéré pleinement avec Volvo", "ha cooperado plenamente con Volvo",
"habe vollumfänglich mit Volvo kooperiert". A partnership whose trigger lies inside such a phrase is
dropped (``guards.apply`` asks first)."""

from __future__ import annotations

import re

from ..scan.sentence_scan import holds

__all__ = ["drop_full_cooperation"]

_FULLY = re.compile(
    r"\b(?:cooperat\w*|co-operat\w*|collaborat\w*|work\w*)\s+fully\b|\bfully\s+(?:cooperat\w*|co-operat\w*|collaborat\w*)"
    r"|\b(?:collabor|cooper)\w*\s+(?:(?:in\s+modo\s+)?pien(?:amente|o)|totalmente|plenamente|pleinement|totalement|pienamente)\b"
    r"|\b(?:pleinement|pienamente|plenamente|totalmente)\s+(?:collabor|cooper|coopér)\w*"
    r"|\b(?:vollumfänglich|uneingeschränkt|vollständig|umfassend)\b[^,;.]{0,60}?\b(?:kooperier\w*|zusammengearbeitet|zusammenarbeite\w*)",
    re.IGNORECASE)


def drop_full_cooperation(text: str, results: list) -> list:
    """``results`` less the partnerships whose trigger overlaps a phrase of full cooperation."""
    if not any(r.type == "partners_with" for r in results) or not holds(_FULLY, text):
        return results
    spans = [(m.start(), m.end()) for m in _FULLY.finditer(text)]
    return [r for r in results if r.type != "partners_with"
            or not any(a < r.trigger[1] and r.trigger[0] < b for a, b in spans)]
