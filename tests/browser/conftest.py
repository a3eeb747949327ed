"""The browser tests: a real ``indsigt serve`` on a free local port over a demo database built for
the test run, driven by headless Chromium (Debian's /usr/bin/chromium) through Playwright, with
axe-core (``node_modules/axe-core``, see package.json) checking every page.

Screenshots go to ``artifacts/screenshots/`` (desktop 1280 px and phone 390 px).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("INDSIGT_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    base: str
    db: str
    env: dict[str, str]
    scenario: dict[str, Any]

    def url(self, path: str) -> str:
        return self.base + path


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"Chromium is not installed at {CHROMIUM} (scripts/test-deps.sh)")
    tmp = tmp_path_factory.mktemp("web")
    pg = os.environ.get("INDSIGT_TEST_PG")
    schema = None
    if pg:  # a schema of its own on the test run's PostgreSQL server
        from sqlalchemy import create_engine, text

        from pgschema import schema_name

        schema = schema_name("web_")
        eng = create_engine(pg)
        with eng.begin() as c:
            c.execute(text(f"CREATE SCHEMA {schema}"))
        eng.dispose()
        sep = "&" if "?" in pg else "?"
        db = f"{pg}{sep}options=-csearch_path%3D{schema}&application_name={schema}"
    else:
        db = f"sqlite:///{tmp / 'demo.db'}"
    port = _free_port()
    env = {
        **os.environ,
        "INDSIGT_DB": db,
        "INDSIGT_KEY_FILE": str(tmp / "demo.key"),
        "INDSIGT_DEV_LOGIN": "true",
        "INDSIGT_BASE_URL": f"http://127.0.0.1:{port}",
    }
    # build the demo database in a child process with the same settings as the server
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from indsigt.demo.setup import build_demo; print(build_demo(sys.argv[1], citizens=60))",
            db,
        ],
        env=env,
        check=True,
        capture_output=True,
        timeout=300,
    )
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            "import json; from indsigt.db import session_scope;"
            "from indsigt.demo.setup import demo_scenario\n"
            "with session_scope() as s: print(json.dumps(demo_scenario(s)))",
        ],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    )
    scenario = json.loads(out.stdout)
    exe = shutil.which("indsigt", path=str(Path(sys.executable).parent))
    cmd = (
        [exe, "serve", "--host", "127.0.0.1", "--port", str(port), "--db", db]
        if exe
        else [
            sys.executable,
            "-m",
            "uvicorn",
            "indsigt.app:create_app",
            "--factory",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ]
    )
    log = open(tmp / "server.log", "wb")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(base + "/healthz", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(
                    "indsigt serve did not start:\n" + (tmp / "server.log").read_text()[-3000:]
                )
            time.sleep(0.2)
        yield Server(base, db, env, scenario)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:  # pragma: no cover
            proc.kill()
        log.close()
        if pg and schema:
            _drop_schema(pg, schema)


def _drop_schema(pg: str, schema: str) -> None:
    from sqlalchemy import create_engine, text

    from indsigt import db

    db.get_engine.cache_clear()
    db._factory.cache_clear()
    eng = create_engine(pg)
    with eng.begin() as c:
        c.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE application_name = :s AND pid <> pg_backend_pid()"
            ),
            {"s": schema},
        )
        c.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    eng.dispose()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Chromium for one test module. Playwright's sync API runs an asyncio loop in this thread
    while it is open; per module (not per session) it is closed before the suite's other tests,
    which may call ``asyncio.run`` themselves."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"Chromium is not installed at {CHROMIUM}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


def _context(browser: Any, viewport: dict[str, int]) -> Any:
    # bypass_csp: axe-core is injected as a script the page's own CSP would refuse
    return browser.new_context(
        viewport=viewport, locale="da-DK", timezone_id="Europe/Copenhagen", bypass_csp=True
    )


@pytest.fixture
def desktop(browser: Any) -> Iterator[Any]:
    ctx = _context(browser, DESKTOP)
    page = ctx.new_page()
    page.set_default_timeout(20_000)
    yield page
    ctx.close()


@pytest.fixture
def phone(browser: Any) -> Iterator[Any]:
    ctx = _context(browser, PHONE)
    page = ctx.new_page()
    page.set_default_timeout(20_000)
    yield page
    ctx.close()
