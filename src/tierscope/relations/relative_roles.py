"""A relative clause that calls a company someone's supplier or customer fixes the supply's direction.

    "Compramos los chips a Kestrel, que es nuestro proveedor principal"   -> Kestrel supplies "us"
    "Trabajamos con Kestrel, que es nuestro principal cliente"            -> "we" supply Kestrel
    "Lavoriamo con Kestrel, che è il nostro fornitore principale"         -> Kestrel supplies "us"

Spanish and Italian interviews name a partner and say in a relative with a copula what it is to the
speaker: "que es nuestro proveedor", "che è il nostro cliente". The possessive there ("nuestro",
"nostro", "su") is the speaker's company, as the entity stage marks it, and the relative's antecedent
holds the role the noun names. The supply readers take the speaker (the clause's left-out subject or
the possessive) for the supplier whatever the noun, so half of these come out the wrong way round: a
supply between the antecedent and the possessive's company that goes against the noun is turned, or
dropped where the page's reading already holds the turned tie.
"""

from __future__ import annotations

import re

from ..doc import Document, Relation
from .evidence_names import redirect_supplies

__all__ = ["supplies_by_relative_roles"]

#: after the antecedent: the comma, the relative pronoun and a copula, the possessive (group "poss") and
#: up to two words ("principal", "più importante") before the role noun (group "role")
_AFTER = {
    "es": re.compile(
        r"\s*,\s*(?:que|quien|el\s+cual|la\s+cual)\s+(?:es|era|fue|será|sigue\s+siendo|ha\s+sido|había\s+sido)\s+"
        r"(?:desde\s+[\w-]+\s+)?(?:(?:el|la|uno\s+de|una\s+de)\s+)?(?P<poss>nuestr[oa]s?|sus?)\s+"
        r"(?:[\w-]+\s+){0,2}?(?P<role>proveedor(?:es|a)?|suministrador(?:es|a)?|cliente(?:s)?|comprador(?:es|a)?)\b",
        re.IGNORECASE,
    ),
    "it": re.compile(
        r"\s*,\s*(?:che|il\s+quale|la\s+quale)\s+(?:è|era|fu|sarà|resta|rimane|è\s+stat[oa])\s+"
        r"(?:(?:il|la|uno\s+dei|una\s+delle)\s+)?(?P<poss>nostr[oaie]|su[oaie]|loro)\s+"
        r"(?:[\w-]+\s+){0,2}?(?P<role>fornitor[ei]|client[ei]|acquirent[ei])\b",
        re.IGNORECASE,
    ),
}
_SUPPLIER = re.compile(r"(?i)proveed|suministr|fornitor")


def _roles(text: str, inside: list, rx: re.Pattern) -> dict[tuple[str, str], tuple[str, str]]:
    """(antecedent, possessor) -> the (supplier, customer) the relative tells, for the evidence's names."""
    out = {}
    for m in inside:
        hit = rx.match(text, m.end)
        if hit is None:
            continue
        start = hit.start("poss")
        owner = next((o for o in inside if o.start == start and o.canonical != m.canonical), None)
        if owner is None:
            continue
        pair = (m.canonical, owner.canonical)
        out[pair] = pair if _SUPPLIER.match(hit.group("role")) else (owner.canonical, m.canonical)
    return out


def supplies_by_relative_roles(relations: list[Relation], doc: Document) -> list[Relation]:
    """``relations`` with each supply that goes against a relative's "que es nuestro proveedor/cliente"
    turned round (or dropped, where the turned tie is there already)."""
    rx = _AFTER.get(doc.language or "")
    if rx is None:
        return relations

    def parties(text: str, inside: list, r: Relation) -> tuple[str, str] | None:
        roles = _roles(text, inside, rx)
        return roles.get((r.source, r.target)) or roles.get((r.target, r.source))

    return redirect_supplies(relations, doc, parties)
