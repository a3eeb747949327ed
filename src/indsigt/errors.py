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
    exit_code = 2
    http_status = 422


class Forbidden(IndsigtError):
    exit_code = 3
    http_status = 403


class NotFound(IndsigtError):
    exit_code = 4
    http_status = 404
