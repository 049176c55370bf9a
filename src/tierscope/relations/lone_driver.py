"""The walk the lone_* readers share: a tie told with one party alone in its sentence, the other left to
the reader as the story's topic or the company the sentence before is about.

lone_deals.py, lone_contracts.py, lone_makers.py and lone_partnerships.py each read one way of telling
such a tie ("the agreement with Y", "a supply contract with Y", "the chargers come from Y", "the
partnership with Y"). What they share is set up here once: which sentences (``lone_sentences``: after
the page's first, naming a company, holding a literal of the reader's patterns), who the other party is
(``counterpart``, which weighs the companies' places in the chain by ``peers``) and the status of the
sentence (engine.status_for). Each module keeps only its party reader (which names the sentence gives,
and the trigger) and what it builds of a pair. lone_customers.py and role_lists.py walk the same
sentences with ``lone_sentences`` and ``counterpart`` and build their own pairs.
"""

from __future__ import annotations

import re
from typing import Callable, Iterator, NamedTuple

from ..doc import Document, Mention
from ..entities.gazetteer import gazetteer
from ..entities.topic import story_topics
from ..scan.page_words import page_lower
from ..scan.prefilter import any_in, has_odd_case, required_of
from ..scan.sentence_scan import holds
from . import engine
from .engine import company_name as _name
from .known_roles import belongs_to, gazetteer_name, page_trade
from .maker_appositions import apposed_owners
from .members import named_companies, owner_before
from .products import tier
from .trials import TRIAL

__all__ = ["Lone", "company_kinds", "counterpart", "lone_pairs", "lone_party", "lone_sentences", "page_sectors",
           "peers", "related", "story_context", "with_status"]


class Lazy:
    """A mapping worked out on its first ``get``: most pages tell no goods with a lone party, and the
    story's topics and the page's sectors cost as much as the search for such a sentence."""

    __slots__ = ("_make", "_value")

    def __init__(self, make):
        self._make, self._value = make, None

    def get(self, key, default=None):
        if self._value is None:
            self._value = self._make()
        return self._value.get(key, default)


def story_context(doc: Document, per_sentence) -> tuple[Lazy, Lazy]:
    """(the stories' topics, the page's sectors), each worked out when first asked."""
    def topics():
        companies = {i: [m for m in ms if m.label == "COMPANY" and m.canonical] for i, ms in enumerate(per_sentence)}
        return story_topics(doc.sentences, companies, {})
    return Lazy(topics), Lazy(lambda: page_sectors(doc))


def lone_sentences(doc: Document, per_sentence, patterns, trials: bool = True):
    """(index, sentence, its text, its named companies) for each sentence after the page's first that
    names a company and may hold one of ``patterns`` (a cheap test on their literals first: most
    sentences hold none), and, where ``trials`` asks, tells no trial ("test vehicles")."""
    literals = _page_literals(doc.text, patterns)
    for row in _page_rows(doc, per_sentence):
        i, sent, text, low, comps, trial = row
        if literals is not None and not (any_in(literals, low) or has_odd_case(text)):
            continue  # (``may_search`` of each pattern, asked only about the literals the page holds)
        if trials:
            if trial is None:
                trial = row[5] = holds(TRIAL, text)
            if trial:
                continue
        yield i, sent, text, list(comps)


def _page_literals(page: str, patterns) -> tuple[str, ...] | None:
    """The literals of ``patterns`` (``prefilter.required_of``) that the page holds; None where a
    pattern has none known. A literal the page lacks is in none of its sentences (but for one with an
    odd case folding, which ``has_odd_case`` lets through), so a sentence is asked only about these."""
    lower = page_lower(page)
    out: list[str] = []
    for rx in patterns:
        required = required_of(rx)
        if required is None:
            return None
        out.extend(x for x in required if x in lower)
    return tuple(out)


# [the page, its mentions per sentence, its rows]: the readers that walk a page's sentences (the lone_*
# readers and role_lists) share one walk (speed)
_ROWS: list = [None, None, []]


