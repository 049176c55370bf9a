"""A stake in the subject's own capital, told with a partner of talks or a deal, is the partner's stake.

    "Kestrel confirme des discussions avec Brixo en vue d'une prise de participation minoritaire dans son capital."
    "Kestrel ha confermato la trattativa con Brixo per l'ingresso del gruppo nel proprio capitale."
    "Kestrel negocia con Brixo la entrada del grupo en su capital."
    "Kestrel bestätigte Gespräche mit Brixo über eine Minderheitsbeteiligung an dem Unternehmen."
    "Kestrel is in talks with Brixo about a minority stake in its capital."
        -> invests_in Brixo -> Kestrel (not Kestrel -> Brixo)

The stake frame reads the clause's subject as the one who takes the stake and the name after "with" as
the company it is taken in. Where the stake is a noun ("une prise de participation", "l'ingresso", "la
entrada", "eine Minderheitsbeteiligung", "a stake") in the subject's own capital, told by a possessive
or "the company" in German and French ("son capital", "nel proprio capitale", "en su capital", "an dem
Unternehmen", "au capital de la société"), the partner takes it. A verb of taking between the partner and
the capital ("en vue d'entrer dans son capital", "about taking a stake in its capital") makes the subject
the taker and leaves the reading alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

__all__ = ["own_capital_stakes"]

_I = re.IGNORECASE
#: the subject's own capital, by language
_OWN = {
    "en": re.compile(r"\b(?:in|into)\s+(?:its|their)\s+(?:own\s+)?(?:share\s+)?(?:capital|equity)\b|\bin\s+itself\b", _I),
    "fr": re.compile(r"\b(?:dans|à|au\s+sein\s+de)\s+(?:son|leur)\s+(?:propre\s+)?capital\b|"
                     r"\b(?:au|dans\s+le)\s+capital\s+de\s+la\s+(?:société|start-up|jeune\s+pousse|entreprise)\b", _I),
    "it": re.compile(r"\bnel\s+(?:proprio|suo|loro)\s+capitale\b|\bnel\s+capitale\s+della\s+(?:società|start-up|azienda)\b", _I),
    "es": re.compile(r"\ben\s+su\s+(?:propio\s+)?capital\b|\ben\s+el\s+capital\s+de\s+la\s+(?:compañía|empresa|sociedad)\b", _I),
    "de": re.compile(r"\ban\s+(?:dem|seinem|ihrem)\s+(?:Unternehmen|Kapital)\b|\bam\s+(?:Unternehmen|eigenen\s+Kapital)\b|"
                     r"\ban\s+der\s+Gesellschaft\b|\bin\s+(?:sein|ihr)\s+(?:eigenes\s+)?Kapital\b", _I),
}
#: the partner's preposition right before its name (with a description between at most)
_WITH = re.compile(r"\b(?:with|avec|auprès\s+d[eu']?|con|mit)\s+(?:[^\W\d][\w'’-]*\s+){0,4}$", _I)
#: a verb of taking after the partner: the subject takes the stake ("en vue d'entrer dans son capital")
_TAKING = re.compile(
    r"\b(?:take|taking|takes|buy|buying|acquire|acquiring|enter|entering|invest|investing|"
    r"entrer|prendre|racheter|acquérir|investir|entrare|prendere|rilevare|acquisire|investire|"
    r"entrar|tomar|adquirir|comprar|invertir|einsteigen|einzusteigen|übernehmen|erwerben|beteiligen)\b", _I)


def own_capital_stakes(text: str, spans, results: list, lang: str) -> list:
    """``results`` with a stake read from the subject to the partner of talks turned round where the stake
    is in the subject's own capital (see the module's docstring)."""
    rx = _OWN.get(lang)
    if rx is None or not any(f.type == "invests_in" for f in results):
        return results
    out = []
    for f in results:
        if f.type == "invests_in" and _in_own_capital(rx, text, spans, f.source, f.target):
            f = replace(f, source=f.target, target=f.source)
        out.append(f)
    return out


def _in_own_capital(rx, text: str, spans, subject: str, partner: str) -> bool:
    firsts = [s for s, _e, n, *_ in spans if n == subject]
    partners = [(s, e) for s, e, n, *_ in spans if n == partner]
    if not firsts or not partners or firsts[0] > partners[0][0]:
        return False
    s, e = partners[0]
    if not _WITH.search(text, max(0, s - 60), s):
        return False
    m = rx.search(text, e)
    if m is None or _TAKING.search(text, e, m.start()) or ";" in text[e : m.start()]:
        return False
    # between the partner and the capital no other company (whose capital would it be?); the partner
    # named again there is the taker ("l'ingresso del gruppo di Hefei"), and a description inside the
    # phrase may be resolved to any name ("an dem Unternehmen")
    return not any(e <= a < m.start() and n != partner for a, _b, n, *_ in spans)
