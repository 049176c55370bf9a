"""Which way scrap goes. Waste and used batteries ("battery scrap", "batterie esauste", "Altbatterien",
"batteries usagées", "baterías de desecho": the product "scrap" of ``lexicon/products.py``) flow down the
chain, the other way from the goods: a carmaker or cell maker sends them to the recycler or materials maker
that takes them back ("BMW signed with BASF for the take-back of its battery scrap": BMW supplies BASF).
So the chain's turn (``known_roles.known_direction``) is made the other way round for them, and a company
that only recycles is the receiver, never the sender, of scrap. A sentence that says the scrap is
recycled or treated ("recycles production scrap for Y", "un contrat pour traiter les batteries en fin de
vie", "para tratar los residuos") tells a service the recycler sells, as the gold guidelines label it: the
chain's own turn then, as for any goods."""

from __future__ import annotations

import re

from .known_roles import known_direction, only_kinds

__all__ = ["scrap_direction"]

_RECYCLING = frozenset({"recycling"})

#: verbs and nouns of recycling or treating, in the five languages, lower case: "Recycling" in a name
#: ("Befesa Battery Recycling") says nothing of who serves whom (German's own nouns: ``_TREATED_DE``)
_TREATED = re.compile(
    r"\b(?:recycl(?:e|es|ed|ing)|treat(?:s|ed|ing)?|process(?:es|ed|ing)?"  # en
    r"|ricicl(?:a|ano|are|ato|ata|ati|ate|erà|eranno|o|aggio)|tratt(?:a|ano|are|ato|ata|ati|ate|erà|eranno|amento)"  # it
    r"|recycl(?:e|ent|er|era|eront|é|ée|és|ées|age)|trait(?:e|ent|er|era|eront|ement)"  # fr
    r"|recicl(?:a|an|ar|ará|arán|ado|ada|ados|adas|aje)|trat(?:a|an|ar|ará|arán|ado|ada|amiento)|proces(?:a|an|ar|ará|arán|ado|amiento)"  # es
    r"|recyce\w+|verwert\w+|aufbereit\w+)\b")  # de (the nouns "Verwertung", "Aufbereitung" are capitalised)


_TREATED_DE = re.compile(r"\b(?:Verwertung|Aufbereitung)\b")
#: "si tratta di", "se trata de" ("it is", "this is about"), "the process of" (a course of events): the verb of
#: treating in a set phrase of no treating, taken out before ``_TREATED`` is asked ("si trattano i rottami",
#: "se tratan los residuos", "processes scrap" are)
_NO_TREATING = re.compile(r"\b[Ss](?:i\s+tratt(?:a|ava|erà)\s+d(?:i|el|ella|ello|ell['’]|ei|egli|elle)|e\s+trat(?:a|aba|ará)\s+de)\b"
                          r"|\b(?:the|a|this|that)\s+process(?:es)?\s+of\b", re.IGNORECASE)


def scrap_direction(source: str, target: str, sentence: str) -> tuple[str, str]:
    """(source, target) of a supply of scrap told in ``sentence``: turned round where ``source`` only
    recycles and ``target`` does not, or where the chain would have ``source`` sell goods to ``target`` (a
    materials maker to a carmaker: the scrap goes from the carmaker to it); the chain's own turn where the
    sentence tells the scrap recycled or treated (a service)."""
    if source == target:
        return source, target
    if _TREATED.search(_NO_TREATING.sub(" ", sentence)) or _TREATED_DE.search(sentence):
        return known_direction("supplies", source, target)
    if only_kinds(source, _RECYCLING) and not only_kinds(target, _RECYCLING):
        return target, source
    if known_direction("supplies", target, source) == (source, target):
        return target, source
    return source, target
