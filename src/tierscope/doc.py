"""The one document object that flows through every stage, and what stages attach to it.

Every offset (``start``/``end``) is a character offset into ``Document.text``: the text a person
reads when checking a finding. For plain text that is the file as decoded; for HTML it is the main
text the extractor returned. Stages add layers; none rewrites ``text`` after ``clean`` has run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "RELATION_TYPES",
    "SYMMETRIC_TYPES",
    "STATUSES",
    "FAMILIES",
    "ENTITY_LABELS",
    "FACILITY_STATUSES",
    "Sentence",
    "Mention",
    "Evidence",
    "Relation",
    "Facility",
    "Document",
    "Rejection",
]

#: Relation types between two companies. ``supplies``: source supplies target.
#: ``owns``: source is the parent of target. ``acquires``: source buys target.
#: ``invests_in``: source takes a minority stake in / funds target.
RELATION_TYPES = ("supplies", "partners_with", "joint_venture", "invests_in", "acquires", "owns")
#: For these the order of source and target carries no meaning; they are stored sorted.
SYMMETRIC_TYPES = frozenset({"partners_with", "joint_venture"})
#: Status of one assertion of a relation, from weakest to strongest evidence of being in effect.
STATUSES = ("rumoured", "in_talks", "announced", "active", "ended", "denied")
FAMILIES = {
    "supplies": "supply",
    "partners_with": "partnership",
    "joint_venture": "partnership",
    "owns": "ownership",
    "acquires": "ownership",
    "invests_in": "ownership",
}
ENTITY_LABELS = ("COMPANY", "PERSON", "PLACE", "MONEY", "CAPACITY", "DATE")
#: Facilities (plants) reuse relation statuses where they fit and add building states.
FACILITY_STATUSES = ("rumoured", "planned", "announced", "under_construction", "active", "ended", "denied")


@dataclass(slots=True)
class Sentence:
    """A sentence of the main text. ``story`` numbers the story it belongs to on multi-story pages."""

    start: int
    end: int
    story: int = 0


@dataclass(slots=True)
class Mention:
    """A span of ``Document.text`` naming something.

    ``canonical`` is the canonical company name for COMPANY mentions (pronoun-like mentions such as
    "the company" carry the name they point back to). ``attrs`` holds typed values:
    MONEY ``amount`` (float) and ``currency`` (ISO code); CAPACITY ``value`` (float) and ``unit``
    ("GWh", "GW", "MW", "t/y", "units/y"); PERSON ``role`` and ``company``; PLACE ``country``
    (ISO 3166 alpha-2); DATE ``date`` (ISO, possibly "YYYY" or "YYYY-MM"); COMPANY ``known``
    (from the gazetteer) and ``sectors``; a COMPANY mention from coreference (``source`` "coref")
    ``antecedent`` ([start, end] of the mention it points back to), ``pronoun`` for a pronoun, and
    ``implied`` for a subject left out ("[Stellantis] Ha inoltre firmato con CATL"): zero-width
    (``start == end``, ``text`` "") right before its verb; it is kept out of the extract JSON and the
    store, and a relation that needs it has evidence from the antecedent's sentence on.
    """

    start: int
    end: int
    text: str
    label: str
    canonical: str | None = None
    sentence: int = -1
    source: str = ""
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Evidence:
    """The sentence that supports a finding, with its offsets in ``Document.text``."""

    text: str
    start: int
    end: int


@dataclass(slots=True)
class Relation:
    """One assertion, in one document, that two companies are linked."""

    type: str
    source: str
    target: str
    status: str
    evidence: Evidence
    product: str | None = None
    confidence: float = 0.5
    component: str = ""


@dataclass(slots=True)
class Facility:
    """A plant or site named in one document. ``capacity``: {"value", "unit"}; ``investment``:
    {"amount", "currency"}."""

    owner: str | None
    location: str | None
    product: str | None
    status: str
    evidence: Evidence
    capacity: dict[str, Any] | None = None
    investment: dict[str, Any] | None = None
    confidence: float = 0.5
    component: str = ""


@dataclass(slots=True)
class Rejection:
    """An input, or a part of one, that could not be processed. ``str()`` is the one-line message."""

    source: str
    reason: str
    stage: str = "ingest"

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass(slots=True)
class Document:
    """One article on its way through the pipeline.

    Set by ingest: ``id`` (file name, or the record's own id), ``source`` (where it came from),
    ``format``, ``text`` or ``html``, and whatever metadata the input carried (``url``, ``title``,
    ``published``). Later stages fill the rest.
    """

    id: str
    source: str
    format: str = "txt"
    text: str = ""
    html: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date "YYYY-MM-DD"
    published_from: str | None = None  # "metadata", "dateline", "text"
    language: str | None = None
    # (start, end) ranges of page furniture: menus, teasers, listings, comment/newsletter boxes.
    boilerplate: list[tuple[int, int]] = field(default_factory=list)
    # (start, end) ranges of separate stories; one story covering the text when there is one.
    stories: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    facilities: list[Facility] = field(default_factory=list)
    # {company: sectors} the page says the companies the gazetteer gives no sector make ("the cathode maker
    # X"): set by the relation stage, read by it and the learned admitters (``known_roles.reading_trades``)
    trades: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # {full name: gazetteer name} for the known companies the page names by a longer name ("Solaria Energía y
    # Medio Ambiente" for Solaria): set by the entity stage, so that the relation stage and the learned
    # admitters ask the gazetteer of the full name as of the company (``known_roles.reading_names``)
    full_names: dict[str, str] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    # Versioned names of the components that ran, in order ("tierscope.clean.v1", ...).
    provenance: list[str] = field(default_factory=list)

    def sentence_text(self, sentence: Sentence) -> str:
        return self.text[sentence.start : sentence.end]

    def mentions_in(self, sentence_index: int, label: str | None = None) -> list[Mention]:
        return [
            m
            for m in self.mentions
            if m.sentence == sentence_index and (label is None or m.label == label)
        ]
