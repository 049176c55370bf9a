""""The same company" is the company named last before it:

    "Brixo supplies the seats from Saltillo. The same company also makes the junction boxes for Norvik."
    "Korvan invested in Kestrel, a lithium developer. With the same company it signed an offtake in 2022."
    "La misma empresa produce además ...", "Con la stessa società il gruppo ha firmato ...",
    "La même société livre aussi ...", "Dasselbe Unternehmen liefert auch ..."

"Same" takes up the nearest company, whatever the story's topic, so the description resolver (which
weighs a bare "the company" against the topic) is not asked. The nearest named company before the phrase
in its sentence, else the last of the sentence before, in the same story, where that sentence names no
other company or an apposition resolved to the last follows its name; not where the phrase tells that
companies belong to the same group. The mention is the phrase's span (with its preposition, as "al gruppo
belga" is), standing for that company.
"""

from __future__ import annotations

import re

from ..doc import Mention
from ..scan.page_words import page_lower
from ..scan.sentences import may_hold
from .implied import pronoun_mention
from .text import add_in_order

__all__ = ["find_same_company"]

_SAME = {
    "en": r"\bthe\s+same\s+(?:company|group|firm|supplier|manufacturer|maker|carmaker|automaker|business)\b",
    "it": r"\b(?:(?:la|alla|dalla|della|nella)\s+stessa\s+(?:società|azienda|impresa)"
          r"|(?:lo|allo|dallo|dello|nello)\s+stesso\s+(?:gruppo|costruttore|produttore|fornitore))\b",
    "es": r"\b(?:(?:la|a\s+la|de\s+la)\s+misma\s+(?:empresa|compañía|firma|sociedad)"
          r"|(?:el|al|del)\s+mismo\s+(?:grupo|fabricante|proveedor))\b",
    "fr": r"(?<![\w'’])(?:(?:la|à\s+la|de\s+la)\s+même\s+(?:société|entreprise|firme)"
          r"|(?:le|au|du)\s+même\s+(?:groupe|fournisseur|constructeur|fabricant))\b",
    "de": r"\b(?:dasselbe|derselbe|dieselbe|denselben|demselben|desselben|beim\s+selben|vom\s+selben"
          r"|(?:das|der|die|den|dem|des)\s+(?:gleiche|gleichen|selbe|selben))\s+"
          r"(?:Unternehmen|Unternehmens|Konzern|Konzerns|Firma|Hersteller|Herstellers|Zulieferer|Zulieferers|Lieferant|Lieferanten|Gruppe)\b",
}
_SAME_RX = {k: re.compile(v, re.IGNORECASE) for k, v in _SAME.items()}
#: two companies said to belong to the same group name no company by it ("X and Y belong to the same
#: group", "fanno parte dello stesso gruppo", "forman parte del mismo grupo", "font partie du même
#: groupe", "gehören demselben Konzern", "sind Teil desselben Konzerns"). The phrase ``_SAME`` finds
#: takes its preposition in ("dello stesso gruppo", "du même groupe"), so what stands before it is the
#: bare noun or verb ("parte", "au sein"); German "zum"/"im selben Konzern" is no phrase of ``_SAME``.
_BELONGING = re.compile(r"\b(?:belong\w*(?:\s+to)?|part\s+of|within|inside|appartien\w*|appartengon\w*|appartiene|parte"
                        r"|all['’]interno|dentro|partie|au\s+sein|pertenec\w*|gehör\w*|innerhalb|Teil)\s*$",
                        re.IGNORECASE)


def _nearest(text: str, sentences, s_index: int, start: int, companies) -> Mention | None:
    """The company named last before ``start``: in its own sentence, else in the sentence before (same
    story), where that one names no other or goes on about the last one (an apposition after its name)."""
    here = [c for c in companies.get(s_index, ()) if c.canonical and c.end <= start and not c.attrs.get("implied")]
    if here:
        return max(here, key=lambda c: c.end)
    if s_index == 0 or sentences[s_index - 1].story != sentences[s_index].story:
        return None
    before = [c for c in companies.get(s_index - 1, ()) if c.canonical and not c.attrs.get("implied")]
    if not before:
        return None
    last = max(before, key=lambda c: c.end)
    if len({c.canonical for c in before}) == 1:
        return last
    # of several, the last only where an apposition resolved to it follows its name ("... in Kestrel,
    # la società del litio geotermico"); "Brenvik and Norvik belong to rivals. The same company" stays open
    if any(c.canonical == last.canonical and c.end < last.start and _COMMA.fullmatch(text, c.end, last.start)
           for c in before):
        return last
    return None


_COMMA = re.compile(r"\s*,\s*")


def find_same_company(text, sentences, language: str, companies, subject, occupied) -> list[Mention]:
    """COMPANY mentions (the phrase's span, ``attrs["pronoun"]``) for "the same company", standing for the
    company named last before it."""
    rx = _SAME_RX.get(language)
    if rx is None:
        return []
    out: list[Mention] = []
    # (only the sentences that hold one of the literals every match holds are searched: on most pages none)
    holds = may_hold(rx, text, page_lower(text), [(s.start, s.end) for s in sentences])
    for s_index, sent in enumerate(sentences):
        if not holds[s_index]:
            continue
        for m in rx.finditer(text, sent.start, sent.end):
            if occupied.overlaps(m.start(), m.end()) or _BELONGING.search(text, max(sent.start, m.start() - 30), m.start()):
                continue
            antecedent = _nearest(text, sentences, s_index, m.start(), companies)
            if antecedent is None:
                continue
            mention = pronoun_mention(m.start(), m.end(), m.group(0), s_index, antecedent)
            out.append(mention)
            occupied.add(m.start(), m.end())
            subject[id(mention)] = m.start() - sent.start <= 2  # opening the sentence, it is its subject
            add_in_order(companies, s_index, mention)
    return out
