"""The web app: a Starlette application serving the browser page (``static/``) and the JSON API
under ``/api/``.

``create_app(db, token=None)`` builds it. Reads go through one read-only SQLite connection per
worker thread; ``POST /api/documents`` (off unless a token is set) runs the default pipeline and
writes through a single writable store, one document at a time.

Every response carries the security headers in ``SECURITY_HEADERS``; every error is
``{"error": {"code": ..., "message": ...}}`` with a fitting status code.
"""

from __future__ import annotations

import contextlib
import datetime
import hmac
import json
import logging
import os
import re
import threading
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from .. import __version__, ids
from ..doc import RELATION_TYPES, STATUSES, Document
from ..errors import InputError, NotFoundError, StageError, StoreError
from . import data
from .middleware import LOCAL_HOSTS, SECURITY_HEADERS, AllowedHosts, SecurityHeaders
from .openapi import openapi_document

__all__ = ["create_app", "ApiError", "SECURITY_HEADERS", "STATIC_DIR", "MAX_BODY_BYTES"]

_log = logging.getLogger("tierscope.serve")

STATIC_DIR = Path(__file__).resolve().parent / "static"
#: Largest accepted POST /api/documents body.
MAX_BODY_BYTES = 5_000_000

_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_ID = re.compile(r"^[0-9a-f]{1,64}$")


