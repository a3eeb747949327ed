"""The protection hook every citizen-facing view goes through (the one exit).

A :class:`ViewProtection` is built for one view ``(subject, viewer, t)``. Views use it twice:
``person()`` for structured author/actor fields (so a hidden person becomes a label even when the
name does not occur in text form), and ``scrub()`` last, over every string of the finished
document, so that no text reaches a citizen without passing the name matcher.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

#: a CPR number as a display or user name ("0101901234", "010190-1234", "cpr:0101901234"): a
#: staff member's CPR number (MinLog ``bruger``) is never shown; the person is unknown
_CPR_DISPLAY_RE = re.compile(r"\s*(?:cpr:)?\s*\d{6}[-\s]?\d{4}\s*", re.IGNORECASE)


def shown_display(display: str | None) -> str | None:
    """``display`` as a person's name may be shown, or None when it is a CPR number."""
    if display and _CPR_DISPLAY_RE.fullmatch(display) is not None:
        return None
    return display


#: keys whose values are identifiers, times or codes, never free text
STRUCTURAL_KEYS = frozenset(
    {
        "id",
        "patient",
        "viewer",
        "group",
        "time",
        "first",
        "last",
        "date",
        "kind",
        "flags",
        "count",
        "total",
        "state",
        "scope",
        "principal",
        "proxy",
        "from",
        "until",
        "status",
        "log_from",
    }
)


@dataclass(frozen=True)
class Where:
    """Where and when a note was written (``document.organization_id``, ``document.date``) and
    by whom (``document.author_staff_id``)."""

    organization: str | None
    at: datetime | None
    author: str | None = None


@dataclass(frozen=True)
class Written:
    """A note's text with its :class:`Where`: the protection reads it in that context (a name
    part shared by a hidden person and a colleague who worked there; ``names.present``).
    :func:`scrub` turns it into the protected string."""

    text: str | None
    where: Where


class ViewProtection(Protocol):
    hidden: frozenset[str]

    def person(self, staff_id: str | None, display: str | None) -> str | None:
        """What the viewer sees for a person: their name, or a label when hidden."""
        ...

    def text(self, text: str, where: Where | None = None) -> str:
        """Free text with every form of every hidden person's name replaced (``where``: the
        note's organisation and date, when known)."""
        ...

    def title(self, staff_id: str | None, title: str | None) -> str | None:
        """The job title the viewer may see for a person (``title`` is their real one): the
        same for someone not hidden; for a hidden person only the title their label shows, so
        None in blur mode and with ``keep_title: false``."""
        ...


class NoProtection:
    """Nothing hidden."""

    hidden: frozenset[str] = frozenset()

    def person(self, staff_id: str | None, display: str | None) -> str | None:
        return shown_display(display)

    def text(self, text: str, where: Where | None = None) -> str:
        return text

    def title(self, staff_id: str | None, title: str | None) -> str | None:
        return title


def scrub(doc: Any, protection: ViewProtection, skip: Iterable[str] = STRUCTURAL_KEYS) -> Any:
    """Run ``protection.text`` over every free-text string of a JSON-like document."""
    skip = frozenset(skip)
    if not protection.hidden:
        return doc

    def walk(value: Any, key: str | None) -> Any:
        if isinstance(value, str):
            return value if key in skip else protection.text(value)
        if isinstance(value, Written):
            return protection.text(value.text, value.where) if value.text else value.text
        if isinstance(value, dict):
            return {k: walk(v, k) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [walk(v, key) for v in value]
        return value

    return walk(doc, None)
