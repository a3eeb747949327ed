"""Admission control: at most as many requests inside a server process as it has database
connections; the rest wait their turn in arrival order, and get 503 after a while.

Without it a busy process lets every request in. Route functions and their dependencies run in
a thread pool in separate steps, and a request keeps its database connection between them, so
under load the connections are all held by requests waiting for a thread while the threads wait
for a connection, until the pool gives up after 30 s with an error for everyone. With it, each
request admitted can always get its connection, and a request over the limit waits in the event
loop (cheap) instead of holding anything.
"""

from __future__ import annotations

import asyncio

from starlette.types import ASGIApp, Receive, Scope, Send

from .asgi import send_json_error

#: paths that never touch the database and must answer even when the process is busy
EXEMPT = ("/healthz", "/static/")
MESSAGE = "Der er travlt lige nu. Prøv igen om lidt."


class Admission:
    def __init__(self, app: ASGIApp, *, limit: int, wait_seconds: float) -> None:
        if limit < 1:
            raise ValueError("limit must be at least 1")
        self.app = app
        self.limit = limit
        self.wait_seconds = wait_seconds
        self._slots: asyncio.Semaphore | None = None  # made in the server's event loop
        #: requests inside now (the tests read it)
        self.inside = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(EXEMPT):
            await self.app(scope, receive, send)
            return
        if self._slots is None:
            self._slots = asyncio.Semaphore(
                self.limit
            )  # waiters are served first come, first served
        try:
            await asyncio.wait_for(self._slots.acquire(), self.wait_seconds)
        except TimeoutError:
            await send_json_error(send, 503, MESSAGE, ((b"retry-after", b"5"),))
            return
        self.inside += 1
        try:
            await self.app(scope, receive, send)
        finally:
            self.inside -= 1
            self._slots.release()
