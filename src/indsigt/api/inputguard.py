"""The door every request passes before anything parses it: size limits, multipart gate, NUL.

Size
    Every request body has a limit, enforced while the body streams in: ``INDSIGT_MAX_BODY_BYTES``
    (default 4 MB), or ``INDSIGT_MAX_UPLOAD_BYTES`` (200 MB) for the multipart upload of
    ``/api/admin/import``. A ``Content-Length`` over the limit is answered 413 without reading
    anything; a chunked body is answered 413 as soon as it passes the limit, however the handler
    was reading it. Nothing holds more than the limit in memory.

Multipart
    A multipart body can be large and is spooled to disk by the form parser, so it is checked
    before a byte of it is read: without a sign-in (no valid bearer ID token and no signed-in
    session) it is refused unread (401); with a session cookie the CSRF token must come in the
    ``X-CSRF-Token`` header or as the first form field (``csrf_token``; only that field is read,
    at most 64 KB) or the request is refused (403) before anything is spooled.

NUL
    PostgreSQL text cannot hold NUL (0x00), and no Danish text needs one: a NUL in the path, the
    query or a (non-file) body is answered with 422 and a clear message before any handler runs,
    instead of a database error deep inside. Uploaded files are checked by the importer, line by
    line.
"""

from __future__ import annotations

import hmac
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..asgi import send_json_error

MESSAGE = "Teksten må ikke indeholde NUL-tegn (0x00)."
CSRF_FAILED = "Sikkerhedstjekket (CSRF) fejlede. Genindlæs siden og prøv igen."
SIGN_IN_FIRST = "Du skal logge ind, før du kan sende filer."
#: the one endpoint that takes large multipart uploads (INDSIGT_MAX_UPLOAD_BYTES)
UPLOAD_PATHS = frozenset({"/api/admin/import"})
#: how much of a multipart body may be read to find the CSRF token in its first field
FIRST_FIELD_MAX = 64 * 1024


def _has_nul(raw: bytes) -> bool:
    return b"\x00" in raw or b"%00" in raw or b"\\u0000" in raw.lower()


def too_large_message(limit: int) -> str:
    size = f"{limit / 1_000_000:.0f} MB" if limit >= 1_000_000 else f"{limit} bytes"
    return f"Forespørgslen er for stor; grænsen er {size}."


class BodyTooLarge(Exception):
    """Raised from ``receive`` when a body passes its limit (the guard answers 413)."""


def _header(scope: Scope, name: bytes) -> bytes | None:
    for k, v in scope.get("headers") or []:
        if k.lower() == name:
            return bytes(v)
    return None


def _boundary(content_type: bytes) -> bytes | None:
    for part in content_type.split(b";")[1:]:
        key, _, value = part.strip().partition(b"=")
        if key.lower() == b"boundary" and value:
            return value.strip(b'"')
    return None


def first_field(buf: bytes, boundary: bytes) -> tuple[str, bytes] | bool | None:
    """The (name, value) of the first part of a multipart body held in ``buf``; ``None`` when
    more bytes are needed; ``False`` when the first part is not a plain field (a file, or
    malformed)."""
    start = b"--" + boundary + b"\r\n"
    if len(buf) < len(start):
        return None if start.startswith(buf) else False
    if not buf.startswith(start):
        return False
    end_headers = buf.find(b"\r\n\r\n", len(start))
    if end_headers < 0:
        return None
    headers = buf[len(start) : end_headers].decode("latin-1").lower()
    disposition = next(
        (h for h in headers.split("\r\n") if h.startswith("content-disposition:")), ""
    )
    if "filename" in disposition or 'name="' not in disposition:
        return False
    name = disposition.split('name="', 1)[1].split('"', 1)[0]
    end_value = buf.find(b"\r\n--" + boundary, end_headers + 4)
    if end_value < 0:
        return None
    return name, buf[end_headers + 4 : end_value]


