"""Shared pieces of the command line: the --db option, JSON output, error handling."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import Annotated, Any

import typer
from sqlalchemy.orm import Session

from ..errors import IndsigtError

DbOpt = Annotated[
    str | None,
    typer.Option("--db", help="SQLAlchemy URL (ellers INDSIGT_DB, ellers sqlite:///indsigt.db)."),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Udskriv ét JSON-dokument på stdout.")]

_db_from_root: list[str | None] = [None]


def db_url(db: str | None) -> str:
    from ..config import get_settings

    return db or _db_from_root[0] or os.environ.get("INDSIGT_DB") or get_settings().db


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

    return wrapper
