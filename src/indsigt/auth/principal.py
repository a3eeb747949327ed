"""Who is signed in (:class:`Principal`), the sign-in errors and the names every part shares."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

from ..errors import IndsigtError

#: the marking every surface of the development issuer carries
DEV_LOGIN_MARK = "UDVIKLINGS-LOGIN – kun til demo og test"
SESSION_COOKIE = "indsigt_session"
OIDC_STATE_COOKIE = "indsigt_oidc"
CSRF_HEADER = "X-CSRF-Token"
CSRF_FIELD = "csrf_token"
#: where the development issuer lives (issuer URL = base_url + this)
DEV_ISSUER_PATH = "/api/dev-login"
DEV_AUDIENCE = "indsigt-dev"
CPR_CLAIMS = ("cpr", "dk:gov:cpr", "https://data.gov.dk/model/core/eid/cprNumber")
STAFF_ROLES = ("admin", "auditor")
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})

Kind = Literal["citizen", "admin", "auditor", "professional"]


class Unauthenticated(IndsigtError):
    """No valid sign-in: HTTP 401."""

    exit_code = 3
    http_status = 401


class LoginUnavailable(IndsigtError):
    """The sign-in method asked for is not set up on this server: HTTP 404."""

    exit_code = 4
    http_status = 404


@dataclass(frozen=True)
class Principal:
    """Who is signed in. ``id`` is a Patient id (citizen) or an AppUser id (admin, auditor)."""

    kind: Kind
    id: str
    name: str
    roles: tuple[str, ...] = ()
    #: how this request authenticated: "session" (cookie) or "bearer" (ID token header)
    via: str = "session"

    @property
    def is_citizen(self) -> bool:
        return self.kind == "citizen"

    def has_role(self, role: str) -> bool:
        return role == self.kind or role in self.roles

    def public(self) -> dict[str, Any]:
        """What may be shown to the signed-in person themself (no CPR, no secrets)."""
        d = asdict(self)
        d["roles"] = list(self.roles)
        return d
