"""Fixtures for the web server tests: a real SQLite database written through the store API, a real
uvicorn server on a free port of 127.0.0.1 (in a thread), and a real headless Chromium."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from serve_support import CHROMIUM_ARGS, Server, build_db, corpus, find_chromium


# -- a real server -----------------------------------------------------------------------------


@pytest.fixture(scope="session")
def start_server():
    """``start_server(db, token=None) -> Server``: uvicorn in a thread on a free port; stopped at the end."""
    import uvicorn

    from tierscope.serve import create_app

    running: list[tuple[uvicorn.Server, threading.Thread]] = []

    def start(db: Path, token: str | None = None) -> Server:
        app = create_app(db, token=token)
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        deadline = time.monotonic() + 20
        while not server.started:
            if time.monotonic() > deadline or not thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        running.append((server, thread))
        srv = Server(url=f"http://127.0.0.1:{port}", db=db, token=token)
        status, _, _ = srv.get("/api/stats")
        assert status == 200
        return srv

    yield start
    for server, thread in running:
        server.should_exit = True
    for server, thread in running:
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory) -> Path:
    return build_db(tmp_path_factory.mktemp("serve") / "corpus.db", corpus())


@pytest.fixture(scope="session")
def server(start_server, corpus_db) -> Server:
    return start_server(corpus_db)


# -- a real browser ----------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    exe = find_chromium()
    if exe is None:
        pytest.skip("chromium not found: install it (apt-get install chromium, or scripts/test-setup.sh) "
                    "to run the browser tests")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright for Python is not installed: pip install playwright (no `playwright install` needed)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    pg.js_errors = errors  # type: ignore[attr-defined]
    requests: list[str] = []
    pg.on("request", lambda req: requests.append(req.url))
    pg.requests = requests  # type: ignore[attr-defined]
    yield pg
    context.close()
