"""Run the independent corpus through the real CLI and the HTTP API, and score every view.

    result = run(world, workdir)       # imports, orders, proxies, views; returns tallies

The CLI is run as a subprocess (``python -m indsigt``), exactly as an operator would; the HTTP
API and the web pages through FastAPI's TestClient over the same database, signed in with the
development issuer as the README describes.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from .corpus import TZ, View, World, add_views
from .score import Tally, ideal, leakcheck_excess, person_for_leakcheck, score_text


@dataclass
class Cli:
    db_url: str
    key_file: Path
    calls: list[str] = field(default_factory=list)

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env["INDSIGT_DB"] = self.db_url
        env["INDSIGT_KEY_FILE"] = str(self.key_file)
        env.setdefault("INDSIGT_LOG_LEVEL", "WARNING")
        return env

    def run(self, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        self.calls.append(" ".join(args))
        return subprocess.run(
            [sys.executable, "-m", "indsigt", *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=self.env(),
            timeout=600,
        )


@dataclass
class Result:
    by_channel: dict[str, Tally]
    total: Tally
    revoked_at: datetime | None
    import_problems: list[str]
    oracle: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "total": self.total.as_dict(),
            "by_channel": {k: v.as_dict() for k, v in self.by_channel.items()},
            "import_problems": self.import_problems,
        }


def load(world: World, workdir: Path, cli: Cli) -> tuple[datetime | None, list[str]]:
    """Import the corpus, add orders (revoking one) and powers of attorney, all by the CLI."""
    files = world.write(workdir / "data")
    problems: list[str] = []

    def must(*args: str, stdin: str | None = None, soft: bool = False) -> str:
        r = cli.run(*args, stdin=stdin)
        if r.returncode != 0:
            msg = f"indsigt {' '.join(a if len(a) < 60 else a[:60] for a in args)}: status {r.returncode}: {r.stderr.strip()[:400]}"
            if not soft:
                raise RuntimeError(msg)
            problems.append(msg)
        return r.stdout

    must("init")
    must("import", str(files["organizations"]), str(files["staff_v1"]), str(files["patients"]))
    must("import", str(files["staff_v2"]))
    # RelatedPerson is in the contract (1.1); a product that refuses it still gets the rest
    must("import", str(files["related"]), soft=True)
    must(
        "import",
        str(files["relations"]),
        str(files["documents"]),
        str(files["audit"]),
        str(files["log"]),
    )
    must("orders", "add", str(files["orders"]))
    revoked_at = None
    for o in world.orders:
        if o.get("_revoke"):
            must("orders", "revoke", o["id"], "--reason", "Borgeren er flyttet fra kommunen")
            revoked_at = datetime.now(TZ)
    must("proxies", "add", str(files["proxies"]))
    return revoked_at, problems


def _name_words(world: World) -> set[str]:
    from .fold import fold

    out = set()
    for s in world.staff:
        for n in s.all_names():
            for p in (*n.given, *n.family.replace("-", " ").split()):
                out.add(fold(p))
    return out


class _Ctx:
    def __init__(self, world: World) -> None:
        self.world = world
        self.notes = {n.id: n for n in world.notes}
        self.staff = world.staff_by_id
        self.tags = {s.id: sorted(s.tags) for s in world.staff}
        self.name_words = _name_words(world)
        self.lc_people = {s.id: person_for_leakcheck(s) for s in world.staff}
        role_staff = {r.id: s.id for s in world.staff for r in s.all_roles()}
        self.entry_user: dict[str, str | None] = {}
        for ev in world.audit:
            ref = ev["agent"][0]["who"].get("reference", "")
            self.entry_user[ev["id"]] = role_staff.get(ref.split("/")[-1])
        user_staff = {u: s.id for s in world.staff for _, u in s.usernames}
        user_staff |= {s.auth: s.id for s in world.staff if s.auth}
        for row in world.csv_rows:
            self.entry_user[row["regKode"]] = user_staff.get(row["bruger"])
        from .fold import fold
        from .forms import name_parts

        self.idents = {
            s.id: tuple(fold(p) for n in s.all_names() for p in name_parts(n)) for s in world.staff
        }

    def hidden_idents(self, hidden: dict[str, str]) -> tuple[str, ...]:
        return tuple(i for sid in hidden for i in self.idents[sid])


def score_journal(ctx: _Ctx, view: View, doc: dict[str, Any], tally: Tally, label: str) -> None:
    """Score a journal document (CLI or API JSON) of ``view``."""
    hidden = view.hidden
    hid = ctx.hidden_idents(hidden)
    shown = {d["id"]: d for d in doc.get("documents", [])}
    expected = [
        n
        for n in ctx.world.notes
        if n.patient == view.patient and (view.day is None or n.day <= view.day)
    ]
    tally.views += 1
    tally.docs_expected += len(expected)
    actual_all, ideal_all = [], []
    for n in ctx.notes.values():
        if n.patient != view.patient or n.id not in shown:
            continue
        d = shown[n.id]
        tally.docs_shown += 1
        spans = [s.__dict__ if hasattr(s, "__dict__") else s for s in n.spans]
        text = d.get("text") or ""
        where = f"{label} {n.id}"
        score_text(n.text, text, spans, hidden, ctx.tags, ctx.name_words, tally, where, hid)
        # the author field: a label when the author is hidden, the name otherwise
        author = d.get("author") or ""
        if n.author in hidden:
            a_ident = ctx.idents[n.author]
            from .fold import fold, tokens

            keys = [k for *_, k in tokens(author)]
            bad = [k for k in keys if k in a_ident]
            for c in ("form:author_field", f"order:{hidden[n.author]}"):
                tally.mentions[c] += 1
                if bad:
                    tally.leaks[c] += 1
                    if len(tally.leak_examples[c]) < 3:
                        tally.leak_examples[c].append(f"{where}: author {author!r}")
            _ = fold
        else:
            s = ctx.staff[n.author]
            tally.words["word:author_visible"] += 1
            from .fold import fold

            if fold(s.name_at(n.day).family) in fold(author):
                tally.kept["word:author_visible"] += 1
            elif len(tally.lost_examples["word:author_visible"]) < 3:
                tally.lost_examples["word:author_visible"].append(f"{where}: author {author!r}")
        actual_all.append(f"{d.get('title') or ''}\n{author}\n{text}")
        ideal_author = "▮" if n.author in hidden else author
        ideal_all.append(f"{n.title}\n{ideal_author}\n{ideal(n.text, spans, hidden)}")
    if hidden:
        persons = [ctx.lc_people[sid] for sid in hidden]
        leakcheck_excess("\n\n".join(actual_all), "\n\n".join(ideal_all), persons, tally, label)


def score_log(ctx: _Ctx, view: View, doc: dict[str, Any], tally: Tally, label: str) -> None:
    """The log view: every entry's actor; nothing of a hidden person may remain anywhere."""
    hidden = view.hidden
    if not hidden:
        return
    persons = [ctx.lc_people[sid] for sid in hidden]
    entries = doc.get("entries") or []
    visible: set[str] = set()
    hidden_actors: list[str] = []
    for e in entries:
        user = ctx.entry_user.get(e.get("id"))
        if user is not None and user not in hidden:
            visible.add(str(e.get("actor") or ""))
        else:
            hidden_actors.append(str(e.get("actor") or ""))
    # every entry of a hidden (or unknown) user: its actor field holds nothing of a hidden person
    leakcheck_excess("\n".join(hidden_actors), "", persons, tally, label + " actor")
    # the rest (groups, summaries, explanations): the visible users' names taken out first
    rest = {k: v for k, v in doc.items() if k != "entries"}
    rest["entries"] = [{k: v for k, v in e.items() if k != "actor"} for e in entries]
    text = json.dumps(rest, ensure_ascii=False)
    for name in sorted(visible - {""}, key=len, reverse=True):
        text = text.replace(name, "▮")
    leakcheck_excess(text, "", persons, tally, label)


