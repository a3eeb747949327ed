"""Load test: simulated citizens sign in and browse their journal and access log.

    # 1. a throwaway PostgreSQL with the demo generator's data for N citizens (~106 log entries,
    #    ~8 notes and ~9 treatment relations each, protection orders, proxies), imported by indsigt
    .venv/bin/python bench/load/loadtest.py prepare --citizens 100000 --dir /tmp/indsigt-load
    # 2. serve it with N workers and drive it; results in artifacts/load.json
    .venv/bin/python bench/load/loadtest.py run --dir /tmp/indsigt-load --workers 3 \\
        --users 200 --max-requests 100000 --max-seconds 300
    # 3. stop and delete the database server
    .venv/bin/python bench/load/loadtest.py stop --dir /tmp/indsigt-load

    # one abusive citizen beside the normal ones (issue 15.5): add the account once, then a run
    # in two phases of --phase-seconds each: normal users alone, then normal users with the
    # abusive client (--abusive-concurrency loops of exports and whole logs); the normal users'
    # p50/p99 of both phases are reported side by side
    .venv/bin/python bench/load/loadtest.py add-abusive --dir /tmp/indsigt-load --entries 50000
    .venv/bin/python bench/load/loadtest.py run --dir /tmp/indsigt-load --abusive \\
        --phase-seconds 150 --users 200

A simulated citizen (``--users`` of them at once, each pausing ``--think-min``..``--think-max``
seconds between pages like a person reading, as locust's ``between(1, 5)``) does what a browser
does: ``GET /log-ind`` (CSRF token), ``POST /log-ind`` as ``patient:<id>`` through the
development sign-in (an RS256 ID token minted and validated like a real one), the front page it
is sent to (``GET /``), ``GET /journal``, ``GET /log`` and the chart image the page shows, and
one ``GET /log/gruppe/<id>`` (the first group); then it starts over as another citizen. The JSON
API has its own benchmark (``bench/api_bench.py``). ``--think-max 0`` makes it a closed loop
without pauses, which measures the saturation throughput. Traffic goes only to 127.0.0.1 and is
bounded in requests and time. Reported per step and overall: requests, errors, throughput,
p50/p95/p99 latency. Each simulated citizen comes from an address of its own (``X-Forwarded-For``
from 198.18.0.0/15, which uvicorn trusts from 127.0.0.1), as real citizens do, so that the
per-address limit on sign-in attempts applies to them as it would in production.
"""

from __future__ import annotations

import argparse
import asyncio
import html
import json
import os
import random
import re
import signal
import socket
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import aiohttp
import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))  # abusive.py beside this file

PY = sys.executable
CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')
GROUP_RE = re.compile(r'href="(/log/gruppe/[^"#]+)')
IMG_RE = re.compile(r'<img class="timeline" src="([^"]+)"')


# -- prepare -------------------------------------------------------------------------------------


