"""A German participle before its noun names the goods' supplier after "von": "die von Kestrel
gelieferten Zellen", "die von Kestrel zugelieferten Teile". Kestrel delivers them, whoever the clause's
subject is ("Brixo verbaut in seinen Autos die von Kestrel gelieferten Zellen": Brixo is the customer).
A supply read from such a participle with the agent as its recipient turns the words round: it is
dropped (the verb of use reads the tie the right way where it can)."""

from __future__ import annotations

import re

__all__ = ["drop_reversed_agents"]

#: the attributive participle of supplying: "gelieferten", "zugelieferte", "belieferten"
_PARTICIPLE = re.compile(r"(?:ge|zuge|ausge|ange|be)liefert(?:e|en|er|es|em)", re.IGNORECASE)
#: "von" and an article right before the agent's name
_VON = re.compile(r"\b(?:von|vom)\s+(?:(?:der|dem|den)\s+)?$", re.IGNORECASE)
#: what may stand between the agent's name and the participle: a few adverbs or a recipient ("an Y")
_BETWEEN = re.compile(r"\s*(?:[\wäöüß-]+\s+){0,3}$")


def drop_reversed_agents(text: str, spans, results: list) -> list:
    """``spans``: (start, end, name, sectors) of the sentence's companies."""
    if not any(r.type == "supplies" for r in results) or "liefert" not in text:
        return results
    out = []
    for r in results:
        if r.type == "supplies" and _PARTICIPLE.fullmatch(text, *r.trigger) and any(
                n == r.target and e <= r.trigger[0] and _VON.search(text, max(0, s - 12), s)
                and _BETWEEN.fullmatch(text, e, r.trigger[0]) for s, e, n, *_ in spans):
            continue
        out.append(r)
    return out
