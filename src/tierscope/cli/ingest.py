"""``tierscope ingest``: extract from inputs and store the results in the database."""

from __future__ import annotations

import contextlib

import click

from ..ingest import DEFAULT_MAX_BYTES

from .common import db_option, echo_json, open_store, skipped_line, stderr_console, stderr_is_tty

__all__ = ["COMMANDS"]


def _plural(n: int, word: str) -> str:
    if n == 1:
        return f"{n} {word}"
    return f"{n} {word[:-1]}ies" if word.endswith("y") else f"{n} {word}s"


def summary_lines(report, db: str, counts: dict[str, int]) -> list[str]:
    lines = [
        f"read {_plural(report.documents, 'document')} into {db}: {report.new} new, "
        f"{report.already_stored} already stored"
    ]
    if report.skipped:
        lines.append(f"skipped {_plural(len(report.skipped), 'input')}:")
        reasons = report.skipped_reasons()
        for reason, n in reasons[:8]:
            lines.append(f"  {n} × {reason}")
        if len(reasons) > 8:
            lines.append(f"  ... {len(reasons) - 8} other reasons (see stderr, or the rejections table)")
    # Statements are counted per sentence (one relation stated in three articles is three); the
    # database line gives both, so "found" and "holds" are not read as the same kind of number.
    lines.append(
        f"found {_plural(report.companies, 'company')}, {_plural(report.relations, 'relation statement')}, "
        f"{_plural(report.facilities, 'facility statement')}"
    )
    lines.append(
        f"database now holds {_plural(counts['documents'], 'document')}, {_plural(counts['companies'], 'company')}, "
        f"{_plural(counts['relations'], 'relation')} ({_plural(counts['assertions'], 'statement')}), "
        f"{_plural(counts['facilities'], 'facility')} ({_plural(counts['facility_assertions'], 'statement')})"
    )
    return lines


@click.command(short_help="Extract from articles into the database.")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@db_option
@click.option("--max-bytes", type=click.IntRange(min=1), metavar="N",
              help=f"Skip files (and jsonl lines or WARC records) larger than N bytes [default: {DEFAULT_MAX_BYTES}].")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def ingest(paths: tuple[str, ...], db: str, max_bytes: int | None, as_json: bool) -> None:
    """Extract from articles and store documents, companies, relations and evidence in the database.

    PATH is read as by `tierscope extract` (files, folders, globs, -). Re-ingesting the same text
    adds nothing (the same text at another path is recorded as another address). Each input that
    cannot be read is reported on stderr as one line "skipped INPUT: reason" and recorded in the
    database; everything else is still stored, and the exit status is 1. A progress bar is shown
    on a terminal only; a summary (read, skipped with reasons, found) ends the run. Interrupted
    (Ctrl-C), it keeps what was stored: run the same command again to finish.

    \b
    Example:
      tierscope ingest examples/news --db news.db
      TIERSCOPE_DB=news.db tierscope ingest 'feeds/*.jsonl' --max-bytes 2000000
    """
    from ..doc import Rejection
    from ..store import ingest as run_ingest

    with open_store(db, create=True) as store:
        if stderr_is_tty():
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            from ..ingest.paths import expand_paths

            # The bar counts input files (a .jsonl or .warc file holds many documents); listing
            # them first costs one walk of the folders.
            total = sum(1 for _ in expand_paths(paths))
            progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn(
                "inputs, {task.fields[stored]} documents stored, {task.fields[skipped]} skipped"),
                TimeElapsedColumn(), console=stderr_console(), transient=True)
            task = progress.add_task("ingesting", total=total, stored=0, skipped=0)
            current = {"file": None}

            def on_item(item, report) -> None:
                if isinstance(item, Rejection):
                    progress.console.print(skipped_line(item.source, item.reason), markup=False, soft_wrap=True)
                file = item.source.split("#", 1)[0]  # "feed.jsonl#L3" belongs to feed.jsonl
                if file != current["file"]:
                    current["file"] = file
                    progress.advance(task)
                progress.update(task, stored=report.documents, skipped=len(report.skipped))

            def on_phase(phase, report) -> None:
                if phase == "resolving":
                    # Every input is read; the batch's corpus-level pass (names, relations,
                    # near-duplicates) runs before the summary, so the bar says so rather than
                    # sitting at N/N.
                    progress.update(task, description="resolving names ...")
                    progress.refresh()

            context = progress
        else:

            def on_item(item, report) -> None:
                if isinstance(item, Rejection):
                    click.echo(skipped_line(item.source, item.reason), err=True)

            on_phase = None
            context = contextlib.nullcontext()
        seen: dict[str, object] = {}

        def track(item, report) -> None:
            seen["report"] = report
            on_item(item, report)

        try:
            with context:
                report = run_ingest(store, list(paths), max_bytes=max_bytes, on_item=track, on_phase=on_phase)
        except KeyboardInterrupt:
            # Each document is written in its own transaction, so what is stored is complete; the
            # corpus-level refresh of this batch happens on the next run.
            done = seen.get("report")
            stored = f"{_plural(done.new, 'new document')} stored" if done is not None else "nothing stored"
            click.echo(f"interrupted: {stored}; run the same command again to finish "
                       "(documents already stored are not added twice)", err=True)
            click.get_current_context().exit(130)
        counts = store.counts()
    if as_json:
        echo_json({**report.to_dict(), "db": db, "totals": counts})
    else:
        for line in summary_lines(report, db, counts):
            click.echo(line)
    if report.skipped:
        click.get_current_context().exit(1)


COMMANDS = [ingest]