def prepare(args: argparse.Namespace) -> None:
    """A PostgreSQL store of the demo generator's data: ~106 log entries per citizen, notes,
    relations (episodes, admissions, appointments, referrals), protection orders and proxies."""
    d: Path = args.dir
    d.mkdir(parents=True, exist_ok=True)
    url_file = d / "url"
    if args.url:
        url = args.url
    elif url_file.exists():
        url = url_file.read_text().strip()
    else:
        url = subprocess.run(
            ["bash", str(ROOT / "scripts" / "pg-server.sh"), "start", str(d / "pg")],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    url_file.write_text(url)
    from datetime import date, timedelta

    from sqlalchemy import text

    from indsigt.accesslog import after_import
    from indsigt.db import get_engine, init_db
    from indsigt.demo.generate import generate
    from indsigt.demo.setup import load_generated
    from indsigt.protect.keys import ensure_keys

    gen = args.data or d / "gen"
    report: dict[str, object] = {"url": url, "citizens": args.citizens, "days": args.days}
    if not (gen / "scenario.json").exists():
        t0 = time.perf_counter()
        start = date.today() - timedelta(days=args.days)
        generate(gen, citizens=args.citizens, seed=args.seed, start=start, days=args.days)
        report["generate_s"] = time.perf_counter() - t0
    init_db(url)
    ensure_keys(url)
    t0 = time.perf_counter()
    imported = load_generated(url, gen, progress=sys.stderr.isatty())
    report["import_s"] = time.perf_counter() - t0
    report["files"] = [f.as_dict() for f in imported.files]
    engine = get_engine(url)
    t0 = time.perf_counter()
    after_import(engine)
    report["precompute_s"] = time.perf_counter() - t0
    with engine.connect() as conn:
        for table in ("patient", "document", "relation", "access_entry", "accesslog_cell"):
            report[f"rows_{table}"] = conn.execute(text(f"SELECT count(*) FROM {table}")).scalar()
    (d / "prepare.json").write_text(json.dumps(report, indent=2, default=str))
    print(json.dumps({k: v for k, v in report.items() if k != "files"}, indent=2, default=str))


def add_abusive(args: argparse.Namespace) -> None:
    """Add the abusive citizen (``bench/load/abusive.py``) to a prepared database."""
    from abusive import write_files

    from indsigt.accesslog import after_import
    from indsigt.db import init_db
    from indsigt.ingest.importer import Importer

    url = args.url or (args.dir / "url").read_text().strip()
    engine = init_db(url)
    t0 = time.perf_counter()
    files = write_files(args.dir / "abusive", args.entries)
    report = Importer(engine, progress=False).run(files)
    if not report.ok:
        raise SystemExit("\n".join(str(p) for p in report.problems[:20]))
    after_import(engine)
    print(
        f"abusive citizen with {args.entries:,} entries added in {time.perf_counter() - t0:.0f} s"
    )


def stop(args: argparse.Namespace) -> None:
    if (args.dir / "pg").exists():
        subprocess.run(
            ["bash", str(ROOT / "scripts" / "pg-server.sh"), "stop", str(args.dir / "pg")],
            check=False,
        )


# -- run -----------------------------------------------------------------------------------------


@dataclass
class Stats:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    requests: int = 0
    sessions: int = 0
    #: (second since the start, latency) of every answered request, for the per-second view
    series: list[tuple[int, float]] = field(default_factory=list)
    #: (second since the start, error) of every failed request
    error_series: list[tuple[int, str]] = field(default_factory=list)
    t0: float = field(default_factory=time.perf_counter)

    def add(self, step: str, seconds: float, error: str | None) -> None:
        self.requests += 1
        if error is None:
            self.latencies[step].append(seconds)
            self.series.append((int(time.perf_counter() - self.t0), seconds))
        else:
            self.errors[step].append(error)
            self.error_series.append((int(time.perf_counter() - self.t0), error))

    def window(self, spans: list[tuple[float, float]]) -> dict[str, float]:
        """Requests, errors and p50/p95/p99 of the requests answered in the [start, end) spans
        (seconds since the start)."""

        def inside(sec: int) -> bool:
            return any(a <= sec < b for a, b in spans)

        xs = [dt for sec, dt in self.series if inside(sec)]
        errs = [e for sec, e in self.error_series if inside(sec)]
        return {
            "requests": len(xs) + len(errs),
            "errors": len(errs),
            "p50_ms": _pct(xs, 50),
            "p95_ms": _pct(xs, 95),
            "p99_ms": _pct(xs, 99),
        }

    def per_second(self) -> list[dict[str, float]]:
        """Requests answered and their p50/max latency in each second of the run."""
        by: dict[int, list[float]] = defaultdict(list)
        for sec, dt in self.series:
            by[sec].append(dt)
        return [
            {"s": sec, "n": len(xs), "p50_ms": _pct(xs, 50), "max_ms": max(xs) * 1000}
            for sec, xs in sorted(by.items())
        ]


def _ratio(a: dict[str, float], b: dict[str, float], key: str = "p99_ms") -> float:
    return a[key] / b[key] if b[key] else float("nan")


def _pct(xs: list[float], p: float) -> float:
    if not xs:
        return float("nan")
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(p / 100 * (len(xs) - 1)))] * 1000


@dataclass
class Page:
    status: int
    text: str
    location: str | None


