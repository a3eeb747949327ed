"""The citizen's proof that an entry of their log is in the tamper-evident log (issue 17).

The document is the inclusion proof of :func:`indsigt.integrity.log.inclusion_proof` (the leaf,
its hash, the path to the root, the signed tree head and the log's public key) plus a Danish
guide. The leaf holds what the citizen sees of the entry in the clear and the user only as a
salted commitment, so the proof never tells who a hidden person is. It passes the exit like
every other document; its hashes, signatures and codes are structural (never free text).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import NotFound
from ..integrity.log import inclusion_proof
from ..protect.base import ViewProtection
from ..store import AccessEntry
from ..timeutil import utcnow
from .exit import citizen_view

#: keys of a proof document whose values are codes, hashes or signatures
PROOF_KEYS = frozenset(
    {
        "entry",
        "leaf_index",
        "tree_size",
        "leaf",
        "leaf_hash",
        "proof",
        "checkpoint",
        "verifier_key",
        "v",
        "action",
        "purpose",
        "organization",
        "system",
        "source",
        "user",
        "details",
    }
)

GUIDE = (
    "Beviset viser, at opslaget er med i indsigts manipulationssikre log, og at det ikke er "
    "ændret siden. Feltet 'leaf' er opslaget, som det står i loggen; hvem der så oplysningerne, "
    "står kun som en forseglet værdi ('user'). Kontrollér beviset med kommandoen "
    "'indsigt check-proof FIL --key NØGLE' eller et andet program, der følger RFC 9162, og "
    "sammenlign nøglen med den, indsigt offentliggør."
)


def entry_proof_view(
    session: Session,
    subject: str,
    viewer: str | None,
    entry_id: str,
    at: datetime | None = None,
) -> dict[str, Any]:
    """The inclusion proof of one entry of ``subject``'s log, as ``viewer`` may see it."""
    viewer = viewer or subject
    at = at or utcnow()

    def build(_: ViewProtection) -> dict[str, Any]:
        owner = session.scalar(select(AccessEntry.patient_id).where(AccessEntry.id == entry_id))
        if owner != subject:
            raise NotFound("Opslaget findes ikke i loggen.")
        return {
            "patient": subject,
            "viewer": viewer,
            **inclusion_proof(session, entry_id),
            "guide": GUIDE,
        }

    return citizen_view(session, subject, viewer, at, "log", build, structural=PROOF_KEYS)


__all__ = ["entry_proof_view"]
