"""A subject relative whose verb of supplying follows a modal: the relative's dative clitic (or the one
attached to the infinitive) is still the customer.

    "Quarda a choisi Brakon, qui doit lui livrer des cellules"        -> supplies Brakon Quarda
    "Quarda eligió a Brakon, que debe entregarle celdas"              -> supplies Brakon Quarda
    "Quarda ha scelto Brakon, che dovrà fornirle le celle"            -> supplies Brakon Quarda
    "Quarda hält 5 % an Brakon, das ihn ab 2027 beliefern soll"       -> supplies Brakon Quarda

``frames/supply.py`` reads ", qui lui livre", ", que le entrega", ", che gli fornisce" (the clitic stands
for the clause subject, the customer; the antecedent supplies). A modal or a verb of starting in between
("doit", "va", "debe", "empezará a", "dovrà", "inizierà a") moves the Italian and Spanish clitic onto
the infinitive ("entregarle", "fornirle", "fornirgli"), and the French one after the modal ("doit lui
livrer"); without this the relative was read as naming no customer, and the tie was lost. English
modals ("which will supply it") were read already; a German relative puts the modal last ("das ihm
Zellen liefern soll": read already) or uses the accusative with "beliefern" ("das ihn beliefern soll").
"""

from __future__ import annotations

import re

__all__ = ["ROMANCE_MODAL", "accusative_relative", "enclitic"]

#: a modal or a verb of starting, in French, Italian and Spanish, between the relative word and the
#: clitic or the infinitive ("qui doit lui livrer", "che dovrà fornirle", "que empezará a entregarle")
ROMANCE_MODAL = (
    r"(?:(?:doit|doivent|devra|devront|devrait|devraient|pourra|pourrait|va|vont|commencera\s+à|commenceront\s+à"
    r"|deve|devono|dovrà|dovranno|dovrebbe|dovrebbero|potrà|potrebbe|inizierà\s+a|comincerà\s+a|andrà\s+a"
    r"|debe|deben|deberá|deberán|debería|deberían|podrá|podría|va\s+a|van\s+a|empezará\s+a|empezarán\s+a"
    r"|comenzará\s+a|comenzarán\s+a|tiene\s+que|ha\s+de)\s+"
    # "que debe empezar a entregarle", "qui doit commencer à lui livrer", "che dovrà iniziare a fornirle"
    r"(?:(?:empezar|comenzar)\s+a\s+|commencer\s+à\s+|(?:iniziare|cominciare)\s+a\s+)?)"
)


def enclitic(text: str, t1: int, lang: str) -> bool:
    """Whether the trigger ending at ``t1`` (or the word it ends inside) carries a dative clitic: an
    Italian or Spanish infinitive with "le", "les", "gli" attached ("entregarle", "fornirgli"); the
    accusative of the goods ("entregarlo") names no customer."""
    if lang not in ("it", "es"):
        return False
    end = t1
    while end < len(text) and text[end].isalpha():
        end += 1
    start = max(0, end - 25)
    word = re.search(r"\w+$", text[start:end])
    if word is None:
        return False
    w = word.group(0).lower()
    if lang == "es":
        return re.search(r"[aei]r(?:le|les)$", w) is not None
    return re.search(r"[aei]r(?:gli|le)$", w) is not None


#: German: a subject relative whose verb of supplying takes the customer in the accusative ("beliefern",
#: "versorgen"), its pronoun "ihn" (never a subject) standing for the clause subject: ", das ihn ab 2027
#: mit Zellen beliefern soll", ", der ihn seit 2020 beliefert" (the verb last, a modal after it)
_ACCUSATIVE_RELATIVE = re.compile(
    r"(?:\s+(?-i:[a-zäöü]+))?\s*,\s*(?:der|die|das|welche[rs]?)\s+(?:(?:auch|bereits|schon|inzwischen|heute|nun|jetzt|künftig|seit\s+\S+)\s+){0,2}"
    r"ihn\s[^,;:()]{0,80}", re.IGNORECASE)
_ACCUSATIVE_VERB = re.compile(r"(?:belief|versorg)", re.IGNORECASE)


def accusative_relative(text: str, a: int, t0: int) -> bool:
    """Whether ``text[a:t0]`` is a German subject relative with "ihn" before a verb of supplying at
    ``t0`` that takes its customer in the accusative ("beliefern", "versorgen")."""
    return _ACCUSATIVE_VERB.match(text, t0) is not None and _ACCUSATIVE_RELATIVE.fullmatch(text, a, t0) is not None