class InputGuard:
    """Pure ASGI middleware (placed inside the session middleware, outside everything else)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if _has_nul(scope.get("raw_path") or scope["path"].encode()) or _has_nul(
            scope.get("query_string", b"")
        ):
            await send_json_error(send, 422, MESSAGE)
            return
        from ..config import get_settings

        settings = get_settings()
        content_type = (_header(scope, b"content-type") or b"").lower()
        multipart = content_type.startswith(b"multipart/")
        limit = (
            settings.max_upload_bytes
            if multipart and scope["path"] in UPLOAD_PATHS
            else settings.max_body_bytes
        )
        length = _header(scope, b"content-length")
        if length is not None and length.strip().isdigit() and int(length) > limit:
            await send_json_error(send, 413, too_large_message(limit))
            return
        if multipart:
            await self._multipart(scope, receive, send, content_type, limit)
        else:
            await self._buffered(scope, receive, send, limit)

    async def _buffered(self, scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        """A body that is not multipart: read it (at most ``limit``), check it for NUL, replay."""
        chunks: list[bytes] = []
        messages: list[Message] = []
        size = 0
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                break
            body = message.get("body", b"")
            size += len(body)
            if size > limit:
                await send_json_error(send, 413, too_large_message(limit))
                return
            chunks.append(body)
            if not message.get("more_body", False):
                break
        if _has_nul(b"".join(chunks)):
            await send_json_error(send, 422, MESSAGE)
            return

        async def replay() -> Message:
            return messages.pop(0) if messages else await receive()

        await self.app(scope, replay, send)

    async def _multipart(
        self, scope: Scope, receive: Receive, send: Send, content_type: bytes, limit: int
    ) -> None:
        from .. import auth

        gate = await run_in_threadpool(auth.multipart_gate, scope)
        if gate.refusal is not None:
            status, detail = gate.refusal
            await send_json_error(send, status, detail)
            return
        replay: list[Message] = []
        received = 0
        if gate.csrf_expected is not None:
            given = _header(scope, auth.CSRF_HEADER.lower().encode())
            if given is None:
                boundary = _boundary(content_type)
                buf = b""
                found: tuple[str, bytes] | bool | None = None
                while found is None and boundary is not None and len(buf) <= FIRST_FIELD_MAX:
                    message = await receive()
                    replay.append(message)
                    if message["type"] != "http.request":
                        break
                    buf += message.get("body", b"")
                    found = first_field(buf, boundary)
                    if not message.get("more_body", False) and found is None:
                        break
                received = len(buf)
                if isinstance(found, tuple) and found[0] == auth.CSRF_FIELD:
                    given = found[1]
            if given is None or not hmac.compare_digest(given, gate.csrf_expected.encode("utf-8")):
                await send_json_error(send, 403, CSRF_FAILED)
                return
        await self._limited(scope, receive, send, limit, replay, received)

    async def _limited(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        limit: int,
        replay: list[Message],
        received: int,
    ) -> None:
        """Run the app with a ``receive`` that counts; over ``limit`` the answer is 413."""
        state: dict[str, Any] = {"received": received, "over": False, "started": False}

        async def counted() -> Message:
            if replay:
                return replay.pop(0)
            message = await receive()
            if message["type"] == "http.request":
                state["received"] += len(message.get("body", b""))
                if state["received"] > limit:
                    state["over"] = True
                    raise BodyTooLarge
            return message

        async def guarded_send(message: Message) -> None:
            if state["over"]:
                if not state["started"]:
                    state["started"] = True
                    await send_json_error(send, 413, too_large_message(limit))
                return  # whatever the handler made of the cut-off body is dropped
            if message["type"] == "http.response.start":
                state["started"] = True
            await send(message)

        try:
            await self.app(scope, counted, guarded_send)
        except BodyTooLarge:
            if not state["started"]:
                state["started"] = True
                await send_json_error(send, 413, too_large_message(limit))
        except Exception:
            if not state["over"]:
                raise
            if not state["started"]:
                state["started"] = True
                await send_json_error(send, 413, too_large_message(limit))


#: the name this middleware had when it only refused NUL characters
RejectNul = InputGuard
