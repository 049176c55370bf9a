"""``tierscope serve``: a browser page and a JSON API over a tierscope database.

``create_app(db, token=None)`` builds the Starlette app; ``serve(...)`` runs it under uvicorn.
The page (``static/``) is plain JS, CSS and SVG served by the app itself: no network needed.
"""

from .app import SECURITY_HEADERS, ApiError, create_app
from .middleware import LOCAL_HOSTS
from .openapi import openapi_document

__all__ = ["create_app", "serve", "openapi_document", "ApiError", "SECURITY_HEADERS"]


def serve(db: str, host: str = "127.0.0.1", port: int = 8000, token: str | None = None, *,
          log_level: str = "warning") -> None:
    """Run the app under uvicorn until interrupted."""
    import uvicorn

    hosts = None  # the loopback names
    if host not in LOCAL_HOSTS:
        hosts = ["*"] if host in ("0.0.0.0", "::", "") else [*LOCAL_HOSTS, host]
    app = create_app(db, token=token, allowed_hosts=hosts)
    uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False)
