"""The heavy lane: a request about a very large access log runs in a low-priority process.

A citizen with tens of thousands of log entries costs seconds of CPU per page and tens of
seconds per export; one such account asking for exports back to back would otherwise take the
server's cores from every other user (issue 15.5). Limiting how many of its requests run at
once (:mod:`indsigt.expensive`) is not enough: whatever runs still competes at the same priority,
and inside a worker process it also holds the GIL, so every other request of that worker waits
for it between its database round trips.

So each server worker process has one *lane*: a child process (started on first use, ended
after ``INDSIGT_HEAVY_IDLE_SECONDS`` idle) that runs the same application at OS priority
``nice INDSIGT_HEAVY_NICE`` (19: it gets only the CPU the other processes leave). The worker
hands it the request (the ASGI scope with the session, and the body) over a socket pair and
relays its answer to the client, streamed; the work itself (building, protecting, rendering,
compressing) runs in the child. One request at a time per lane: at most one heavy request per
worker runs at all, whatever the number of heavy users; the others wait their turn without
holding anything but a socket (up to ``INDSIGT_HEAVY_QUEUE_SECONDS``, then 503 with Retry-After).
When the client goes away the lane's process is ended at once, and with it the work.

Which requests go there is decided by :mod:`indsigt.expensive` from the size of the log asked
for (``INDSIGT_HEAVY_ENTRIES``); an ordinary citizen's pages never leave the worker.

Run as ``python -m indsigt.heavylane FD`` by :class:`Lane` only.
"""

from __future__ import annotations

import asyncio
import os
import pickle
import socket
import struct
import subprocess
import sys
import threading
import time
from types import SimpleNamespace
from typing import Any

from starlette.types import ASGIApp, Receive, Scope, Send

#: the parts of an ASGI scope a lane gets (all plain data); the rest it makes itself
SCOPE_KEYS = (
    "type",
    "asgi",
    "http_version",
    "server",
    "client",
    "scheme",
    "method",
    "root_path",
    "path",
    "raw_path",
    "query_string",
    "headers",
    "session",
)
_HEADER = struct.Struct("!I")
BUSY_MESSAGE = "Der er travlt med store opgaver lige nu. Prøv igen om lidt."


class LaneGone(RuntimeError):
    """The lane's process ended before it answered (killed, crashed)."""


# -- framing over a non-blocking socket (works from any event loop) ---------------------------


async def _send_frame(sock: socket.socket, obj: Any) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    await asyncio.get_running_loop().sock_sendall(sock, _HEADER.pack(len(data)) + data)


async def _recv_exact(sock: socket.socket, n: int) -> bytes:
    loop = asyncio.get_running_loop()
    buf = bytearray(n)
    view = memoryview(buf)
    got = 0
    while got < n:
        k = await loop.sock_recv_into(sock, view[got:])
        if k == 0:
            raise LaneGone("the lane closed its socket")
        got += k
    return bytes(buf)


async def _recv_frame(sock: socket.socket) -> Any:
    (n,) = _HEADER.unpack(await _recv_exact(sock, _HEADER.size))
    return pickle.loads(await _recv_exact(sock, n))


# -- the worker's side --------------------------------------------------------------------------


