"""The company a story is about: its topic.

A news story names its topic in the headline or lead and keeps coming back to it; other companies
(customers, partners, rivals) come and go. "Northwind Cells has won an order from Kessel Motors ...
Kessel wants to localise its supply. The company's plant in Poland will ship the cells" - "the
company" there is the topic, Northwind, though Kessel was the last subject.

The topic of a story is the company named most often in it (by name, not by description), when it
is also the subject of one of the story's first two sentences (headline, lead) or is named at least
half again as often as any other company. Stories with no clear topic have none.
"""

from __future__ import annotations

from collections import Counter
from operator import itemgetter

from ..doc import Mention
from .short_names import opens_name

__all__ = ["story_topics"]

_MIN_MENTIONS = 3
_LEAD = 2  # sentences of a story: headline and lead


def story_topics(sentences, companies: dict[int, list[Mention]], subject: dict[int, bool]) -> dict[int, str]:
    """{story: canonical name of its topic} for the stories that have a clear one."""
    counts: dict[int, Counter] = {}
    for s_index, ms in companies.items():
        counter = None  # (the story's counter, looked up once per sentence)
        for m in ms:
            if m.canonical and m.source != "coref":
                if counter is None:
                    story = sentences[s_index].story
                    counter = counts.get(story)
                    if counter is None:
                        counter = counts[story] = Counter()
                counter[m.canonical] += 1
    first: dict[int, int] = {}  # story -> index of its first sentence
    for s_index, sent in enumerate(sentences):
        first.setdefault(sent.story, s_index)
    for story, s0 in first.items():
        if story in counts:
            _headline_short_names(counts[story], companies.get(s0, ()), companies.get(s0 + 1, ()))
    out: dict[int, str] = {}
    for story, counter in counts.items():
        # (``most_common(2)``, which is documented as this sort: cheaper on a story's few names)
        ranked = sorted(counter.items(), key=itemgetter(1), reverse=True)[:2]
        name, n = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0
        lead = {m.canonical for s in range(first[story], first[story] + _LEAD)
                for m in companies.get(s, ()) if subject.get(id(m)) and m.source != "coref"}
        if n == second and n >= _MIN_MENTIONS:
            name = _tie_break(counter, n, lead, sentences, companies, subject, first[story])
            if name is not None:
                out[story] = name
            continue
        if n < _MIN_MENTIONS:
            continue
        if name in lead or n >= 1.5 * second:
            out[story] = name
    return out


def _headline_short_names(counter: Counter, headline, lead) -> None:
    """A headline shortens its company's name: "Miba baut aus" over a lead about "die Miba Battery
    Systems", "Tata invests" over "Tata Technologies ..." - the headline's name counts for the lead's
    company whose name it opens (a unit of the group the short name also names), not for the group."""
    for m in headline:
        if not m.canonical or m.source == "coref":
            continue
        unit = next((u.canonical for u in lead if u.canonical and u.canonical != m.canonical and u.source != "coref"
                     and opens_name(m.text, u.text)), None)
        if unit is not None and counter[m.canonical] > 0:
            counter[m.canonical] -= 1
            counter[unit] += 1


_OPENING = 5  # sentences of a story's opening: headline, a subtitle, a dateline and the lead


def _tie_break(counter: Counter, n: int, lead: set, sentences, companies, subject, s0: int) -> str | None:
    """Of the companies named most often, the one the story opens with as a subject. A page with a
    headline, a subtitle and a dateline ("Batterie: Y raccoglie 40 milioni. Smentite voci su Z. MILANO,
    9 aprile -") names its topic as the headline's and the lead's subject, and the company of a
    rumour the subtitle mentions may be named as often; a company named once more in the body is no
    reason to give up the topic. Only where exactly one of the tied companies is a subject there."""
    tied = {name for name, k in counter.items() if k == n}
    opening = {m.canonical for s in range(s0, min(s0 + _OPENING, len(sentences)))
               if sentences[s].story == sentences[s0].story
               for m in companies.get(s, ()) if subject.get(id(m)) and m.source != "coref"}
    headline = {m.canonical for m in companies.get(s0, ()) if subject.get(id(m)) and m.source != "coref"}
    subjects = tied & (lead | opening)
    return next(iter(subjects)) if len(subjects) == 1 and subjects <= headline else None
