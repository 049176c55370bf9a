"""The ``tierscope`` command. Commands live in the modules listed in ``COMMAND_MODULES``; each module
exposes ``COMMANDS``, a list of click commands. Add a command group by adding its module here."""

from __future__ import annotations

import importlib
import os
import sys

import click

from .. import __version__
from ..errors import TierscopeError, UsageError

__all__ = ["cli", "main", "COMMAND_MODULES"]

#: Modules whose ``COMMANDS`` are registered, in the order ``tierscope --help`` lists them.
COMMAND_MODULES = [
    "tierscope.cli.extract",
    "tierscope.cli.ingest",
    "tierscope.cli.query",
    "tierscope.cli.graph",
    "tierscope.cli.curate",
    "tierscope.cli.export",
    "tierscope.cli.eval_cmd",
    "tierscope.cli.serve_cmd",
]


class TierscopeGroup(click.Group):
    """Lists commands in registration order and turns a ``TierscopeError`` into ``error: <line>`` on
    stderr: exit status 2 for a usage error, 1 otherwise; never a traceback."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.commands)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except TierscopeError as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(2 if isinstance(exc, UsageError) else 1)
        except ImportError as exc:  # a stage missing from a partial install: say which, no traceback
            if not (exc.name or "").startswith("tierscope."):
                raise
            click.echo(f"error: cannot load {exc.name} ({exc}); reinstall tierscope (pip install -e .)", err=True)
            ctx.exit(1)


@click.group(cls=TierscopeGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="tierscope")
def cli() -> None:
    """Map who supplies, partners with, invests in, buys and owns whom, from business news in
    English, Italian, German, French and Spanish, with the sentence that says so for every link.

    \b
    Typical use:
      tierscope extract article.html --format table   # look at one article, store nothing
      tierscope ingest news/                          # build ./tierscope.db from a folder
      tierscope show "Jaguar Land Rover"              # one company's suppliers, customers, owners
      tierscope evidence catl bmw                     # the sentences behind a link
      tierscope export --format graphml -o graph.graphml

    Query commands read ./tierscope.db unless --db FILE or TIERSCOPE_DB says otherwise.
    """


for _name in COMMAND_MODULES:
    for _command in importlib.import_module(_name).COMMANDS:
        cli.add_command(_command)


def main() -> None:
    try:
        cli(prog_name="tierscope")
    except BrokenPipeError:  # `tierscope relations | head`
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
