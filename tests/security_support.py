"""Helpers of the security tests (tests/test_security_*.py): a raw ASGI driver that counts how
many body bytes the application pulled, and a worker's resident memory. Holds no tests."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes
    #: body bytes the application pulled from the client before it answered
    read: int
    chunks_read: int = 0
    messages: list[dict[str, Any]] = field(default_factory=list)


def chunked(total: int, size: int = 64 * 1024, byte: bytes = b"a") -> Iterator[bytes]:
    """``total`` bytes in chunks of ``size`` (made lazily: nothing big is held)."""
    block = byte * size
    sent = 0
    while sent < total:
        n = min(size, total - sent)
        yield block if n == size else block[:n]
        sent += n


def call(
    app: Any,
    method: str,
    path: str,
    *,
    headers: dict[str, str] | None = None,
    body: Iterable[bytes] = (),
    query: bytes = b"",
) -> Answer:
    """Send one request to the ASGI ``app`` directly, pulling the body lazily, and count what
    the application read of it (the TestClient reads a whole body before the app sees it)."""

    async def run() -> Answer:
        it = iter(body)
        pending: list[bytes] = []
        done = False
        read = chunks = 0
        out: dict[str, Any] = {"status": 0, "headers": {}, "body": b""}

        def nxt() -> bytes | None:
            if pending:
                return pending.pop(0)
            return next(it, None)

        first = nxt()
        if first is not None:
            pending.append(first)

        async def receive() -> dict[str, Any]:
            nonlocal read, chunks, done
            if done:
                await asyncio.sleep(3600)  # a client that sent everything just waits
            chunk = nxt()
            if chunk is None:
                done = True
                return {"type": "http.request", "body": b"", "more_body": False}
            read += len(chunk)
            chunks += 1
            following = nxt()
            if following is None:
                done = True
                return {"type": "http.request", "body": chunk, "more_body": False}
            pending.insert(0, following)
            return {"type": "http.request", "body": chunk, "more_body": True}

        async def send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                out["status"] = message["status"]
                out["headers"] = {
                    k.decode().lower(): v.decode() for k, v in message.get("headers", [])
                }
            elif message["type"] == "http.response.body":
                out["body"] += message.get("body", b"")

        hdrs = [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
        hdrs.append((b"host", b"testserver"))
        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": method,
            "scheme": "http",
            "path": path,
            "raw_path": path.encode(),
            "query_string": query,
            "root_path": "",
            "headers": hdrs,
            "client": ("127.0.0.1", 50000),
            "server": ("testserver", 80),
            "state": {},
        }
        await asyncio.wait_for(app(scope, receive, send), 120)
        return Answer(out["status"], out["headers"], out["body"], read, chunks)

    # a loop of its own in a thread of its own: another test in this process (a browser) may
    # have left an event loop running in the main thread, where asyncio.run refuses
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, run()).result()


def multipart(boundary: str, parts: list[tuple[str, str | None, bytes]]) -> bytes:
    """A multipart/form-data body of (field name, file name or None, content)."""
    out = b""
    for name, filename, content in parts:
        disp = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
        out += f"--{boundary}\r\nContent-Disposition: {disp}\r\n".encode()
        if filename:
            out += b"Content-Type: application/octet-stream\r\n"
        out += b"\r\n" + content + b"\r\n"
    return out + f"--{boundary}--\r\n".encode()


def rss_bytes(pid: int) -> int:
    """Resident memory of a process (VmRSS)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise AssertionError(f"no VmRSS for {pid}")


def cookie_header(client: Any) -> str:
    """The Cookie header a TestClient would send (to reuse its session in a raw request)."""
    return "; ".join(f"{k}={v}" for k, v in client.cookies.items())


def stream_post(
    port: int, path: str, headers: dict[str, str], total: int, *, chunk: int = 256 * 1024
) -> tuple[int | None, int]:
    """POST ``total`` bytes to 127.0.0.1:``port`` with chunked transfer encoding over a raw
    socket, stopping as soon as the server answers. Returns (status or None, bytes sent)."""
    import select
    import socket

    sock = socket.create_connection(("127.0.0.1", port), timeout=60)
    head = f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nTransfer-Encoding: chunked\r\n"
    head += "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
    sent = 0
    answer = b""
    try:
        sock.sendall(head.encode())
        block = b"a" * chunk
        frame = f"{chunk:x}\r\n".encode() + block + b"\r\n"
        while sent < total:
            readable, writable, _ = select.select([sock], [sock], [], 30)
            if readable:
                data = sock.recv(65536)
                answer += data
                if not data or b"\r\n" in answer:
                    break
            if writable:
                try:
                    sock.sendall(frame)
                except (BrokenPipeError, ConnectionResetError):
                    break
                sent += chunk
        else:
            sock.sendall(b"0\r\n\r\n")
        sock.settimeout(30)
        while b"\r\n" not in answer:
            try:
                data = sock.recv(65536)
            except (ConnectionResetError, TimeoutError):
                break
            if not data:
                break
            answer += data
    finally:
        sock.close()
    status = None
    if answer.startswith(b"HTTP/1.1 "):
        status = int(answer[9:12])
    return status, sent
