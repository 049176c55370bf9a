"""A joint venture named with one parent only: the other is its own parent, or the story's company.

A supplier's results or a profile lists the company's joint ventures by their names, each with the
partner and without the company itself, which the story is about:

    "Samsung SDI ... StarPlus Energy, la joint venture paritetica con Stellantis, ha avviato ...",
    "Norvik ... Voltbridge, costituita con Kessel, produce in Ohio", "Norvik ... Voltbridge, la società
    creata con Kessel", "Norvik ... Voltbridge, la coentreprise à parts égales avec Kessel, a lancé ...",
    "Voltbridge, la coentreprise de Norvik avec Kessel" (the parent named: no topic needed).

The venture (a company named), then in apposition a joint-venture word or a founding participle,
then "con"/"avec" and the partner: a joint venture of the partner and the story's company (named
most often before, as the funding rounds read it), or of the parent named between ("de Norvik").
French and Italian only; a clause with its own subject ("Norvik a créé avec Kessel une
coentreprise") is read by the frames.
"""

from __future__ import annotations

import re

from . import engine
from .engine import company_name as _name
from ..scan.page_words import page_lower
from ..scan.prefilter import may_search
from .rounds import _topic
from ..scan.sentences import may_hold

__all__ = ["unnamed_parent_ventures"]

_HEAD = {
    "it": r",\s*(?:(?:la|una|l['’])\s*)?(?:(?:sua|seconda|nuova|prima|altra|terza)\s+)?"
          r"(?:(?:joint[- ]venture|società\s+(?:comune|mista))(?:\s+(?:paritetica|paritaria|comune|al\s+50\s*%))?"
          r"(?:\s+(?:creata|costituita|formata|fondata|avviata))?"
          r"|(?:società\s+|azienda\s+)?(?:creata|costituita|formata|fondata))(?:\s+(?:nel|a\s+fine|all['’]inizio\s+del)\s+\d{4})?",
    "fr": r",\s*(?:(?:la|une|l['’])\s*)?(?:(?:sa|seconde|deuxième|nouvelle|première|autre)\s+)?"
          r"(?:(?:co-?entreprise|joint[- ]venture|société\s+commune)(?:\s+(?:à\s+parts\s+égales|paritaire|commune|50-50))?"
          r"(?:\s+(?:créée|formée|fondée|constituée|montée|lancée))?"
          r"|(?:société\s+|entreprise\s+)?(?:créée|formée|fondée|constituée|montée))(?:\s+en\s+\d{4})?",
}
_WITH = {"it": r"\s+con\s+(?:(?:il|la|lo|l['’])\s*)?", "fr": r"\s+avec\s+(?:(?:le|la|l['’])\s*)?"}
_OF = {"it": r"\s+(?:di|della|del|dell['’])\s*", "fr": r"\s+(?:de|du|d['’])\s*"}
_BARE = {lang: re.compile(_HEAD[lang] + _WITH[lang], re.I) for lang in _HEAD}
_PARENT = {lang: re.compile(_HEAD[lang] + _OF[lang], re.I) for lang in _HEAD}
_WITH_RX = {lang: re.compile(_WITH[lang], re.I) for lang in _HEAD}
_GATE = re.compile(r"joint|società|co-?entreprise|société|creata|costituita|formata|fondata|créée|formée|fondée|constituée|montée",
                   re.I)


def unnamed_parent_ventures(doc, per_sentence, language: str):
    """(sentence, sentence, Found) for each joint venture told with one parent named (see the module)."""
    bare, of_rx = _BARE.get(language), _PARENT.get(language)
    if bare is None:
        return []
    out = []
    # (speed) where the page holds no literal every match of the gate holds, no sentence matches it
    page = may_search(_GATE, doc.text, page_lower(doc.text))
    may = may_hold(_GATE, doc.text, page_lower(doc.text), [(s.start, s.end) for s in doc.sentences]) if page else ()
    for i, sent in enumerate(doc.sentences):
        if not page or not may[i]:
            continue
        text = doc.text[sent.start:sent.end]
        if not _GATE.search(text):
            continue
        comps = sorted((m for m in per_sentence[i] if m.label == "COMPANY" and _name(m) and not m.attrs.get("implied")),
                       key=lambda m: m.start)
        # "NextStar, la società creata con Y": the description in apposition stands for the venture itself
        comps = [m for k, m in enumerate(comps) if not (k and m.source == "coref" and _name(m) == _name(comps[k - 1]))]
        for k in range(len(comps) - 1):
            venture, nxt = comps[k], comps[k + 1]
            if venture.source == "coref":
                continue  # the venture is named
            parent, partner = None, None
            if bare.fullmatch(doc.text, venture.end, nxt.start):
                partner = nxt
                parent = _topic(doc, per_sentence, i, {_name(venture), _name(partner)})
            elif k + 2 < len(comps) and of_rx.fullmatch(doc.text, venture.end, nxt.start) and \
                    _WITH_RX[language].fullmatch(doc.text, nxt.end, comps[k + 2].start):
                partner, parent = comps[k + 2], _name(nxt)
            if parent is None or partner is None or len({parent, _name(partner), _name(venture)}) < 3:
                continue
            t0, t1 = venture.end - sent.start, partner.start - sent.start
            status, _ = engine.status_for(engine.compiled(language), text, t0, t1, "active",
                                          [(venture.start - sent.start, venture.end - sent.start)])
            a, b = sorted((parent, _name(partner)))
            out.append((i, i, engine.Found("joint_venture", a, b, status or "active", 0.6, None, (t0, t1))))
    return out
