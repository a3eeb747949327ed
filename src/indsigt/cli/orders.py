"""``indsigt orders add|list|extend|revoke`` and ``indsigt reveal`` (thin over protect/)."""

from __future__ import annotations

import getpass
from typing import Annotated

import typer

from ..errors import IndsigtError
from ..timeutil import parse_at
from .common import DbOpt, JsonOpt, emit_json, fail, handle_errors, session
from .main import _read_json_arg, app

orders_app = typer.Typer(
    help="Beskyttelsesordrer: skjul sundhedspersoners navne over for borgere.",
    no_args_is_help=True,
)
app.add_typer(orders_app, name="orders")


def _default_actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except Exception:  # pragma: no cover - no user name in some containers
        return "cli"


ActorOpt = Annotated[
    str | None,
    typer.Option(
        "--actor", help="Hvem foretager ændringen (til revisionssporet); standard cli:BRUGER."
    ),
]
ReasonOpt = Annotated[str, typer.Option("--reason", help="Begrundelse (kommer i revisionssporet).")]


@orders_app.command("add")
@handle_errors
def orders_add(
    file: Annotated[str, typer.Argument(help="JSON-fil (et objekt eller en liste); - = stdin.")],
    actor: ActorOpt = None,
    db: DbOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Tilføj beskyttelsesordrer (alle eller ingen); udskriver deres id'er."""
    from ..protect.orders import add_orders

    data = _read_json_arg(file)
    with session(db) as s:
        ids = add_orders(s, data, actor=actor or _default_actor())
    emit_json({"ids": ids}) if json_out else typer.echo("\n".join(ids))


@orders_app.command("list")
@handle_errors
def orders_list(
    patient: Annotated[
        str | None, typer.Option(help="Kun ordrer over for denne borger (og dem for alle).")
    ] = None,
    kind: Annotated[str | None, typer.Option(help="patient, organization eller staff.")] = None,
    in_force: Annotated[
        bool, typer.Option("--in-force", help="Kun ordrer, der gælder på tidspunktet --at.")
    ] = False,
    expiring: Annotated[
        bool,
        typer.Option(
            "--expiring", help="Kun ordrer, der gælder og udløber inden for 14 dage (fra --at)."
        ),
    ] = False,
    at: Annotated[str | None, typer.Option(help="Tidspunkt, ISO 8601 med tidszone.")] = None,
    db: DbOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Vis beskyttelsesordrer; ordrer, der udløber inden for 14 dage, er mærket »UDLØBER«."""
    from ..protect.orders import list_orders

    with session(db) as s:
        rows = list_orders(
            s,
            patient=patient,
            kind=kind,
            at=parse_at(at),
            in_force_only=in_force,
            expiring_only=expiring,
        )
    if json_out:
        emit_json({"orders": rows})
        return
    for r in rows:
        whom = r["patient"] or "alle borgere"
        what = r["organization"] or ", ".join(
            [r["staff"]] if isinstance(r["staff"], str) else r["staff"] or []
        )
        state = "gælder" if r["in_force"] else ("tilbagekaldt" if r["revoked"] else "gælder ikke")
        soon = ""
        if r["expiring"]:
            days = r["days_left"]
            soon = f"UDLØBER {r['until']} (om {days} {'dag' if days == 1 else 'dage'}): "
        typer.echo(
            f"{soon}{r['id']}: {r['kind']} {what} skjult for {whom}, "
            f"{r['from']}–{r['until'] or 'indtil videre'} ({r['mode']}; {state})"
        )


@orders_app.command("extend")
@handle_errors
def orders_extend(
    order_id: Annotated[str, typer.Argument(metavar="ID", help="Ordrens id.")],
    reason: ReasonOpt,
    until: Annotated[str | None, typer.Option("--until", help="Ny slutdato, ÅÅÅÅ-MM-DD.")] = None,
    days: Annotated[
        int | None,
        typer.Option("--days", help="Forlæng så mange dage fra slutdatoen (eller fra i dag)."),
    ] = None,
    open_ended: Annotated[
        bool,
        typer.Option("--open-ended", help="Fjern slutdatoen: ordren gælder, til den ophæves."),
    ] = False,
    actor: ActorOpt = None,
    db: DbOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Forlæng en ordre: til en senere slutdato (--until), med et antal dage (--days) eller til
    den ophæves (--open-ended)."""
    from ..errors import Invalid
    from ..protect.orders import extend_order, extend_order_days

    if sum((until is not None, days is not None, open_ended)) != 1:
        raise Invalid("angiv præcis én af --until DATO, --days N og --open-ended")
    who = actor or _default_actor()
    with session(db) as s:
        if days is not None:
            row = extend_order_days(s, order_id, days, reason, actor=who)
        else:
            row = extend_order(s, order_id, until, reason, actor=who)
    if json_out:
        emit_json(row)
    else:
        typer.echo(
            f"{row['id']} gælder nu {'til ' + row['until'] if row['until'] else 'til den ophæves'}"
        )


@orders_app.command("revoke")
@handle_errors
def orders_revoke(
    order_id: Annotated[str, typer.Argument(metavar="ID", help="Ordrens id.")],
    reason: ReasonOpt,
    actor: ActorOpt = None,
    db: DbOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Afslut en ordre før tid (gælder ikke længere fra nu)."""
    from ..protect.orders import revoke_order

    with session(db) as s:
        row = revoke_order(s, order_id, reason, actor=actor or _default_actor())
    emit_json(row) if json_out else typer.echo(f"{row['id']} er tilbagekaldt")


@app.command()
def reveal(
    patient: Annotated[
        str, typer.Argument(help="Borgerens Patient-id (etiketten hører til hende).")
    ],
    label: Annotated[str, typer.Argument(help="Etiketten, fx «Sygeplejerske d5dffae».")],
    auditor: Annotated[
        str, typer.Option("--auditor", help="Revisorens bruger-id (rolle auditor).")
    ],
    reason: ReasonOpt,
    db: DbOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Hvem en etiket dækker over. Kun for revisorer; hvert opslag logges med begrundelse."""
    from ..protect.labels import record_failed_reveal
    from ..protect.labels import reveal as reveal_label

    try:
        with session(db) as s:
            doc = reveal_label(s, patient, label, auditor=auditor, reason=reason)
    except IndsigtError as exc:
        # the failed attempt is itself recorded, in its own transaction
        with session(db) as s:
            record_failed_reveal(s, auditor, patient, label, reason, exc.message)
        fail(exc.message, exc.exit_code)
        return
    if json_out:
        emit_json(doc)
        return
    st = doc["staff"]
    typer.echo(f"{doc['label']} er {st['name']} ({st['id']}; {', '.join(st['titles'])})")
