"""Run the pipeline in this process over a stream of inputs."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..doc import Document, Rejection
from ..errors import InputError, StageError
from ..pipeline import Pipeline, default_pipeline

__all__ = ["extract_inputs"]


def extract_inputs(
    paths: Iterable[str], pipeline: Pipeline | None = None
) -> Iterator[Document | Rejection]:
    """Read every input and extract from it. Yields a finished ``Document`` per article, or a
    ``Rejection`` for an input (or record) that could not be read or processed; never raises for a
    user's input, so one bad file cannot stop a batch."""
    from ..ingest import read_inputs

    pipeline = pipeline or default_pipeline()
    pipeline.warm_up()
    for item in read_inputs(paths):
        if isinstance(item, Rejection):
            yield item
            continue
        try:
            yield pipeline(item)
        except InputError as exc:
            yield Rejection(item.source, exc.reason, stage="extract")
        except StageError as exc:
            yield Rejection(item.source, f"{exc.component} failed: {exc.reason}", stage=exc.component)