class Lane:
    """One worker process's heavy lane: its child process and the turn to use it."""

    def __init__(self) -> None:
        self._proc: subprocess.Popen[bytes] | None = None
        self._sock: socket.socket | None = None
        self._state = threading.Lock()  # guards _proc/_sock against the idle timer's thread
        self._timer: threading.Timer | None = None
        self._turn: asyncio.Lock | None = None
        self._turn_loop: asyncio.AbstractEventLoop | None = None
        self._busy = False  # a request has the lane (the idle timer leaves it alone)
        #: requests that went through the lane / are waiting for it now (the tests read them)
        self.served = 0
        self.waiting = 0
        #: seconds of the last requests, for an honest Retry-After
        self.recent: list[float] = []

    @property
    def pid(self) -> int | None:
        proc = self._proc
        return proc.pid if proc is not None and proc.poll() is None else None

    def _lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        if self._turn is None or self._turn_loop is not loop:  # a new event loop (tests)
            self._turn, self._turn_loop = asyncio.Lock(), loop
        return self._turn

    def typical_seconds(self) -> float | None:
        """The median time of this lane's last requests (None before the first)."""
        if not self.recent:
            return None
        xs = sorted(self.recent)
        return xs[len(xs) // 2]

    async def serve(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer the request in the lane (waiting for its turn); 503 when the wait is too long."""
        from .config import get_settings

        settings = get_settings()
        body = await _read_body(receive)
        turn = self._lock()
        self.waiting += 1
        try:
            await asyncio.wait_for(turn.acquire(), settings.heavy_queue_seconds)
        except TimeoutError:
            from .asgi import send_json_error

            wait = int(self.typical_seconds() or settings.heavy_queue_seconds) + 1
            await send_json_error(send, 503, BUSY_MESSAGE, ((b"retry-after", str(wait).encode()),))
            return
        finally:
            self.waiting -= 1
        t0 = time.monotonic()
        with self._state:
            self._busy = True
        try:
            self._cancel_idle()
            sock = await self._ensure()
            await self._relay(sock, scope, body, receive, send)
            self.served += 1
            self.recent = [*self.recent[-19:], time.monotonic() - t0]
        finally:
            with self._state:
                self._busy = False
            self._arm_idle(settings.heavy_idle_seconds)
            turn.release()

    async def _relay(
        self, sock: socket.socket, scope: Scope, body: bytes, receive: Receive, send: Send
    ) -> None:
        import structlog

        request = {
            "scope": {k: scope[k] for k in SCOPE_KEYS if k in scope},
            "body": body,
            "request_id": structlog.contextvars.get_contextvars().get("request_id"),
        }
        if "session" in request["scope"]:
            request["scope"]["session"] = dict(scope["session"])
        try:
            await _send_frame(sock, request)
        except OSError as exc:
            self.stop()
            raise LaneGone("the lane did not take the request") from exc
        gone = asyncio.ensure_future(_client_gone(receive))
        started = complete = False
        try:
            while True:
                frame = asyncio.ensure_future(_recv_frame(sock))
                # (once the answer is complete, the client may go: only "done" is left)
                waits = {frame} if complete else {frame, gone}
                await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
                if not frame.done():  # the client hung up: end the work with the process
                    frame.cancel()
                    self.stop()
                    return
                try:
                    kind, payload = frame.result()
                except (LaneGone, OSError) as exc:
                    self.stop()
                    if started:
                        return  # the client gets a cut-off answer, as from a dying worker
                    raise LaneGone("the lane ended without an answer") from exc
                if kind == "start":
                    started = True
                    _answer_session(scope, payload.pop("session", None))
                    route = payload.pop("route", None)
                    if route and "route" not in scope:  # for the worker's request log
                        scope["route"] = SimpleNamespace(path_format=route)
                    await send(payload)
                elif kind == "body":
                    complete = not payload.get("more_body", False)
                    await send(payload)
                elif kind == "done":
                    return
                else:  # "error": the application failed in the lane before it answered
                    raise LaneGone(f"the request failed in the lane: {payload}")
        finally:
            gone.cancel()

    async def _ensure(self) -> socket.socket:
        with self._state:
            if self._proc is not None and self._proc.poll() is None and self._sock is not None:
                return self._sock
        self.stop()
        ours, theirs = socket.socketpair()
        try:
            proc = await asyncio.get_running_loop().run_in_executor(
                None,
                lambda: subprocess.Popen(
                    [sys.executable, "-m", "indsigt.heavylane", str(theirs.fileno())],
                    pass_fds=(theirs.fileno(),),
                    stdin=subprocess.DEVNULL,
                    close_fds=True,
                ),
            )
        finally:
            theirs.close()
        ours.setblocking(False)
        with self._state:
            self._proc, self._sock = proc, ours
        try:
            hello = await asyncio.wait_for(_recv_frame(ours), 300)
        except (TimeoutError, LaneGone, OSError) as exc:
            self.stop()
            raise LaneGone("the lane did not start") from exc
        if hello != ("ready", proc.pid):
            self.stop()
            raise LaneGone(f"unexpected greeting from the lane: {hello!r}")
        return ours

    def stop(self) -> None:
        """End the lane's process now (the next heavy request starts a new one)."""
        with self._state:
            self._kill_locked()

    def _kill_locked(self) -> None:
        proc, sock = self._proc, self._sock
        self._proc = self._sock = None
        if sock is not None:
            sock.close()
        if proc is not None:
            if proc.poll() is None:
                proc.kill()  # SIGKILL: the work stops at once, wherever it is
            # reaped by a thread: a process at the lowest priority may take a moment to go, and
            # the worker's event loop must not wait for it
            threading.Thread(target=proc.wait, name="heavylane-reap", daemon=True).start()

    def _cancel_idle(self) -> None:
        timer, self._timer = self._timer, None
        if timer is not None:
            timer.cancel()

    def _arm_idle(self, seconds: float) -> None:
        self._cancel_idle()
        timer = threading.Timer(seconds, self._idle_stop)
        timer.daemon = True
        self._timer = timer
        timer.start()

    def _idle_stop(self) -> None:
        with self._state:
            if not self._busy:  # in use again: its end arms a new timer
                self._kill_locked()


_LANE: Lane | None = None
_LANE_LOCK = threading.Lock()


def lane() -> Lane:
    """This process's lane (made on first use)."""
    global _LANE
    with _LANE_LOCK:
        if _LANE is None:
            _LANE = Lane()
            import atexit

            atexit.register(_LANE.stop)
        return _LANE


async def _read_body(receive: Receive) -> bytes:
    parts = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        parts.append(message.get("body", b""))
        if not message.get("more_body"):
            break
    return b"".join(parts)


async def _client_gone(receive: Receive) -> None:
    """Returns when the client has disconnected (the request body is already read)."""
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return


def _answer_session(scope: Scope, session: dict[str, Any] | None) -> None:
    """The lane's session changes, into the worker's session (its cookie is set by the worker's
    session middleware, as for any other request)."""
    if session is None or "session" not in scope:
        return
    mine = scope["session"]
    if mine != session:
        mine.clear()
        mine.update(session)


# -- the lane's side ----------------------------------------------------------------------------


def _inner(app: Any) -> ASGIApp:
    """The part of ``app`` inside the expensive-request middleware (admission and routes),
    behind a gzip middleware of its own: the lane compresses, so its worker only relays."""
    from starlette.middleware.gzip import GZipMiddleware

    from .expensive import ExpensiveRequests

    m = app.build_middleware_stack()
    while not isinstance(m, ExpensiveRequests):
        m = m.app  # every middleware of the stack keeps the next as .app
    return GZipMiddleware(m.app, minimum_size=2048)


async def _one(sock: socket.socket, app: Any, inner: ASGIApp, request: dict[str, Any]) -> None:
    import structlog

    scope = dict(request["scope"])
    scope["app"] = app
    scope["state"] = {}
    if request.get("request_id"):
        structlog.contextvars.bind_contextvars(request_id=request["request_id"])
    body_sent = False
    never = asyncio.Event()  # the worker ends this process when its client goes

    async def receive() -> dict[str, Any]:
        nonlocal body_sent
        if not body_sent:
            body_sent = True
            return {"type": "http.request", "body": request["body"], "more_body": False}
        await never.wait()
        return {"type": "http.disconnect"}  # pragma: no cover

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            route = scope.get("route")
            out = {
                **message,
                "session": scope.get("session"),
                "route": getattr(route, "path_format", None) or getattr(route, "path", None),
            }
            await _send_frame(sock, ("start", out))
        elif message["type"] == "http.response.body":
            await _send_frame(sock, ("body", message))

    try:
        await inner(scope, receive, send)
    except Exception as exc:
        from .logging import get_logger

        get_logger("indsigt.heavylane").exception("lane request failed")
        await _send_frame(sock, ("error", type(exc).__name__))
        return
    finally:
        structlog.contextvars.unbind_contextvars("request_id")
    await _send_frame(sock, ("done", None))


async def _serve(sock: socket.socket, app: Any) -> None:
    inner = _inner(app)
    sock.setblocking(False)
    await _send_frame(sock, ("ready", os.getpid()))
    while True:
        try:
            request = await _recv_frame(sock)
        except (LaneGone, OSError):
            return  # the worker closed the socket or ended: so do we
        await _one(sock, app, inner, request)


def main(argv: list[str] | None = None) -> None:
    """The lane process: lower priority first (every thread made later inherits it), then the
    application, then requests from the worker until it closes the socket."""
    args = sys.argv[1:] if argv is None else argv
    fd = int(args[0])
    from .config import get_settings

    settings = get_settings()
    os.nice(max(0, settings.heavy_nice - os.nice(0)))
    if os.environ.get("INDSIGT_SERVING") == "1":
        from .app import tune_gc

        tune_gc()
    from .app import create_app

    app = create_app()
    asyncio.run(_serve(socket.socket(fileno=fd), app))


if __name__ == "__main__":
    main()
