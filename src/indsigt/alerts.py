"""E-mail alerts about a citizen's access log (opt-in).

A citizen may ask for an e-mail when

``new_organization``
    an organisation looks at their data for the first time,
``emergency``
    an emergency override (værdispring, flag ``break_glass``) is used,
``flagged``
    an access is flagged (any other flag of the contract, e.g. ``no_relation``, ``coworker``).

:func:`alerts_after_import` is evaluated after each import (the HTTP upload endpoint calls it;
the command line import is wired by the lead). What the citizen already saw when they opted in
does not alert. Everything in a message comes from :func:`indsigt.views.log_view` output (the one
exit, protection applied), and a message names no person at all: only organisations, kinds of
event, counts, times and a link. It never carries a CPR number.

SMTP: ``INDSIGT_SMTP_HOST`` / ``INDSIGT_SMTP_PORT`` / ``INDSIGT_SMTP_FROM``. Without a host,
nothing is sent and the message is recorded as ``not_configured``.
"""

from __future__ import annotations

import re
import smtplib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .accesslog import flags as flag_registry
from .audit import record
from .config import get_settings
from .errors import Invalid
from .store import Patient
from .store.cases import AlertMessage, AlertSeen, AlertSubscription
from .timeutil import iso_local, utcnow

KINDS = ("new_organization", "emergency", "flagged")
KIND_TEXT = {
    "new_organization": "en ny organisation har set dine oplysninger",
    "emergency": "der er brugt værdispring (nødadgang) til dine oplysninger",
    "flagged": "et opslag i dine oplysninger er markeret til din opmærksomhed",
}
EMERGENCY_FLAG = "break_glass"
_EMAIL_RE = re.compile(r"^[^@\s<>\"',;]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63}$")
#: most organisations / entries listed in one message
_MAX_LISTED = 10


def _kinds(kinds: Iterable[str] | None) -> list[str]:
    chosen = list(KINDS) if kinds is None else list(dict.fromkeys(kinds))
    bad = [k for k in chosen if k not in KINDS]
    if bad:
        raise Invalid(f"Ukendt type advarsel: {', '.join(bad)}; brug {', '.join(KINDS)}.")
    if not chosen:
        raise Invalid("Vælg mindst én type advarsel.")
    return chosen


def _email(value: str) -> str:
    email = (value or "").strip()
    if not _EMAIL_RE.match(email):
        raise Invalid("E-mailadressen er ikke gyldig.")
    return email


def subscription(session: Session, patient: str) -> dict[str, Any]:
    """The citizen's alert settings (for the citizen themself)."""
    sub = session.get(AlertSubscription, patient)
    messages = session.scalars(
        select(AlertMessage)
        .where(AlertMessage.patient_id == patient)
        .order_by(AlertMessage.id.desc())
        .limit(20)
    ).all()
    return {
        "patient": patient,
        "viewer": patient,
        "enabled": bool(sub and sub.enabled),
        "email": sub.email if sub else None,
        "kinds": list(sub.kinds) if sub else [],
        "available": [{"kind": k, "text": KIND_TEXT[k]} for k in KINDS],
        "sent": [
            {"time": iso_local(m.at), "kinds": list(m.kinds), "status": m.status} for m in messages
        ],
    }


def _current(session: Session, patient: str, at: datetime) -> dict[str, Any]:
    from .views import log_view

    return log_view(session, patient, patient, at, entries=True)


def _flagged_ids(doc: dict[str, Any]) -> set[str]:
    return {e["id"] for e in doc.get("entries") or [] if e.get("flags")}


def _orgs(doc: dict[str, Any]) -> set[str]:
    return {g["organization"] for g in doc.get("groups") or [] if g.get("organization")}