def _pairs(world: World) -> list[View]:
    return world.views


def run(
    world: World,
    workdir: Path,
    *,
    cli_views: int | None = None,
    api: bool = True,
    web: bool = True,
    logs: bool | Callable[[View], bool] = True,
    reuse: bool = False,
    select: Callable[[View], bool] | None = None,
    db_url: str | None = None,
) -> Result:
    """Load the corpus through the CLI and score every view (CLI, API, web, CSV)."""
    db = workdir / "indsigt.db"
    cli = Cli(db_url or f"sqlite:///{db}", workdir / "indsigt.key")
    state = workdir / "state.json"
    if reuse and state.exists():
        st = json.loads(state.read_text())
        revoked_at = datetime.fromisoformat(st["revoked_at"]) if st["revoked_at"] else None
        problems = st["problems"]
    else:
        revoked_at, problems = load(world, workdir, cli)
        state.write_text(
            json.dumps(
                {"revoked_at": revoked_at.isoformat() if revoked_at else None, "problems": problems}
            )
        )
    add_views(world, revoked_at)
    if select is not None:
        world.views = [v for v in world.views if select(v)]
    ctx = _Ctx(world)
    tallies: dict[str, Tally] = {}
    views = [v for v in world.views if v.channel == "cli"]
    if cli_views is not None:
        views = views[:cli_views]
    t = tallies.setdefault("cli journal", Tally())
    lt = tallies.setdefault("cli log", Tally())
    for v in views:
        at = world.at_iso(v.day)
        r = cli.run("journal", v.patient, "--viewer", v.viewer, "--at", at, "--json")
        label = f"cli {v.patient}/{v.viewer}@{v.day}"
        if r.returncode != 0:
            t.problems.append(f"{label}: status {r.returncode}: {r.stderr.strip()[:300]}")
            continue
        score_journal(ctx, v, json.loads(r.stdout), t, label)
        want_log = logs(v) if callable(logs) else logs
        if want_log and v.hidden and world.citizen_by_id[v.patient].key:
            r = cli.run("log", v.patient, "--viewer", v.viewer, "--at", at, "--entries", "--json")
            if r.returncode != 0:
                lt.problems.append(f"{label}: log status {r.returncode}: {r.stderr.strip()[:300]}")
            else:
                lt.views += 1
                score_log(ctx, v, json.loads(r.stdout), lt, label + " log")
    if api or web:
        _run_http(world, ctx, cli, tallies, api=api, web=web)
    total = Tally()
    for tl in tallies.values():
        total.add(tl)
    return Result(tallies, total, revoked_at, problems)


