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

Delivery: an alert is written into the mail outbox in the import's transaction (together with
the citizen's new baseline) and sent by the background sender (:mod:`indsigt.outbox`) with
retries and backoff; an import never waits for an e-mail server. Double opt-in: an address gets
nothing but a confirmation e-mail (Danish, with a link valid for 7 days) until its owner has
followed the link; a changed address must be confirmed again.

SMTP: ``INDSIGT_SMTP_HOST`` / ``INDSIGT_SMTP_PORT`` / ``INDSIGT_SMTP_FROM``. Without a host,
nothing is sent and the message is recorded as ``not_configured``.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .accesslog import flags as flag_registry
from .audit import record
from .config import get_settings
from .errors import Invalid, NotFound
from .outbox import enqueue, send_mail
from .store import Patient
from .store.cases import AlertMessage, AlertSeen, AlertSubscription
from .store.security import EmailConfirmation
from .timeutil import iso_local, utcnow

__all__ = ["send_mail"]  # re-exported: sending lives in indsigt.outbox
#: how long the link of a confirmation e-mail works
CONFIRM_DAYS = 7

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
        raise Invalid(
            f"Ukendt type advarsel: {', '.join(bad)}; brug {', '.join(KINDS)}.", field="kinds"
        )
    if not chosen:
        raise Invalid("Vælg mindst én type advarsel.", field="kinds")
    return chosen


def _email(value: str) -> str:
    email = (value or "").strip()
    if not _EMAIL_RE.match(email):
        raise Invalid("E-mailadressen er ikke gyldig.", field="email")
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
    confirmed = bool(sub and is_confirmed(session, patient, sub.email))
    return {
        "patient": patient,
        "viewer": patient,
        "enabled": bool(sub and sub.enabled),
        "email": sub.email if sub else None,
        "confirmed": confirmed,
        "awaiting_confirmation": bool(sub and sub.enabled and not confirmed),
        "kinds": list(sub.kinds) if sub else [],
        "available": [{"kind": k, "text": KIND_TEXT[k]} for k in KINDS],
        "sent": [
            {"time": iso_local(m.at), "kinds": list(m.kinds), "status": m.status} for m in messages
        ],
    }


def _current(session: Session, patient: str, at: datetime) -> dict[str, Any]:
    from .views.alerts import alert_document

    return alert_document(session, patient, at)


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
    if not is_confirmed(session, patient, email):
        ask_to_confirm(session, patient, email)
    session.flush()
    return subscription(session, patient)


def _hash(code: str) -> str:
    return hashlib.sha256(code.encode()).hexdigest()


def is_confirmed(session: Session, patient: str, email: str) -> bool:
    """Whether the citizen has confirmed the address (double opt-in): nothing but a confirmation
    e-mail is ever sent to an address before (alerts and appointment reminders alike)."""
    row = session.get(EmailConfirmation, (patient, email))
    return row is not None and row.confirmed_at is not None


def ask_to_confirm(session: Session, patient: str, email: str, purpose: str = "alerts") -> None:
    """A new link for (citizen, address), sent through the outbox (the old link stops working).
    ``purpose`` (``alerts`` or ``reminders``) says in the e-mail what was asked for."""
    code = secrets.token_urlsafe(32)
    row = session.get(EmailConfirmation, (patient, email))
    if row is None:
        row = EmailConfirmation(patient_id=patient, email=email)
        session.add(row)
    row.token_hash, row.created_at, row.confirmed_at = _hash(code), utcnow(), None
    subject, body = compose_confirmation(code, purpose)
    enqueue(session, kind="confirm", to=email, subject=subject, body=body, patient_id=patient)


#: what a confirmation e-mail says was asked for
PURPOSES = {
    "alerts": (
        "e-mailadvarsler fra indsigt til denne adresse: en besked, når der er nyt i loggen over,"
        " hvem der har set dine sundhedsoplysninger",
        "advarsler",
    ),
    "reminders": (
        "påmindelser om aftaler fra indsigt til denne adresse: en e-mail nogle dage før hver"
        " aftale",
        "påmindelser",
    ),
}


def compose_confirmation(code: str, purpose: str = "alerts") -> tuple[str, str]:
    """(subject, body) of the e-mail that asks to confirm an address. Names nobody."""
    asked, what = PURPOSES[purpose]
    link = get_settings().base_url.rstrip("/") + f"/underretninger/bekraeft?kode={code}"
    body = "\n".join(
        [
            "Hej,",
            "",
            f"Der er bedt om {asked}.",
            "",
            "Bekræft, at adressen er din, ved at åbne linket her:",
            link,
            "",
            f"Linket virker i {CONFIRM_DAYS} dage. Indtil du har bekræftet, sender vi ikke"
            f" {what} hertil.",
            "",
            "Har du ikke selv bedt om det, kan du se bort fra denne e-mail. Så får du ikke flere.",
            "",
            "Venlig hilsen",
            "indsigt",
        ]
    )
    return "Bekræft din e-mailadresse til indsigt", body + "\n"


def confirm(session: Session, code: str) -> str:
    """Confirm the address of a confirmation link. Returns the citizen's Patient id.

    The link's code is the proof (the owner of the mailbox followed it); no sign-in is needed."""
    row = session.scalars(
        select(EmailConfirmation).where(EmailConfirmation.token_hash == _hash(code or ""))
    ).first()
    if row is None or row.created_at < utcnow() - timedelta(days=CONFIRM_DAYS):
        raise NotFound("Linket er ugyldigt eller udløbet. Bed om et nyt under Underretninger.")
    if row.confirmed_at is None:
        row.confirmed_at = utcnow()
        record(session, row.patient_id, "alerts.confirm", row.patient_id, None, None)
        session.flush()
    return row.patient_id


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


def alerts_after_import(session: Session, since: datetime | None = None) -> list[dict[str, Any]]:
    """Evaluate every opted-in citizen with a confirmed address after an import and queue the
    e-mails that are due, in ``session``'s transaction (with each citizen's new baseline, so an
    alert is queued exactly when its baseline moves). Sends nothing itself.

    ``since`` is when the import began (recorded with each message; the evaluation itself compares
    with what each citizen already knows, so a late-arriving old entry still alerts once). Returns
    one summary per message (no names, no e-mail addresses). Commits nothing itself.
    """
    at = utcnow()
    out: list[dict[str, Any]] = []
    subs = session.scalars(
        select(AlertSubscription)
        .join(
            EmailConfirmation,
            (EmailConfirmation.patient_id == AlertSubscription.patient_id)
            & (EmailConfirmation.email == AlertSubscription.email),
        )
        .where(AlertSubscription.enabled.is_(True), EmailConfirmation.confirmed_at.is_not(None))
        .order_by(AlertSubscription.patient_id)
    ).all()
    for sub in subs:
        alert = evaluate(session, sub, at)
        if alert is None:
            continue
        subject, body = compose(alert)
        message = AlertMessage(
            patient_id=sub.patient_id,
            at=at,
            kinds=alert.kinds,
            subject=subject,
            status="queued",
            error=None,
        )
        session.add(message)
        session.flush()
        enqueue(
            session,
            kind="alert",
            to=alert.email,
            subject=subject,
            body=body,
            patient_id=sub.patient_id,
            alert_message_id=message.id,
        )
        record(
            session,
            "alerts",
            "alerts.queue",
            sub.patient_id,
            None,
            {"kinds": alert.kinds, "since": since.isoformat() if since else None},
        )
        out.append({"patient": sub.patient_id, "kinds": alert.kinds, "status": "queued"})
    session.flush()
    return out
