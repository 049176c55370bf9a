"""``tierscope eval GOLD.jsonl``: run the pipeline over a gold set and print precision/recall/F1."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import TierscopeError

__all__ = ["eval_command", "COMMANDS"]


@click.command("eval", short_help="Score extraction against a labelled gold file.")
@click.argument("gold", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--docs", "docs_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder the gold lines' 'file' paths are relative to (default: the gold file's folder).")
@click.option("--json-out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the full report (scores, misses, false hits) as JSON to this file.")
@click.option("--show-errors", type=click.IntRange(min=0), default=10, show_default=True,
              help="How many misses and false hits to print.")
@click.option("--quiet", is_flag=True, help="No progress on stderr.")
def eval_command(gold: Path, docs_dir: Path | None, json_out: Path | None, show_errors: int, quiet: bool) -> None:
    """Score extraction against GOLD (JSONL, see docs/gold-format.md): relations by type, family and
    language, status accuracy, facility accuracy, and the misses and false hits."""
    from ..eval import run_eval

    def progress(i: int, n: int) -> None:
        if not quiet and sys.stderr.isatty():
            click.echo(f"\r{i}/{n} documents", nl=(i == n), err=True)

    try:
        report = run_eval(gold, docs_dir=docs_dir, progress=progress)
    except TierscopeError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(report.render(show_errors), nl=False)
    # a page the pipeline could not read is scored as all missed: say so on stderr whatever --show-errors
    # or --quiet ask, one line each, so that a low figure is never read without its cause
    for r in report.rejected:
        click.echo(f"tierscope eval: {r.get('doc', '')} not scored: {r.get('reason', '')}", err=True)
    if json_out is not None:
        try:
            json_out.parent.mkdir(parents=True, exist_ok=True)
            json_out.write_text(report.to_json() + "\n", encoding="utf-8")
        except OSError as exc:
            raise click.ClickException(f"{json_out}: cannot write report: {exc}") from None
        if not quiet:
            click.echo(f"report written to {json_out}", err=True)


COMMANDS = [eval_command]
