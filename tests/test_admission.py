"""Admission control: no more requests inside a process than it has connections; the rest wait
in arrival order and are turned away with 503 after the configured time."""

from __future__ import annotations

import asyncio
import json

import pytest
from fastapi.testclient import TestClient

from indsigt.admission import MESSAGE, Admission


def _run(coro):
    """asyncio.run in a thread of its own: another test in this process may have left an event
    loop running in the main thread (a browser or API client), where asyncio.run refuses."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coro).result()


def _app(hold: float, seen: list[int], box: dict):
    async def app(scope, receive, send):
        seen.append(box["adm"].inside)
        await asyncio.sleep(hold)
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": scope["path"].encode()})

    return app


async def _call(adm: Admission, path: str) -> tuple[int, bytes, dict]:
    out: dict = {"body": b""}

    async def receive():
        return {"type": "http.request", "body": b""}

    async def send(message):
        if message["type"] == "http.response.start":
            out["status"] = message["status"]
            out["headers"] = dict(message["headers"])
        else:
            out["body"] += message.get("body", b"")

    await adm({"type": "http", "path": path, "method": "GET"}, receive, send)
    return out["status"], out["body"], out["headers"]


def test_at_most_limit_inside_and_the_rest_served_in_arrival_order():
    seen: list[int] = []
    box: dict = {}
    adm = Admission(_app(0.05, seen, box), limit=3, wait_seconds=10)
    box["adm"] = adm
    order: list[str] = []

    async def one(i: int) -> None:
        await asyncio.sleep(i * 0.001)  # arrive in this order
        status, body, _ = await _call(adm, f"/r{i}")
        assert status == 200
        order.append(body.decode())

    async def main() -> None:
        await asyncio.gather(*(one(i) for i in range(12)))

    _run(main())
    assert max(seen) == 3 and len(seen) == 12
    assert order == [f"/r{i}" for i in range(12)]
    assert adm.inside == 0


def test_a_request_waiting_too_long_gets_503_in_danish():
    seen: list[int] = []
    box: dict = {}
    adm = Admission(_app(0.5, seen, box), limit=1, wait_seconds=0.05)
    box["adm"] = adm

    async def main():
        return await asyncio.gather(_call(adm, "/slow"), _call(adm, "/turned-away"))

    (s1, _, _), (s2, body, headers) = _run(main())
    assert (s1, s2) == (200, 503)
    assert json.loads(body) == {"detail": MESSAGE}
    assert headers[b"retry-after"] == b"5"
    assert seen == [1]  # the second one never reached the app


def test_liveness_and_static_files_are_never_held_back():
    seen: list[int] = []
    box: dict = {}
    adm = Admission(_app(0.3, seen, box), limit=1, wait_seconds=0.01)
    box["adm"] = adm

    async def main():
        return await asyncio.gather(
            _call(adm, "/slow"), _call(adm, "/healthz"), _call(adm, "/static/app.css")
        )

    statuses = [r[0] for r in _run(main())]
    assert statuses == [200, 200, 200]


def test_the_app_admits_as_many_requests_as_the_pool_has_connections(db_url, monkeypatch):
    from indsigt.app import create_app
    from indsigt.config import get_settings

    monkeypatch.setenv("INDSIGT_DB", db_url)
    monkeypatch.setenv("INDSIGT_DB_POOL_SIZE", "3")
    monkeypatch.setenv("INDSIGT_QUEUE_SECONDS", "7")
    get_settings.cache_clear()
    try:
        app = create_app()
        found = [m for m in app.user_middleware if m.cls is Admission]
        assert len(found) == 1
        assert found[0].kwargs == {"limit": 3, "wait_seconds": 7.0}
        with TestClient(app) as c:
            assert c.get("/healthz").status_code == 200
            assert c.get("/readyz").status_code == 200
    finally:
        get_settings.cache_clear()


def test_limit_must_be_positive():
    with pytest.raises(ValueError):
        Admission(lambda *a: None, limit=0, wait_seconds=1)


def test_serving_processes_collect_garbage_rarely_and_freeze_the_warm_heap(monkeypatch):
    """The p99 latency under load was set by full garbage collections of each worker's caches
    (130-370 ms each); a serving process tunes the collector and freezes its warm heap."""
    import gc

    from indsigt import app as appmod

    before = gc.get_threshold()
    try:
        appmod.tune_gc()
        assert gc.get_threshold() == appmod.GC_THRESHOLDS
        keep = [[i] for i in range(1000)]  # long-lived containers
        appmod.settle_heap()
        assert gc.get_freeze_count() >= len(keep)
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