# --- HTTP -------------------------------------------------------------------------------------


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        if tag == "input" and ("name", "csrf_token") in attrs:
            # the session's random anti-forgery token, no text: read, it once held "26BO7"
            # (a hidden person's initials between digits) and failed a run at random
            return
        for k, v in attrs:
            if k in ("title", "alt", "aria-label", "value", "href", "content") and v:
                self.parts.append(v)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_text(page: str) -> str:
    """The text of a page as a reader meets it, attribute values (links, titles) included. The
    pieces are kept apart by a blank line: the strict detector joins a word broken over one line
    end, and must not read a link's random id and the link text after it as one word."""
    p = _Text()
    p.feed(page)
    return "\n\n".join(p.parts)


class Http:
    """A TestClient over the app, with the environment of ``cli``."""

    def __init__(self, cli: Cli) -> None:
        self.cli = cli
        self._saved: dict[str, str | None] = {}

    def __enter__(self) -> Http:
        env = {
            "INDSIGT_DB": self.cli.db_url,
            "INDSIGT_KEY_FILE": str(self.cli.key_file),
            "INDSIGT_DEV_LOGIN": "true",
        }
        for k, v in env.items():
            self._saved[k] = os.environ.get(k)
            os.environ[k] = v
        _clear_caches()
        from fastapi.testclient import TestClient

        from indsigt.app import create_app

        self.app = create_app()
        self.TestClient = TestClient
        return self

    def client(self, persona: str):  # type: ignore[no-untyped-def]
        c = self.TestClient(self.app)
        r = c.get("/api/auth/session")
        token = r.json()["csrf_token"]
        r = c.post(
            "/api/dev-login/sign-in", json={"persona": persona}, headers={"X-CSRF-Token": token}
        )
        if r.status_code != 200:
            raise RuntimeError(f"sign-in {persona}: {r.status_code} {r.text[:200]}")
        c.headers["X-CSRF-Token"] = r.json()["csrf_token"]
        return c

    def __exit__(self, *exc: object) -> None:
        for k, v in self._saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        _clear_caches()


def _clear_caches() -> None:
    from indsigt.config import get_settings

    get_settings.cache_clear()
    try:
        from indsigt.auth import auth_settings

        auth_settings.cache_clear()
    except ImportError:  # pragma: no cover - the auth module may be split up
        pass
    try:
        from indsigt import db

        db.get_engine.cache_clear()
        db._factory.cache_clear()
    except (ImportError, AttributeError):  # pragma: no cover
        pass


