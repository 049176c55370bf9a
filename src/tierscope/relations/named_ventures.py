"""A joint venture named after its parents: the two parents are partners in it.

    "their joint venture Valeo Siemens eAutomotive", "la coentreprise ZF Foxconn Chassis Modules",
    "la joint venture paritetica Leonardo Rheinmetall Military Vehicles", "das Gemeinschaftsunternehmen
    SAIC Volkswagen", "la empresa conjunta LG Magna e-Powertrain"

News names such a venture by its parents' names side by side and a word or two of its own; the
recogniser reads the parents' names as two companies and the venture itself goes unnamed. Two
different companies right next to each other (a space or a hyphen between them), with the rest
of a name after them, and a word for a joint venture just before or in apposition just after,
make a joint venture of the two.
"""

from __future__ import annotations

import re

from . import engine

__all__ = ["named_ventures"]

_JV = {
    "en": r"joint[- ]venture|JV",
    "de": r"Joint[- ][Vv]enture|Gemeinschaftsunternehmen",
    "fr": r"co-?entreprise|joint[- ]venture|société\s+commune",
    "it": r"joint[- ]venture|società\s+(?:comune|mista)",
    "es": r"empresa\s+(?:conjunta|mixta)|sociedad\s+conjunta|joint[- ]venture|coinversión",
}
#: the venture word, then at most 40 characters of words, spaces and commas (adjectives, "baptisée",
#: "called") before the parents
_BEFORE = {lang: re.compile(rf"(?:{words})\b[\w\s,'’-]{{0,40}}$", re.IGNORECASE if lang != "de" else 0)
           for lang, words in _JV.items()}
#: the venture word in apposition after the name: ", the joint venture of", ", la coentreprise"
_AFTER = {lang: re.compile(rf"[\w\s-]{{0,30}}?,?\s*\(?(?:\w+\s+){{0,2}}(?:{words})\b", re.IGNORECASE if lang != "de" else 0)
          for lang, words in _JV.items()}
#: the rest of the venture's own name: a capitalised word, or "e"/"i" before one ("eAutomotive", "e-Powertrain")
_REST = re.compile(r"[ -](?:[A-Z]|e-?[A-Z]|i[A-Z])")

#: the venture is over: one parent bought the other's share, or it was wound up
BOUGHT_OUT = re.compile(
    r"\b(?:bought\s+out|took\s+full\s+control|dissolved|wound\s+up|racheté|rachète|dissou\w*|rilevat\w+|"
    r"riacquistat\w+|sciolt\w+|übernahm|übernommen|aufgelöst|adquiri\w+|recompr\w+|disuelt\w+)\b[^.;]{0,60}?"
    r"(?:\d+\s*(?:%|per\s*cent|Prozent|por\s+ciento)|stake|share|participation|quota|Anteil\w*|participación|"
    r"partecipazione|\bparts?\b)|\b(?:dissolved|wound\s+up|dissoute?|sciolt[ao]|aufgelöst|disuelt[ao])\b",
    re.IGNORECASE)


def named_ventures(text: str, spans, lang: str, lex) -> list[engine.Found]:
    """joint_venture Found for each pair of parents that names a venture in the sentence ``text``;
    ``spans`` are (start, end, name, sectors) of its companies, in text order."""
    before_rx, after_rx = _BEFORE.get(lang), _AFTER.get(lang)
    if before_rx is None:
        return []
    out = []
    for (s1, e1, n1, _), (s2, e2, n2, _) in zip(spans, spans[1:]):
        if n1 == n2 or text[e1:s2] not in (" ", "-") or not _REST.match(text, e2):
            continue
        cue = before_rx.search(text, max(0, s1 - 80), s1)
        if cue is not None:
            t0, t1 = cue.span()
            status, dconf = engine.status_for(lex, text, t0, t1, "active", [(s1, e1), (s2, e2)], refusable=True)
            if status is None:
                continue
        else:
            cue = after_rx.match(text, e2, min(len(text), e2 + 60))
            if cue is None:
                continue
            # "Ostero will buy motors from A B Powertrain, the joint venture of ...": the apposition
            # names a venture that exists; the sentence's news is something else
            (t0, t1), status, dconf = cue.span(), "active", 0.0
        if status == "active" and BOUGHT_OUT.search(text):
            status = "ended"  # "il a racheté les 50 % que Siemens détenait dans leur coentreprise Valeo Siemens"
        a, b = sorted((n1, n2))
        out.append(engine.Found("joint_venture", a, b, status, 0.6 + dconf, None, (t0, t1)))
    return out
