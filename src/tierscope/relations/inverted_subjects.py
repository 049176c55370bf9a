"""A supply verb in an object relative whose subject follows it: the name after the verb supplies.

    "Korvan traite les rebuts que lui livre Maltrix"        -> supplies Maltrix Korvan
    "Korvan trata los residuos que le entrega Maltrix"      -> supplies Maltrix Korvan
    "Korvan tratta gli scarti che gli consegna Maltrix"     -> supplies Maltrix Korvan
    "les cellules que livre Maltrix à Korvan"               -> supplies Maltrix Korvan

French, Italian and Spanish put the subject of an object relative after its verb ("que lui livre
X": the goods X delivers to it). The frames take the name after a supply verb for its object, the
customer, and so read the tie backwards. French "que" is always the object ("qui" is the subject);
Italian "che" and Spanish "que" may be either, so there a dative clitic between the relative word
and the verb ("gli", "le") must show that the relative word is the goods. German and English do not
put the subject there ("die ihm X liefert", "that X delivers to it"), so nothing is read for them.
"""

from __future__ import annotations

import re

__all__ = ["turn_inverted"]

_I = re.IGNORECASE

#: the relative word and the dative clitic right before the verb, by language (an auxiliary may
#: follow the clitic: "que lui a livré X", "che gli ha fornito X", "que le ha entregado X")
_BEFORE = {
    "fr": re.compile(r"\bqu(?:e\s+|['’])(?:(?:lui|leur|nous|vous)\s+)?(?:(?:a|ont|avait|avaient|aura|auront|va|vont)\s+)?$", _I),
    "it": re.compile(r"\bche\s+(?:gli|le|ci|vi)\s+(?:(?:ha|hanno|aveva|avevano|avrà|avranno|sta|stanno)\s+)?$", _I),
    "es": re.compile(r"\bque\s+(?:le|les|nos|os)\s+(?:(?:ha|han|había|habían|habrá|habrán|va|van|está|están)\s+(?:a\s+)?)?$", _I),
}
#: between the verb and the name after it: nothing but an adverb of time at most ("que lui livre
#: depuis 2022 X" is rare; "que lui livre X depuis" is the order)
_GAP = re.compile(r"\s*(?:(?:déjà|encore|già|ancora|ya|todavía)\s+)?$", _I)


def turn_inverted(lang: str, text: str, spans, results: list) -> None:
    """Turns round, in place, each supply of ``results`` whose trigger stands in an object relative
    with the subject after the verb: the name right after the verb is the supplier. ``spans``:
    (start, end, name, sectors) of the sentence's companies."""
    before = _BEFORE.get(lang)
    if before is None or not results:
        return
    for f in results:
        if f.type == "supplies" and f.origin != "chain":
            t0, t1 = f.trigger
            if before.search(text, max(0, t0 - 40), t0):
                after = next((n for s, _e, n, _ in sorted(spans) if s >= t1 and _GAP.match(text[t1:s])), None)
                if after is not None and after == f.target and f.source != after:
                    f.source, f.target = f.target, f.source
