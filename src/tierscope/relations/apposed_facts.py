"""A standing tie told in an apposition inside a report or a denial: "La rumeur d'un rachat de Y ... a été
démentie par X, petit actionnaire de la jeune pousse"; "a report that it would sell its stake in
Z, its cathode joint venture with Y"; "Bloomberg said W, a long-time partner of Y, was preparing a bid".
The apposition names what the company is, a fact of its own: the rumour or denial around it is another
matter (as ``status._fact_relative`` reads a relative clause on a company).
"""

from __future__ import annotations

import re

from ..scan.prefilter import required_of

#: an apposition opened by a comma right after a name (a capitalised word, or a party's mention), its first
#: word lower case or a possessive/article ("its", "simple", "partenaire", "la marca"): a noun phrase, not a
#: new clause with a subject of its own
#: (a name may carry its short form in brackets: "Norvik Cells Company (NCC), la coentreprise de ...")
_OPEN = re.compile(r"(?-i:[A-ZÀ-Ý][\w&.-]*)(?:\s*\([^()]{1,30}\))?\s*,\s+(?=(?-i:[a-zà-ÿ]))")
#: German capitalises its nouns: an apposition opens with one ("X, Minderheitsaktionär von Y,"), or with an
#: article and one ("X, der größte Aktionär von Y,"), not with a company's name (a list of names)
_OPEN_DE = re.compile(r"(?-i:[A-ZÀ-Ý][\w&.-]*)(?:\s*\([^()]{1,30}\))?\s*,\s+(?:(?:der|die|das|dem|den|ein|eine|einem|einer)\s+)?(?=\w)")
#: where it ends: the next comma, ';', ':', a dash or the sentence end
_END = re.compile(r"[,;:]\s|\s[–—]\s|[.!?]\s*$")
#: a verb of its own makes it a clause, not an apposition: a relative word, a conditional, a hearsay or
#: a future (those are read by the relative readers)
_CLAUSE = re.compile(
    r"\b(?:which|who|that|qui|que|quien|che|cui|der|die|das|dont|wo)\b|\b(?:would|will|could|might|said|says|"
    r"serait|sera|avrebbe|sarebbe|sarà|sería|será|soll|wird|würde)\b|\w+(?:rait|raient|rebbe|rebbero|ría|rían)\b", re.I)


#: a conjunction or an adverb that opens a clause, not an apposition ("..., while Z buys from Y")
_LEAD = re.compile(r"(?:while|whereas|and|but|as|when|after|before|although|since|mentre|tandis|alors|mientras|"
                   r"während|wobei|et|e|y|und|ma|mais|pero|aber|sondern|dont|donde|dove|où|wo)\b", re.I)


def apposition_around(lang: str, text: str, t0: int, t1: int, party_spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The (start, end) of the apposition that holds the trigger t0..t1 and a party of the tie, opened by a
    comma after a name within 60 characters before the trigger, with no comma between and no verb of its
    own; None where there is none."""
    rx = _OPEN_DE if lang == "de" else _OPEN
    reach = max(0, t0 - 60)
    window = text[reach : t0 + 1].lower()
    if not any(x in window for x in required_of(rx) or ("",)):
        # (every opening holds a literal of its pattern's, a comma: none in the 60 characters before the trigger,
        # no apposition; the literals read off the pattern itself, lower-cased as ``required_of`` gives them)
        return None
    m = None
    for m in rx.finditer(text, reach, t0 + 1):
        pass
    if m is None or m.end() > t0 or any(c in text[m.end() : t0] for c in ",;:"):
        return None
    if any(a == m.end() for a, _ in party_spans):
        return None  # "X, Y und Z": a list of names
    end = _END.search(text, t1)
    hi = end.start() if end else len(text)
    lo = m.end() - len(m.group(0)) + m.group(0).index(",")
    if _CLAUSE.search(text, m.end(), hi) or _LEAD.match(text, m.end()):
        return None
    if any(lo <= a < t0 for a, _ in party_spans):
        return None  # "..., while Kornex buys from Y": a clause with a subject of its own
    if not any(lo <= a and b <= hi for a, b in party_spans):
        return None
    return lo, hi
