"""Serving for real: liveness and readiness, JSON logs without personal data (end-to-end through
``indsigt serve --workers 2``), and workers killed with requests in flight."""

from __future__ import annotations

import base64
import json
import logging
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select, text

import builders as b
from indsigt.db import get_engine, init_db, session_scope
from indsigt.ingest.importer import Importer
from indsigt.logging import CPR_MASK, HIDDEN, RequestLogMiddleware, redact, redact_processor
from indsigt.store import AccessEntry

ROOT = Path(__file__).resolve().parent.parent
NOTE = "Pt. set af spl. Mette Holm, CPR 651240-1234, klager over smerter i venstre knæ."


# -- in process ----------------------------------------------------------------------------------


def test_healthz_and_readyz(db_url):
    from indsigt.app import create_app

    client = TestClient(create_app())
    assert client.get("/healthz").json() == {"status": "ok"}
    r = client.get("/readyz")
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "ready" and r.json()["at_head"] is True
    assert r.headers["x-request-id"]


def test_readyz_refuses_when_schema_is_behind(db_url):
    from indsigt.app import create_app

    client = TestClient(create_app())
    with get_engine(db_url).begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'older'"))
    r = client.get("/readyz")
    assert r.status_code == 503
    assert r.json()["status"] == "not ready" and "indsigt init" in r.json()["reason"]
    assert client.get("/healthz").status_code == 200  # alive, just not ready


def test_readyz_refuses_when_database_is_unreachable(db_url, monkeypatch):
    from indsigt.app import create_app
    from indsigt.config import get_settings

    client = TestClient(create_app())
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("INDSIGT_DB", f"postgresql+psycopg://nobody@127.0.0.1:{port}/none")
    get_settings.cache_clear()
    r = client.get("/readyz")
    assert r.status_code == 503 and r.json()["status"] == "not ready"


def test_redaction_of_cpr_numbers_and_personal_fields():
    assert redact("borger 6512401234 og 651240-1234") == f"borger {CPR_MASK} og {CPR_MASK}"
    assert redact("ordre 12345678901 og tlf 12345678") == "ordre 12345678901 og tlf 12345678"
    ev = {
        "event": "x 0101011234",
        "name": "Mette Holm",
        "text": "notat",
        "details": {"display": "Hans Skov", "n": 3, "ids": ["1111111111"]},
        "level": "info",
    }
    out = redact_processor(None, "info", dict(ev))
    assert out["event"] == f"x {CPR_MASK}" and out["name"] == HIDDEN and out["text"] == HIDDEN
    assert out["details"] == {"display": HIDDEN, "n": 3, "ids": [CPR_MASK]}


@pytest.fixture
def json_logs(capsys):
    import indsigt.logging as ilog

    ilog.configure_logging(force=True)
    yield capsys
    ilog.reset_logging()


def _json_lines(err: str) -> list[dict]:
    return [json.loads(ln) for ln in err.splitlines() if ln.startswith("{")]


def test_exceptions_in_logs_are_redacted(json_logs):
    try:
        raise ValueError("opslag på 6512401234 fejlede")
    except ValueError:
        logging.getLogger("indsigt.test").exception("fejl for 7003551111")
    err = json_logs.readouterr().err
    line = _json_lines(err)[-1]
    assert "6512401234" not in err and "7003551111" not in err
    assert CPR_MASK in line["event"] and CPR_MASK in line["exception"]


def test_request_log_names_the_route_template_not_the_path(db_url, json_logs):
    from indsigt.app import create_app

    app = create_app()
    assert any(m.cls is RequestLogMiddleware for m in app.user_middleware)
    client = TestClient(app)
    client.get("/api/citizens/6512401234/journal?navn=Mette+Holm")
    client.get("/findes-ikke/6512401234")
    err = json_logs.readouterr().err
    requests = [d for d in _json_lines(err) if d.get("event") == "request"]
    assert requests[0]["route"] == "/api/citizens/{patient_id}/journal"
    assert requests[1]["status"] == 404 and requests[1]["route"] in ("/{rest}", "/findes-ikke/…")
    assert "6512401234" not in err and "Mette" not in err


# -- a real server -------------------------------------------------------------------------------


