"""A passive supply whose first party takes an apposition before the second one: "The cells are
supplied to Y, the parent of W since 2001, by X", "fournies à Y, maison mère de W, par X", "fornite a Y,
capogruppo di W, da X", "suministradas a Y, matriz de W, por X"; and "supplied by X, a unit of W, to Y".

The supply frame takes a passive agent only when no comma stands between the verb and it (a comma
mostly opens another clause: "..., and was bought by Z"); an apposition on the recipient is no new
clause, so the agent right after it is the verb's. Likewise the business noun of an apposition on the
agent ("a unit of W") is not a unit sold to the recipient (the frame's test of a divestment).
"""

from __future__ import annotations

import re

#: an apposition on a name: a comma, a description opened by a lower-case word that is no relative
#: word, conjunction or clause opener, no bracket, quote or clause break, and the comma that closes it
#: (German: an article before a capitalised noun, possibly after lower-case adjectives, as "die Mutter
#: von W"; its relative pronouns are those articles, so any other German opening is left out)
_APPOSITION = re.compile(
    r"\s*,\s*(?!(?:which|who|whom|whose|that|while|whereas|and|but|or|as|when|after|before|qui|que|qu['’]|dont|où|et|mais|ou"
    r"|tandis|lorsque|quand|après|avant|che|cui|il\s+quale|la\s+quale|e|ed|ma|o|mentre|dove|quando|dopo|prima|y|pero|mientras"
    r"|donde|cuando|cuyo|cuya|tras|antes|el\s+cual|la\s+cual|según|secondo|selon|according)\b)"
    r"(?-i:[a-zà-öø-ÿ])[^,;:()\[\]\"“”«»]{1,100}?,\s*",
    re.IGNORECASE,
)
_DE_APPOSITION = re.compile(
    r"\s*,\s*(?:(?:der|die|das|dem|den|des|ein|eine|einer|eines|einem)\s+(?:(?-i:[a-zäöüß])[\w-]*\s+){0,2}(?-i:[A-ZÄÖÜ])"
    r"|(?:Mutter|Tochter|Tochtergesellschaft|Muttergesellschaft|Mutterkonzern|Hersteller|Konzern)\b)"
    r"[^,;:()\[\]\"“”«»]{0,100}?,\s*",
)


def apposition_end(lang: str, text: str, end: int) -> int | None:
    """Where the apposition that follows a name ending at ``end`` closes (past its comma and the spaces
    after it); None where no apposition follows."""
    m = (_DE_APPOSITION if lang == "de" else _APPOSITION).match(text, end)
    return m.end() if m is not None else None


def agent_past_apposition(lang: str, groups, recip_of, agent_of, t1: int, text: str):
    """The passive agent right after an apposition on the recipient named after the verb ("supplied to
    Y, the French carmaker, by X"): (recipient group, agent group), or None. No comma or clause break
    may stand between the verb and the recipient."""
    after = [g for g in groups if g.start >= t1]
    for i, g in enumerate(after):
        if not recip_of(g):
            continue
        if re.search(r"[;:()]|,\s", text[t1 : g.start]):
            return None
        close = apposition_end(lang, text, g.end)
        if close is None:
            return None
        agent = next((h for h in after[i + 1 :] if h.marker_start >= close), None)
        if agent is None or agent.marker_start != close or not agent_of(agent):
            return None
        return g, agent
    return None