class ApiError(Exception):
    """An error answered as ``{"error": {"code", "message"}}`` with ``status``."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers


def error_response(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=headers)


# -- parameters ----------------------------------------------------------------------------------


def _int(request: Request, name: str, default: int, lo: int, hi: int) -> int:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ApiError(400, "bad_parameter", f"{name} must be a whole number from {lo} to {hi}, got {raw!r}") from None
    if not lo <= value <= hi:
        raise ApiError(400, "bad_parameter", f"{name} must be from {lo} to {hi}, got {value}")
    return value


def _choice(request: Request, name: str, choices: tuple[str, ...], default: str | None = None) -> str | None:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return default
    if raw not in choices:
        raise ApiError(400, "bad_parameter", f"unknown {name} {raw!r}; use one of: {', '.join(choices)}")
    return raw


def _date(request: Request, name: str, *, full: bool = False) -> str | None:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return None
    pattern = _FULL_DATE if full else _PARTIAL_DATE
    if not pattern.match(raw) or not _real_date(raw):
        shape = "2024-06-30" if full else "2024-06-30 (or 2024-06, 2024)"
        raise ApiError(400, "bad_parameter", f"{name} must be a date like {shape}, got {raw!r}")
    return raw


def _real_date(value: str) -> bool:
    """Whether "YYYY", "YYYY-MM" or "YYYY-MM-DD" names a real date (no month 13, no 31 April)."""
    padded = value + "-01-01"[len(value) - 4 :] if len(value) < 10 else value
    try:
        datetime.date.fromisoformat(padded)
    except ValueError:
        return False
    return True


def _as_of(request: Request) -> str | None:
    """``as_of``: a date (2024-06-30, 2024-06 or 2024), widened to the last day it covers as the CLI
    does (``tierscope.query.status.as_of_bound``: 2024 means known by the end of 2024)."""
    from ..query.status import as_of_bound

    return as_of_bound(_date(request, "as_of"))


def _text(request: Request, name: str, max_len: int = 200) -> str | None:
    raw = request.query_params.get(name)
    if raw is None or not raw.strip():
        return None
    if len(raw) > max_len:
        raise ApiError(400, "bad_parameter", f"{name} is longer than {max_len} characters")
    return raw.strip()


def _page(request: Request) -> tuple[int, int]:
    return _int(request, "limit", 50, 1, 500), _int(request, "offset", 0, 0, 10**9)


def _path_id(request: Request, name: str, what: str) -> str:
    value = request.path_params[name]
    if not _ID.match(value):
        raise ApiError(404, "not_found", f"no {what} with id {value!r}; ids are lowercase hex strings")
    return value


# -- the app ---------------------------------------------------------------------------------------


class _Stores:
    """One read-only store per thread, and one writable store for POST (guarded by a lock)."""

    def __init__(self, db: str, *, writable: bool):
        from ..store import SQLiteStore

        self.db = db
        self.local = threading.local()
        self.write_lock = threading.Lock()
        self._writer = None
        self._opened: list[Any] = []
        self._lock = threading.Lock()
        if writable:
            self._writer = SQLiteStore(db, create=True)
        else:
            SQLiteStore(db, create=False).close()  # fail now, with the store's message, if unusable

    def reader(self):
        store = getattr(self.local, "store", None)
        if store is None:
            from ..store import SQLiteStore

            store = SQLiteStore(self.db, create=False)
            store.conn.execute("PRAGMA query_only = ON")
            self.local.store = store
            with self._lock:
                self._opened.append(store)
        return store

    @property
    def writer(self):
        return self._writer

    def close(self) -> None:
        with self._lock:
            for s in self._opened:
                try:
                    s.close()
                except Exception:  # a connection made in another thread; the process is ending anyway
                    pass
            self._opened.clear()
        if self._writer is not None:
            self._writer.close()


def create_app(db: str | os.PathLike[str], token: str | None = None, *, allowed_hosts: list[str] | None = None,
               pipeline_factory=None) -> Starlette:
    """The tierscope web app over the database ``db``.

    ``token``: when set, ``POST /api/documents`` is on and needs ``Authorization: Bearer <token>``
    (and a missing ``db`` is created); when None the app is read-only and ``db`` must exist.
    ``allowed_hosts``: Host header values accepted (DNS-rebinding guard); default localhost names.
    ``pipeline_factory``: builds the extraction pipeline for POST (default
    ``tierscope.pipeline.default_pipeline``), called once on first use.
    """
    token = token or None
    stores = _Stores(str(db), writable=token is not None)
    pipeline_lock = threading.Lock()
    pipeline_box: dict[str, Any] = {}

    def get_pipeline():
        with pipeline_lock:
            if "p" not in pipeline_box:
                if pipeline_factory is not None:
                    p = pipeline_factory()
                else:
                    from ..pipeline import default_pipeline

                    p = default_pipeline()
                p.warm_up()
                pipeline_box["p"] = p
            return pipeline_box["p"]

    def read(fn):
        """Wrap a handler body ``fn(request, store) -> dict`` run in the thread pool."""

        async def endpoint(request: Request) -> Response:
            def run():
                return fn(request, stores.reader())

            try:
                return JSONResponse(await run_in_threadpool(run))
            except (ApiError, NotFoundError, StoreError, HTTPException):
                raise
            except Exception as exc:  # a bug: log it, answer in the error shape (with security headers)
                _log.exception("error in %s", request.url.path)
                raise ApiError(500, "internal", f"internal error ({type(exc).__name__}); see the server log") from exc

        endpoint.__name__ = fn.__name__
        return endpoint

    @read
    def api_companies(request, store):
        limit, offset = _page(request)
        return data.list_companies(store, q=_text(request, "q"), limit=limit, offset=offset)

    @read
    def api_company(request, store):
        return data.company(store, _path_id(request, "id", "company"), as_of=_as_of(request))

    @read
    def api_neighbourhood(request, store):
        cid = _path_id(request, "id", "company")
        return data.neighbourhood(store, cid, depth=_int(request, "depth", 1, 1, 3),
                                  as_of=_as_of(request),
                                  max_edges=_int(request, "max_edges", data.MAX_NEIGHBOURHOOD_EDGES, 1, 2000))

    @read
    def api_relations(request, store):
        limit, offset = _page(request)
        company = _text(request, "company")
        if company is not None and not _ID.match(company):
            raise ApiError(400, "bad_parameter", f"company must be a company id (hex), got {company!r}")
        since, until = _date(request, "since"), _date(request, "until")
        if since and until and since > until:
            raise ApiError(400, "bad_parameter", f"since ({since}) is after until ({until})")
        return data.relations(
            store,
            type=_choice(request, "type", RELATION_TYPES),
            status=_choice(request, "status", STATUSES),
            product=_text(request, "product"),
            since=since,
            until=until,
            as_of=_as_of(request),
            company=company,
            limit=limit,
            offset=offset,
        )

    @read
    def api_relation(request, store):
        return data.relation(store, _path_id(request, "id", "relation"), as_of=_as_of(request))

    @read
    def api_evidence(request, store):
        a, b = request.query_params.get("a"), request.query_params.get("b")
        if not a or not b:
            raise ApiError(400, "bad_parameter", "pass two company ids: /api/evidence?a=ID&b=ID")
        for name, value in (("a", a), ("b", b)):
            if not _ID.match(value):
                raise ApiError(400, "bad_parameter", f"{name} must be a company id (hex), got {value!r}")
        return data.evidence_between(store, a, b, as_of=_as_of(request))

    @read
    def api_facilities(request, store):
        limit, offset = _page(request)
        owner = _text(request, "owner")
        if owner is not None and not _ID.match(owner):
            raise ApiError(400, "bad_parameter", f"owner must be a company id (hex), got {owner!r}")
        from ..doc import FACILITY_STATUSES

        return data.facilities(store, owner=owner, status=_choice(request, "status", FACILITY_STATUSES),
                               as_of=_as_of(request), limit=limit, offset=offset)

    @read
    def api_capacity(request, store):
        return data.capacity(store, by=_choice(request, "by", ("owner", "country"), "owner"),
                             as_of=_as_of(request))

    @read
    def api_stats(request, store):
        return {**data.stats(store), "version": __version__, "writable": token is not None,
                "relation_types": list(RELATION_TYPES), "statuses": list(STATUSES)}

    async def api_openapi(request: Request) -> Response:
        return JSONResponse(openapi_document())

    async def api_add_document(request: Request) -> Response:
        if token is None:
            raise ApiError(
                403, "writes_disabled",
                "adding documents is off; restart with `tierscope serve --token TOKEN` (or set TIERSCOPE_TOKEN) "
                "and send the header `Authorization: Bearer TOKEN`",
            )
        auth = request.headers.get("authorization", "")
        scheme, _, given = auth.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
            raise ApiError(401, "unauthorized", "send the server's token as `Authorization: Bearer TOKEN`",
                           headers={"WWW-Authenticate": 'Bearer realm="tierscope"'})
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype != "application/json":
            raise ApiError(415, "unsupported_media_type", "send the article as JSON (Content-Type: application/json)")
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > MAX_BODY_BYTES:
            raise ApiError(413, "too_large", f"the body is over {MAX_BODY_BYTES} bytes; send shorter articles")
        body = b""
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_BODY_BYTES:
                raise ApiError(413, "too_large", f"the body is over {MAX_BODY_BYTES} bytes; send shorter articles")
        try:
            record = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ApiError(400, "bad_json", f"the body is not valid JSON: {exc}") from None
        doc = _document_from(record)
        try:
            result = await run_in_threadpool(_extract_and_store, doc)
        except (ApiError, StoreError):
            raise
        except Exception as exc:  # e.g. a pipeline that cannot be built
            _log.exception("error adding a document")
            raise ApiError(500, "internal", f"could not add the document ({type(exc).__name__}: {exc})") from exc
        return JSONResponse(result, status_code=201 if result["new"] else 200)

    def _extract_and_store(doc: Document) -> dict[str, Any]:
        from ..store import ingest as store_ingest

        pipeline = get_pipeline()
        try:
            with stores.write_lock:
                done = pipeline(doc)
                # the library's ingest: stores the document, then re-resolves companies (store.refresh)
                report = store_ingest(stores.writer, items=[done])
        except InputError as exc:
            raise ApiError(422, "unprocessable", exc.reason) from None
        except StageError as exc:
            raise ApiError(422, "extraction_failed", str(exc)) from None
        return {
            "doc_id": ids.content_id(done.text),
            "id": done.id,
            "new": report.new == 1,
            "language": done.language,
            "published": done.published,
            "relations": len(done.relations),
            "facilities": len(done.facilities),
            "errors": list(done.errors),
        }

    async def index(request: Request) -> Response:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html; charset=utf-8",
                            headers={"Cache-Control": "no-cache"})

    routes = [
        Route("/", index, methods=["GET"]),
        Route("/api/openapi.json", api_openapi, methods=["GET"]),
        Route("/api/stats", api_stats, methods=["GET"]),
        Route("/api/companies", api_companies, methods=["GET"]),
        Route("/api/companies/{id}", api_company, methods=["GET"]),
        Route("/api/companies/{id}/neighbourhood", api_neighbourhood, methods=["GET"]),
        Route("/api/relations", api_relations, methods=["GET"]),
        Route("/api/relations/{id}", api_relation, methods=["GET"]),
        Route("/api/evidence", api_evidence, methods=["GET"]),
        Route("/api/facilities", api_facilities, methods=["GET"]),
        Route("/api/capacity", api_capacity, methods=["GET"]),
        Route("/api/documents", api_add_document, methods=["POST"]),
        Mount("/static", app=StaticFiles(directory=STATIC_DIR), name="static"),
    ]

    async def on_api_error(request: Request, exc: ApiError) -> Response:
        return error_response(exc.status, exc.code, exc.message, exc.headers)

    async def on_not_found(request: Request, exc: NotFoundError) -> Response:
        return error_response(404, "not_found", str(exc))

    async def on_store_error(request: Request, exc: StoreError) -> Response:
        return error_response(503, "store_unavailable", str(exc))

    async def on_http(request: Request, exc: HTTPException) -> Response:
        codes = {404: "not_found", 405: "method_not_allowed", 400: "bad_request"}
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404:
            if request.url.path.startswith("/api/"):
                message = f"no API route {request.url.path}; see /api/openapi.json"
            else:
                message = f"nothing at {request.url.path}; the page is at / and the API under /api/"
        elif exc.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path}; see /api/openapi.json"
        return error_response(exc.status_code, codes.get(exc.status_code, "http_error"), message,
                              dict(exc.headers) if exc.headers else None)

    async def on_error(request: Request, exc: Exception) -> Response:
        return error_response(500, "internal", f"internal error ({type(exc).__name__}); see the server log")

    hosts = allowed_hosts or list(LOCAL_HOSTS)
    app = Starlette(
        routes=routes,
        middleware=[Middleware(SecurityHeaders), Middleware(AllowedHosts, hosts=hosts)],
        exception_handlers={
            ApiError: on_api_error,
            NotFoundError: on_not_found,
            StoreError: on_store_error,
            HTTPException: on_http,
            Exception: on_error,
        },
        lifespan=_lifespan(stores),
    )
    app.state.stores = stores
    app.state.db = str(db)
    app.state.writable = token is not None
    return app


def _lifespan(stores: _Stores):
    @contextlib.asynccontextmanager
    async def lifespan(app):
        yield
        stores.close()

    return lifespan


def _document_from(record: Any) -> Document:
    """A ``Document`` from a POST body: ``{"text"|"html", "id", "url", "title", "published"}``."""
    if not isinstance(record, dict):
        raise ApiError(400, "bad_document", "send one JSON object: {\"text\" or \"html\", \"id\", \"url\", \"title\", \"published\"}")
    unknown = sorted(set(record) - {"text", "html", "id", "url", "title", "published"})
    if unknown:
        raise ApiError(400, "bad_document", f"unknown fields {', '.join(unknown)}; use text or html, id, url, title, published")
    for key in ("text", "html", "id", "url", "title", "published"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise ApiError(400, "bad_document", f"{key} must be a string")
    text, html = record.get("text") or "", record.get("html") or ""
    if bool(text.strip()) == bool(html.strip()):
        raise ApiError(400, "bad_document", "send exactly one of text or html, not empty")
    published = record.get("published") or None
    if published is not None and not (_PARTIAL_DATE.match(published) and _real_date(published)):
        raise ApiError(400, "bad_document", f"published must be a date like 2024-06-30, got {published!r}")
    doc_id = (record.get("id") or "").strip() or "api-" + ids.content_id(text or html)
    url = record.get("url") or None
    doc = Document(id=doc_id, source=f"api:{doc_id}", format="html" if html else "txt", url=url,
                   title=record.get("title") or None, published=published)
    if html:
        doc.html = html.replace("\r\n", "\n").replace("\r", "\n")
    else:
        doc.text = text.replace("\r\n", "\n").replace("\r", "\n")
    return doc