@dataclass
class Server:
    proc: subprocess.Popen
    url: str
    out: Path
    err: Path

    def workers(self) -> list[int]:
        """The worker processes (children of the uvicorn supervisor)."""
        pids = []
        for task in Path(f"/proc/{self.proc.pid}/task").iterdir():
            children = (task / "children").read_text().split()
            for pid in children:
                try:
                    cmd = Path(f"/proc/{pid}/cmdline").read_bytes()
                except OSError:
                    continue
                if b"multiprocessing" in cmd and b"resource_tracker" not in cmd:
                    pids.append(int(pid))
        return pids

    def logs(self) -> str:
        return self.out.read_text(errors="replace") + self.err.read_text(errors="replace")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(url: str, timeout: float = 120.0, proc: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise AssertionError(f"server exited with status {proc.returncode}")
        try:
            r = httpx.get(url + "/readyz", timeout=5)
            if r.status_code == 200:
                return
            last = r.text
        except httpx.TransportError as exc:
            last = repr(exc)
        time.sleep(0.3)
    raise AssertionError(f"server not ready after {timeout}s: {last}")


@contextmanager
def serve(db_url: str, tmp: Path, *, workers: int = 2) -> Iterator[Server]:
    port = _free_port()
    out, err = tmp / "serve.out", tmp / "serve.err"
    env = os.environ | {
        "INDSIGT_DB": db_url,
        "INDSIGT_DEV_LOGIN": "true",
        "INDSIGT_LOG_FORMAT": "json",
        "INDSIGT_LOG_LEVEL": "INFO",
        "INDSIGT_BASE_URL": f"http://127.0.0.1:{port}",
        "TMPDIR": str(tmp / "tmp"),  # the server's temporary files, to look at afterwards
    }
    (tmp / "tmp").mkdir(exist_ok=True)
    with out.open("wb") as fo, err.open("wb") as fe:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "indsigt",
                "serve",
                "--port",
                str(port),
                "--workers",
                str(workers),
            ],
            cwd=tmp,
            env=env,
            stdout=fo,
            stderr=fe,
            start_new_session=True,
        )
    server = Server(proc, f"http://127.0.0.1:{port}", out, err)
    try:
        wait_ready(server.url, proc=proc)
        _wait_workers(server, workers)
        yield server
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)


def _wait_workers(server: Server, workers: int, timeout: float = 120.0) -> None:
    """Until every worker process has started its application: the first one answers while the
    others may still be importing on a loaded machine, and a test of what the workers share
    needs them all taking connections."""
    deadline = time.monotonic() + timeout
    while True:
        started = {
            json.loads(ln).get("pid")
            for ln in server.err.read_text(errors="replace").splitlines()
            if ln.startswith("{") and "Application startup complete" in ln
        }
        if len(started) >= workers or server.proc.poll() is not None:
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"{len(started)} of {workers} workers started in {timeout:.0f} s")
        time.sleep(0.1)


def _token(client: httpx.Client, persona: str) -> dict[str, str]:
    r = client.post("/api/dev-login/token", json={"persona": persona})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['id_token']}"}


def _world_files(tmp: Path, world: dict) -> list[Path]:
    roster = b.write_ndjson(
        tmp / "roster.ndjson", world["orgs"] + world["staff"] + world["patients"]
    )
    data = b.write_ndjson(
        tmp / "data.ndjson",
        [
            b.episode("ep1", "p1", "o-kard", "2026-01-10", "2026-02-01"),
            b.document("d1", "p1", "r-holm", "2026-01-11T10:00:00+01:00", NOTE, custodian="o-kard"),
            b.audit("a1", "p1", "2026-01-11T10:00:00+01:00", role_id="r-holm"),
            b.audit("a2", "p1", "2026-01-11T23:00:00+01:00", role_id="r-skov", purpose="BTG"),
            b.audit("a3", "p2", "2026-01-12T09:00:00+01:00", role_id="r-lund"),
        ],
    )
    return [roster, data]


def _people(world: dict) -> tuple[set[str], set[str]]:
    names, cprs = set(), set()
    for r in world["staff"] + world["patients"]:
        for n in r.get("name", []):
            names.add(n["family"])
            names.update(g for g in n["given"] if len(g) > 2)
        for ident in r.get("identifier", []):
            if ident["system"] == b.CPR:
                cprs.add(ident["value"])
    return names, cprs


