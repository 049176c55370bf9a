"""Run the pipeline in this process over a stream of inputs."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..doc import Document, Rejection
from ..errors import InputError, StageError
from ..pipeline import Pipeline, default_pipeline

__all__ = ["extract_inputs"]


def extract_inputs(
    paths: Iterable[str], pipeline: Pipeline | None = None, *, max_bytes: int | None = None
) -> Iterator[Document | Rejection]:
    """Read every input and extract from it. Yields a finished ``Document`` per article, or a
    ``Rejection`` for an input (or record) that could not be read or processed; never raises for a
    user's input, so one bad file cannot stop a batch. ``max_bytes`` overrides the size limit of
    one file or record (see ``ingest.read_inputs``)."""
    from ..ingest import read_inputs

    pipeline = pipeline or default_pipeline()
    pipeline.warm_up()
    limit = {} if max_bytes is None else {"max_bytes": max_bytes}
    for item in read_inputs(paths, **limit):
        if isinstance(item, Rejection):
            yield item
            continue
        try:
            yield pipeline(item)
        except InputError as exc:
            yield Rejection(item.source, exc.reason, stage="extract")
        except StageError as exc:
            yield Rejection(item.source, f"{exc.component} failed: {exc.reason}", stage=exc.component)
