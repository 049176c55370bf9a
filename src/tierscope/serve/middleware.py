"""ASGI middleware of the web app: security headers on every response, and the Host check.

Both are plain ASGI (no BaseHTTPMiddleware), so they also cover errors answered before routing.
"""

from __future__ import annotations

from starlette.datastructures import Headers
from starlette.responses import JSONResponse

__all__ = ["SECURITY_HEADERS", "SecurityHeaders", "AllowedHosts", "LOCAL_HOSTS", "host_name"]

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
        "base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
_RAW_HEADERS = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in SECURITY_HEADERS.items()]

#: Host names a server bound to the loopback interface answers to.
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


class SecurityHeaders:
    """Adds ``SECURITY_HEADERS`` to every HTTP response (errors included)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message = dict(message)
                message["headers"] = list(message.get("headers", [])) + [
                    (k, v) for k, v in _RAW_HEADERS if k not in names
                ]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def host_name(header: str | None) -> str | None:
    """The host of a Host header, lowercased and without port or IPv6 brackets
    (``[::1]:8000`` -> ``::1``); None when there is none or it is malformed."""
    value = (header or "").strip().lower()
    if not value:
        return None
    if value.startswith("["):
        end = value.find("]")
        rest = value[end + 1 :]
        if end < 0 or (rest and not (rest.startswith(":") and rest[1:].isdigit())):
            return None
        return value[1:end] or None
    name, _, port = value.partition(":")
    if port and not port.isdigit():
        return None
    return name or None


class AllowedHosts:
    """Answers 400 in the API's error shape unless the Host header names one of ``hosts`` (``*``:
    any). A page on another site can make a browser send requests to 127.0.0.1 under its own
    name (DNS rebinding); checking the name keeps such pages from reading the API."""

    def __init__(self, app, hosts: list[str]):
        self.app = app
        self.any = "*" in hosts
        self.hosts = {h.strip("[]").lower() for h in hosts}

    async def __call__(self, scope, receive, send):
        if self.any or scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        name = host_name(Headers(scope=scope).get("host"))
        if name in self.hosts:
            await self.app(scope, receive, send)
            return
        shown = ", ".join(sorted(self.hosts))
        response = JSONResponse(
            {"error": {"code": "bad_host",
                       "message": f"this server answers to {shown} only; open it by one of those names, or restart "
                                  "it with `--host` set to the name you use"}},
            status_code=400,
        )
        await response(scope, receive, send)
