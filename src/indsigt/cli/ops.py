"""Operations commands: serving in production, log retention."""

from __future__ import annotations

import getpass
import os
from typing import Annotated

import typer

from .common import DbOpt, JsonOpt, db_url, emit_json, fail, handle_errors
from .main import app


def run_server(host: str, port: int, workers: int, url: str) -> None:
    """Serve the app with uvicorn: migrations first (once, in this process), then ``workers``
    processes; JSON logs on stderr from every process. The mail outbox's background sender runs
    as a thread of this process (one per server, whatever the number of workers)."""
    import uvicorn

    from ..config import get_settings
    from ..db import init_db
    from ..logging import configure_logging, get_logger

    os.environ["INDSIGT_DB"] = url
    os.environ["INDSIGT_SERVING"] = "1"  # the workers configure JSON logs too (health.register)
    configure_logging()
    init_db(url)
    from ..outbox import start_sender

    start_sender(url)
    get_logger("indsigt.serve").info("serving", host=host, port=port, workers=workers)
    uvicorn.run(
        "indsigt.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers if workers > 1 else None,
        log_config=None,  # keep ours: JSON, redacted
        access_log=False,  # RequestLogMiddleware logs requests without paths' ids
        timeout_graceful_shutdown=20,
        # longer than a person reads a page: a browser reusing a connection the server has just
        # closed fails a POST (it only retries idempotent requests)
        timeout_keep_alive=get_settings().keep_alive_seconds,
        server_header=False,
    )


@app.command()
@handle_errors
def retention(
    days: Annotated[
        int | None,
        typer.Option(help="Opbevaringstid i dage (ellers INDSIGT_RETENTION_DAYS, 730)."),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Vis kun, hvad der ville blive slettet.")
    ] = False,
    force: Annotated[
        bool,
        typer.Option("--force", help="Tillad en kortere opbevaringstid end den fastsatte."),
    ] = False,
    actor: Annotated[
        str | None, typer.Option(help="Hvem kører sletningen (til revisionssporet).")
    ] = None,
    reason: Annotated[str | None, typer.Option(help="Begrundelse (til revisionssporet).")] = None,
    db: DbOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Slet adgangslogposter ældre end opbevaringstiden. Sletningen skrives i revisionssporet."""
    from ..accesslog import refresh
    from ..config import get_settings
    from ..db import init_db, session_scope
    from ..logging import configure_logging, get_logger
    from ..retention import apply_retention

    configure_logging()
    policy = get_settings().retention_days
    days = policy if days is None else days
    if days < policy and not force and not dry_run:
        fail(
            f"{days} dage er kortere end den fastsatte opbevaringstid ({policy} dage, "
            "INDSIGT_RETENTION_DAYS); brug --force, hvis det er meningen",
            2,
        )
    url = db_url(db)
    engine = init_db(url)
    who = actor or f"cli:{getpass.getuser()}"
    with session_scope(url) as s:
        result = apply_retention(s, days=days, actor=who, dry_run=dry_run, reason=reason)
    log = get_logger("indsigt.retention")
    if result["removed"]:
        log.info("retention applied", **{k: v for k, v in result.items() if k != "dry_run"})
        try:
            refresh(engine, force=True)  # the precomputed access log must forget them too
        except Exception as exc:  # never undo the audited deletion; views fall back to raw rows
            log.warning("access-log precompute refresh failed", error=type(exc).__name__)
    else:
        log.info("retention checked", **result)
    if json_out:
        emit_json(result)
        return
    verb = "ville slette" if dry_run else "slettede"
    typer.echo(
        f"Opbevaringstid {days} dage: {verb} {result['entries'] if dry_run else result['removed']}"
        f" logposter fra før {result['cutoff']}"
        + (f"; {result['held']} beholdt, fordi en sag henviser til dem" if result["held"] else ""),
        err=True,
    )


outbox_app = typer.Typer(help="E-mails i udbakken (advarsler, bekræftelser).", no_args_is_help=True)
app.add_typer(outbox_app, name="outbox")


@outbox_app.command("send")
@handle_errors
def outbox_send(db: DbOpt = None, json_out: JsonOpt = False) -> None:
    """Send de e-mails, der venter (det gør `indsigt serve` selv hvert par sekunder)."""
    from ..db import init_db
    from ..outbox import send_due

    url = db_url(db)
    init_db(url)
    sent = send_due(url)
    if json_out:
        emit_json({"sent": sent})
    else:
        typer.echo(f"{sent} e-mail(s) sendt", err=True)
