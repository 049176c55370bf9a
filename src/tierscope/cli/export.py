"""``tierscope export``: the whole graph as JSON lines, CSV or GraphML."""

from __future__ import annotations

import sys

import click

from .common import as_of_option, db_option

__all__ = ["COMMANDS"]


@click.command(short_help="Export the graph as JSON lines, CSV or GraphML.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "graphml"]), required=True,
              help="jsonl: one relation per line with its assertions; csv: one row per assertion; "
                   "graphml: companies as nodes, relations as edges (Gephi, yEd, networkx).")
@click.option("--output", "-o", metavar="FILE", help="Write to FILE instead of stdout.")
@as_of_option
@db_option
def export(fmt: str, output: str | None, as_of: str | None, db: str) -> None:
    """Export every relation and its evidence.

    \b
    Example:
      tierscope export --format graphml -o supply-chain.graphml
      tierscope export --format csv > assertions.csv
    """
    from .. import query
    from .common import open_store

    with open_store(db) as store:
        n = query.export(store, fmt, output if output else sys.stdout, as_of=as_of)
    if output:
        what = "rows" if fmt == "csv" else "relations"
        click.echo(f"wrote {n} {what} to {output}", err=True)


COMMANDS = [export]
