"""A past infinitive after a verb of announcing tells a deal already done: "Y a annoncé avoir levé 150 millions
d'euros auprès de X", "Y ha annunciato di aver raccolto 40 milioni da X", "Y anunció haber cerrado la compra de
Z". The announcing word names how the news came, not a deal still to come, so ``status.py`` does not read it
as a cue of "announced" before such a trigger. ("a annoncé vouloir racheter Y", "annonce racheter Y": an
infinitive of a deal to come, still announced.)
"""

from __future__ import annotations

import re

#: the auxiliary of a past infinitive right before the trigger
_PAST_INFINITIVE = {
    "fr": re.compile(r"\bavoir\s+(?:déjà\s+|finalement\s+|bien\s+)?$", re.I),
    "it": re.compile(r"\bdi\s+aver(?:e)?\s+(?:già\s+|ormai\s+)?$", re.I),
    "es": re.compile(r"\bhaber\s+(?:ya\s+)?$", re.I),
}
#: the verbs of announcing or stating that take such an infinitive
_ANNOUNCING = {
    "fr": re.compile(r"\b(?:annonc|confirm|indiqu|précis|affirm)\w*", re.I),
    "it": re.compile(r"\b(?:annunci|conferm|comunic|dichiar)\w*", re.I),
    "es": re.compile(r"\b(?:anunci|confirm|comunic|inform|asegur)\w*", re.I),
}


def without_announcing(lang: str, local: str, text: str, t0: int) -> str:
    """``local`` (the words of the trigger's clause before it) with the verbs of announcing blanked where the
    trigger opens a past infinitive ("a annoncé avoir levé"); as it was otherwise."""
    aux = _PAST_INFINITIVE.get(lang)
    if aux is None or aux.search(text, max(0, t0 - 24), t0) is None:
        return local
    return _ANNOUNCING[lang].sub(lambda m: " " * len(m.group(0)), local)
