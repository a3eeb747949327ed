"""What an alert e-mail is made from: the citizen's own log as they would see it (through the
exit, protection applied), with every entry. ``indsigt.alerts`` compares it with what the
citizen already knows and writes the e-mail from it, naming organisations, kinds of event,
counts and times only - never a person and never a CPR number."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from .log import log_view


def alert_document(session: Session, patient: str, at: datetime) -> dict[str, Any]:
    """The log of ``patient`` as ``patient`` sees it at ``at``, every entry included."""
    return log_view(session, patient, patient, at, entries=True)
