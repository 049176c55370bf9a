"""Components and the pipeline that runs them over one document.

A component is any object with a versioned ``name`` ("tierscope.clean.v1"), the ``Document``
fields it ``requires`` and ``produces``, a ``warm_up()`` that loads whatever is heavy (models,
gazetteers) once per process, and ``__call__(doc) -> doc``. Construction is cheap; nothing is
loaded at import.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Sequence
from typing import Protocol, runtime_checkable

from .doc import Document
from .errors import ContractError, StageError, TierscopeError

__all__ = ["Component", "Pipeline", "INGEST_FIELDS", "default_components", "default_pipeline"]

#: Fields that ingest sets before any component runs.
INGEST_FIELDS = frozenset({"id", "source", "format", "text", "html", "url", "title", "published"})


@runtime_checkable
class Component(Protocol):
    name: str
    requires: tuple[str, ...]
    produces: tuple[str, ...]

    def warm_up(self) -> None: ...

    def __call__(self, doc: Document) -> Document: ...


class Pipeline:
    """Runs components in order. Checks at construction that each one's inputs are produced by
    ingest or an earlier component, so a mis-wired pipeline fails naming the component."""

    def __init__(self, components: Sequence[Component]):
        available = set(INGEST_FIELDS)
        for c in components:
            missing = [f for f in c.requires if f not in available]
            if missing:
                raise ContractError(
                    f"component {c.name} requires {', '.join(missing)}, which no earlier component produces"
                )
            available.update(c.produces)
        self.components = list(components)
        self._warm = False

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.components]

    def warm_up(self) -> None:
        if not self._warm:
            for c in self.components:
                c.warm_up()
            settle_heap()
            self._warm = True

    def __call__(self, doc: Document) -> Document:
        self.warm_up()
        for c in self.components:
            try:
                doc = c(doc)
            except TierscopeError:
                raise
            except Exception as exc:  # a bug in a component: name it, keep the batch going
                raise StageError(c.name, doc.id, f"{type(exc).__name__}: {exc}") from exc
            doc.provenance.append(c.name)
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterable[Document]:
        for doc in docs:
            yield self(doc)


#: Allocations between two collections of the young generation (Python's default is 700): a page
#: allocates tens of thousands of short-lived objects (tokens, mentions, match results), nearly all
#: alive until the page is done, so a collection every 700 of them finds almost nothing to free.
YOUNG_THRESHOLD = 20_000


def settle_heap() -> None:
    """Move what warm-up loaded (gazetteer, lexicons, compiled patterns: some hundred thousand
    objects that live as long as the process) out of the collector's reach, and collect the young
    generation less often. Without it the cyclic collector walked those tables again at every full
    collection and ran a young collection every 700 allocations: about a tenth of the CPU time of a
    batch. Nothing a stage computes depends on when garbage is collected."""
    gc.collect()
    gc.freeze()
    young, middle, old = gc.get_threshold()
    if young < YOUNG_THRESHOLD:
        gc.set_threshold(YOUNG_THRESHOLD, max(middle, 20), max(old, 20))


def default_components() -> list[Component]:
    """The standard per-document stages, in order. Two learned parts are optional (docs/learned.md):
    ``NearAdmitter`` (ties across two adjacent sentences; its cost a page is above the 3 ms its rule
    allows; put it after ``PairAdmitter``) and ``RelationFilter`` (its card now admits no threshold, so it
    drops nothing; at an ownership threshold of 0.5 it drops plain right takeovers between companies whose
    sectors seldom buy each other; ``rule_filter.with_filter`` places it)."""
    from .clean import Cleaner
    from .dates import DateFinder
    from .entities import EntityRecognizer
    from .language import LanguageDetector
    from .learned.pair_admitter import PairAdmitter
    from .relations import FacilityExtractor, RelationExtractor
    from .sentences import SentenceSplitter

    return [
        Cleaner(),
        LanguageDetector(),
        DateFinder(),
        SentenceSplitter(),
        EntityRecognizer(),
        RelationExtractor(),
        PairAdmitter(),
        FacilityExtractor(),
    ]


def default_pipeline() -> Pipeline:
    return Pipeline(default_components())
