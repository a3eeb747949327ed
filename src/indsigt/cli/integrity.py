"""Commands of the tamper-evident log and of completeness (issue 17): verify, tree heads, proofs,
offline proof checks, and the sources' declarations."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from .app import app
from .common import DbOpt, JsonOpt, emit_json, fail, handle_errors, session

#: exit status when verification finds tampering or a proof does not verify
TAMPERED = 6

completeness_app = typer.Typer(
    help="Kildernes erklæringer om, hvor mange logposter de har sendt, og hullerne.",
    no_args_is_help=True,
)
app.add_typer(completeness_app, name="completeness")


@app.command()
@handle_errors
def verify(
    db: DbOpt = None,
    json_out: JsonOpt = False,
    catch_up: Annotated[
        bool,
        typer.Option(
            "--catch-up",
            help="Føj først logposter uden blad til træet (kun efter en opgradering, se README).",
        ),
    ] = False,
) -> None:
    """Genberegn den manipulationssikre log fra logposterne og sammenlign med det gemte og
    underskrevne. Afslutter med status 6, hvis noget er ændret, fjernet eller indsat."""
    from ..integrity.log import catch_up as do_catch_up
    from ..integrity.log import sign_head
    from ..integrity.log import verify as do_verify

    with session(db) as s:
        added = 0
        if catch_up:
            added = do_catch_up(s)
            sign_head(s)
        rep = do_verify(s)
    doc = rep.as_dict() | {"caught_up": added}
    if json_out:
        emit_json(doc)
    else:
        _print_report(doc)
    if not rep.ok:
        raise typer.Exit(TAMPERED)


def _print_report(doc: dict) -> None:
    echo = typer.echo
    echo(
        f"Træet har {doc['tree_size']} blade, {doc['heads']} underskrevne træhoveder; "
        f"{doc['entries_checked']} logposter genberegnet, {doc['retained']} slettet efter "
        "opbevaringstiden."
    )
    if doc["caught_up"]:
        echo(f"{doc['caught_up']} logposter uden blad er føjet til træet.")
    labels = {
        "changed": "ændret i databasen",
        "removed": "fjernet uden at opbevaringstiden var udløbet",
        "inserted": "indsat direkte i databasen (intet blad)",
        "bad_leaves": "blade mangler",
        "bad_nodes": "deltræer passer ikke med bladene",
        "bad_heads": "træhoveder passer ikke eller er ikke underskrevet med nøglen",
        "bad_records": "sletteposter passer ikke med det, de dækker",
    }
    for key, label in labels.items():
        n = doc["counts"][key]
        if n:
            shown = ", ".join(str(x) for x in doc[key][:10])
            echo(f"FEJL: {n} {label}: {shown}{' …' if n > 10 else ''}", err=True)
    if doc["unsigned_leaves"]:
        echo(f"Bemærk: {doc['unsigned_leaves']} blade er ikke dækket af et underskrevet træhoved.")
    echo("Loggen er uændret." if doc["ok"] else "Loggen er IKKE uændret.")


@app.command("log-head")
@handle_errors
def log_head(
    db: DbOpt = None,
    json_out: JsonOpt = False,
    sign: Annotated[bool, typer.Option("--sign", help="Underskriv et nyt træhoved nu.")] = False,
) -> None:
    """Det nyeste underskrevne træhoved (C2SP-checkpoint) og den offentlige nøgle."""
    from ..integrity.keys import integrity_keys
    from ..integrity.log import latest_head, sign_head

    with session(db) as s:
        if sign:
            sign_head(s)
        head = latest_head(s)
        key = integrity_keys(str(s.get_bind().url)).verifier_key
        doc = {
            "size": head.size if head else 0,
            "checkpoint": head.note if head else None,
            "verifier_key": key,
        }
    if json_out:
        emit_json(doc)
    else:
        typer.echo(doc["checkpoint"] or "(intet træhoved endnu)", nl=False)
        typer.echo(f"\nNøgle: {key}")


@app.command()
@handle_errors
def proof(
    entry: Annotated[str, typer.Argument(help="Logpostens id.")],
    size: Annotated[int | None, typer.Option(help="Mod træhovedet af denne størrelse.")] = None,
    db: DbOpt = None,
) -> None:
    """Bevis for at en logpost er i loggen (til drift og revision; borgere henter deres eget
    på siden for logposten). Udskriver JSON."""
    from ..integrity.log import inclusion_proof

    with session(db) as s:
        emit_json(inclusion_proof(s, entry, size))


@app.command()
@handle_errors
def consistency(
    first: Annotated[int, typer.Argument(help="Størrelsen af det ældre træhoved.")],
    second: Annotated[int | None, typer.Argument(help="Det nyere (ellers det nyeste).")] = None,
    db: DbOpt = None,
) -> None:
    """Bevis for at loggen kun er vokset mellem to træhoveder. Udskriver JSON."""
    from ..integrity.log import consistency_proof

    with session(db) as s:
        emit_json(consistency_proof(s, first, second))


@app.command("check-proof")
@handle_errors
def check_proof(
    file: Annotated[Path, typer.Argument(help="Et bevis (JSON) fra indsigt.")],
    key: Annotated[
        str | None,
        typer.Option(help="Den offentlige nøgle, du stoler på (navn+hash+nøgle); ellers bevisets."),
    ] = None,
) -> None:
    """Kontrollér et bevis uden database: bladet, stien til roden og underskriften."""
    from ..integrity.log import check_consistency, check_inclusion
    from ..integrity.merkle import ProofError

    try:
        doc = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        fail(f"{file}: kan ikke læses som JSON ({exc})", 2)
    try:
        if "leaf" in doc:
            cp = check_inclusion(doc, key)
            typer.echo(
                f"Gyldigt: logpost {doc['entry']} er blad {doc['leaf_index']} i loggen "
                f"{cp.origin} med {cp.size} blade."
            )
        else:
            check_consistency(doc, key)
            typer.echo(
                f"Gyldigt: loggen med {doc['second']['size']} blade indeholder uændret "
                f"loggen med {doc['first']['size']} blade."
            )
    except (ProofError, KeyError, TypeError) as exc:
        typer.echo(f"UGYLDIGT: {exc}", err=True)
        raise typer.Exit(TAMPERED) from None
    if not key:
        typer.echo(
            "Bemærk: kontrolleret med nøglen i beviset selv; angiv --key med den offentliggjorte "
            "nøgle for at vide, at det er denne log."
        )


@completeness_app.command("declare")
@handle_errors
def declare(
    file: Annotated[Path, typer.Argument(help="JSON eller CSV: system, day, count.")],
    actor: Annotated[str | None, typer.Option(help="Hvem erklærer (revisionssporet).")] = None,
    db: DbOpt = None,
) -> None:
    """Registrér, hvor mange logposter et kildesystem har sendt pr. dag."""
    import getpass

    from ..integrity.completeness import declare as do_declare
    from ..integrity.completeness import parse_declarations

    try:
        data = file.read_bytes()
    except OSError as exc:
        fail(f"{file}: {exc.strerror}", 2)
    items = parse_declarations(str(file), data)
    with session(db) as s:
        n = do_declare(s, items, actor=actor or f"cli:{getpass.getuser()}")
    typer.echo(f"{n} erklæringer registreret.", err=True)


@completeness_app.command("report")
@handle_errors
def report(
    since: Annotated[str | None, typer.Option(help="Fra dato (ÅÅÅÅ-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Til dato (ÅÅÅÅ-MM-DD).")] = None,
    db: DbOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Modtaget mod erklæret pr. kildesystem og dag; de dage, der ikke passer."""
    from ..errors import Invalid
    from ..integrity.completeness import report as do_report

    try:
        a = date.fromisoformat(since) if since else None
        b = date.fromisoformat(until) if until else None
    except ValueError:
        raise Invalid("--since/--until skal være datoer (ÅÅÅÅ-MM-DD)") from None
    with session(db) as s:
        doc = do_report(s, since=a, until=b)
    if json_out:
        emit_json(doc)
        return
    for sysrep in doc["systems"]:
        state = "komplet" if sysrep["complete"] else f"{len(sysrep['mismatches'])} dage passer ikke"
        typer.echo(
            f"{sysrep['system']}: {sysrep['received']} modtaget, {sysrep['declared']} erklæret "
            f"({sysrep['declared_days']} af {sysrep['days']} dage erklæret) - {state}"
        )
        for m in sysrep["mismatches"][:20]:
            typer.echo(
                f"  {m['day']}: erklæret {m['declared']}, modtaget {m['received']}"
                + (f", mangler {m['missing']}" if m["missing"] else f", {m['extra']} for mange")
            )
