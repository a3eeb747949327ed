"""Who is looking at which page: the per-request context of the web pages.

Sign-in, sessions, CSRF and powers of attorney come from :mod:`indsigt.auth`; this module only
collects them for the templates and turns "not signed in" into a redirect to the log-in page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from .. import auth, lookups
from ..config import get_settings
from ..errors import Forbidden

CITIZEN_NAV = (
    ("/", "Forside"),
    ("/journal", "Min journal"),
    ("/aftaler", "Aftaler"),
    ("/log", "Min log"),
    ("/kort", "Kort"),
    ("/sager", "Sager"),
    ("/fuldmagter", "Fuldmagter"),
    ("/underretninger", "Underretninger"),
)
PROXY_NAV = (
    ("/", "Forside"),
    ("/journal", "Journal"),
    ("/aftaler", "Aftaler"),
    ("/log", "Log"),
    ("/kort", "Kort"),
    ("/sager", "Sager"),
    ("/fuldmagter", "Fuldmagter"),
)
#: a health professional (the pregnancy record, issue 16)
PROFESSIONAL_NAV = (("/fagperson", "Mine gravide"),)

#: (path, label, the role needed to open it; None = administrators and auditors alike)
ADMIN_NAV = (
    ("/admin", "Overblik", None),
    ("/admin/ordrer", "Beskyttelse", None),
    ("/admin/sager", "Anmeldelser", "admin"),
    ("/admin/navne", "Navneanmodninger", "auditor"),
    ("/admin/kort", "Kort", None),
    ("/admin/logkontrol", "Logkontrol", "admin"),
    ("/admin/revisionsspor", "Revisionsspor", None),
)


class LoginRequired(Exception):
    """Raised by page dependencies when nobody is signed in (becomes a redirect)."""


@dataclass
class Page:
    """The request context every page template gets."""

    request: Request
    session: Session
    user: auth.Principal | None
    #: whose data the pages show (a Patient id; the citizen or a principal)
    subject: str | None = None
    subject_name: str = ""
    own: bool = True
    choices: list[auth.PrincipalChoice] = field(default_factory=list)
    #: scopes of the power of attorney in force ("journal", "log"); both when own data
    scope: list[str] = field(default_factory=lambda: ["journal", "log", "pregnancy"])

    @property
    def viewer(self) -> str | None:
        return self.user.id if self.user else None

    @property
    def nav(self) -> tuple[tuple[str, str], ...]:
        if self.user is None:
            return ()
        if self.user.kind == "professional":
            return PROFESSIONAL_NAV
        if self.user.kind == "citizen" and self.pregnant:  # issue 16: "Min graviditet"
            base = CITIZEN_NAV if self.own else PROXY_NAV
            return (
                *base[:3],
                ("/graviditet", "Min graviditet" if self.own else "Graviditet"),
                *base[3:],
            )
        if self.user.kind != "citizen":
            # only the pages this user may open
            return tuple(
                (path, label)
                for path, label, role in ADMIN_NAV
                if role is None or self.user.has_role(role)
            )
        return CITIZEN_NAV if self.own else PROXY_NAV

    @property
    def pregnant(self) -> bool:
        """Whether the subject has a pregnancy record the viewer may see (issue 16)."""
        if "_pregnant" not in self.__dict__:
            self.__dict__["_pregnant"] = "pregnancy" in self.scope and lookups.has_pregnancy(
                self.session, self.subject
            )
        return bool(self.__dict__["_pregnant"])

    def template_context(self) -> dict[str, Any]:
        return {
            "page": self,
            "user": self.user,
            "csrf": auth.csrf_token(self.request),
            "dev_login": get_settings().dev_login,
            "dev_mark": auth.DEV_LOGIN_MARK,
            "path": self.request.url.path,
        }


def _principal(request: Request, session: Session) -> auth.Principal | None:
    return auth.optional_user(request, session)


def optional_page(request: Request, session: auth.DbSession) -> Page:
    """Dependency: the page context, signed in or not."""
    return Page(request, session, _principal(request, session))


def citizen_page(request: Request, session: auth.DbSession) -> Page:
    """Dependency: a signed-in citizen (or proxy) and whose data they look at."""
    user = _principal(request, session)
    if user is None:
        raise LoginRequired
    if user.kind != "citizen":
        raise Forbidden("Siden er for borgere. Du er logget ind som medarbejder.")
    from ..views.session import citizen_session_view

    subject = auth.acting_for_id(request, session, user)
    # whose data may be shown, with names protected as in /api/me (the view layer)
    me = citizen_session_view(session, user.id, user.name, acting_for=subject)
    choices = [auth.PrincipalChoice(**c) for c in me["choices"]]
    current = next((c for c in choices if c.patient == subject), choices[0])
    return Page(
        request,
        session,
        user,
        subject=subject,
        subject_name=current.name,
        own=subject == user.id,
        choices=choices,
        scope=list(current.scope),
    )


def staff_page(request: Request, session: auth.DbSession) -> Page:
    """Dependency: a signed-in administrator or auditor."""
    user = _principal(request, session)
    if user is None:
        raise LoginRequired
    if not (user.has_role("admin") or user.has_role("auditor")):
        raise Forbidden("Siden er kun for administratorer og revisorer.")
    return Page(request, session, user)


def admin_page(page: Page = Depends(staff_page)) -> Page:
    if not page.user or not page.user.has_role("admin"):
        raise Forbidden("Siden er kun for administratorer.")
    return page


def auditor_page(page: Page = Depends(staff_page)) -> Page:
    if not page.user or not page.user.has_role("auditor"):
        raise Forbidden("Siden er kun for revisorer.")
    return page


def common_context(request: Request) -> dict[str, Any]:
    """Fallback context for pages rendered without a :class:`Page` (errors)."""
    principal = request.scope.get("indsigt.principal")
    return {
        "page": None,
        "user": principal,
        "csrf": auth.csrf_token(request) if "session" in request.scope else "",
        "dev_login": get_settings().dev_login,
        "dev_mark": auth.DEV_LOGIN_MARK,
        "path": request.url.path,
    }
