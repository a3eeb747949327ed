"""The ``indsigt`` Typer application and its root options. Commands register themselves on
``app`` in their area's module (``main``, ``ops``, ``orders``); this module imports none of them,
so the command modules do not depend on each other."""

from __future__ import annotations

import typer

from .common import RootDbOpt

app = typer.Typer(
    help="indsigt: skjul sundhedspersoners navne over for borgere og gør adgangslogs forståelige.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root(db: RootDbOpt = None) -> None:
    """``indsigt --db URL COMMAND``: the database for every command (like INDSIGT_DB).

    Nothing happens here: Click runs this before it reads the command's own arguments, and so
    before the command's ``--help`` (which must show the help without reading the settings or
    looking at the database, whatever ``--db`` says). The value stays in this context's
    parameters; the command's ``--db`` takes it when not given itself
    (:func:`indsigt.cli.common._load_database_layer`), and ``demo`` reads it."""
