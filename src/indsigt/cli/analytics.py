"""Batch analytics commands: ``export --parquet`` and ``analyze`` (``docs/analytics.md``), and
the privacy officer's overview (``overview``)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .app import app
from .common import DbOpt, JsonOpt, db_url, emit_json, fail, handle_errors, session


@app.command("export")
@handle_errors
def export(
    parquet: Annotated[
        Path, typer.Option("--parquet", help="Mappe at skrive Parquet-filerne i (ny eller tom).")
    ],
    replace: Annotated[
        bool, typer.Option("--replace", help="Overskriv en eksisterende mappe.")
    ] = False,
    db: DbOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Eksportér databasen som Parquet (indgange pr. måned) til DuckDB eller en Spark-klynge."""
    from ..analytics.export import export_parquet, report_dict
    from ..db import init_db

    r = export_parquet(init_db(db_url(db)), parquet, replace=replace)
    if json_out:
        emit_json(report_dict(r))
    else:
        typer.echo(
            f"Eksporterede {r.entries:,} indgange, {r.patients:,} borgere og {r.relations:,} "
            f"relationer til {r.path} på {r.seconds:.1f} s.".replace(",", ".")
        )


@app.command("analyze")
@handle_errors
def analyze(
    engine: Annotated[
        str, typer.Option("--engine", help="duckdb (indlejret) eller spark.")
    ] = "duckdb",
    parquet: Annotated[
        Path | None,
        typer.Option("--parquet", help="En eksport (indsigt export); ellers eksporteres først."),
    ] = None,
    results: Annotated[
        str | None,
        typer.Option(
            "--results",
            help="Indlæs resultaterne fra Spark-jobbet på en klynge (indsigt.analytics.job).",
        ),
    ] = None,
    db: DbOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Beregn adgangsloggen for hele databasen (forklaringer, markeringer, skabeloner, celler)
    på DuckDB eller Spark, og erstat de forberegnede tabeller."""
    from ..analytics.engines import ENGINES
    from ..analytics.service import analyze as run
    from ..analytics.service import load_results
    from ..db import init_db

    if results is not None:
        r = load_results(init_db(db_url(db)), results)
    elif engine not in ENGINES:
        fail(f"ukendt motor {engine!r} (duckdb eller spark)", 2)
    else:
        if engine == "spark":
            try:
                import pyspark  # noqa: F401
            except ImportError:
                fail("Spark er ikke installeret: pip install 'indsigt[spark]' (og Java 17)", 2)
        r = run(init_db(db_url(db)), engine_name=engine, parquet=parquet)
    if json_out:
        emit_json(r.as_dict())
        return
    typer.echo(
        f"Analyserede {r.entries:,} indgange på {r.engine}: {r.cells:,} celler, "
        f"{r.templates} skabeloner, {r.seconds:.1f} s ({r.rate:,.0f} indgange/s).".replace(",", ".")
    )
    if r.stale:
        typer.echo(
            "Bemærk: databasen er ændret siden eksporten; visninger beregner fra de rå indgange, "
            "indtil næste opdatering.",
            err=True,
        )


@app.command("overview")
@handle_errors
def overview_cmd(
    auditor: Annotated[str, typer.Option("--auditor", help="Revisorens bruger-id.")],
    since: Annotated[str | None, typer.Option("--since", help="Fra dato (dd.mm.åååå).")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Til dato (dd.mm.åååå).")] = None,
    limit: Annotated[int, typer.Option(help="Antal brugere og organisationer.")] = 20,
    db: DbOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Privatlivsansvarliges overblik: brugere og organisationer med flest uforklarede eller
    markerede opslag, og udviklingen uge for uge (registreres i revisionssporet)."""
    from ..analytics.overview import Filters, overview, parse_day

    f = Filters(since=parse_day(since, "--since"), until=parse_day(until, "--until"))
    with session(db) as s:
        doc = overview(s, auditor, f, limit=limit)
    if json_out:
        emit_json(doc)
        return
    t = doc["total"]
    typer.echo(
        f"I alt {t['entries']} opslag: {t['unexplained']} uden forklaring, {t['flagged']} "
        f"uden forklaring med markering, {t['explained_flagged']} forklarede med markering."
    )
    for u in doc["users"]:
        typer.echo(
            f"  {u['entries']:>6}  {u['name']} ({u.get('title') or '-'}), {u['citizens']} borgere"
        )
