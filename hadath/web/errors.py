"""Errors as JSON with a message, and a cap on request body size.

Every error the API sends is ``{"error": "what was wrong and what to do"}`` (plus
``details`` for invalid fields), never an HTML page or a bare status. Bodies larger
than the cap are refused with 413 before they are read into memory, whether the
client announces their length or streams them.
"""
from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from hadath.store import StoreError


class ApiError(Exception):
    def __init__(self, status: int, message: str):
        self.status = status
        self.message = message


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        return JSONResponse({"error": exc.message}, status_code=exc.status)

    @app.exception_handler(HTTPException)
    async def _http_error(request: Request, exc: HTTPException):
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such page: {request.url.path} (the API is under /api, docs at /docs)"
        return JSONResponse({"error": message}, status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))

    @app.exception_handler(StoreError)
    async def _store_error(request: Request, exc: StoreError):
        return JSONResponse({"error": f"database unavailable: {exc}"}, status_code=503)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        # still a JSON message that says what broke (the traceback goes to the server log)
        return JSONResponse({"error": f"server error: {type(exc).__name__}: {exc}"},
                            status_code=500)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        details = [{"where": ".".join(str(p) for p in e.get("loc", ())), "problem": e.get("msg")}
                   for e in exc.errors()]
        first = details[0] if details else {"where": "?", "problem": "invalid"}
        return JSONResponse({"error": f"invalid request: {first['where']}: {first['problem']}",
                             "details": details}, status_code=422)


class BodyLimit:
    """ASGI middleware refusing request bodies over ``max_bytes`` with a JSON 413."""

    def __init__(self, app, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_bytes:
            return await self._refuse(send)
        seen = 0

        async def limited_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise _TooLarge()
            return message

        try:
            await self.app(scope, limited_receive, send)
        except _TooLarge:
            await self._refuse(send)

    async def _refuse(self, send):
        response = JSONResponse(
            {"error": f"request body over {self.max_bytes} bytes; send fewer or shorter "
                      "stories per request"}, status_code=413)
        await response({"type": "http"}, None, send)


class _TooLarge(Exception):
    pass
