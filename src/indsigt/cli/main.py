"""The ``indsigt`` command: thin over the service functions (contract section 3)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from ..timeutil import parse_at
from .common import DbOpt, JsonOpt, _db_from_root, db_url, emit_json, fail, handle_errors, session

app = typer.Typer(
    help="indsigt: skjul sundhedspersoners navne over for borgere og gør adgangslogs forståelige.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root(db: DbOpt = None) -> None:
    _db_from_root[0] = db


@app.command()
@handle_errors
def init(db: DbOpt = None) -> None:
    """Opret eller opgradér databasen (kan køres igen uden skade)."""
    from ..db import init_db
    from ..protect.keys import ensure_keys

    url = db_url(db)
    init_db(url)
    ensure_keys(url)
    typer.echo(f"Databasen er klar: {_safe_url(url)}", err=True)


@app.command("import")
@handle_errors
def import_(
    files: Annotated[
        list[Path], typer.Argument(help="NDJSON- (FHIR R4) eller CSV-filer (MinLog).")
    ],
    db: DbOpt = None,
    json_out: JsonOpt = False,
    progress: Annotated[bool | None, typer.Option("--progress/--no-progress")] = None,
) -> None:
    """Importér FHIR NDJSON- og MinLog CSV-filer. Hver fil gemmes helt eller slet ikke."""
    from ..ingest.service import run_import

    def done(r) -> None:  # type: ignore[no-untyped-def]
        if not json_out:
            typer.echo(f"{r.file}: {r.records} poster, {r.new} nye", err=True)

    outcome = run_import(db_url(db), files, actor="cli", progress=progress, on_file=done)
    report = outcome.report
    if json_out:
        emit_json(
            {
                "files": [f.as_dict() for f in report.files],
                "problems": [str(p) for p in report.problems],
                "alerts": outcome.alerts,
            }
        )
    for p in report.problems:
        typer.echo(str(p), err=True)
    if not report.ok:
        raise typer.Exit(2)


@app.command()
@handle_errors
def journal(
    patient: Annotated[str, typer.Argument(help="Patient-id.")],
    viewer: Annotated[
        str | None, typer.Option(help="Hvem ser (borger eller fuldmagtshaver).")
    ] = None,
    at: Annotated[
        str | None, typer.Option(help="Visningstidspunkt, ISO 8601 med tidszone.")
    ] = None,
    db: DbOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Borgerens journal, som seeren ser den."""
    from ..views import journal_view

    with session(db) as s:
        doc = journal_view(s, patient, viewer, parse_at(at))
    if json_out:
        emit_json(doc)
        return
    for d in doc["documents"]:
        typer.echo(
            f"{d['date'] or '':25} {d['title']} — {d['author'] or ''} ({d['organization'] or ''})"
        )
        typer.echo("  " + d["text"].replace("\n", "\n  "))


@app.command()
@handle_errors
def log(
    patient: Annotated[str, typer.Argument(help="Patient-id.")],
    viewer: Annotated[
        str | None, typer.Option(help="Hvem ser (borger eller fuldmagtshaver).")
    ] = None,
    at: Annotated[
        str | None, typer.Option(help="Visningstidspunkt, ISO 8601 med tidszone.")
    ] = None,
    entries: Annotated[
        bool, typer.Option("--entries", help="Tag hver enkelt logpost med.")
    ] = False,
    db: DbOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Borgerens adgangslog, samlet i få linjer."""
    from ..views import log_view

    with session(db) as s:
        doc = log_view(s, patient, viewer, parse_at(at), entries=entries)
    if json_out:
        emit_json(doc)
        return
    typer.echo(f"{doc['total']} opslag i alt")
    for g in doc["groups"]:
        flags = f"  [{', '.join(g['flags'])}]" if g["flags"] else ""
        typer.echo(f"- {g['summary']}{flags}")


proxies_app = typer.Typer(help="Digitale fuldmagter.", no_args_is_help=True)
app.add_typer(proxies_app, name="proxies")


@proxies_app.command("add")
@handle_errors
def proxies_add(
    file: Annotated[str, typer.Argument(help="JSON-fil (et objekt eller en liste); - = stdin.")],
    db: DbOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Tilføj digitale fuldmagter."""
    from ..proxies import add_proxies

    data = _read_json_arg(file)
    with session(db) as s:
        ids = add_proxies(s, data, actor="cli")
    emit_json({"ids": ids}) if json_out else typer.echo("\n".join(ids))


@proxies_app.command("list")
@handle_errors
def proxies_list(db: DbOpt = None, json_out: JsonOpt = False) -> None:
    """Vis fuldmagter."""
    from ..proxies import list_proxies

    with session(db) as s:
        rows = list_proxies(s)
    if json_out:
        emit_json({"proxies": rows})
    else:
        for r in rows:
            typer.echo(f"{r['id']}: {r['proxy']} for {r['principal']} ({', '.join(r['scope'])})")


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Adresse.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    workers: Annotated[int, typer.Option(help="Antal arbejdsprocesser.")] = 1,
    db: DbOpt = None,
) -> None:
    """Start web-appen og HTTP-API'et."""
    from .ops import run_server

    typer.echo(f"indsigt kører på http://{host}:{port}/", err=True)
    run_server(host, port, workers, db_url(db))