def _run_http(
    world: World, ctx: _Ctx, cli: Cli, tallies: dict[str, Tally], *, api: bool, web: bool
) -> None:
    at = tallies.setdefault("api journal", Tally())
    al = tallies.setdefault("api log", Tally())
    wt = tallies.setdefault("web", Tally())
    with Http(cli) as http:
        for v in [v for v in world.views if v.channel == "api"]:
            label = f"api {v.patient}/{v.viewer}"
            c = http.client(f"patient:{v.viewer}")
            try:
                if v.viewer != v.patient:
                    r = c.put("/api/me/acting-for", json={"patient": v.patient})
                    if r.status_code != 200:
                        at.problems.append(f"{label}: acting-for {r.status_code} {r.text[:200]}")
                        continue
                jdoc = ldoc = None
                r = c.get("/api/me/journal")
                if r.status_code != 200:
                    at.problems.append(f"{label}: journal {r.status_code} {r.text[:200]}")
                else:
                    jdoc = r.json()
                r = c.get("/api/me/log", params={"entries": "true"})
                if r.status_code != 200:
                    al.problems.append(f"{label}: log {r.status_code}")
                else:
                    ldoc = r.json()
                if api and jdoc is not None:
                    score_journal(ctx, v, jdoc, at, label)
                if api and ldoc is not None:
                    al.views += 1
                    score_log(ctx, v, ldoc, al, label + " log")
                if web and jdoc is not None and ldoc is not None:
                    _web(ctx, v, c, wt, label, jdoc, ldoc)
            finally:
                c.close()


def main_text(page: str) -> str:
    """The text of the page's ``<main>`` (the site's own frame has no staff names)."""
    a, b = page.find("<main"), page.rfind("</main>")
    return html_text(page[a:b] if a >= 0 and b > a else page)


def _web(
    ctx: _Ctx, v: View, c: Any, tally: Tally, label: str, jdoc: dict[str, Any], ldoc: dict[str, Any]
) -> None:
    """Every journal page, the log page and the CSV export, read as a browser shows them.

    The perfect page is built from the same view's API documents with every hidden mention
    blanked; the names of the citizen and the viewer (shown as who is signed in) are allowed."""
    hidden = v.hidden
    tally.views += 1
    if not hidden:
        return
    persons = [ctx.lc_people[sid] for sid in hidden]
    people = ctx.world.citizen_by_id
    allow = tuple(people[p].name for p in {v.patient, v.viewer} if p in people)
    pages = []
    for side in range(1, 40):
        r = c.get("/journal", params={"side": side})
        if r.status_code != 200:
            tally.problems.append(f"{label}: /journal?side={side} {r.status_code}")
            break
        pages.append(main_text(r.text))
        if f"side={side + 1}" not in r.text:
            break
    perfect = []
    for d in jdoc.get("documents", []):
        n = ctx.notes.get(d["id"])
        if n is None:
            continue
        spans = [s.__dict__ for s in n.spans]
        author = "▮" if n.author in hidden else (d.get("author") or "")
        perfect.append(
            f"{n.title}\n{author}\n{d.get('organization') or ''}\n{ideal(n.text, spans, hidden)}"
        )
    perfect_text = "\n".join(perfect)
    leakcheck_excess("\n".join(pages), perfect_text, persons, tally, label + " /journal", allow)
    # the log page and its CSV: the visible users' names are taken out, nothing else may name
    visible = set()
    for e in ldoc.get("entries") or []:
        user = ctx.entry_user.get(e.get("id"))
        if user is not None and user not in hidden:
            visible.add(str(e.get("actor") or ""))
    for path in ("/log", "/log/eksport.csv"):
        r = c.get(path)
        if r.status_code != 200:
            tally.problems.append(f"{label}: {path} {r.status_code}")
            continue
        body = main_text(r.text) if path == "/log" else r.content.decode("utf-8-sig")
        for name in sorted(visible - {""}, key=len, reverse=True):
            body = body.replace(name, "▮")
        leakcheck_excess(body, "", persons, tally, f"{label} {path}", allow)
    # the journal search runs on what the citizen sees: searching a hidden name shows nothing
    # more than a perfect page would
    for sid in list(hidden)[:4]:
        fam = ctx.staff[sid].name.family
        r = c.get("/journal", params={"q": fam})
        m = re.search(r"(\d+)\s+notat(?:er)?\s+passer", html_text(r.text))
        found = int(m.group(1)) if m else 0
        visible_docs = sum(
            1
            for d in jdoc.get("documents", [])
            if fam.casefold()
            in " ".join(
                str(d.get(k) or "") for k in ("text", "title", "author", "organization")
            ).casefold()
        )
        if found > visible_docs:
            tally.leakcheck[f"search oracle: {fam}"] += found - visible_docs
            ex = tally.leakcheck_examples[f"search oracle: {fam}"]
            if len(ex) < 3:
                ex.append(f"{label}: searching {fam!r} finds {found} notes, {visible_docs} show it")


__all__ = ["Cli", "Http", "Result", "csv", "io", "load", "run"]