def subscribe(
    session: Session,
    patient: str,
    *,
    email: str,
    kinds: Iterable[str] | None = None,
    actor: str | None = None,
) -> dict[str, Any]:
    """Opt in (or change settings). What the log holds now is the baseline: it does not alert."""
    email, chosen = _email(email), _kinds(kinds)
    if session.get(Patient, patient) is None:
        raise Invalid("Borgeren findes ikke.")
    now = utcnow()
    sub = session.get(AlertSubscription, patient)
    if sub is None or not sub.enabled:
        doc = _current(session, patient, now)
        if sub is None:
            sub = AlertSubscription(
                patient_id=patient,
                email=email,
                kinds=chosen,
                enabled=False,
                created_at=now,
                updated_at=now,
            )
            session.add(sub)
        sub.known_orgs = sorted(_orgs(doc))
        seen = {
            r
            for (r,) in session.execute(
                select(AlertSeen.entry_id).where(AlertSeen.patient_id == patient)
            )
        }
        session.add_all(AlertSeen(patient_id=patient, entry_id=i) for i in _flagged_ids(doc) - seen)
    sub.email, sub.kinds, sub.enabled, sub.updated_at = email, chosen, True, now
    record(session, actor or patient, "alerts.subscribe", patient, None, {"kinds": chosen})
    session.flush()
    return subscription(session, patient)


def unsubscribe(session: Session, patient: str, *, actor: str | None = None) -> dict[str, Any]:
    sub = session.get(AlertSubscription, patient)
    if sub is not None and sub.enabled:
        sub.enabled = False
        sub.updated_at = utcnow()
        record(session, actor or patient, "alerts.unsubscribe", patient, None, None)
        session.flush()
    return subscription(session, patient)


@dataclass
class Alert:
    """What one evaluation found for one citizen."""

    patient: str
    email: str
    new_orgs: list[str] = field(default_factory=list)
    emergency: list[dict[str, Any]] = field(default_factory=list)
    flagged: list[dict[str, Any]] = field(default_factory=list)

    @property
    def kinds(self) -> list[str]:
        out = []
        if self.new_orgs:
            out.append("new_organization")
        if self.emergency:
            out.append("emergency")
        if self.flagged:
            out.append("flagged")
        return out


def evaluate(session: Session, sub: AlertSubscription, at: datetime) -> Alert | None:
    """Compare the citizen's log now with what they already know; update the baseline."""
    doc = _current(session, sub.patient_id, at)
    alert = Alert(sub.patient_id, sub.email)
    orgs = _orgs(doc)
    new_orgs = sorted(orgs - set(sub.known_orgs or []))
    if new_orgs:
        sub.known_orgs = sorted(orgs | set(sub.known_orgs or []))
    flagged = _flagged_ids(doc)
    seen = {
        r
        for (r,) in session.execute(
            select(AlertSeen.entry_id).where(AlertSeen.patient_id == sub.patient_id)
        )
    }
    fresh = [e for e in doc.get("entries") or [] if e["id"] in flagged - seen]
    session.add_all(AlertSeen(patient_id=sub.patient_id, entry_id=e["id"]) for e in fresh)
    kinds = set(sub.kinds or [])
    if "new_organization" in kinds:
        alert.new_orgs = new_orgs
    for e in fresh:
        if EMERGENCY_FLAG in e["flags"]:
            if "emergency" in kinds:
                alert.emergency.append(e)
        elif "flagged" in kinds:
            alert.flagged.append(e)
    return alert if alert.kinds else None


def _local(iso: str) -> str:
    """``dd.mm.yyyy kl. HH:MM`` of an ISO time already in Copenhagen time (from the view)."""
    return datetime.fromisoformat(iso).strftime("%d.%m.%Y kl. %H:%M")