@pytest.mark.slow
def test_end_to_end_logs_hold_no_cpr_names_or_note_text(db_url, tmp_path, world):
    report = Importer(init_db(db_url), progress=False).run(_world_files(tmp_path, world))
    assert report.ok, report.problems
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "regKode,cprNrBorger,bruger,tidspunkt,brugerNavn\n"
        "x1,0909091234,Mette Holm,2026-01-01T10:00:00+01:00,Mette Holm\n",
        encoding="utf-8",
    )
    with serve(db_url, tmp_path) as server, httpx.Client(base_url=server.url, timeout=60) as c:
        citizen = _token(c, "patient:p1")
        admin = _token(c, "user:dev-admin")
        journal = c.get("/api/me/journal", headers=citizen)
        assert journal.status_code == 200, journal.text
        assert "knæ" in journal.text  # the note reached the citizen ...
        assert c.get("/api/me/log", headers=citizen).status_code == 200
        assert c.get("/api/citizens/p2/journal", headers=citizen).status_code == 403
        c.get("/api/citizens/6512401234/journal?navn=Mette+Holm", headers=citizen)
        c.get("/findes/ikke/7003551111?q=Anna+Jensen")
        up = c.post(
            "/api/admin/import",
            headers=admin,
            files={"files": ("bad.csv", bad.read_bytes(), "text/csv")},
        )
        assert up.status_code == 422, up.text
        # the web pages, signed in with the session cookie
        page = c.get("/log-ind")
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
        assert token, page.text[:500]
        r = c.post("/log-ind", data={"persona": "patient:p1", "csrf_token": token.group(1)})
        assert r.status_code in (200, 303), r.text[:300]
        for path in ("/journal", "/log"):
            assert c.get(path).status_code == 200
    logs = server.logs()
    lines = [ln for ln in server.err.read_text().splitlines() if ln.strip()]
    assert lines, "the server wrote no logs"
    for ln in lines:
        if ln.startswith("indsigt kører på"):
            continue  # the one human line of the CLI before logging starts
        doc = json.loads(ln)  # every log line is one JSON object
        assert {"event", "level", "ts"} <= set(doc)
    assert any(
        json.loads(ln).get("route") == "/api/me/journal" for ln in lines if ln.startswith("{")
    )
    names, cprs = _people(world)
    assert not re.search(r"(?<!\d)\d{6}-?\d{4}(?!\d)", logs), "a CPR-like number in the logs"
    for cpr in cprs | {"0909091234"}:
        assert cpr not in logs
    leaked = [n for n in names if re.search(rf"\b{re.escape(n)}\b", logs)]
    assert not leaked, f"names in the logs: {leaked}"
    for fragment in ("smerter", "knæ", base64.b64encode(NOTE.encode()).decode()[:20]):
        assert fragment not in logs


def _reading(pid: int, folder: Path) -> bool:
    """Whether process ``pid`` has an uploaded file under ``folder`` open, past its start."""
    try:
        fds = os.listdir(f"/proc/{pid}/fd")
    except OSError:
        return False
    for fd in fds:
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
            if not target.startswith(str(folder)) or "indsigt-upload-" not in target:
                continue
            info = Path(f"/proc/{pid}/fdinfo/{fd}").read_text()
        except OSError:
            continue
        fields = dict(ln.split(":", 1) for ln in info.splitlines() if ":" in ln)
        read_only = int(fields["flags"].strip(), 8) & 3 == 0
        if read_only and int(fields["pos"]) > 0:
            return True
    return False


def _wait_for_import_reading(server: Server, folder: Path, uploader: threading.Thread) -> None:
    deadline = time.monotonic() + 300  # a guard against a server that never starts the import
    while not any(_reading(pid, folder) for pid in server.workers()):
        assert uploader.is_alive(), "the upload finished before the import was seen running"
        assert time.monotonic() < deadline, "the import never started"
        time.sleep(0.005)


def _kill_workers(server: Server) -> list[int]:
    pids = server.workers()
    assert pids, "no worker processes found"
    for pid in pids:
        os.kill(pid, signal.SIGKILL)
    return pids


