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
from .status import cue_spans

#: what may stand between a negation and the cue it turns round: one word at most ("did not deny", "n'a pas démenti")
_BETWEEN = re.compile(r"\s*(?:[\w'’]+\s+)?")


def _negated(neg: re.Pattern, text: str, at: int) -> bool:
    """A negation of the lexicon (``status["negation"]``: "not", "never", "ne"/"n'", "nicht", "non", "mai",
    "no", "nunca") right before the cue at ``at``, one word between at most: "on n'exclut pas", "no
    descartan", "did not deny"."""
    return any(_BETWEEN.fullmatch(text, m.end(), at) for m in neg.finditer(text, max(0, at - 24), at))

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
            text = doc.text[doc.sentences[j].start : doc.sentences[j].end]
            cues = cue_spans(lex, text, "denied")  # (the first is where ``search`` finds the cue)
            if not cues or _negated(lex.status["negation"], text, cues[0][0]):
                continue
            base = doc.sentences[j].start
            comps = [m for m in per_sentence[j] if m.label == "COMPANY"]
            names = {company_name(m) for m in comps}
            speakers = {company_name(m) for m in comps if m.source != "coref" and m.end - base <= cues[0][0]}
            for f in rumoured:
                if speakers & {f.source, f.target} and names <= {f.source, f.target}:
                    f.status = "denied"
