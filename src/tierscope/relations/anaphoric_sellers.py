"""A verb of buying whose seller is an adverb or a pronoun for a company named before it in the sentence:

    "Brixo ist an Kestrel beteiligt und bezieht von dort Zellen."           -> Kestrel supplies Brixo
    "Abnehmer von Kestrel sind Autobauer: Brixo und Norvik beziehen dort Stahl." -> Kestrel supplies both
    "Kestrel est bien installé chez Brixo : Brixo s'approvisionne auprès de lui en cellules."
                                                                             -> Kestrel supplies Brixo

German says where the goods come from with "dort", "von dort", "daher", "bei ihm/ihr/ihnen"; French with "auprès de lui" /
"d'elle" / "d'eux". The frames find no name after the verb and read nothing. The seller is the nearest
company named before the verb that is not the buyer; the buyer is the name (or the list of names) right
before the verb, or, after "und"/"et" that opens the verb's clause, the sentence's first company. A
company named after the verb in its clause with a seller's preposition is the seller the frames read
("bezieht dort Strom von Y"); a brand after "für" is no seller ("bezieht von dort Zellen für die Z A390").
"""

from __future__ import annotations

import re

from . import engine

__all__ = ["anaphoric_sellers"]

_I = re.IGNORECASE
#: the verb of buying and the seller's adverb or pronoun after it (a few words between at most)
_VERB = {
    "de": re.compile(r"\b(?:bezieh(?:t|en)|bezog(?:en)?|kauf(?:t|en)|kaufte[n]?)\s+(?:(?:[\w-]+)\s+){0,3}?"
                     r"(?:von\s+dort|dort|daher|bei\s+(?:ihm|ihr|ihnen))\b", _I),
    "fr": re.compile(r"\b(?:s['’]\s?approvisionn(?:e|ent|ait|aient|era|eront)|achète|achètent|achetait|achetaient|se\s+fourni(?:t|ssent|ssait))\s+"
                     r"(?:(?:[\w'’-]+)\s+){0,3}?auprès\s+(?:de\s+(?:lui|eux|elles?)|d['’]\s?(?:elles?|eux))\b", _I),
}
#: between the buyer's name and the verb: nothing but an adverb or two
_RIGHT_BEFORE = re.compile(r"\s*(?:(?:already|bereits|schon|seit\s+\w+|heute|déjà|aussi|également)\s+)*$", _I)
_LIST_JOIN = re.compile(r"\s*(?:,|und|et|sowie)\s*$", _I)
#: a seller's preposition right before a name after the verb ("von Y", "bei Y", "auprès de Y" by its "de", "chez Y")
_SELLER_BEFORE = re.compile(r"\b(?:von|vom|bei|beim|aus|chez|de|du|d['’])\s*(?:(?:dem|der|den|le|la|l['’]|les)\s*)?(?:[\w-]+\s+){0,2}?$", _I)
#: "und" / "et" opening the verb's clause (its subject left out)
_COORDINATED = re.compile(r"\b(?:und|et)\s+$", _I)


def anaphoric_sellers(text: str, spans, lex) -> list[engine.Found]:
    """supplies Found (seller, buyer) for each verb of buying with an anaphoric seller in ``text``;
    ``spans`` are (start, end, name, sectors) of its companies, in text order."""
    rx = _VERB.get(lex.lang)
    if rx is None or len(spans) < 2:
        return []
    out: list[engine.Found] = []
    for m in rx.finditer(text):
        v0 = m.start()
        close = re.search(r"[,;:.]", text[m.end():])
        end = m.end() + close.start() if close else len(text)
        if any(m.end() <= sp[0] < end and _SELLER_BEFORE.search(text, max(m.end(), sp[0] - 30), sp[0]) for sp in spans):
            continue  # "bezieht dort Strom von Y": the seller is named after all
        before = [sp for sp in spans if sp[1] <= v0]
        if not before:
            continue
        buyers: list[tuple] = []
        if _RIGHT_BEFORE.fullmatch(text, before[-1][1], v0):
            buyers = [before[-1]]
            k = len(before) - 2
            while k >= 0 and _LIST_JOIN.fullmatch(text, before[k][1], buyers[0][0]):
                buyers.insert(0, before[k])
                k -= 1
        elif _COORDINATED.search(text, max(0, v0 - 6), v0) and not re.search(r"[;:]", text[: v0]):
            buyers = [spans[0]]
        if not buyers:
            continue
        names = {b[2] for b in buyers}
        seller = next((sp for sp in reversed(before)
                       if sp[2] not in names and (sp[1] <= buyers[0][0] or buyers == [spans[0]])), None)
        if seller is None:
            continue
        status, _ = engine.status_for(lex, text, v0, m.end(), "active", [])
        if status is None:
            continue
        out.extend(engine.Found("supplies", seller[2], b, status, 0.6, None, (v0, m.end())) for b in sorted(names))
    return out
