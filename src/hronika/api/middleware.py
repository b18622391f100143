"""Pure ASGI middleware of the API: the body size limit, and the methods a path has (OPTIONS, 405 with Allow)."""

from __future__ import annotations

from starlette.datastructures import Headers
from starlette.responses import JSONResponse, Response
from starlette.routing import Match, Router
from starlette.types import ASGIApp, Message, Receive, Scope, Send

PROBED_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")


class BodyLimit:
    """413 JSON for a request body over `limit` bytes, as its Content-Length says or, for a chunked body without
    one, once the bytes received pass the limit. The body is read before the app sees it (at most `limit` bytes)."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = Headers(scope=scope).get("content-length")
        if length is not None and not (length.isascii() and length.isdigit() and int(length) <= self.limit):
            await self.too_large(scope, receive, send)
            return
        messages: list[Message] = []
        received = 0
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":  # the client left: the app hears it when it reads
                break
            received += len(message.get("body", b""))
            if received > self.limit:
                await self.too_large(scope, receive, send)
                return
            if not message.get("more_body", False):
                break

        async def replay() -> Message:
            """The messages read, then whatever comes next (a disconnect)."""
            return messages.pop(0) if messages else await receive()

        await self.app(scope, replay, send)

    async def too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The 413 answer; the connection is closed, the rest of the body is not read."""
        response = JSONResponse({"detail": f"request body over {self.limit:,} bytes"}, status_code=413,
                                headers={"Connection": "close"})
        await response(scope, receive, send)


class AllowedMethods:
    """OPTIONS on a path answers 204 with the methods its routes have in Allow; another method it lacks gets 405
    JSON with the same Allow (Starlette names only the first matching route's). Unknown paths go on to 404."""

    def __init__(self, app: ASGIApp, router: Router) -> None:
        self.app = app
        self.router = router

    def methods(self, scope: Scope) -> list[str]:
        """The methods some route answers on this path, OPTIONS among them; none when no route has the path. Each
        method is asked of the routes as a request would be, so routes of included routers count too."""
        found = {method for method in PROBED_METHODS
                 if any(route.matches({**scope, "method": method})[0] == Match.FULL for route in self.router.routes)}
        return [*sorted(found), "OPTIONS"] if found else []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        methods = self.methods(scope) if scope["type"] == "http" else []
        if methods and scope["method"] not in methods:
            allow = {"Allow": ", ".join(methods)}
            await JSONResponse({"detail": "Method Not Allowed"}, status_code=405, headers=allow)(scope, receive, send)
        elif methods and scope["method"] == "OPTIONS":
            await Response(status_code=204, headers={"Allow": ", ".join(methods)})(scope, receive, send)
        else:
            await self.app(scope, receive, send)
