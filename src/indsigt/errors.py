"""Errors that adapters translate: CLI exit status, HTTP status."""

from __future__ import annotations


class IndsigtError(Exception):
    """Base class. ``message`` is Danish and safe to show to the caller."""

    exit_code = 1
    http_status = 400
    #: extra HTTP headers of the answer (e.g. ``Retry-After``)
    headers: dict[str, str] = {}  # noqa: RUF012

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Invalid(IndsigtError):
    """The input was refused. ``field`` names the service parameter the refusal is about
    (``"reason"``, ``"email"``, ...), or ``None`` when it is about the request as a whole: adapters
    put the message next to that field (a web form, the API's ``field``), never guessing it from
    the wording of the message."""

    exit_code = 2
    http_status = 422

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class Forbidden(IndsigtError):
    exit_code = 3
    http_status = 403


class NotFound(IndsigtError):
    exit_code = 4
    http_status = 404


class ProtectionUnavailable(IndsigtError):
    """The staff-name protection of a view could not be computed (the orders or the roster could
    not be read, the name matcher could not be built, a label could not be pinned, an order is not
    understood). No view is served: HTTP 503, exit status 5. The message is the same whatever the
    cause, so that a refusal does not tell the citizen whether anyone is hidden from them."""

    exit_code = 5
    http_status = 503

    def __init__(self, message: str = "") -> None:
        super().__init__(message or PROTECTION_UNAVAILABLE)


PROTECTION_UNAVAILABLE = (
    "Siden kan ikke vises lige nu, fordi en sikkerhedskontrol ikke kunne gennemføres. "
    "Prøv igen om lidt."
)
