"""Build Documents by hand for the relation tests: sentences split on a simple rule, mentions found
by searching the given names, so these tests do not depend on the entity recognizer; and
``pipeline_relations`` for the tests that read a sentence through the whole default pipeline."""

from __future__ import annotations

import re
from functools import lru_cache

from tierscope.doc import Document, Mention, Sentence
from tierscope.relations import FacilityExtractor, RelationExtractor

_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-Þ¿\"«])")


def make_doc(
    stories: str | list[str],
    companies: dict[str, str] | list[str] = (),
    *,
    language: str | None = "en",
    places: dict[str, str] | list[str] = (),
    coref: dict[str, str] | None = None,
    money: dict[str, tuple[float, str]] | None = None,
    capacity: dict[str, tuple[float, str]] | None = None,
    sectors: dict[str, list[str]] | None = None,
) -> Document:
    """``stories``: one text, or several stories joined with a blank line. ``companies``: surface ->
    canonical (a list means each name is its own canonical). ``coref``: phrase -> canonical, made
    with source "coref". Every occurrence of every name is a mention (longest names first)."""
    if isinstance(stories, str):
        stories = [stories]
    text = ""
    story_spans = []
    for k, s in enumerate(stories):
        if k:
            text += "\n\n"
        story_spans.append((len(text), len(text) + len(s)))
        text += s
    sentences: list[Sentence] = []
    for k, (a, b) in enumerate(story_spans):
        pos = a
        for m in _SPLIT.finditer(text, a, b):
            sentences.append(Sentence(pos, m.start(), k))
            pos = m.end()
        sentences.append(Sentence(pos, b, k))
    if not isinstance(companies, dict):
        companies = {c: c for c in companies}
    if not isinstance(places, dict):
        places = {p: "" for p in places}
    taken: list[tuple[int, int]] = []
    mentions: list[Mention] = []

    def add(surface: str, label: str, canonical=None, source="test", attrs=None, word=True):
        pat = (r"(?<!\w)" + re.escape(surface) + r"(?!\w)") if word else re.escape(surface)
        for m in re.finditer(pat, text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            idx = next(i for i, s in enumerate(sentences) if s.start <= m.start() < s.end)
            taken.append((m.start(), m.end()))
            mentions.append(Mention(m.start(), m.end(), m.group(0), label, canonical, idx, source, dict(attrs or {})))

    entries = []
    for surface, canon in companies.items():
        entries.append((surface, "COMPANY", canon, "test", {"known": True, "sectors": (sectors or {}).get(canon, [])}))
    for surface, canon in (coref or {}).items():
        entries.append((surface, "COMPANY", canon, "coref", {}))
    for surface, country in places.items():
        entries.append((surface, "PLACE", None, "test", {"country": country}))
    for surface, (amount, cur) in (money or {}).items():
        entries.append((surface, "MONEY", None, "test", {"amount": amount, "currency": cur}))
    for surface, (value, unit) in (capacity or {}).items():
        entries.append((surface, "CAPACITY", None, "test", {"value": value, "unit": unit}))
    for surface, label, canon, source, attrs in sorted(entries, key=lambda e: -len(e[0])):
        add(surface, label, canon, source, attrs)
    mentions.sort(key=lambda m: m.start)
    return Document(id="t", source="t.txt", text=text, language=language, stories=story_spans,
                    sentences=sentences, mentions=mentions)


def line_doc(lines: list[str], companies, *, language: str, sep: str) -> Document:
    """A page of one story whose sentences are exactly ``lines`` joined by ``sep`` (no splitting rule: a
    headline without a full stop stays a sentence of its own), each mention indexed to its line."""
    doc = make_doc(sep.join(lines), list(companies), language=language)
    cuts, pos = [], 0
    for line in lines:
        cuts.append((pos, pos + len(line)))
        pos += len(line) + len(sep)
    doc.sentences = [Sentence(s, e, 0) for s, e in cuts]
    for m in doc.mentions:
        m.sentence = max(k for k, (s, _) in enumerate(cuts) if s <= m.start)
    return doc


def rels(text, companies, language="en", **kw):
    doc = make_doc(text, companies, language=language, **kw)
    return RelationExtractor()(doc).relations


def facs(text, companies=(), language="en", **kw):
    doc = make_doc(text, companies, language=language, **kw)
    return FacilityExtractor()(doc).facilities


def triples(relations):
    """(type, source, target, status, product) for each relation, sorted."""
    return sorted((r.type, r.source, r.target, r.status, r.product) for r in relations)


def one(relations):
    assert len(relations) == 1, [(r.type, r.source, r.target, r.status) for r in relations]
    r = relations[0]
    return (r.type, r.source, r.target, r.status, r.product)


#: three sentences that make Maltrix the story's company (named three times, more than any other) before
#: the sentence a test reads: the readers that give a lone party's counterpart to the story's company
#: (plant_works, lone_makers) need one
PLANT_STORY_LEAD = {
    "en": "Maltrix is building a cell plant in Tarnów. Maltrix expects output in 2027. Maltrix has 400 staff. ",
    "fr": "Maltrix construit une usine de cellules à Tarnów. Maltrix prévoit la production en 2027. Maltrix compte 400 salariés. ",
    "it": "Maltrix costruisce una fabbrica di celle a Tarnów. Maltrix prevede la produzione nel 2027. Maltrix ha 400 addetti. ",
    "es": "Maltrix construye una fábrica de celdas en Tarnów. Maltrix prevé producir en 2027. Maltrix tiene 400 empleados. ",
}


def story_supplies(text, language, sectors):
    """(source, target) of each supply read in ``text`` told after ``PLANT_STORY_LEAD``'s sentences."""
    got = rels(PLANT_STORY_LEAD[language] + text, list(sectors), language=language, sectors=sectors)
    return {(s, d) for t, s, d, _st, _p in triples(got) if t == "supplies"}


@lru_cache(maxsize=1)
def _full_pipeline():
    from tierscope.pipeline import default_pipeline  # built once, on first use, not when helpers is imported

    return default_pipeline()


def pipeline_relations(text: str, language: str) -> set[tuple[str, str, str]]:
    """(type, source, target) of every relation the full default pipeline reads from ``text``, which must
    be detected as ``language``."""
    doc = _full_pipeline()(Document(id="t", source="t.txt", format="txt", text=text))
    assert doc.language == language
    return {(r.type, r.source, r.target) for r in doc.relations}
