"""Options and output helpers the command modules share."""

from __future__ import annotations

import json
import os
import sys
from typing import Any

import click

__all__ = ["db_option", "json_option", "as_of_option", "open_store", "echo_json", "stdout_console", "stderr_console", "DEFAULT_DB"]

DEFAULT_DB = "tierscope.db"

db_option = click.option(
    "--db",
    default=DEFAULT_DB,
    envvar="TIERSCOPE_DB",
    show_default=True,
    show_envvar=True,
    metavar="FILE",
    help="The tierscope database (SQLite file).",
)

as_of_option = click.option(
    "--as-of",
    "as_of",
    metavar="DATE",
    help="Answer from what was known on DATE (2024-06-30; 2024-06 or 2024 mean the end of that month or "
    "year): statements published later are left out; undated articles count from the day they were ingested.",
)

json_option = click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON instead of a table.")


def open_store(db: str, *, create: bool = False):
    """Open the database; a query command (``create=False``) on a missing file says to ingest first."""
    from ..store import SQLiteStore

    return SQLiteStore(db, create=create)


def echo_json(value: Any) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=2, default=str))


def stdout_console():
    """Rich console on stdout; wide when piped, so names in tables are not folded for grep."""
    from rich.console import Console

    width = None if sys.stdout.isatty() or os.environ.get("COLUMNS") else 200
    return Console(highlight=False, soft_wrap=False, width=width)


def stderr_console():
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def skipped_line(source: str, reason: str) -> str:
    return f"skipped {source}: {reason}"


def stderr_is_tty() -> bool:
    return sys.stderr.isatty()
