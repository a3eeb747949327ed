"""The data commands of ``indsigt`` (contract section 3): init, import, journal, log, proxies,
users, keys. Thin over the service functions."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..timeutil import parse_at
from .app import app
from .common import (
    DbOpt,
    JsonOpt,
    db_url,
    emit_json,
    fail,
    handle_errors,
    read_json_arg,
    safe_url,
    session,
)

#: the names cli/orders.py imports from here
_read_json_arg = read_json_arg
__all__ = ["_read_json_arg", "app"]


@app.command()
@handle_errors
def init(db: DbOpt = None) -> None:
    """Opret eller opgradér databasen (kan køres igen uden skade)."""
    from ..db import init_db
    from ..protect.keys import ensure_keys

    url = db_url(db)
    init_db(url)
    ensure_keys(url)
    typer.echo(f"Databasen er klar: {safe_url(url)}", err=True)


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
    from ..startup import loading

    with loading():  # SQLAlchemy, the store's tables, the importer (indsigt.startup)
        from ..importing import cli_workers, run_import

    def done(r) -> None:  # type: ignore[no-untyped-def]
        if json_out:
            return
        skipped = ", ".join(f"{n} {what}" for what, n in sorted(r.skipped.items()))
        typer.echo(
            f"{r.file}: {r.records} poster, {r.new} nye"
            + (f"; sprunget over: {skipped}" if skipped else ""),
            err=True,
        )
        for w in r.warnings:
            typer.echo(f"advarsel: {w}", err=True)

    outcome = run_import(
        db_url(db), files, actor="cli", progress=progress, on_file=done, workers=cli_workers()
    )
    report = outcome.report
    if json_out:
        emit_json(
            {
                "files": [f.as_dict() for f in report.files],
                "problems": [str(p) for p in report.problems],
                "alerts": outcome.alerts,
                "refresh_error": outcome.refresh_error,
                "learn_error": outcome.learn_error,
            }
        )
    for p in report.problems:
        typer.echo(str(p), err=True)
    if not report.ok:
        raise typer.Exit(2)
    for error in (outcome.refresh_error, outcome.learn_error):
        if error:
            typer.echo(error, err=True)
    if outcome.refresh_error or outcome.learn_error:
        raise typer.Exit(1)


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

    data = read_json_arg(file)
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
    issuer: Annotated[
        str | None, typer.Option(help="Login-udbyderens issuer (med --subject).")
    ] = None,
    subject: Annotated[str | None, typer.Option(help="Brugerens sub hos udbyderen.")] = None,
    db: DbOpt = None,
) -> None:
    """Tilføj eller ændr en bruger med rolle (en rolleændring afslutter brugerens sessioner)."""
    from ..users import add_user, link_identity, user_name

    if (issuer is None) != (subject is None):
        fail("--issuer og --subject skal angives sammen", 2)
    with session(db) as s:
        existing = user_name(s, user_id)
        add_user(
            s, user_id, name or existing or user_id, role, actor="cli", organization=organization
        )
        if issuer and subject:
            link_identity(s, user_id, issuer=issuer, subject=subject, actor="cli")
    typer.echo(user_id)


@users_app.command("link")
@handle_errors
def users_link(
    user_id: Annotated[str, typer.Argument(help="Brugerens id.")],
    issuer: Annotated[str, typer.Option(help="Login-udbyderens issuer.")],
    subject: Annotated[str, typer.Option(help="Brugerens sub hos udbyderen.")],
    db: DbOpt = None,
) -> None:
    """Lad en identitet (issuer, sub) hos en login-udbyder logge ind som brugeren."""
    from ..users import link_identity

    with session(db) as s:
        link_identity(s, user_id, issuer=issuer, subject=subject, actor="cli")
    typer.echo(user_id)


@users_app.command("remove")
@handle_errors
def users_remove(
    user_id: Annotated[str, typer.Argument(help="Brugerens id.")],
    db: DbOpt = None,
) -> None:
    """Fjern en bruger: rollen, de tilknyttede identiteter og alle sessioner ophører."""
    from ..users import remove_user

    with session(db) as s:
        remove_user(s, user_id, actor="cli")
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