def _page_rows(doc: Document, per_sentence) -> list[list]:
    """[index, sentence, text, lower-cased text, named companies, trial told (None: not searched yet)]
    for each sentence after the page's first that names a company, worked out once per page."""
    if _ROWS[0] is not doc or _ROWS[1] is not per_sentence:
        rows = []
        for i in range(1, len(doc.sentences)):
            comps = named_companies(per_sentence[i])
            if comps:
                sent = doc.sentences[i]
                text = doc.text[sent.start : sent.end]
                rows.append([i, sent, text, text.lower(), comps, None])
        _ROWS[:] = [doc, per_sentence, rows]
    return _ROWS[2]


def page_sectors(doc: Document) -> dict[str, list[str]]:
    """{company: its sectors} for the companies the page names (a mention's own, else the gazetteer's)."""
    out: dict[str, list[str]] = {}
    for m in doc.mentions:
        if m.label == "COMPANY" and m.attrs.get("sectors") and _name(m) not in out:
            out[_name(m)] = list(m.attrs["sectors"])
    return out


def company_kinds(name: str, sectors: dict[str, list[str]]) -> set[str]:
    """A company's sectors: its mention's, else the gazetteer's, else the ones the page describes it by."""
    kinds = sectors.get(name)
    if kinds is None:
        entry = gazetteer().entry(gazetteer_name(name))
        kinds = list(entry.sectors) if entry is not None and entry.sectors else list(page_trade(name))
    return set(kinds)


def peers(maker: str, customer: str, sectors: dict[str, list[str]]) -> bool:
    """Whether the customer stands no higher in the chain than the maker (a second supplier of a
    list, "Asahi Kasei supplies the separator. Electrolyte comes from Enchem"): then not its customer.
    A company of several sectors stands as high as its highest (a carmaker that also makes cells)."""
    def tiers(name):
        return {t for t in (tier([k]) for k in company_kinds(name, sectors)) if t is not None}

    a, b = tiers(maker), tiers(customer)
    return bool(a and b) and max(b) <= min(a)


def counterpart(doc: Document, per_sentence, i: int, named: list[str], topics: dict[int, str], sectors,
                 upstream: bool | None = True):
    """(company, its sentence) the goods of sentence ``i`` come to (``upstream``: ``named`` made them)
    or come from (``named`` buy them): the story's topic when the sentence before speaks of it or of
    no company that fits; the company of the sentence before when the story has no topic; None when
    the two disagree (whose goods are they?). A peer of the named in the chain does not fit (a second
    supplier in a list of suppliers; ``upstream`` None: who sells is told apart, no peer check)."""
    def fits(name):
        if name in named:
            return False
        if upstream is None:
            return True
        return not any(peers(n, name, sectors) if upstream else peers(name, n, sectors) for n in named)

    topic = topics.get(doc.sentences[i].story)
    before = owner_before(doc, per_sentence, i)
    prev = before[1] if before is not None and fits(before[1]) else None
    if prev is not None and upstream and _entrusted(doc, per_sentence[before[0]], prev):
        prev = None  # "I lavori sono stati affidati a Icop. Le linee saranno fornite da Y": Icop is Y's fellow contractor
    if topic and (prev is None or prev == topic):
        return topic, (before[0] if prev == topic else i)
    if prev and (topic is None or belongs_to(prev, topic)):
        return prev, before[0]  # (a unit of the topic told just before: the story's own unit)
    return None



#: the work of a project given to a company named right after ("awarded to", "affidati all'impresa
#: friulana", "confiée à", "adjudicadas a", "vergeben an", "main contractor"): a contractor of the project, so
#: a supplier to its owner like the maker the next sentence names, not that maker's customer
_ENTRUSTED = re.compile(
    r"(?:\b(?:awarded|entrusted|contracted|assigned|given)\s+to|\b(?:main|general|principal|lead)\s+contractor"
    r"|\b(?:affidat|aggiudicat|assegnat)[aoie]\s+(?:a|ad|al|alla|all['’]|ai|agli|alle)"
    r"|\b(?:confié|attribué|adjugé)e?s?\s+(?:à|au|aux)|\bmaître\s+d['’]œuvre"
    r"|\b(?:adjudicad|encargad|encomendad|confiad|asignad)[ao]s?\s+(?:a|al)|\bcontratista\s+principal"
    r"|\b(?:vergeben|übertragen)\s+an|\bGeneralunternehmer|\bbeauftragt(?:e|en)?)"
    # (the name's description between: "all'impresa friulana", "à l'entreprise", "to builder")
    r"\s*(?:[\w'’-]+\s+){0,4}?$", re.IGNORECASE)


