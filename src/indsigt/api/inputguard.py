"""Refuse NUL characters at the door, for every endpoint and page.

PostgreSQL text cannot hold NUL (0x00), and no Danish text needs one: a NUL in the path, the query
or a (non-file) body is answered with 422 and a clear message before any handler runs, instead of a
database error deep inside. Uploaded files are checked by the importer, line by line.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..asgi import send_json_error

MESSAGE = "Teksten må ikke indeholde NUL-tegn (0x00)."


def _has_nul(raw: bytes) -> bool:
    return b"\x00" in raw or b"%00" in raw or b"\\u0000" in raw.lower()


class RejectNul:
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
        content_type = dict(scope.get("headers") or []).get(b"content-type", b"")
        if content_type.startswith(b"multipart/"):
            await self.app(scope, receive, send)  # files: the importer reports FILE:LINE
            return
        chunks: list[bytes] = []
        messages: list[Message] = []
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                break
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        if _has_nul(b"".join(chunks)):
            await send_json_error(send, 422, MESSAGE)
            return

        async def replay() -> Message:
            return messages.pop(0) if messages else await receive()

        await self.app(scope, replay, send)
