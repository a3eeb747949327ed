"""The README's first command: ``make demo`` runs ``indsigt demo`` in a fresh checkout.

Here it runs exactly so - the installed ``indsigt`` command, no arguments but a free port, in an
empty directory, with no INDSIGT_* variables in its environment - and the test then uses the demo
as a person would: through the sign-in page, as every persona the page offers. (``make demo``
once served a sign-in page with no way in, over a stray empty ``indsigt.db``, because settings
were read before the demo set its database and turned on the development sign-in.)
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

pytestmark = pytest.mark.slow

CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')
PERSONA_RE = re.compile(r'name="persona" value="([^"]+)"')
CPR_RE = re.compile(r"Opdigtet CPR-nummer: (\d{6}-\d{4})")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Demo:
    base: str
    cwd: Path
    stderr: Path

    def log(self) -> str:
        return self.stderr.read_text(encoding="utf-8", errors="replace")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    cwd = tmp_path_factory.mktemp("fresh-checkout")
    exe = shutil.which("indsigt", path=str(Path(sys.executable).parent))
    assert exe, "the indsigt command is installed with the package (make setup)"
    env = {k: v for k, v in os.environ.items() if not k.startswith("INDSIGT_")}
    port = _free_port()
    err = cwd / "demo.stderr"
    with open(cwd / "demo.stdout", "wb") as out, open(err, "wb") as errf:
        proc = subprocess.Popen(
            [exe, "demo", "--port", str(port)],
            cwd=cwd,
            env=env,
            stdout=out,
            stderr=errf,
            start_new_session=True,  # its own process group, ended whole below
        )
    d = Demo(f"http://127.0.0.1:{port}", cwd, err)
    try:
        deadline = time.monotonic() + 600
        while True:
            try:
                if httpx.get(d.base + "/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail("indsigt demo did not start:\n" + d.log()[-3000:])
            time.sleep(0.3)
        yield d
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:  # pragma: no cover
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


@contextmanager
def _sign_in(demo: Demo, persona: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=demo.base, timeout=120, follow_redirects=True) as c:
        page = c.get("/log-ind")
        token = CSRF_RE.search(page.text)
        assert token, "the sign-in page has a form"
        r = c.post("/log-ind", data={"csrf_token": token.group(1), "persona": persona})
        assert r.status_code == 200, (persona, r.status_code, r.text[:300])
        yield c


def _h1(html: str) -> str:
    m = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)
    return re.sub(r"<[^>]+>", "", m.group(1)).strip() if m else ""


def test_the_demo_says_where_to_go_and_logs_for_people(demo: Demo) -> None:
    log = demo.log()
    assert f"Åbn {demo.base}/ i din browser" in log
    assert "Demodatabasen er klar: sqlite:///indsigt-demo.db" in log
    lines = [ln for ln in log.splitlines() if "serving" in ln]
    assert lines and not lines[0].lstrip().startswith("{"), "console logs, not JSON"
    assert (demo.cwd / "indsigt-demo.db").exists()
    assert not (demo.cwd / "indsigt.db").exists(), "no stray database next to the demo's"


def test_the_sign_in_page_offers_every_persona_with_its_synthetic_cpr(demo: Demo) -> None:
    r = httpx.get(demo.base + "/log-ind", timeout=60)
    assert r.status_code == 200
    assert "Log ind er ikke sat op" not in r.text
    assert "Prøv demoen" in r.text
    personas = PERSONA_RE.findall(r.text)
    assert any(p.startswith("patient:") for p in personas)
    assert any(p.startswith("user:") for p in personas)
    cprs = CPR_RE.findall(r.text)
    assert len(cprs) >= 5, "the demo personas' CPR numbers are there for the flows that need one"


def _citizen_personas(demo: Demo) -> list[str]:
    html = httpx.get(demo.base + "/log-ind", timeout=60).text
    guide = html.split("Borgere i demoen", 1)[1].split("</ul>", 1)[0]
    return PERSONA_RE.findall(guide)


def _staff_personas(demo: Demo) -> list[str]:
    html = httpx.get(demo.base + "/log-ind", timeout=60).text
    return [p for p in PERSONA_RE.findall(html) if p.startswith("user:")]


def test_every_citizen_persona_reads_front_page_journal_and_log(demo: Demo) -> None:
    personas = _citizen_personas(demo)
    assert len(personas) >= 6
    upcoming = 0
    for persona in personas:
        with _sign_in(demo, persona) as c:
            front = c.get("/")
            assert front.status_code == 200 and str(front.url).endswith("/"), persona
            assert _h1(front.text).startswith("Goddag"), (persona, _h1(front.text))
            journal = c.get("/journal")
            assert journal.status_code == 200, persona
            assert _h1(journal.text) == "Min journal"
            log = c.get("/log")
            assert log.status_code == 200, persona
            assert _h1(log.text) == "Min log"
            assert "opslag" in log.text
            agenda = c.get("/aftaler")
            assert agenda.status_code == 200 and _h1(agenda.text) == "Mine aftaler", persona
            upcoming += agenda.text.split("Tidligere aftaler", 1)[0].count('class="group"')
    assert upcoming >= len(personas), "the demo's personas have upcoming appointments"


def test_every_staff_persona_reads_their_start_page(demo: Demo) -> None:
    personas = _staff_personas(demo)
    assert len(personas) >= 2
    for persona in personas:
        with _sign_in(demo, persona) as c:
            start = c.get("/")
            assert start.status_code == 200, persona
            assert str(start.url).endswith("/admin"), (persona, start.url)
            assert _h1(start.text) == "Overblik", persona