#: German puts the participle after the name: "wurden an die örtliche Baufirma Y vergeben"
_DE_TO = re.compile(r"\ban\s+(?:[\w'’-]+\s+){0,4}?$", re.IGNORECASE)
_DE_GIVEN = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:vergeben|übertragen)\b", re.IGNORECASE)


def _entrusted(doc: Document, comps: list[Mention], name: str) -> bool:
    """Whether every mention of ``name`` among ``comps`` is told as the one given a project's work."""
    own = [c for c in comps if _name(c) == name and not c.attrs.get("implied")]
    return bool(own) and all(_ENTRUSTED.search(doc.text, max(0, c.start - 70), c.start) or (
        _DE_TO.search(doc.text, max(0, c.start - 50), c.start) and _DE_GIVEN.match(doc.text, c.end)) for c in own)


class Lone(NamedTuple):
    """One sentence whose party reader found its party, and the other party the story gives."""

    i: int  # the sentence's index
    sent: object  # the sentence
    text: str  # its text
    comps: list  # its named companies
    reading: object  # what the module's reader returned (its party, its trigger)
    other: str  # the other party: the story's topic or the company of the sentence before
    origin: int  # the other party's sentence
    sectors: object  # the page's sectors (story_context), for a reader that weighs the chain


def lone_party(comps: list[Mention], text: str | None = None, offset: int = 0) -> str | None:
    """The sentence's one company, its parent in an apposition aside ("Y, a unit of Z") and, where the
    sentence's ``text`` is given (``offset``: its start in the page), the owners an apposition on it names
    ("Y, the joint venture of A and B": maker_appositions.py); None when it names another."""
    party = _name(comps[0])
    owners = apposed_owners(text, comps[0], comps, offset) if text is not None else set()
    if any(_name(c) != party and not belongs_to(party, _name(c)) for k, c in enumerate(comps) if k not in owners):
        return None
    return party


def related(a: str, b: str) -> bool:
    """Whether one of the two companies belongs to the other's group: no tie between them is told."""
    return belongs_to(a, b) or belongs_to(b, a)


def lone_pairs(doc: Document, per_sentence: list[list[Mention]], patterns, read: Callable, names: Callable,
               upstream: bool | None = None, trials: bool = False) -> Iterator[Lone]:
    """A ``Lone`` for each sentence that may hold one of ``patterns`` where ``read(sent, text, comps)``
    finds a reading (None: not told here) and ``counterpart`` finds the other party of ``names(reading)``
    (``upstream`` as counterpart's; ``trials`` as lone_sentences')."""
    topics, sectors = story_context(doc, per_sentence)
    for i, sent, text, comps in lone_sentences(doc, per_sentence, patterns, trials=trials):
        reading = read(sent, text, comps)
        if reading is None:
            continue
        found = counterpart(doc, per_sentence, i, names(reading), topics, sectors, upstream=upstream)
        if found is None:
            continue
        yield Lone(i, sent, text, comps, reading, found[0], found[1], sectors)


def with_status(lex, pair: Lone, lo: int, hi: int, spans, found: Callable):
    """(sentence, other party's sentence, ``found(status, its confidence)``) with the status told in
    ``pair.text[lo:hi]`` around the party ``spans``; None where status_for drops the assertion."""
    status, dconf = engine.status_for(lex, pair.text, lo, hi, "active", spans)
    if status is None:
        return None
    return pair.i, pair.origin, found(status, dconf)
