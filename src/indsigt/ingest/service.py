"""Import as a service: the one function the CLI and the HTTP upload both call.

Imports the files (atomic per file), records the import in the audit trail and sends the e-mail
alerts that the new log entries make due.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..config import get_settings
from .importer import FileResult, Importer, ImportReport


@dataclass
class ImportOutcome:
    report: ImportReport
    alerts: int = 0
    #: ``FILE:LINE: advarsel: ...``: the import stands (e.g. a source id with a staff name)
    warnings: list[str] = field(default_factory=list)


def system_users() -> list[str]:
    return [u.strip() for u in get_settings().system_users.split(",") if u.strip()]


def run_import(
    url: str,
    paths: Iterable[str | Path],
    *,
    actor: str,
    names: dict[Path, str] | None = None,
    progress: bool | None = False,
    on_file: Callable[[FileResult], None] | None = None,
) -> ImportOutcome:
    from ..alerts import alerts_after_import
    from ..audit import record
    from ..db import init_db, session_scope
    from ..timeutil import utcnow

    paths = [Path(p) for p in paths]
    engine = init_db(url)
    started = utcnow()
    report = Importer(engine, progress=progress, system_users=system_users(), on_file=on_file).run(
        paths, names
    )
    outcome = ImportOutcome(report)
    if report.files:
        stored = {f.file for f in report.files}
        shown = [((names or {}).get(p, str(p)), p) for p in paths]
        outcome.warnings = _after_import(url, [(n, p) for n, p in shown if n in stored])
        with session_scope(url) as s:
            record(
                s, actor, "import.files", None, None, {"files": [f.as_dict() for f in report.files]}
            )
            outcome.alerts = len(alerts_after_import(s, started))
    return outcome


def _after_import(url: str, files: list[tuple[str, Path]]) -> list[str]:
    """The protection layer's steps after an import, in their own transaction: learn the
    initials staff sign with (``protect.aliases``), and warn about source ids that hold a staff
    member's name or user name (``protect.sourceids``). A failure is logged; the import stands."""
    from ..db import session_scope
    from ..logging import get_logger
    from ..protect.aliases import learn_initials
    from ..protect.sourceids import check_files

    log = get_logger("indsigt.import")
    warnings: list[str] = []
    try:
        with session_scope(url) as s:
            imported = check_files(s, files)
            warnings = imported.warnings
            learned = 0
            if imported.documents or imported.practitioners:
                learned = learn_initials(s, imported.practitioners, imported.documents)
        if learned:
            log.info("initials_learned", count=learned)
        if warnings:
            log.warning("source_ids_name_staff", count=len(warnings))
    except Exception:
        log.exception("after_import_failed")
    return warnings