@app.command()
def demo(
    generate: Annotated[
        Path | None, typer.Option(help="Skriv kun demodata (NDJSON + CSV) til denne mappe.")
    ] = None,
    citizens: Annotated[int, typer.Option(help="Antal borgere.")] = 300,
    seed: Annotated[int, typer.Option(help="Frø for tilfældighed (samme frø, samme data).")] = 1,
    host: Annotated[str, typer.Option()] = "127.0.0.1",
    port: Annotated[int, typer.Option()] = 8000,
    serve_: Annotated[
        bool, typer.Option("--serve/--no-serve", help="Start web-appen bagefter.")
    ] = True,
    db: Annotated[
        str | None, typer.Option("--db", help="Demodatabase (default sqlite:///indsigt-demo.db).")
    ] = None,
) -> None:
    """Lav en frisk demodatabase med syntetiske danske data, og start den."""
    from ..demo.setup import build_demo

    if generate is not None:
        from ..demo.generate import generate as gen

        summary = gen(generate, citizens=citizens, seed=seed)
        emit_json(summary)
        return
    url = db or _db_from_root[0] or "sqlite:///indsigt-demo.db"
    info = build_demo(url, citizens=citizens, seed=seed)
    typer.echo(info, err=True)
    if serve_:
        import os

        os.environ["INDSIGT_DEV_LOGIN"] = "true"
        serve(host=host, port=port, workers=1, db=url)


def _read_json_arg(file: str):  # type: ignore[no-untyped-def]
    text = sys.stdin.read() if file == "-" else Path(file).read_text(encoding="utf-8")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        fail(f"{file}:{exc.lineno}: ugyldig JSON: {exc.msg}", 2)


def _safe_url(url: str) -> str:
    """Never print a database password."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


users_app = typer.Typer(
    help="Brugere af indsigt med en rolle (admin, auditor).", no_args_is_help=True
)
app.add_typer(users_app, name="users")


@users_app.command("add")
@handle_errors
def users_add(
    user_id: Annotated[str, typer.Argument(help="Brugerens id.")],
    role: Annotated[str, typer.Option(help="admin eller auditor.")],
    name: Annotated[str, typer.Option(help="Navn.")] = "",
    organization: Annotated[str | None, typer.Option(help="Organisations-id.")] = None,
    db: DbOpt = None,
) -> None:
    """Tilføj eller ændr en bruger med rolle."""
    from ..users import add_user

    with session(db) as s:
        add_user(s, user_id, name or user_id, role, actor="cli", organization=organization)
    typer.echo(user_id)


@users_app.command("list")
@handle_errors
def users_list(db: DbOpt = None, json_out: JsonOpt = False) -> None:
    """Vis brugere med rolle."""
    from ..users import list_users

    with session(db) as s:
        rows = list_users(s)
    if json_out:
        emit_json({"users": rows})
    else:
        for r in rows:
            typer.echo(f"{r['id']}: {r['name']} ({r['role']})")


from .accesslog import accesslog_app  # noqa: E402 - registered with the other sub-commands

app.add_typer(accesslog_app, name="accesslog")

keys_app = typer.Typer(help="Den hemmelige pseudonymnøgle.", no_args_is_help=True)
app.add_typer(keys_app, name="keys")


@keys_app.command("rotate")
@handle_errors
def keys_rotate(db: DbOpt = None) -> None:
    """Lav en ny nøgleversion. Etiketter, der allerede er vist, beholder deres værdi."""
    from ..audit import record
    from ..protect.keys import rotate_keys

    url = db_url(db)
    version = rotate_keys(url)
    with session(db) as s:
        record(s, "cli", "keys.rotate", None, None, {"version": version})
    typer.echo(f"Ny nøgleversion: {version}", err=True)
