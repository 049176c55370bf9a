"""A reported deal denied further on in its story: "Minth estaría negociando la compra de Antolin. Según
fuentes ... [two or more sentences] ... Grupo Antolin desmintió que exista cualquier negociación".
The extractor's next-sentence reading (``_next_sentence_status``) looks one or two sentences on; a
party's own denial comes later as often, after the report's details. A rumoured link takes the denial of a
later sentence of the same story where one of its two companies, named (not "the company"), speaks
before the denial cue, and no other company is named; not a denial said not to be one ("n'exclut pas",
"no descartan", "does not rule out").
"""

from __future__ import annotations

import re

from .engine import company_name
from .compiled import compiled
from .denial_parties import speaking_for
from .status import cue_spans

#: what may stand between a negation and the cue it turns round: one word at most ("did not deny", "n'a pas démenti")
_BETWEEN = re.compile(r"\s*(?:[\w'’]+\s+)?")


def _negated(neg: re.Pattern, text: str, at: int) -> bool:
    """A negation of the lexicon (``status["negation"]``: "not", "never", "ne"/"n'", "nicht", "non", "mai",
    "no", "nunca") right before the cue at ``at``, one word between at most: "on n'exclut pas", "no
    descartan", "did not deny"."""
    return any(_BETWEEN.fullmatch(text, m.end(), at) for m in neg.finditer(text, max(0, at - 24), at))


def _deny_from(doc, per_sentence, found, lex, j: int, rumoured) -> None:
    """Turn ``rumoured`` to "denied" where sentence ``j`` has a denial cue (not negated), names a party
    of the link (or the group above one, ``speaking_for``) before the cue, and names no other company."""
    text = doc.text[doc.sentences[j].start : doc.sentences[j].end]
    cues = cue_spans(lex, text, "denied")  # (the first is where ``search`` finds the cue)
    if not cues or _negated(lex.status["negation"], text, cues[0][0]):
        return
    base = doc.sentences[j].start
    comps = [m for m in per_sentence[j] if m.label == "COMPANY"]
    names = {company_name(m) for m in comps}
    speakers = {company_name(m) for m in comps if m.source != "coref" and m.end - base <= cues[0][0]}
    own = _own_report(lex, text, cues[0][0], [(m.start - base, m.end - base) for m in comps])
    for f in rumoured:
        if own and not {f.source, f.target} <= names:
            continue  # "Spekulationen, X könnte bei einem Zulieferer einsteigen, hat X zurückgewiesen": another report
        sides = speaking_for({f.source, f.target}, found, names, speakers)
        if speakers & sides and names <= sides:
            f.status = "denied"


def _own_report(lex, text: str, cue: int, companies: list[tuple[int, int]]) -> bool:
    """Whether the denying sentence tells the report it denies: a report cue before the denial cue, and a
    company named between the two, the subject of what was reported ("Spekulationen, X könnte ...
    einsteigen, hat ... zurückgewiesen", "Reports that X would buy a rival were dismissed by X")."""
    return any(e <= cue and any(e <= a < cue for a, _ in companies) for _s, e in cue_spans(lex, text, "rumoured"))


#: how many sentences on a party's denial may stand from the report
REACH = 8


def deny_later(doc, per_sentence, found, langs) -> None:
    """Rumoured links of ``found`` (sentence index -> [(Found, lang)]) become "denied" where a later
    sentence of the story, within ``REACH``, has a denial cue and names a party and no other company."""
    if len(langs) != 1:
        return
    lex = compiled(langs[0])
    for i in sorted(found):
        rumoured = [f for f, _ in found[i] if f.status == "rumoured"]
        if not rumoured:
            continue
        story = doc.sentences[i].story
        for j in range(i + 3, min(len(doc.sentences), i + 1 + REACH)):
            if doc.sentences[j].story != story:
                break
            _deny_from(doc, per_sentence, found, lex, j, rumoured)


#: a report told as earlier than what the story said before it: "Earlier, a portal had reported that ...",
#: "Zuvor hatte ein Portal gemeldet", "Auparavant, ... avait rapporté", "In precedenza ... aveva riferito",
#: "Anteriormente, ... había publicado": the denial told before answers it
_EARLIER_REPORT = {
    "en": r"\b(?:earlier|previously|before that)\b|\bhad (?:\w+ ){0,2}(?:reported|written|said|claimed)\b",
    "de": r"\b(?:zuvor|davor|vorher)\b|\bhatten? (?:[\w-]+ ){0,8}?(?:berichtet|gemeldet|geschrieben)\b",
    "fr": r"\b(?:auparavant|précédemment|plus tôt)\b|\bavai(?:en)?t (?:\w+ ){0,2}(?:rapporté|affirmé|écrit|révélé|indiqué)\b",
    "it": r"\b(?:in precedenza|in un primo momento)\b|\baveva(?:no)? (?:\w+ ){0,2}(?:riferito|riportato|scritto|rivelato)\b",
    "es": r"\b(?:anteriormente|previamente|con anterioridad)\b|\bhabía(?:n)? (?:\w+ ){0,2}(?:informado|publicado|adelantado|asegurado|revelado)\b",
}
_EARLIER_REPORT = {lang: re.compile(rx, re.I) for lang, rx in _EARLIER_REPORT.items()}
#: how many sentences before the report its denial may stand
BACK = 3


def deny_before(doc, per_sentence, found, langs) -> None:
    """Rumoured links of a sentence that tells its report as an earlier one ("Zuvor hatte ein Portal
    gemeldet, X prüfe eine Übernahme von Y") become "denied" where one of the ``BACK`` sentences before
    it, in the same story, has a denial cue, names a party (or the group above one) before the cue, and
    names no other company: the story told the denial first ("Y hat Berichte über einen Verkauf
    zurückgewiesen. ... Zuvor hatte ...")."""
    if len(langs) != 1 or langs[0] not in _EARLIER_REPORT:
        return
    lex = compiled(langs[0])
    earlier = _EARLIER_REPORT[langs[0]]
    for i in sorted(found):
        rumoured = [f for f, _ in found[i] if f.status == "rumoured"]
        if not rumoured or not earlier.search(doc.text, doc.sentences[i].start, doc.sentences[i].end):
            continue
        story = doc.sentences[i].story
        for j in range(i - 1, max(-1, i - 1 - BACK), -1):
            if doc.sentences[j].story != story:
                break
            _deny_from(doc, per_sentence, found, lex, j, rumoured)
