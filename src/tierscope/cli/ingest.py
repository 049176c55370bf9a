"""``tierscope ingest``: extract from inputs and store the results in the database."""

from __future__ import annotations

import contextlib

import click

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
    lines.append(
        f"found {_plural(report.companies, 'company')}, {_plural(report.relations, 'relation')}, "
        f"{_plural(report.facilities, 'facility')}"
    )
    lines.append(
        f"database now holds {_plural(counts['documents'], 'document')}, {_plural(counts['companies'], 'company')}, "
        f"{_plural(counts['relations'], 'relation')}, {_plural(counts['facilities'], 'facility')}"
    )
    return lines


@click.command(short_help="Extract from articles into the database.")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@db_option
@click.option("--max-bytes", type=click.IntRange(min=1), metavar="N",
              help="Skip inputs larger than N bytes (default: the reader's own limit).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def ingest(paths: tuple[str, ...], db: str, max_bytes: int | None, as_json: bool) -> None:
    """Extract from articles and store documents, companies, relations and evidence in the database.

    Re-ingesting the same text adds nothing (the same text at another path is recorded as another
    address). Each unreadable input is reported on stderr as "skipped FILE: reason", kept in the
    database, and makes the exit status 1; everything else is still stored.

    \b
    Example:
      tierscope ingest examples/news --db news.db
      TIERSCOPE_DB=news.db tierscope ingest 'feeds/*.jsonl' --max-bytes 2000000
    """
    from ..doc import Rejection
    from ..store import ingest as run_ingest

    with open_store(db, create=True) as store:
        if stderr_is_tty():
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            progress = Progress(SpinnerColumn(), TextColumn("ingesting: {task.completed} documents stored, "
                                                            "{task.fields[skipped]} skipped"), TimeElapsedColumn(),
                                console=stderr_console(), transient=True)
            task = progress.add_task("ingest", total=None, skipped=0)

            def on_item(item, report) -> None:
                if isinstance(item, Rejection):
                    progress.console.print(skipped_line(item.source, item.reason), markup=False)
                progress.update(task, completed=report.documents, skipped=len(report.skipped))

            context = progress
        else:

            def on_item(item, report) -> None:
                if isinstance(item, Rejection):
                    click.echo(skipped_line(item.source, item.reason), err=True)

            context = contextlib.nullcontext()
        with context:
            report = run_ingest(store, list(paths), max_bytes=max_bytes, on_item=on_item)
        counts = store.counts()
    if as_json:
        echo_json({**report.to_dict(), "db": db, "totals": counts})
    else:
        for line in summary_lines(report, db, counts):
            click.echo(line)
    if report.skipped:
        click.get_current_context().exit(1)


COMMANDS = [ingest]
