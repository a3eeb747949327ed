"""``indsigt accesslog``: the operator's service relations, the auditor's view of templates, and
the privacy officer's review queue. Thin over :mod:`indsigt.accesslog.services` and
:mod:`indsigt.accesslog.review`."""

from __future__ import annotations

from typing import Annotated

import typer

from .app import app
from .common import DbOpt, JsonOpt, db_url, emit_json, handle_errors, read_json_arg, session

accesslog_app = typer.Typer(
    help="Adgangsloggen: servicerelationer, skabeloner og gennemgangskøen.", no_args_is_help=True
)
services_app = typer.Typer(
    help="Servicerelationer (afdelinger, der betjener andre afdelingers patienter).",
    no_args_is_help=True,
)
review_app = typer.Typer(
    help="Den privatlivsansvarliges gennemgangskø (rolle auditor).", no_args_is_help=True
)
accesslog_app.add_typer(services_app, name="services")
accesslog_app.add_typer(review_app, name="review")
app.add_typer(accesslog_app, name="accesslog")

AuditorOpt = Annotated[str, typer.Option("--auditor", help="Id på en bruger med rollen auditor.")]


def _refresh(db: str | None) -> None:
    from ..accesslog import refresh
    from ..db import init_db

    refresh(init_db(db_url(db)))


@services_app.command("import")
@handle_errors
def services_import(
    file: Annotated[str, typer.Argument(help="JSON-fil (et objekt eller en liste); - = stdin.")],
    db: DbOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Tilføj servicerelationer: {"user_org": ..., "relation_org": ..., "note": ...}."""
    from ..accesslog.services import import_services

    data = read_json_arg(file)
    with session(db) as s:
        added = import_services(s, data, actor="cli")
    _refresh(db)
    if json_out:
        emit_json({"services": added})
    else:
        for a in added:
            typer.echo(f"{a['user_org']} betjener {a['relation_org']}")


@services_app.command("list")
@handle_errors
def services_list(db: DbOpt = None, json_out: JsonOpt = False) -> None:
    """Vis operatørens servicerelationer."""
    from ..accesslog.services import list_services

    with session(db) as s:
        rows = list_services(s)
    if json_out:
        emit_json({"services": rows})
    else:
        for r in rows:
            typer.echo(f"{r['user_org_name']} betjener {r['relation_org_name']}: {r['note'] or ''}")


@services_app.command("remove")
@handle_errors
def services_remove(
    user_org: Annotated[str, typer.Argument(help="Den betjenende organisation.")],
    relation_org: Annotated[str, typer.Argument(help="Den organisation, der betjenes.")],
    db: DbOpt = None,
) -> None:
    """Fjern en servicerelation."""
    from ..accesslog.services import remove_service

    with session(db) as s:
        remove_service(s, user_org, relation_org, actor="cli")
    _refresh(db)


@accesslog_app.command("templates")
@handle_errors
def templates(auditor: AuditorOpt, db: DbOpt = None, json_out: JsonOpt = False) -> None:
    """Hvad forklarer opslag hos andre afdelingers patienter: fundne skabeloner (med
    evidensen), serviceafdelinger efter type, vagtfællesskaber og operatørens liste."""
    from ..accesslog.services import overview

    with session(db) as s:
        doc = overview(s, auditor)
    if json_out:
        emit_json(doc)
        return
    for t in doc["mined"]:
        typer.echo(
            f"fundet: {t['user_org_name']} betjener {t['relation_org_name']} "
            f"({t['citizens']} borgere, {t['users']} brugere, {t['weeks']} uger)"
        )
    for t in doc["by_type"]:
        typer.echo(f"type: {t['user_org_name']} betjener {t['relation_org_name']}")
    for g in doc["on_call"]:
        names = ", ".join(d["name"] or d["org"] for d in g["departments"])
        typer.echo(f"vagt: {names} ({g['group_name']}) dækker for hinanden aften, nat og weekend")
    for t in doc["operator"]:
        typer.echo(f"operatør: {t['user_org_name']} betjener {t['relation_org_name']}")


@review_app.command("list")
@handle_errors
def review_list(
    auditor: AuditorOpt,
    status: Annotated[str | None, typer.Option(help="ny, under_behandling, afsluttet.")] = None,
    patient: Annotated[str | None, typer.Option(help="Kun denne borger.")] = None,
    db: DbOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Opslag med en markering om relationen mellem bruger og borger."""
    from ..accesslog.review import queue

    with session(db) as s:
        doc = queue(s, auditor, status=status, patient=patient)
    if json_out:
        emit_json(doc)
        return
    for i in doc["items"]:
        typer.echo(
            f"#{i['id']} {i['day']} {i['user']['name']} -> {i['patient']}: "
            f"{'; '.join(i['facts'])} [{i['status_text']}]"
        )


@review_app.command("decide")
@handle_errors
def review_decide(
    item: Annotated[int, typer.Argument(help="Punktets nummer.")],
    auditor: AuditorOpt,
    status: Annotated[str, typer.Option(help="ny, under_behandling, afsluttet.")],
    note: Annotated[str | None, typer.Option(help="Notat.")] = None,
    db: DbOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Sæt status (og notat) på et punkt i gennemgangskøen."""
    from ..accesslog.review import decide

    with session(db) as s:
        doc = decide(s, auditor, item, status=status, note=note)
    emit_json(doc) if json_out else typer.echo(f"#{doc['id']}: {doc['status_text']}")