async def _step(
    stats: Stats, step: str, client: aiohttp.ClientSession, method: str, path: str, **kw: object
) -> Page | None:
    """One request, timed until its whole body has arrived (as a browser needs it)."""
    t0 = time.perf_counter()
    try:
        async with client.request(method, path, allow_redirects=False, **kw) as r:  # type: ignore[arg-type]
            body = await r.read()
            page = Page(r.status, body.decode("utf-8", "replace"), r.headers.get("location"))
    except (aiohttp.ClientError, TimeoutError) as exc:
        stats.add(step, time.perf_counter() - t0, type(exc).__name__)
        return None
    dt = time.perf_counter() - t0
    ok = page.status < 400
    stats.add(step, dt, None if ok else f"HTTP {page.status}")
    return page if ok else None


async def citizen_session(
    base: str, pid: str, stats: Stats, think: tuple[float, float], rng: random.Random
) -> None:
    """One citizen's visit in a browser: sign in, the front page, journal, log (+ its chart
    image), one group, each after a pause of ``think`` seconds (uniform), as a person reading."""

    async def pause() -> None:
        if think[1] > 0:
            await asyncio.sleep(rng.uniform(*think))

    # a browser of its own: cookies (the jar must accept them from an IP address) and connections
    address = f"198.{18 + rng.randrange(2)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    async with aiohttp.ClientSession(
        base_url=base,
        cookie_jar=aiohttp.CookieJar(unsafe=True),
        timeout=aiohttp.ClientTimeout(total=60),
        headers={"X-Forwarded-For": address},
    ) as c:
        r = await _step(stats, "GET /log-ind", c, "GET", "/log-ind")
        m = CSRF_RE.search(r.text) if r is not None else None
        if m is None:
            return
        await pause()
        r = await _step(
            stats,
            "POST /log-ind",
            c,
            "POST",
            "/log-ind",
            data={"persona": f"patient:{pid}", "csrf_token": m.group(1)},
        )
        if r is None:
            return
        # the sign-in answers 303 to the front page, which the browser opens
        await _step(stats, "GET /", c, "GET", r.location or "/")
        await pause()
        await _step(stats, "GET /journal", c, "GET", "/journal")
        await pause()
        page = await _step(stats, "GET /log", c, "GET", "/log")
        if page is not None and (img := IMG_RE.search(page.text)):
            # the browser fetches the chart image right after the page
            await _step(stats, "GET /log/tidslinje.svg", c, "GET", html.unescape(img.group(1)))
        await pause()
        if page is not None and (g := GROUP_RE.search(page.text)):
            await _step(stats, "GET /log/gruppe/{id}", c, "GET", html.unescape(g.group(1)))
    stats.sessions += 1


