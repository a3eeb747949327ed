"""The one exit: the function every citizen-facing document passes through.

:func:`citizen_view` authorises the viewer for the subject's data, computes the protection in
force for this view (orders toward the subject, toward the viewer and toward everyone), lets the
builder make the document with it (``protection.person`` for author and actor fields), and then
runs the name protection over every free-text string of the result (``protect.base.scrub``),
last. Nothing else calls ``scrub``; a test checks that.

Two kinds of text are not ordinary text:

- :class:`Own` - words a citizen wrote (a misuse report, a name request). They are shown back to
  their author exactly as written and never run through the name matcher for them: a citizen who
  wrote "Hans Skov" and got back "Overlæge 3140211" would learn who is behind that label. Anyone
  else who sees them (a proxy, the principal of the proxy who wrote them) gets them protected
  like any other text.
- :class:`Released` - a value a decision has released to this viewer (the name an auditor
  granted in answer to a name request). It passes unchanged.

Text staff write to a citizen (a case answer, an auditor's reasons) is ordinary text: protected.

Fail closed: when protection cannot be computed, or fails on the document, no document is
returned; :class:`~indsigt.errors.ProtectionUnavailable` is raised instead (HTTP 503, CLI exit 5).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from .. import authz
from ..errors import PROTECTION_UNAVAILABLE, IndsigtError, ProtectionUnavailable
from ..protect.base import STRUCTURAL_KEYS, ViewProtection, scrub
from ..protect.cache import few_collections
from ..timeutil import utcnow

#: one message whatever the cause, so that a refusal does not tell whether anyone is hidden
UNAVAILABLE = PROTECTION_UNAVAILABLE


@dataclass(frozen=True)
class Own:
    """Text written by the citizen ``author`` (a Patient id): verbatim to them, protected for
    everyone else."""

    text: str
    author: str


@dataclass(frozen=True)
class Released:
    """A value released to this viewer by an authorised decision; passes unchanged."""

    value: str | None


def protection_for(session: Session, subject: str, viewer: str, at: datetime) -> ViewProtection:
    """The protection in force for the view ``(subject, viewer, at)``; fails closed."""
    from ..protect.policy import protection_for_view

    try:
        return protection_for_view(session, subject, viewer, at)
    except IndsigtError:
        raise
    except Exception as exc:
        _log_failure("protection_failed", exc)
        raise ProtectionUnavailable(UNAVAILABLE) from exc


def _log_failure(event: str, exc: Exception) -> None:
    from ..logging import get_logger

    get_logger("indsigt.views").error(event, error=type(exc).__name__)


def citizen_view(
    session: Session,
    subject: str,
    viewer: str | None,
    at: datetime | None,
    scope: str | None,
    build: Callable[[ViewProtection], dict[str, Any]],
    *,
    own_only: str | None = None,
    wrapped: bool = False,
    structural: frozenset[str] = frozenset(),
) -> dict[str, Any]:
    """Authorise, build, protect: the document ``build(protection)`` as ``viewer`` may see it.

    ``scope`` is the part of the subject's data the view shows ("journal" or "log"; a proxy
    needs a power of attorney for it); ``None`` for documents about the viewer's own dealings
    (their powers of attorney, their session), where the viewer must be the subject.
    ``own_only`` refuses everyone but the subject, with that message (name requests).
    ``wrapped`` says the document holds :class:`Own` or :class:`Released` values.
    ``structural`` names more keys whose values are codes, never free text (hashes, signatures).
    """
    from ..errors import Forbidden

    viewer = viewer or subject
    at = at or utcnow()
    if scope is not None:
        authz.authorize(session, subject, viewer, at, scope)
    elif subject != viewer:
        raise Forbidden("Du har ikke adgang til denne borgers oplysninger.")
    if own_only is not None and subject != viewer:
        raise Forbidden(own_only)
    # a big journal makes many objects at once: fewer garbage collections meanwhile
    with few_collections():
        protection = protection_for(session, subject, viewer, at)
        doc = build(protection)
        out = protect(doc, protection, viewer, wrapped=wrapped, structural=structural)
        _save_findings(protection)
        return out


def _save_findings(protection: ViewProtection) -> None:
    """Store the notes' findings the view searched (``protect.findings``): after the document
    is made, best effort (a failure costs a search at the next view, never the view)."""
    save = getattr(protection, "save_findings", None)
    if save is None:
        return
    try:
        save()
    except Exception as exc:
        _log_failure("findings_not_stored", exc)


def protect(
    doc: Any,
    protection: ViewProtection,
    viewer: str,
    *,
    wrapped: bool = False,
    structural: frozenset[str] = frozenset(),
) -> Any:
    """Run the protection over a finished document (last), then settle :class:`Own` and
    :class:`Released` values for ``viewer``. Raises ProtectionUnavailable when it fails."""
    try:
        out = (
            scrub(doc, protection, STRUCTURAL_KEYS | structural)
            if structural
            else scrub(doc, protection)
        )
        return _settle(out, protection, viewer) if wrapped else out
    except IndsigtError:
        raise
    except Exception as exc:
        _log_failure("protection_failed", exc)
        raise ProtectionUnavailable(UNAVAILABLE) from exc


def _settle(value: Any, protection: ViewProtection, viewer: str) -> Any:
    if isinstance(value, Own):
        if value.author == viewer:
            return value.text
        return protection.text(value.text) if protection.hidden else value.text
    if isinstance(value, Released):
        return value.value
    if isinstance(value, dict):
        return {k: _settle(v, protection, viewer) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_settle(v, protection, viewer) for v in value]
    return value