def compose(alert: Alert) -> tuple[str, str]:
    """(subject, body) in plain Danish. Only organisations, kinds, counts, times and a link."""
    link = get_settings().base_url.rstrip("/") + "/log"
    parts = []
    if alert.emergency:
        parts.append("værdispring")
    if alert.new_orgs:
        parts.append("ny organisation")
    if alert.flagged:
        parts.append("markerede opslag")
    subject = "Nyt i din adgangslog: " + ", ".join(parts)
    lines = ["Hej,", "", "Der er nyt i loggen over, hvem der har set dine sundhedsoplysninger.", ""]
    if alert.new_orgs:
        lines.append("Organisationer, der har set dine oplysninger for første gang:")
        lines += [f"- {o}" for o in alert.new_orgs[:_MAX_LISTED]]
        if len(alert.new_orgs) > _MAX_LISTED:
            lines.append(f"- og {len(alert.new_orgs) - _MAX_LISTED} mere")
        lines.append("")
    for title, items in (
        ("Værdispring (nødadgang) er brugt:", alert.emergency),
        ("Opslag, der er markeret til din opmærksomhed:", alert.flagged),
    ):
        if not items:
            continue
        lines.append(title)
        for e in items[:_MAX_LISTED]:
            why = "; ".join(flag_registry.alert_text(f) for f in e.get("flags") or [])
            org = e.get("organization") or "ukendt organisation"
            lines.append(f"- {_local(e['time'])}: {org} ({why})")
        if len(items) > _MAX_LISTED:
            lines.append(f"- og {len(items) - _MAX_LISTED} opslag mere")
        lines.append("")
    lines += [
        f"Log ind og se det hele her: {link}",
        "",
        "Er der noget, du ikke kan genkende, kan du anmelde mistanke om misbrug i loggen.",
        "",
        "Du får denne e-mail, fordi du har bedt om advarsler fra indsigt. Du kan slå dem fra, når du"
        " er logget ind.",
        "",
        "Venlig hilsen",
        "indsigt",
    ]
    return subject, "\n".join(lines) + "\n"


def send_mail(to: str, subject: str, body: str) -> None:
    """Send one plain-text e-mail with the configured SMTP server (raises on failure)."""
    settings = get_settings()
    if not settings.smtp_host:
        raise RuntimeError("not_configured")
    msg = EmailMessage()
    msg["From"] = settings.smtp_from
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain="indsigt")
    msg.set_content(body, charset="utf-8")
    with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=15) as smtp:
        smtp.send_message(msg)


def alerts_after_import(session: Session, since: datetime | None = None) -> list[dict[str, Any]]:
    """Evaluate every opted-in citizen after an import and send the e-mails that are due.

    ``since`` is when the import began (recorded with each message; the evaluation itself compares
    with what each citizen already knows, so a late-arriving old entry still alerts once). Returns
    one summary per message (no names, no e-mail addresses). Commits nothing itself.
    """
    at = utcnow()
    out: list[dict[str, Any]] = []
    subs = session.scalars(
        select(AlertSubscription)
        .where(AlertSubscription.enabled.is_(True))
        .order_by(AlertSubscription.patient_id)
    ).all()
    for sub in subs:
        alert = evaluate(session, sub, at)
        if alert is None:
            continue
        subject, body = compose(alert)
        status, error = "sent", None
        try:
            send_mail(alert.email, subject, body)
        except RuntimeError as exc:
            status = "not_configured" if str(exc) == "not_configured" else "failed"
            error = None if status == "not_configured" else str(exc)[:500]
        except (OSError, smtplib.SMTPException) as exc:
            status, error = "failed", f"{type(exc).__name__}: {exc}"[:500]
        session.add(
            AlertMessage(
                patient_id=sub.patient_id,
                at=at,
                kinds=alert.kinds,
                subject=subject,
                status=status,
                error=error,
            )
        )
        record(
            session,
            "alerts",
            "alerts.send",
            sub.patient_id,
            None,
            {
                "kinds": alert.kinds,
                "status": status,
                "since": since.isoformat() if since else None,
            },
        )
        out.append({"patient": sub.patient_id, "kinds": alert.kinds, "status": status})
    session.flush()
    return out
