"""The citizen access log: explain every access, flag misuse, condense long lists.

- :func:`build_log` / :func:`group_entries` — the view (``indsigt log``, web pages, HTTP API);
- :func:`refresh` — the precomputation, run after every import (:func:`after_import`).

How accesses are explained and flagged is in ``docs/accesslog.md``.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from .precompute import LOG_TYPES, RefreshReport, refresh
from .view import LogFilters, build_log, group_entries

if TYPE_CHECKING:
    from ..ingest.importer import ImportReport

log = logging.getLogger(__name__)


def after_import(engine: Engine, report: ImportReport | None = None) -> RefreshReport | None:
    """Bring the precomputed access log up to date after an import.

    With the import's ``report``, an import of log files only refreshes just the citizens with new
    entries. Never fails the import: should the precomputation fail, views compute from the raw
    entries (they notice the stale stamp) and the next import tries again.
    """
    logs = report is not None and all(set(f.by_type) <= LOG_TYPES for f in report.files)
    log_files = len(report.files) if report is not None and logs else 0
    try:
        return refresh(engine, log_files=log_files)
    except Exception:  # pragma: no cover - defensive; the view falls back to the raw entries
        log.exception("adgangsloggens forberegning fejlede; visninger beregner direkte")
        return None


__all__ = [
    "LogFilters",
    "RefreshReport",
    "after_import",
    "build_log",
    "group_entries",
    "refresh",
]