async def drive(
    base: str,
    patients: list[str],
    users: int,
    think: tuple[float, float],
    max_requests: int,
    max_seconds: float,
    abusive: list[tuple[float, float]] | None = None,
    concurrency: int = 10,
) -> tuple[Stats, float, list[dict[str, object]]]:
    """``users`` simulated citizens at once, each visiting as a random citizen again and again;
    with ``abusive`` = [(start second, end second), ...] the abusive client (``concurrency``
    loops) joins them in each of those periods."""
    stats = Stats()
    deadline = time.monotonic() + max_seconds
    rng = random.Random(1)

    async def user(k: int) -> None:
        mine = random.Random(k)
        await asyncio.sleep(mine.uniform(0, think[1]))  # do not all arrive in the same instant
        while stats.requests < max_requests and time.monotonic() < deadline:
            await citizen_session(base, rng.choice(patients), stats, think, mine)

    async def abuser() -> list[dict[str, object]]:
        from abusive import hammer

        out: list[dict[str, object]] = []
        for start, end in abusive or []:
            await asyncio.sleep(max(0.0, start - (time.perf_counter() - stats.t0)))
            stop = asyncio.Event()

            async def stopper(end: float = end, stop: asyncio.Event = stop) -> None:
                await asyncio.sleep(max(0.0, end - (time.perf_counter() - stats.t0)))
                stop.set()

            counts, _ = await asyncio.gather(hammer(base, stop, concurrency), stopper())
            out.append(counts)
        return out

    t0 = time.perf_counter()
    *_, abused = await asyncio.gather(*(user(k) for k in range(users)), abuser())
    return stats, time.perf_counter() - t0, abused


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(args: argparse.Namespace) -> None:
    d: Path = args.dir
    url = args.url or (d / "url").read_text().strip()
    from sqlalchemy import create_engine, text

    eng = create_engine(url)
    with eng.connect() as conn:
        all_patients = sorted(
            p
            for p in conn.execute(text("SELECT id FROM patient")).scalars()
            if not p.startswith("abuse-")  # the abusive citizen is not one of the normal users
        )
        entries = conn.execute(text("SELECT count(*) FROM access_entry")).scalar()
    eng.dispose()
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    assert urlsplit(base).hostname == "127.0.0.1"  # traffic only to this machine
    env = os.environ | {
        "INDSIGT_DB": url,
        "INDSIGT_DEV_LOGIN": "true",
        "INDSIGT_BASE_URL": base,
        "INDSIGT_LOG_LEVEL": args.log_level,
    }
    log = (d / "serve.log").open("wb")
    server = subprocess.Popen(
        [PY, "-m", "indsigt", "serve", "--port", str(port), "--workers", str(args.workers)],
        env=env,
        cwd=d,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                if httpx.get(base + "/readyz", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                raise SystemExit("server did not become ready (see serve.log)")
            time.sleep(0.5)
        rng = random.Random(2)
        patients = rng.sample(all_patients, min(args.citizens, len(all_patients)))
        think = (args.think_min, args.think_max)
        if args.warmup:
            asyncio.run(drive(base, patients[:20], 4, (0, 0), 100, 30))
        ph, rounds = args.phase_seconds, args.rounds
        # phases: without, with, without, with, ... (rounds of two); the abuser's periods
        periods = [((2 * k + 1) * ph, (2 * k + 2) * ph) for k in range(rounds)]
        seconds = 2 * rounds * ph if args.abusive else args.max_seconds
        load_before = os.getloadavg()
        stats, wall, abused = asyncio.run(
            drive(
                base,
                patients,
                args.users,
                think,
                args.max_requests,
                seconds,
                periods if args.abusive else None,
                args.abusive_concurrency,
            )
        )
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
    all_lat = [x for xs in stats.latencies.values() for x in xs]
    n_err = sum(len(v) for v in stats.errors.values())
    result = {
        "database": "postgresql",
        "entries_in_db": entries,
        "patients_in_db": len(all_patients),
        "workers": args.workers,
        "simulated_citizens": args.users,
        "think_s": think,
        "wall_s": wall,
        "sessions": stats.sessions,
        "requests": stats.requests,
        "errors": n_err,
        "requests_per_s": stats.requests / wall,
        "sessions_per_s": stats.sessions / wall,
        "p50_ms": _pct(all_lat, 50),
        "p95_ms": _pct(all_lat, 95),
        "p99_ms": _pct(all_lat, 99),
        "cpus": os.cpu_count(),
        "load_avg_after": os.getloadavg(),
        "per_second": stats.per_second(),
        "steps": {
            step: {
                "ok": len(xs),
                "errors": len(stats.errors.get(step, [])),
                "error_kinds": sorted(set(stats.errors.get(step, []))),
                "mean_ms": statistics.fmean(xs) * 1000 if xs else None,
                "p50_ms": _pct(xs, 50),
                "p95_ms": _pct(xs, 95),
                "p99_ms": _pct(xs, 99),
            }
            for step, xs in sorted(stats.latencies.items())
        },
    }
    if args.abusive:
        # the normal users' figures without and with the abusive client; the first seconds of
        # each phase are left out (users arriving; the abuser signing in; the end of the work
        # the abuser asked for in the phase before)
        ramp = min(20.0, ph / 5)
        without = [(2 * k * ph + ramp, (2 * k + 1) * ph) for k in range(rounds)]
        with_ = [((2 * k + 1) * ph + ramp, (2 * k + 2) * ph) for k in range(rounds)]
        w0, w1 = stats.window(without), stats.window(with_)
        per_round = [
            {"without": stats.window([a]), "with": stats.window([b])}
            for a, b in zip(without, with_, strict=True)
        ]
        for r in per_round:
            r["p99_ratio"] = _ratio(r["with"], r["without"])  # type: ignore[arg-type]
        result["abusive"] = {
            "phase_seconds": ph,
            "rounds": rounds,
            "concurrency": args.abusive_concurrency,
            "load_avg_before": load_before,
            "normal_without": w0,
            "normal_with": w1,
            "p99_ratio": _ratio(w1, w0),
            "p95_ratio": _ratio(w1, w0, "p95_ms"),
            "p50_ratio": _ratio(w1, w0, "p50_ms"),
            "per_round": per_round,
            "median_round_p99_ratio": statistics.median(r["p99_ratio"] for r in per_round),
            "abusive_answers": abused,
        }
    out = args.out
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2))
    print(f"{'step':24} {'ok':>7} {'err':>5} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
    for step, s in result["steps"].items():  # type: ignore[union-attr]
        print(
            f"{step:24} {s['ok']:>7} {s['errors']:>5} {s['p50_ms']:>8.1f} {s['p95_ms']:>8.1f} {s['p99_ms']:>8.1f}"
        )
    print(
        f"{result['requests']} requests ({n_err} errors) in {wall:.0f}s: {result['requests_per_s']:.1f} req/s, "
        f"{result['sessions_per_s']:.2f} citizens/s; p50 {result['p50_ms']:.0f} ms, p95 {result['p95_ms']:.0f} ms, "
        f"p99 {result['p99_ms']:.0f} ms; {entries:,} log entries in the database"
    )
    if args.abusive:
        a = result["abusive"]
        print(
            f"normal users, {args.users} at once, {a['rounds']} x (without, with) phases of "
            f"{a['phase_seconds']:.0f} s; load average before {a['load_avg_before'][0]:.1f}, "
            f"after {result['load_avg_after'][0]:.1f}:"
        )
        for name, w in (("without abuser", a["normal_without"]), ("with abuser", a["normal_with"])):
            print(
                f"  {name:15} {w['requests']:>7} req {w['errors']:>4} err  p50 "
                f"{w['p50_ms']:>6.1f} ms  p95 {w['p95_ms']:>6.1f} ms  p99 {w['p99_ms']:>6.1f} ms"
            )
        print(
            f"  with/without: p50 {a['p50_ratio']:.2f}, p95 {a['p95_ratio']:.2f}, "
            f"p99 {a['p99_ratio']:.2f} (target <= 1.5); p99 ratio per round: "
            + ", ".join(f"{r['p99_ratio']:.2f}" for r in a["per_round"])
            + f" (median {a['median_round_p99_ratio']:.2f})"
        )
        print(f"  abusive client ({a['concurrency']} loops), per round: {a['abusive_answers']}")
    print(f"written: {out}")


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("--dir", type=Path, required=True)
    p.add_argument("--citizens", type=int, default=100_000, help="~106 log entries each")
    p.add_argument("--days", type=int, default=180, help="the data ends today")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--data", type=Path, help="an already generated data set (else DIR/gen)")
    p.add_argument("--url", help="an existing PostgreSQL (else a throwaway one in DIR/pg)")
    r = sub.add_parser("run")
    r.add_argument("--dir", type=Path, required=True)
    r.add_argument("--url")
    r.add_argument("--workers", type=int, default=3, help="one more than the cores")
    r.add_argument("--users", type=int, default=200, help="simulated citizens at once")
    r.add_argument("--citizens", type=int, default=5000, help="distinct citizens to sign in as")
    r.add_argument("--think-min", type=float, default=1.0, help="seconds between pages")
    r.add_argument("--think-max", type=float, default=5.0)
    r.add_argument("--max-requests", type=int, default=20_000)
    r.add_argument("--max-seconds", type=float, default=300)
    r.add_argument("--log-level", default="INFO")
    r.add_argument("--warmup", action=argparse.BooleanOptionalAction, default=True)
    r.add_argument("--out", type=Path, default=ROOT / "artifacts" / "load.json")
    r.add_argument(
        "--abusive",
        action="store_true",
        help="two phases: normal users alone, then with the abusive client (add-abusive first)",
    )
    r.add_argument("--phase-seconds", type=float, default=150)
    r.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="with --abusive: this many (without, with) pairs of phases, alternating, so that "
        "other work on the machine falls on both alike",
    )
    r.add_argument("--abusive-concurrency", type=int, default=10)
    ab = sub.add_parser("add-abusive")
    ab.add_argument("--dir", type=Path, required=True)
    ab.add_argument("--url")
    ab.add_argument("--entries", type=int, default=50_000)
    s = sub.add_parser("stop")
    s.add_argument("--dir", type=Path, required=True)
    args = ap.parse_args()
    {"prepare": prepare, "run": run, "stop": stop, "add-abusive": add_abusive}[args.cmd](args)


if __name__ == "__main__":
    main()
