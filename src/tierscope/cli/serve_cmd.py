"""``tierscope serve``: the browser page and JSON API over a database."""

from __future__ import annotations

import click

from .common import db_option

__all__ = ["COMMANDS"]


@click.command(short_help="Browse the graph in a web page; JSON API under /api/.")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Keep 127.0.0.1 unless others must reach it (the API has no login for reads).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--token", envvar="TIERSCOPE_TOKEN", show_envvar=True, default=None, metavar="TOKEN",
              help="Turn on POST /api/documents (adding articles), which then needs 'Authorization: Bearer TOKEN'. "
                   "Off by default: the server is read-only.")
@click.option("--log-level", default="warning", show_default=True,
              type=click.Choice(["critical", "error", "warning", "info", "debug"]), help="uvicorn's log level.")
def serve(db: str, host: str, port: int, token: str | None, log_level: str) -> None:
    """Serve a page to browse companies, relations, evidence and plant capacity, and a JSON API
    (described at /api/openapi.json). Everything is served locally; no network is needed.

    \b
    Example:
      tierscope serve --db news.db            # then open http://127.0.0.1:8000/
      TIERSCOPE_TOKEN=$(openssl rand -hex 16) tierscope serve   # also accept POST /api/documents
    """
    from ..serve import serve as run

    if token is not None and len(token) < 8:
        from ..errors import UsageError

        raise UsageError("--token must be at least 8 characters; use a long random string")
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"tierscope: serving {db} at http://{shown}:{port}/ ({'read-write' if token else 'read-only'}); "
               "Ctrl+C stops", err=True)
    run(db, host=host, port=port, token=token, log_level=log_level)


COMMANDS = [serve]
