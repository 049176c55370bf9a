"""``tierscope extract``: run the pipeline over inputs and print what it finds; stores nothing."""

from __future__ import annotations

import json

import click

from ..ingest import DEFAULT_MAX_BYTES

from .common import skipped_line, stdout_console

__all__ = ["COMMANDS"]


def _cells(*values: str | None) -> list:
    """Table cells as plain text: article text such as "[tout accepter]" is not rich markup."""
    from rich.text import Text

    return [Text(v or "") for v in values]


def _amount(value: dict | None, number: str, unit: str) -> str:
    """"100 GWh", "300,000,000 EUR"; empty when not stated."""
    if not value:
        return ""
    n = float(value[number])
    return f"{n:,.0f} {value[unit]}" if n.is_integer() else f"{n:,.2f} {value[unit]}"


def _table(console, d: dict) -> None:
    """The relations of one document, then its facilities when it names any."""
    from rich.table import Table

    head = f"{d['id']}  ({d['language'] or '?'}, {d['published'] or 'undated'})"
    if not d["relations"] and not d["facilities"]:
        console.print(f"{head}: no relations found", markup=False)
        return
    if d["relations"]:
        table = Table(title=head, title_justify="left", show_lines=False)
        for col in ("type", "source", "target", "status", "product", "evidence"):
            table.add_column(col, overflow="fold")
        for r in d["relations"]:
            table.add_row(*_cells(r["type"], r["source"], r["target"], r["status"], r["product"], r["evidence"]["text"]))
        console.print(table)
    else:
        console.print(f"{head}: no relations found", markup=False)
    if d["facilities"]:
        table = Table(title=f"{d['id']}: facilities", title_justify="left", show_lines=False)
        for col in ("owner", "location", "product", "capacity", "investment", "status", "evidence"):
            table.add_column(col, overflow="fold")
        for f in d["facilities"]:
            table.add_row(*_cells(f["owner"], f["location"], f["product"], _amount(f["capacity"], "value", "unit"),
                                  _amount(f["investment"], "amount", "currency"), f["status"], f["evidence"]["text"]))
        console.print(table)


@click.command(short_help="Print what articles say about companies; store nothing.")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "table"]), default="jsonl", show_default=True,
              help="jsonl: one JSON object per document per line; json: one array; table: relations and facilities per document.")
@click.option("--max-bytes", type=click.IntRange(min=1), metavar="N",
              help=f"Skip files (and jsonl lines or WARC records) larger than N bytes [default: {DEFAULT_MAX_BYTES}].")
def extract(paths: tuple[str, ...], fmt: str, max_bytes: int | None) -> None:
    """Extract companies, relations and facilities from articles and print them; store nothing.

    PATH is a file (.txt, .html, .htm, .jsonl, .warc, .warc.gz), a folder (read recursively), a
    glob ('news/**/*.html') or - for standard input. The encoding is detected. Each JSON object
    follows src/tierscope/schema/extract.schema.json (fields in the README). An input that cannot be
    read is reported on stderr as one line "skipped INPUT: reason", the others are still printed, and
    the exit status is 1.

    \b
    Example:
      tierscope extract examples/news/en --format table
      tierscope extract article.html | jq '.relations[]'
      cat article.txt | tierscope extract -
    """
    from ..doc import Rejection
    from ..output import document_to_dict
    from ..run import extract_inputs

    skipped = 0
    collected: list[dict] = []
    console = stdout_console() if fmt == "table" else None
    for item in extract_inputs(list(paths), max_bytes=max_bytes):
        if isinstance(item, Rejection):
            skipped += 1
            click.echo(skipped_line(item.source, item.reason), err=True)
            continue
        d = document_to_dict(item)
        if fmt == "jsonl":
            click.echo(json.dumps(d, ensure_ascii=False))
        elif fmt == "json":
            collected.append(d)
        else:
            _table(console, d)
    if fmt == "json":
        click.echo(json.dumps(collected, ensure_ascii=False, indent=2))
    if skipped:
        click.get_current_context().exit(1)


COMMANDS = [extract]
