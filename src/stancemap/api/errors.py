"""One JSON error shape for every error the API returns, from one place.

Library errors map to statuses here and nowhere else::

    NotFound                      404 not_found
    InputError, ConfigError       400 bad_input
    StoreError                    503 store_unavailable
    request validation            422 invalid_request (with per-field details)
    AuthError                     401 unauthorized / 403 forbidden
    HTTP errors (404, 405, ...)   their status
    anything else                 500 internal_error (logged with its traceback)

Every body is ``{"error": {"status", "code", "message", "details"}}``. Pages of the
web UI get the same information as an HTML page (``html_renderer``).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from stancemap.api.models.common import ErrorBody, ErrorInfo
from stancemap.errors import ConfigError, InputError, NotFound, StancemapError, StoreError

logger = logging.getLogger(__name__)

HtmlRenderer = Callable[[Request, ErrorInfo], Response]

_LIBRARY_ERRORS: tuple[tuple[type[StancemapError], int, str], ...] = (
    (NotFound, 404, "not_found"),
    (InputError, 400, "bad_input"),
    (ConfigError, 400, "bad_input"),
    (StoreError, 503, "store_unavailable"),
)
_HTTP_CODES = {
    400: "bad_input",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    422: "invalid_request",
    503: "store_unavailable",
}


class AuthError(Exception):
    """A request that may not write: no token (401) or the wrong one / writes off (403)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def error_info(
    status: int,
    message: str,
    *,
    code: str | None = None,
    details: list[dict[str, Any]] | None = None,
) -> ErrorInfo:
    """The error for ``status``, with a code derived from it unless one is given."""
    return ErrorInfo(
        status=status,
        code=code or _HTTP_CODES.get(status, _snake(HTTPStatus(status).phrase)),
        message=message,
        details=details or [],
    )


def install_error_handlers(app: FastAPI, *, html_renderer: HtmlRenderer | None = None) -> None:
    """Route every exception through :func:`error_info` and one response builder."""

    def respond(
        request: Request, info: ErrorInfo, headers: Mapping[str, str] | None = None
    ) -> Response:
        if html_renderer is not None and _wants_html(request):
            return html_renderer(request, info)
        body = ErrorBody(error=info).model_dump(mode="json")
        return JSONResponse(body, status_code=info.status, headers=dict(headers or {}))

    def handler(
        build: Callable[[Request, Any], tuple[ErrorInfo, Mapping[str, str] | None]],
    ) -> Callable[[Request, Exception], Awaitable[Response]]:
        async def handle(request: Request, exc: Exception) -> Response:
            info, headers = build(request, exc)
            return respond(request, info, headers)

        return handle

    app.add_exception_handler(StancemapError, handler(_library_error))
    app.add_exception_handler(AuthError, handler(_auth_error))
    app.add_exception_handler(RequestValidationError, handler(_validation_error))
    app.add_exception_handler(StarletteHTTPException, handler(_http_error))
    app.add_exception_handler(Exception, handler(_unexpected_error))


def _library_error(
    request: Request, exc: StancemapError
) -> tuple[ErrorInfo, Mapping[str, str] | None]:
    for kind, status, code in _LIBRARY_ERRORS:
        if isinstance(exc, kind):
            if status >= 500:
                logger.error("%s %s: %s", request.method, request.url.path, exc)
            return error_info(status, str(exc), code=code), None
    return _unexpected_error(request, exc)


def _auth_error(_request: Request, exc: AuthError) -> tuple[ErrorInfo, Mapping[str, str] | None]:
    headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
    return error_info(exc.status, exc.message), headers


def _validation_error(
    _request: Request, exc: RequestValidationError
) -> tuple[ErrorInfo, Mapping[str, str] | None]:
    details = [
        {
            "loc": list(error.get("loc", ())),
            "msg": error.get("msg", ""),
            "type": error.get("type", ""),
        }
        for error in jsonable_encoder(exc.errors())
    ]
    where = "; ".join(f"{'.'.join(map(str, d['loc']))}: {d['msg']}" for d in details)
    return error_info(422, f"the request is invalid: {where}", details=details), None


def _http_error(
    request: Request, exc: StarletteHTTPException
) -> tuple[ErrorInfo, Mapping[str, str] | None]:
    if exc.status_code == 404 and exc.detail == HTTPStatus.NOT_FOUND.phrase:
        message = f"nothing at {request.url.path}; the API's routes are listed at /openapi.json"
    else:
        message = str(exc.detail)
    return error_info(exc.status_code, message), exc.headers


def _unexpected_error(
    request: Request, exc: Exception
) -> tuple[ErrorInfo, Mapping[str, str] | None]:
    logger.exception("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    message = (
        f"internal error while serving {request.url.path} ({type(exc).__name__}); "
        "the server log has the details"
    )
    return error_info(500, message, code="internal_error"), None


def _wants_html(request: Request) -> bool:
    """Pages of the web UI, asked for by a browser; never the API."""
    path = request.url.path
    if path.startswith("/api/") or path == "/api" or path.startswith("/openapi"):
        return False
    return "text/html" in request.headers.get("accept", "")


def _snake(phrase: str) -> str:
    return "_".join(phrase.lower().replace("-", " ").split())
