"""English "it" as the subject of a relative clause a preposition opens.

A contract is told with the company that serves it left as a pronoun inside the clause on the
contract: "A 2021 agreement under which it supplied cells to Brixo expired last year", "the deal
through which it buys lithium from Y", "an offtake under which it would provide hydroxide to Y".
The pronoun is the clause's subject and a company as much as after "said" ("Norvik said it will
supply Y"), so ``coref._company_pronoun`` accepts it after a preposition and "which"/"whom" as it
does after its other cue words; which company it is stays ``coref._pronoun_antecedent``'s choice
(the latest subject company of the sentence or the two before). The verb after it must still be a
business verb (``coref._IT_VERBS``): "the plant in which it sits" is no company.
"""

from __future__ import annotations

__all__ = ["after_preposed_relative"]

#: prepositions that open a relative clause on a contract or a deal ("under which", "through which")
_PREPOSITIONS = frozenset("under by through with for in from via".split())
_RELATIVES = frozenset(("which", "whom"))


def after_preposed_relative(tokens, k: int) -> bool:
    """Whether token ``k`` ("it") follows a preposition and "which"/"whom" ("under which it")."""
    return (k >= 2 and tokens[k - 1].key in _RELATIVES and tokens[k - 2].key in _PREPOSITIONS)
