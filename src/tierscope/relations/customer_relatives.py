"""A relative clause on the first of two customers does not take the second one.

    "Kestrel supplies cells to Nordia, which builds vans, and to Brixo."      -> Kestrel -> Nordia, Kestrel -> Brixo
    "Kestrel las suministrará a Nordia, que ensamblará el Raval, y a Brixo."   (not Nordia -> Brixo)
    "Kestrel les fournira à Nordia, qui assemble des utilitaires, et à Brixo."
    "Kestrel le fornirà a Nordia, che produce furgoni, e a Brixo."
    "Kestrel liefert an Nordia, das Transporter baut, und an Brixo."

The second customer comes back with the preposition of the first ("to X, ..., and to Y"): it is the
main verb's second object, closing the list, and the relative's verb (often one of making, which the
readers take for supplying) has no object there. A supply read from the first customer to the second in
that shape is the misreading: it gives way to the supplier the sentence gives either customer, which
then supplies both; with no such supplier the misreading goes.
"""

from __future__ import annotations

import re

from .engine import Found

__all__ = ["reattach_list_customers"]

_I = re.IGNORECASE
#: the dative preposition before the first customer ("to", "a", "al", "ad", "alla", "à", "au", "an", with an article),
#: or "with" ("enfrenta a X con Y, que vende ..., y con Z": no pair Y-Z either)
_PREP = r"(?:to|a|al|ad|alla|allo|all['’]|ai|agli|à|au|aux|an|zu[mr]?|with|con|avec|mit)"
_ARTICLE = r"(?:(?:the|el|la|los|las|le|les|il|lo|i|gli|der|die|das|den|dem|l['’])\s*)?"
_PREP_BEFORE = re.compile(r"(?:^|\s)" + _PREP + r"\s+" + _ARTICLE + r"$", _I)
#: a subject relative right after the first customer
_REL_OPEN = re.compile(r"\s*,\s*(?:which|who|that|que|quien|che|il\s+quale|la\s+quale|qui|lequel|laquelle|der|die|das|welche[rs]?)\s", _I)
#: the list closed by a conjunction and the same kind of preposition right before the second customer
_LIST_CLOSE = re.compile(
    r",\s*(?:and|y|e|ed|et|und|as\s+well\s+as|así\s+como|ainsi\s+que|sowie)\s+"
    r"(?:(?:also|también|anche|aussi|auch)\s+)?" + _PREP + r"\s+" + _ARTICLE + r"$", _I)


def _misread(text: str, spans, f: Found) -> bool:
    src = next(((s, e) for s, e, n, _ in spans if n == f.source), None)
    tgt = next(((s, e) for s, e, n, _ in reversed(spans) if n == f.target), None)
    if src is None or tgt is None or src[1] > tgt[0]:
        return False
    # (a company inside the relative, "que ensamblará el Cupra Raval", leaves the list as it is)
    return bool(_PREP_BEFORE.search(text, max(0, src[0] - 12), src[0]) and _REL_OPEN.match(text, src[1])
                and _LIST_CLOSE.search(text, src[1], tgt[0]))


def reattach_list_customers(text: str, spans, results: list[Found]) -> list[Found]:
    """``results`` with a supply from the first of two listed customers to the second replaced by the
    supplies of the sentence's supplier of either (or dropped where the sentence gives none)."""
    if not any(f.type == "supplies" for f in results) or "," not in text:
        return results
    wrong = {id(f) for f in results if f.type == "supplies" and _misread(text, spans, f)}
    if not wrong:
        return results
    out = [f for f in results if id(f) not in wrong]
    have = {(f.type, f.source, f.target) for f in out}
    for f in results:
        if id(f) not in wrong:
            continue
        sup = next((g for g in out if g.type == "supplies" and g.target in (f.source, f.target)
                    and g.source not in (f.source, f.target)), None)
        if sup is None:
            continue
        for customer in (f.source, f.target):
            if ("supplies", sup.source, customer) not in have:
                have.add(("supplies", sup.source, customer))
                out.append(Found("supplies", sup.source, customer, sup.status, sup.confidence, sup.product, sup.trigger))
    return out
