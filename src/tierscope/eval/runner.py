"""Run the pipeline over a gold file's documents and score the result."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..doc import Document, Rejection
from ..errors import InputError, StageError
from .gold import GoldDoc, load_gold
from .match import Matcher
from .score import Report, evaluate

__all__ = ["run_eval", "extract_gold_docs"]


def _resolve(gd: GoldDoc, base: Path) -> Path:
    return (base / gd.file).resolve() if gd.file else base


def extract_gold_docs(
    gold_docs: list[GoldDoc],
    base_dir: Path,
    pipeline: Any = None,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[list[Document], list[dict[str, str]]]:
    """Run ``pipeline`` (default: ``default_pipeline()``) over every gold document: inline ``text``
    becomes a ``Document`` directly, a ``file`` is read with ``tierscope.ingest.read_inputs``.
    Returns the finished documents (id = gold id) and the rejections ({"doc", "reason"})."""
    missing = [(gd, _resolve(gd, base_dir)) for gd in gold_docs if gd.file and not _resolve(gd, base_dir).exists()]
    if missing:
        gd, p = missing[0]
        more = f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""
        raise InputError(str(p), f"file of gold document '{gd.id}' (gold line {gd.line}) not found{more}; use --docs DIR")
    if pipeline is None:
        from ..pipeline import default_pipeline

        pipeline = default_pipeline()
    if hasattr(pipeline, "warm_up"):
        pipeline.warm_up()
    read_inputs = None
    done: list[Document] = []
    rejected: list[dict[str, str]] = []
    for i, gd in enumerate(gold_docs):
        if progress:
            progress(i, len(gold_docs))
        if gd.text is not None:
            inputs: list[Document | Rejection] = [Document(id=gd.id, source=f"gold:{gd.id}", text=gd.text)]
        else:
            if read_inputs is None:
                from ..ingest import read_inputs  # noqa: F811 - lazily: only gold files with 'file' need it
            inputs = list(read_inputs([str(_resolve(gd, base_dir))]))
        for item in inputs:
            if isinstance(item, Rejection):
                rejected.append({"doc": gd.id, "reason": str(item)})
                continue
            item.id = gd.id
            try:
                done.append(pipeline(item))
            except InputError as exc:
                rejected.append({"doc": gd.id, "reason": exc.reason})
            except StageError as exc:
                rejected.append({"doc": gd.id, "reason": f"{exc.component} failed: {exc.reason}"})
    if progress:
        progress(len(gold_docs), len(gold_docs))
    return done, rejected


def run_eval(
    gold_path: str | Path,
    docs_dir: str | Path | None = None,
    pipeline: Any = None,
    matcher: Matcher | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Report:
    """Load the gold file, extract every document with ``pipeline`` (default pipeline when None),
    and score. Files named in the gold are relative to ``docs_dir`` or the gold file's folder."""
    gold_path = Path(gold_path)
    gold = load_gold(gold_path)
    base = Path(docs_dir) if docs_dir is not None else gold_path.parent
    if docs_dir is not None and not base.is_dir():
        raise InputError(str(base), "--docs is not a folder")
    docs, rejected = extract_gold_docs(gold, base, pipeline, progress)
    return evaluate(gold, docs, matcher, rejected=rejected)
