"""Import as a service: the one function the CLI and the HTTP upload both call.

Imports the files (atomic per file), records the import in the audit trail and sends the e-mail
alerts that the new log entries make due.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ..config import get_settings
from .importer import FileResult, Importer, ImportReport


@dataclass
class ImportOutcome:
    report: ImportReport
    alerts: int = 0


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

    engine = init_db(url)
    started = utcnow()
    report = Importer(engine, progress=progress, system_users=system_users(), on_file=on_file).run(
        paths, names
    )
    outcome = ImportOutcome(report)
    if report.files:
        _after_import(url)
        with session_scope(url) as s:
            record(
                s, actor, "import.files", None, None, {"files": [f.as_dict() for f in report.files]}
            )
            outcome.alerts = len(alerts_after_import(s, started))
    return outcome


def _after_import(url: str) -> None:
    """The protection layer's step after an import: learn the initials staff sign with
    (``protect.aliases``). Its own transaction; a failure is logged, the import stands."""
    from ..db import session_scope
    from ..logging import get_logger
    from ..protect.aliases import learn_initials

    try:
        with session_scope(url) as s:
            learned = learn_initials(s)
        if learned:
            get_logger("indsigt.import").info("initials_learned", count=learned)
    except Exception:
        get_logger("indsigt.import").exception("initials_learning_failed")
