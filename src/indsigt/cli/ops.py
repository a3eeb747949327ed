"""Operations commands: serving (``serve``, and ``demo``, which builds a demo database first)
and log retention."""

from __future__ import annotations

import getpass
import os
from pathlib import Path
from typing import Annotated

import typer

from .app import app
from .common import DbOpt, JsonOpt, db_url, emit_json, fail, handle_errors, safe_url

#: the database ``indsigt demo`` builds and serves unless told otherwise
DEMO_DB = "sqlite:///indsigt-demo.db"


def run_server(host: str, port: int, workers: int) -> None:
    """Serve the app with uvicorn with the process's settings (:func:`indsigt.config.configure`,
    inherited by the worker processes): migrations first (once, in this process), then
    ``workers`` processes; logs on stderr from every process (JSON, or console for the demo).
    The mail outbox's background sender runs as a thread of this process (one per server,
    whatever the number of workers)."""
    import uvicorn

    from ..config import get_settings
    from ..db import init_db
    from ..logging import configure_logging, get_logger

    os.environ["INDSIGT_SERVING"] = "1"  # the workers configure their logs too (health.register)
    settings = get_settings()
    configure_logging()
    init_db(settings.db)
    from ..outbox import start_sender

    start_sender(settings.db)
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
        timeout_keep_alive=settings.keep_alive_seconds,
        server_header=False,
    )


@app.command()
@handle_errors
def serve(
    host: Annotated[str, typer.Option(help="Adresse.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    workers: Annotated[int, typer.Option(help="Antal arbejdsprocesser.")] = 1,
    db: DbOpt = None,
) -> None:
    """Start web-appen og HTTP-API'et."""
    url = db_url(db)
    typer.echo(f"indsigt kører på http://{host}:{port}/ ({safe_url(url)})", err=True)
    run_server(host, port, workers)


@app.command()
@handle_errors
def demo(
    ctx: typer.Context,
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
        str | None, typer.Option("--db", help=f"Demodatabase (default {DEMO_DB}).")
    ] = None,
) -> None:
    """Lav en frisk demodatabase med syntetiske danske data, og start den."""
    from ..config import configure

    if generate is not None:
        from ..demo.generate import generate as gen

        summary = gen(generate, citizens=citizens, seed=seed)
        emit_json(summary)
        return
    # never INDSIGT_DB from the environment: a SQLite demo database is deleted and built anew
    root_db = ctx.parent.params.get("db") if ctx.parent is not None else None
    url = db_url(db or root_db or DEMO_DB)
    base = f"http://{host}:{port}"
    # the demo's settings, decided before anything reads them, for this process and its workers
    configure(db=url, dev_login=True, log_format="console", base_url=base)
    from ..demo.setup import build_demo

    typer.echo(f"Bygger en demodatabase med {citizens} opdigtede borgere …", err=True)
    typer.echo(build_demo(url, citizens=citizens, seed=seed), err=True)
    if serve_:
        typer.echo(
            f"\nÅbn {base}/ i din browser, og vælg en demoperson på log-ind-siden.\n"
            "Stop demoen med Ctrl-C.\n",
            err=True,
        )
        run_server(host, port, 1)


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


outbox_app = typer.Typer(
    help="E-mails i udbakken (advarsler, bekræftelser, påmindelser).", no_args_is_help=True
)
app.add_typer(outbox_app, name="outbox")


@outbox_app.command("send")
@handle_errors
def outbox_send(db: DbOpt = None, json_out: JsonOpt = False) -> None:
    """Læg de påmindelser om aftaler, der er tid til, i udbakken, og send de e-mails, der venter
    (det gør `indsigt serve` selv hvert par sekunder)."""
    from ..db import init_db
    from ..outbox import queue_reminders, send_due

    url = db_url(db)
    init_db(url)
    reminders = queue_reminders(url)
    sent = send_due(url)
    if json_out:
        emit_json({"sent": sent, "reminders_queued": reminders})
    else:
        typer.echo(f"{sent} e-mail(s) sendt", err=True)
