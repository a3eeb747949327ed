"""Errors that adapters translate: CLI exit status, HTTP status."""

from __future__ import annotations


class IndsigtError(Exception):
    """Base class. ``message`` is Danish and safe to show to the caller."""

    exit_code = 1
    http_status = 400

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


class ProtectionUnavailable(IndsigtError):
    """Staff-name protection could not be computed for a view: no document is served (fail
    closed). HTTP 503, exit status 5."""

    exit_code = 5
    http_status = 503
