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
    """``indsigt --db URL COMMAND``: the database for every command (like INDSIGT_DB)."""
    if db:
        from ..config import configure

        configure(db=db)
