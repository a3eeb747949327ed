"""Import as a service: the one function the CLI, the HTTP upload and the demo call.

The reading and storing of files is :mod:`indsigt.ingest` (atomic per file, no knowledge of what
comes after). What an import makes due afterwards is orchestrated here, above both: a signed tree
head of the tamper-evident log is published (``indsigt.integrity``), the access
log's precomputation is brought up to date (retried once in full; should it still fail, the
outcome says so and the CLI exits non-zero: the files stay imported, their citizens stay marked
for the next refresh, and views compute from the raw entries meanwhile), the initials staff sign
with are learned when the import brought notes or staff (:mod:`indsigt.protect.aliases`), the
import is recorded in the audit trail, and the e-mail alerts that the new entries make due are
sent.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from .config import get_settings
from .ingest.importer import FileResult, Importer, ImportReport

log = logging.getLogger(__name__)


@dataclass
class ImportOutcome:
    report: ImportReport
    alerts: int = 0
    #: why the access log could not be brought up to date after the import (None: it was)
    refresh_error: str | None = None
    #: the size of the signed tree head published after the import (None: nothing new)
    tree_head: int | None = None
    #: why the initials staff sign with could not be learned (None: they were, or no need);
    #: views that hide someone are refused until they are
    learn_error: str | None = None

    @property
    def ok(self) -> bool:
        return self.report.ok and self.refresh_error is None and self.learn_error is None


def system_users() -> list[str]:
    return [u.strip() for u in get_settings().system_users.split(",") if u.strip()]


def refresh_log(engine: Engine, report: ImportReport) -> str | None:
    """Bring the precomputed access log up to date after ``report``'s files (from the entries
    the import holds, ``report.held``, when it can). Returns None, or what went wrong after a
    second, full attempt (logged with the error type, never data)."""
    from .accesslog import refresh
    from .accesslog.precompute import LOG_TYPES

    logs = all(set(f.by_type) <= LOG_TYPES for f in report.files)
    log_files = len(report.files) if logs else 0
    error = None
    for force in (False, True):
        try:
            refresh(
                engine,
                log_files=0 if force else log_files,
                force=force,
                held=None if force else report.held,
            )
            return None
        except Exception as exc:
            error = f"{type(exc).__name__}"
            log.warning("access-log refresh failed", extra={"error": error, "full": force})
    return (
        f"adgangsloggens forberegning fejlede efter importen ({error}); filerne er importeret, "
        "og visningerne beregner direkte fra posterne, til næste import eller "
        "'indsigt import' igen lykkes"
    )


def sign_tree_head(url: str) -> int | None:
    """Publish a signed tree head of the tamper-evident log after an import (issue 17).
    Entries and their leaves are committed already; a failure here leaves them unsigned until
    the next import signs (``indsigt verify`` reports unsigned leaves), so it is logged, not
    raised."""
    from .db import session_scope
    from .integrity.log import sign_head

    try:
        with session_scope(url) as s:
            head = sign_head(s)
            return head.size if head else None
    except Exception as exc:
        log.warning("signing the tree head failed", extra={"error": type(exc).__name__})
        return None


def learn_initials_after(url: str) -> str | None:
    """Learn the initials staff sign with (user names, note sign-offs) when a ``protect_due`` row
    says so: every imported file with notes or staff members leaves one in its own transaction
    (``Importer(owe_learning=True)``), this import's or an earlier one whose learning failed.
    One transaction learns and removes the rows it covers (those written before it began), so
    views open again only once learning succeeded. Returns None, or what went wrong (logged with
    the error type; the rows stay and views that hide someone stay refused until the next
    import learns)."""
    from sqlalchemy import delete, func, select

    from .db import session_scope
    from .protect.aliases import learn_initials
    from .store.protection import ProtectDue

    try:
        with session_scope(url) as s:
            upto = s.scalar(select(func.max(ProtectDue.id)).where(ProtectDue.kind == "initials"))
            if upto is None:
                return None
            learn_initials(s)
            if upto is not None:
                s.execute(
                    delete(ProtectDue).where(ProtectDue.kind == "initials", ProtectDue.id <= upto)
                )
            return None
    except Exception as exc:
        log.warning("learning initials failed", extra={"error": type(exc).__name__})
        return (
            f"initialerne, som personalet signerer med, kunne ikke læres efter importen "
            f"({type(exc).__name__}); filerne er importeret, men visninger med skjulte "
            "personer afvises, til 'indsigt import' igen lykkes"
        )


def import_files(
    target: str | Engine,
    paths: Iterable[str | Path],
    *,
    actor: str = "system",
    names: dict[Path, str] | None = None,
    progress: bool | None = False,
    on_file: Callable[[FileResult], None] | None = None,
    alerts: bool = True,
    record: bool = True,
    workers: int = 1,
) -> ImportOutcome:
    """Import files (atomic per file), then refresh the access log, record the import in the
    audit trail and send the alerts that are due. ``workers``: processes that read a big log
    file (:mod:`indsigt.ingest.parallel`)."""
    from .ingest.importer import few_collections

    with few_collections():
        return _import_files(
            target, paths, actor, names, progress, on_file, alerts, record, workers
        )


def _import_files(
    target: str | Engine,
    paths: Iterable[str | Path],
    actor: str,
    names: dict[Path, str] | None,
    progress: bool | None,
    on_file: Callable[[FileResult], None] | None,
    alerts: bool,
    record: bool,
    workers: int,
) -> ImportOutcome:
    from .db import init_db, session_scope
    from .timeutil import utcnow

    engine = init_db(target) if isinstance(target, str) else target
    url = target if isinstance(target, str) else engine.url.render_as_string(hide_password=False)
    started = utcnow()
    preload = _Preload(engine)
    importer = Importer(
        engine,
        progress=progress,
        system_users=system_users(),
        on_file=on_file,
        owe_learning=True,
        workers=workers,
        hold=True,
        before_finish=preload.start_if_held,
        while_reading=preload.load_code,
        after_staging=preload.compute_ahead,
        before_fork=preload.join_code,
    )
    preload.importer = importer
    try:
        report = importer.run(paths, names)
        outcome = ImportOutcome(report)
        if not report.files:
            return outcome
        outcome.tree_head = sign_tree_head(url)
        if report.held is not None:
            report.held.preload = preload.started
        outcome.refresh_error = refresh_log(engine, report)
    finally:
        preload.close()
    report.held = None  # the entries held for the refresh: not kept with the report
    outcome.learn_error = learn_initials_after(url)
    if outcome.learn_error is None and _changes_findings(report):
        # the notes searched before anyone looks (protect.findings): best effort, a failure
        # only means they are searched at the first view
        from .protect.findings import precompute_quietly

        precompute_quietly(engine)
    if record or alerts:
        from .audit import record as record_action

        with session_scope(url) as s:
            if record:
                record_action(
                    s,
                    actor,
                    "import.files",
                    None,
                    None,
                    {"files": [f.as_dict() for f in report.files]},
                )
            if alerts and _subscribed(s):
                from .alerts import alerts_after_import

                outcome.alerts = len(alerts_after_import(s, started))
    return outcome


class _Preload:
    """Starts reading the refresh's master data once the import holds its entries
    (:mod:`indsigt.accesslog.preload`; the access-log code is loaded only then)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.importer: Importer | None = None
        self.started: Any = None
        self._loading: threading.Thread | None = None

    def load_code(self) -> None:
        """Import the code the steps after the reading run (the refresh with numpy, the audit
        trail: about 0.3 s of CPU) in a thread, while worker processes read a log file and a
        core is mostly free: else the importing process would load it only after the reading,
        with everything after it waiting. Once per import; a failure here shows again (and is
        reported) where the code is used."""
        if self._loading is None:
            self._loading = threading.Thread(target=_load_code, name="import-preload-code")
            self._loading.start()

    def join_code(self) -> None:
        """Wait for the threads started here (before a fork: a forked worker must not inherit
        a lock one of them holds, such as that of a module being imported)."""
        if self._loading is not None:
            self._loading.join()
        if self.started is not None:
            self.started.close()

    def compute_ahead(self, hold: Any, created: list[tuple[str, str]]) -> None:
        """A file's rows are staged: when they will be every entry of the store (the first log
        file of a first load, every row new), the refresh after the import is computed from
        them in a thread while they are inserted (:meth:`indsigt.accesslog.preload.Preload.compute`;
        used only if its inputs hold in the refresh's transaction)."""
        if (
            self.started is not None
            and hold is not None
            and hold.valid
            and hold.parent.valid
            and hold.parent.count == 0
            and hold.count
        ):
            self.started.compute(hold.cols, hold.count, created)

    def start_if_held(self) -> None:
        held = self.importer.held if self.importer is not None else None
        # a second connection, in a thread: not to an in-memory SQLite database
        memory = self.engine.url.get_backend_name() == "sqlite" and (
            self.engine.url.database in (None, "", ":memory:")
        )
        if self.started is None and held is not None and held.valid and not memory:
            from .accesslog.preload import Preload

            self.started = Preload(self.engine)
            self.started.start()

    def close(self) -> None:
        if self._loading is not None:
            self._loading.join()
        if self.started is not None:
            self.started.close()


