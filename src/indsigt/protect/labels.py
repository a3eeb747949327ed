"""Labels for hidden staff: keyed, stable, per-citizen pseudonyms; blur labels; auditor reveal.

Pseudonym mode
    A hidden person gets ``"<job title> <code>"``, e.g. ``"Sygeplejerske d5dffae"``. The code is the
    first seven hex digits of ``HMAC-SHA256(key, message)`` with the secret key of
    :mod:`indsigt.protect.keys`, where the message is ``citizen \\x1f staff id`` (see
    :func:`code_for` for the exact format; ``tests/test_labels.py`` holds known-answer vectors). It
    depends on the *data subject* (the citizen whose data is shown), never on the viewer, so a proxy
    sees the same labels as the citizen; between two citizens the codes are unrelated (unlinkable)
    because the key is secret.

Titled and untitled: two forms, never one code
    An order with ``"keep_title": false`` shows ``"Sundhedsperson <code>"`` instead of the job
    title. The titled and the untitled label of one person toward one citizen never share a code,
    or the citizen could put the title back ("Sundhedsperson 4b1e09c" is "Sygeplejerske 4b1e09c"):
    the untitled form has its own code (the message carries ``untitled``). And once a person has
    been shown untitled to a citizen, they stay untitled toward that citizen, also when the order
    that hid the title ends and a titled one still covers them: showing the title then would name
    the job of the person behind every untitled label already shown. The safe direction only:
    titled -> untitled makes a new code; untitled never becomes titled.

Pinned
    The first time a label is made for (citizen, person, form) it is pinned in ``label_pin``: the
    key version, the code and the job title of that moment. Every later view uses the pin, so a label
    never changes: not on another day, not after a key rotation, not when the person changes job.
    Should two people of one citizen ever get the same code, the later one is made with a counter
    (``... \\x1f n``) so that a code names one person per citizen.

A code never reads as a word
    Hex digits include six letters, and seven of them can spell a name or a typo of one
    ("Sygeplejerske ebbe0b9", "aaae0b9" one letter from Aase, "ea" a Danish given name). A citizen
    would read a name into the label, and by chance it could even be the hidden person's. So a
    code is used only when no two of its letters stand next to each other (:func:`reads_as_code`);
    otherwise the next counter is tried, exactly as for a clash (about half of all codes pass, so
    two tries on average). Codes pinned before this rule stay as they are: a label never changes.

Blur mode
    ``"Sundhedsperson"`` for everyone: no identity, no pin, nothing to reveal, no title.

Reveal
    An app user with role ``auditor`` may ask who a pseudonym stands for, with a reason. Every
    reveal (and every refused attempt, see :func:`record_failed_reveal`) goes to the audit trail.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..audit import record
from ..errors import Invalid, NotFound
from ..store import Organization, Patient, Staff, StaffRole
from ..store.protection import LabelPin
from ..timeutil import iso_local, utcnow
from ..users import require_role
from .keys import keys_for

#: the label of blur mode, and the word used instead of a job title when the title is not shown
BLUR_LABEL = "Sundhedsperson"
GENERIC_TITLE = "Sundhedsperson"
CODE_LENGTH = 7
_CODE_RE = re.compile(rf"^[0-9a-f]{{{CODE_LENGTH}}}$")
_MAX_COUNTER = 4096
_LETTER_PAIR = re.compile(r"[a-f]{2}")


def code_for(key: bytes, patient: str, staff: str, counter: int = 0, *, titled: bool = True) -> str:
    """The short code of ``staff`` toward ``patient`` under ``key`` (hex, CODE_LENGTH digits).

    The HMAC-SHA256 message is the UTF-8 of ``patient \\x1f staff``, then ``\\x1f untitled`` for
    the untitled form, then ``\\x1f <counter>`` when the counter is not 0. Pins remember the
    counter and the form, so changing this format makes every pinned code unverifiable:
    ``tests/test_labels.py`` pins it with known-answer vectors."""
    parts = [patient, staff]
    if not titled:
        parts.append("untitled")
    if counter:
        parts.append(str(counter))
    msg = "\x1f".join(parts)
    return hmac.new(key, msg.encode("utf-8"), hashlib.sha256).hexdigest()[:CODE_LENGTH]


def reads_as_code(code: str) -> bool:
    """True when no two letters of ``code`` stand together, so it cannot spell a name or initials."""
    return _LETTER_PAIR.search(code) is None


def pick_code(
    key: bytes,
    patient: str,
    staff: str,
    taken: set[str] | frozenset[str] = frozenset(),
    *,
    titled: bool = True,
) -> tuple[int, str]:
    """``(counter, code)``: the first counter whose code reads as a code and is not ``taken``."""
    for counter in range(_MAX_COUNTER):
        code = code_for(key, patient, staff, counter, titled=titled)
        if reads_as_code(code) and code not in taken:
            return counter, code
    raise RuntimeError("no free label code")  # pragma: no cover - about 0.52**4096


def format_label(code: str, title: str | None, *, keep_title: bool = True) -> str:
    """``"Sygeplejerske d5dffae"``; ``"Sundhedsperson d5dffae"`` without (or with no known) title."""
    shown = _cap(title) if keep_title and title else GENERIC_TITLE
    return f"{shown} {code}"


def _cap(title: str) -> str:
    title = " ".join(title.split())
    return title[:1].upper() + title[1:]


def db_url_of(session: Session) -> str:
    """The database URL of a session, password masked (finds the key file of the database)."""
    return session.get_bind().url.render_as_string(hide_password=True)


TITLED, UNTITLED = "titled", "untitled"


class Labeler:
    """Makes (and pins) the labels of one data subject; one per view, caches what it made."""

    def __init__(self, session: Session, subject: str) -> None:
        self.session = session
        self.subject = subject
        # (staff, form) -> (code, title)
        self._pins: dict[tuple[str, str], tuple[str, str | None]] | None = None
        self._codes: set[str] = set()

    def _load(self) -> dict[tuple[str, str], tuple[str, str | None]]:
        if self._pins is None:
            rows = self.session.execute(
                select(LabelPin.staff_id, LabelPin.form, LabelPin.code, LabelPin.title).where(
                    LabelPin.patient_id == self.subject
                )
            ).all()
            self._pins = {(sid, form): (code, title) for sid, form, code, title in rows}
            self._codes = {code for code, _ in self._pins.values()}
        return self._pins

    def pin(
        self, staff_id: str, title: str | None, *, titled: bool = True
    ) -> tuple[str, str, str | None]:
        """The pinned ``(form, code, title)`` of ``staff_id``: the untitled pin whenever there is
        one (untitled is for good), else the pin of the form asked for, pinned now with the current
        key if new."""
        pins = self._load()
        for form in (UNTITLED, TITLED if titled else UNTITLED):
            found = pins.get((staff_id, form))
            if found is not None:
                return (form, *found)
        form = TITLED if titled else UNTITLED
        current, keys = keys_for(db_url_of(self.session))
        for _attempt in range(3):
            counter, code = pick_code(
                keys[current], self.subject, staff_id, self._codes, titled=titled
            )
            row = _insert_pin(
                self.session,
                {
                    "patient_id": self.subject,
                    "staff_id": staff_id,
                    "form": form,
                    "key_version": current,
                    "counter": counter,
                    "code": code,
                    "title": title,
                    "created_at": utcnow(),
                },
            )
            if row is None:  # not inserted: pinned by another view meanwhile, or a code clash
                row = self.session.execute(
                    select(LabelPin.code, LabelPin.title).where(
                        LabelPin.patient_id == self.subject,
                        LabelPin.staff_id == staff_id,
                        LabelPin.form == form,
                    )
                ).first()
            if row is not None:
                pins[(staff_id, form)] = (row[0], row[1])
                self._codes.add(row[0])
                return (form, row[0], row[1])
            # another view pinned someone else with this code meanwhile: reload and try again
            self._pins = None
            pins = self._load()
        raise RuntimeError("could not pin a label")  # pragma: no cover - needs three races

    def label(
        self, staff_id: str, *, mode: str, keep_title: bool, title: Callable[[str], str | None]
    ) -> str:
        """The label the subject sees for a hidden person (``title`` gives the current job title)."""
        return self.shown(staff_id, mode=mode, keep_title=keep_title, title=title)[0]

    def shown(
        self, staff_id: str, *, mode: str, keep_title: bool, title: Callable[[str], str | None]
    ) -> tuple[str, str | None]:
        """``(label, job title shown in it or None)`` of a hidden person."""
        if mode == "blur":
            return BLUR_LABEL, None
        if mode != "pseudonym":
            raise ValueError(f"unknown protection mode {mode!r}")
        form, code, pinned_title = self.pin(staff_id, title(staff_id), titled=keep_title)
        label = format_label(code, pinned_title, keep_title=form == TITLED)
        shown_title = label[: -len(code) - 1] if form == TITLED and pinned_title else None
        return label, shown_title


def _insert_pin(session: Session, values: dict[str, Any]) -> tuple[str, str | None] | None:
    """Insert a pin unless one conflicts; returns (code, title) when this call inserted it."""
    dialect = session.get_bind().dialect
    if dialect.name in ("sqlite", "postgresql"):
        ins = (sqlite if dialect.name == "sqlite" else postgresql).insert(LabelPin)
        stmt = ins.values(**values).on_conflict_do_nothing()
        if dialect.insert_returning:
            row = session.execute(stmt.returning(LabelPin.code, LabelPin.title)).first()
            return (row[0], row[1]) if row is not None else None
        session.execute(stmt)
        return None
    try:  # pragma: no cover - other databases
        with session.begin_nested():
            session.execute(LabelPin.__table__.insert().values(**values))
    except IntegrityError:  # pragma: no cover
        pass
    return None  # pragma: no cover


def parse_label(label: str) -> str:
    """The code of a pseudonym label (``"Sygeplejerske d5dffae"`` or just ``"d5dffae"``)."""
    text = " ".join(label.split())
    if text.casefold() == BLUR_LABEL.casefold():
        raise Invalid(
            f"«{BLUR_LABEL}» er en sløret etiket uden identitet; den kan ikke afsløres. "
            "Brug ordrelisten (indsigt orders list) for at se, hvem en ordre dækker."
        )
    code = text.rsplit(" ", 1)[-1].lower()
    if not _CODE_RE.match(code):
        raise Invalid(
            f"{label!r} er ikke en pseudonym-etiket; den skal slutte med en kode på "
            f"{CODE_LENGTH} tegn (0-9, a-f), fx «Sygeplejerske d5dffae»"
        )
    return code


def reveal(
    session: Session, patient: str, label: str, *, auditor: str, reason: str
) -> dict[str, Any]:
    """Who ``label`` stands for in ``patient``'s views. Only for an app user with role auditor.

    Raises Forbidden (exit 3) for anyone else, Invalid (exit 2) without a reason or for a label
    that cannot be revealed, NotFound (exit 4) when the label was never shown to this citizen.
    Every reveal is recorded in the audit trail with the auditor, the label and the reason.
    """
    require_role(session, auditor, "auditor")
    reason = (reason or "").strip()
    if not reason:
        raise Invalid("en begrundelse er påkrævet (--reason)")
    if session.get(Patient, patient) is None:
        raise NotFound(f"borgeren {patient!r} findes ikke")
    code = parse_label(label)
    pin = session.scalars(
        select(LabelPin).where(LabelPin.patient_id == patient, LabelPin.code == code)
    ).first()
    if pin is None:
        raise NotFound(f"etiketten {label!r} er ikke vist for borgeren {patient!r}")
    staff = session.get(Staff, pin.staff_id)
    _, keys = keys_for(db_url_of(session))
    key = keys.get(pin.key_version)
    verified = key is not None and hmac.compare_digest(
        code_for(key, patient, pin.staff_id, pin.counter, titled=pin.form == TITLED), pin.code
    )
    roles = session.execute(
        select(StaffRole.title, StaffRole.organization_id, Organization.name)
        .outerjoin(Organization, Organization.id == StaffRole.organization_id)
        .where(StaffRole.staff_id == pin.staff_id)
        .order_by(StaffRole.id)
    ).all()
    record(
        session,
        auditor,
        "label.reveal",
        patient,
        reason,
        {"label": label, "code": code, "staff": pin.staff_id, "key_version": pin.key_version},
    )
    session.flush()
    return {
        "patient": patient,
        "label": label,
        "staff": {
            "id": pin.staff_id,
            "name": staff.name if staff else None,
            "titles": [t for t, _, _ in roles if t],
            "organizations": [
                {"id": oid, "name": name} for _, oid, name in roles if oid is not None
            ],
        },
        "pinned_title": pin.title,
        "form": pin.form,
        "first_shown": iso_local(pin.created_at),
        "key_version": pin.key_version,
        "verified": verified,
        "auditor": auditor,
        "reason": reason,
    }


def record_failed_reveal(
    session: Session, auditor: str | None, patient: str, label: str, reason: str | None, error: str
) -> None:
    """Record a refused or failed reveal attempt (called in its own transaction by adapters)."""
    record(
        session,
        auditor or "(ukendt)",
        "label.reveal_failed",
        patient,
        reason,
        {"label": label, "error": error},
    )