@pytest.mark.slow
def test_killed_workers_fail_requests_cleanly_and_leave_nothing_half_written(
    db_url, tmp_path, world
):
    sys.path.insert(0, str(ROOT / "bench"))
    import synth

    w = synth.World(orgs=5, staff=50, patients=500)
    roster = synth.write_roster(tmp_path / "roster.ndjson", w)
    report = Importer(init_db(db_url), progress=False).run([roster])
    assert report.ok, report.problems
    n = 150_000
    big = synth.write_csv(tmp_path / "big.csv", w, n, prefix="k")
    payload = big.read_bytes()

    def stored() -> int:
        with session_scope(db_url) as s:
            return s.scalar(
                select(func.count()).select_from(AccessEntry).where(AccessEntry.id.like("k%"))
            )

    with serve(db_url, tmp_path) as server, httpx.Client(base_url=server.url, timeout=300) as c:
        admin = _token(c, "user:dev-admin")
        citizen = _token(c, "patient:p0000001")
        outcome: dict[str, object] = {}
        reads: list[object] = []

        def upload() -> None:
            try:
                outcome["r"] = c.post(
                    "/api/admin/import",
                    headers=admin,
                    files={"files": ("big.csv", payload, "text/csv")},
                )
            except httpx.TransportError as exc:
                outcome["r"] = exc

        def read_loop(stop: threading.Event) -> None:
            with httpx.Client(base_url=server.url, timeout=60) as rc:
                while not stop.is_set():
                    try:
                        r = rc.get("/api/me/log", headers=citizen)
                        reads.append(r.status_code if r.status_code != 200 else r.json())
                    except httpx.TransportError as exc:
                        reads.append(exc)
                    except json.JSONDecodeError as exc:  # a truncated 200 body would land here
                        reads.append(("half", exc))

        stop = threading.Event()
        readers = [threading.Thread(target=read_loop, args=(stop,)) for _ in range(3)]
        for t in readers:
            t.start()
        up = threading.Thread(target=upload)
        up.start()
        # kill when the import is running: a worker is reading the uploaded file (an event of the
        # server itself, not a guess of how long the upload takes on this machine)
        _wait_for_import_reading(server, tmp_path / "tmp", up)
        killed = _kill_workers(server)
        up.join(timeout=300)
        stop.set()
        for t in readers:
            t.join(timeout=60)

        # 1. requests in flight failed cleanly: the import (still running when its worker was
        # killed) with a transport error, the reads with an error or a complete answer
        r = outcome["r"]
        assert isinstance(r, httpx.TransportError), f"the import was not in flight: {r!r}"
        assert not [x for x in reads if isinstance(x, tuple)], "a half-sent response body"
        assert all(
            isinstance(x, dict | httpx.TransportError) or x in (429, 500, 502, 503) for x in reads
        ), [x for x in reads if not isinstance(x, dict)][:5]

        # 2. the supervisor replaced the workers and the server is ready again
        wait_ready(server.url, timeout=180)
        assert set(server.workers()).isdisjoint(killed)

        # 3. nothing half-written: none or all of the file, and no upload left on disk by the
        # killed worker (its replacement removes it on start)
        left = [p.name for p in (tmp_path / "tmp").iterdir() if p.name.startswith("indsigt-up")]
        assert left == [], left
        count = stored()
        assert count in (0, n), f"{count} of {n} entries stored: a half-written import"

        # 4. importing again completes with exact counts
        again = c.post(
            "/api/admin/import", headers=admin, files={"files": ("big.csv", payload, "text/csv")}
        )
        assert again.status_code == 200, again.text[:500]
        assert stored() == n


def test_idle_connections_stay_open_longer_than_a_person_reads(db_url, tmp_path):
    """uvicorn closes idle connections after 5 s unless told otherwise; a browser reusing one it
    just closed fails a POST. Ours stays open (INDSIGT_KEEP_ALIVE_SECONDS, 75 s)."""
    with serve(db_url, tmp_path, workers=1) as server:
        import http.client

        port = int(server.url.rsplit(":", 1)[1])
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        try:
            conn.request("GET", "/healthz")
            r = conn.getresponse()
            assert r.status == 200 and r.read() == b'{"status":"ok"}'
            # wait for the server to close the idle connection (an event: recv returns b"");
            # uvicorn's default does at 5 s, ours must not within 10 s
            conn.sock.settimeout(10)
            try:
                closed = conn.sock.recv(1) == b""
            except TimeoutError:
                closed = False
            assert not closed, "the server closed an idle connection within 10 s"
            conn.request("GET", "/healthz")  # and the same connection still works
            assert conn.getresponse().status == 200
        finally:
            conn.close()