#: the code the steps after an import's reading load (numpy.ma: the refresh's numpy functions
#: load it lazily)
_AFTER_READING = (
    "indsigt.accesslog.precompute",
    "indsigt.accesslog.preload",
    "indsigt.audit",
    "numpy.ma",
)


def _load_code() -> None:
    import contextlib
    import importlib

    for name in _AFTER_READING:
        with contextlib.suppress(Exception):
            importlib.import_module(name)


#: what an import may bring that changes the notes' findings (the notes, the people a matcher
#: knows, who an order by organisation covers)
_FINDINGS_TYPES = frozenset(
    {"DocumentReference", "Practitioner", "PractitionerRole", "Organization", "Patient"}
)


def _changes_findings(report: ImportReport) -> bool:
    return any(_FINDINGS_TYPES & set(f.by_type) for f in report.files)


def _subscribed(session: Session) -> bool:
    """Whether any citizen has alerts on (else the alert machinery, e-mail included, is not even
    loaded: a tenth of a second of every import's start-up)."""
    from sqlalchemy import select

    from .store.cases import AlertSubscription

    return (
        session.scalar(
            select(AlertSubscription.patient_id).where(AlertSubscription.enabled.is_(True)).limit(1)
        )
        is not None
    )


def run_import(
    url: str,
    paths: Iterable[str | Path],
    *,
    actor: str,
    names: dict[Path, str] | None = None,
    progress: bool | None = False,
    on_file: Callable[[FileResult], None] | None = None,
    workers: int = 1,
) -> ImportOutcome:
    """What ``indsigt import`` (``workers``: :func:`cli_workers`) and ``POST /api/import``
    (one process) do."""
    return import_files(
        url,
        paths,
        actor=actor,
        names=names,
        progress=progress,
        on_file=on_file,
        workers=workers,
    )


def cli_workers() -> int:
    """Worker processes for ``indsigt import``: ``INDSIGT_IMPORT_WORKERS``, else one per CPU
    (at most 4)."""
    import os

    n = get_settings().import_workers
    return n if n > 0 else min(os.cpu_count() or 1, 4)


__all__ = [
    "ImportOutcome",
    "cli_workers",
    "import_files",
    "learn_initials_after",
    "refresh_log",
    "run_import",
    "system_users",
]
