"""Shared pieces of the command line: the --db option, JSON output, error handling."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ..errors import IndsigtError

if TYPE_CHECKING:  # SQLAlchemy is loaded by the commands that use the database, not by --help
    from sqlalchemy.orm import Session

_DB_HELP = "SQLAlchemy URL (ellers INDSIGT_DB, ellers sqlite:///indsigt.db)."


def _load_database_layer(ctx: typer.Context, value: str | None) -> str | None:
    """``--db``'s callback, run for every command that takes ``--db`` (given or not) while its
    arguments are read, and so after ``--help``, which ends the command first: loads the database
    layer (SQLAlchemy, the store's tables, the settings; some 300 modules) with the cyclic
    collector paused (:mod:`indsigt.startup`), before the command's own imports, which build on
    it. Measured on ``log`` and ``orders list``: the collector's walks over those modules were
    about a tenth of the command's CPU (docs/performance.md, "Start-up").

    Its value is the command's ``--db``, else the root's (``indsigt --db URL COMMAND``, which the
    root only keeps: it is read before the command's ``--help``), for :func:`db_url`. Loads
    nothing while Click only reads the arguments without running anything
    (``resilient_parsing``: completion)."""
    value = value or ctx.find_root().params.get("db")
    if ctx.resilient_parsing:
        return value
    from ..startup import loading

    with loading():
        from .. import db  # noqa: F401

    return value


DbOpt = Annotated[str | None, typer.Option("--db", help=_DB_HELP, callback=_load_database_layer)]
#: the root's ``indsigt --db URL COMMAND``: loads and configures nothing (it is read before a
#: command's --help); a command's ``--db`` (:data:`DbOpt`) takes it when not given itself
RootDbOpt = Annotated[str | None, typer.Option("--db", help=_DB_HELP)]
JsonOpt = Annotated[bool, typer.Option("--json", help="Udskriv ét JSON-dokument på stdout.")]


def db_url(db: str | None) -> str:
    """The database of this command: ``--db`` (the command's, else the root's ``indsigt --db URL
    COMMAND``: :func:`_load_database_layer`), which becomes the process's setting, so that
    everything derived from it - the key file, the server's workers - follows; else the
    configured one (INDSIGT_DB, default ``sqlite:///indsigt.db``). Every command that opens the
    database gets it here, when it runs (never while its arguments are read, so never for its
    ``--help``), so an SQLite file that cannot be opened (a missing folder, a folder, no write
    access) is refused here, before anything is made, with a Danish message (exit status 2;
    :func:`indsigt.db.check_can_open`)."""
    from ..config import configure, get_settings
    from ..db import check_can_open

    url = configure(db=db).db if db else get_settings().db
    check_can_open(url)
    return url


@contextmanager
def session(db: str | None) -> Iterator[Session]:
    from ..db import init_db, session_scope

    url = db_url(db)
    init_db(url)
    with session_scope(url) as s:
        yield s


def emit_json(doc: Any) -> None:
    sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2, default=str))
    sys.stdout.write("\n")


def fail(message: str, code: int) -> None:
    typer.echo(f"fejl: {message}", err=True)
    raise typer.Exit(code)


def handle_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn domain errors into a Danish message on stderr and the error's exit status."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except IndsigtError as exc:
            fail(exc.message, exc.exit_code)
        except Exception as exc:
            # a database server that is down or refuses us: a message, not a traceback (only
            # when SQLAlchemy is loaded: --help never loads it)
            if "sqlalchemy" in sys.modules:
                from ..db import database_unreachable

                message = database_unreachable(exc)
                if message is not None:
                    fail(message, 1)
            raise

    return wrapper


def read_json_arg(file: str) -> Any:
    """The JSON document in ``file`` (``-`` = standard input); bad JSON is status 2 with the line."""
    text = sys.stdin.read() if file == "-" else Path(file).read_text(encoding="utf-8")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        fail(f"{file}:{exc.lineno}: ugyldig JSON: {exc.msg}", 2)


def safe_url(url: str) -> str:
    """A database URL fit to print (never a password)."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)
