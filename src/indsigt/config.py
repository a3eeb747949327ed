"""Settings from the environment (INDSIGT_*), documented in the README."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DB = "sqlite:///indsigt.db"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="INDSIGT_", extra="ignore")

    db: str = DEFAULT_DB
    #: Database connections per server process: kept open, and extra ones (background work).
    #: A process lets at most ``db_pool_size`` requests in at once; the rest wait their turn, up
    #: to ``queue_seconds``, and are then answered 503 (see indsigt.admission).
    db_pool_size: int = 10
    db_max_overflow: int = 10
    queue_seconds: float = 30.0
    #: How long the server keeps an idle HTTP connection open (uvicorn's default is 5 s).
    keep_alive_seconds: int = 75
    #: File holding the pseudonym keys (JSON, key versions). Never in the repo, never in a response.
    key_file: Path | None = None
    #: Grace period after an episode of care ends in which accesses are still explained (days).
    episode_grace_days: int = 30
    #: Log retention (days); the national log service keeps two years.
    retention_days: int = 730
    #: Default length of a patient- or staff-kind order without an end date (days).
    order_default_days: int = 90
    #: Import limits against hostile input: the longest line (bytes) and the deepest JSON nesting.
    import_max_line_bytes: int = 8 * 1024 * 1024
    import_max_depth: int = 64
    #: Worker processes that read a big log file in ``indsigt import`` (0: one per CPU, at most
    #: 4; 1: none). The HTTP import always reads in the server process.
    import_workers: int = 0
    #: The base URL(s) of indsigt's own FHIR data, comma separated: an absolute reference with
    #: such a base is local (``https://fhir.example.dk/r4/Patient/p1``); one to any other server
    #: is never read as a local id.
    fhir_base: str = ""
    #: Application logs: level (DEBUG, INFO, WARNING ...) and format (json, or console for people).
    log_level: str = "INFO"
    log_format: str = "json"
    #: Largest accepted upload (bytes) in the HTTP import endpoint.
    max_upload_bytes: int = 200 * 1024 * 1024
    #: Largest accepted request body of every other request (bytes; 413 above, while streaming).
    max_body_bytes: int = 4 * 1024 * 1024
    #: Log-in: "dev" enables the clearly marked local development issuer (demo and tests only).
    dev_login: bool = False
    oidc_issuer: str | None = None
    oidc_audience: str | None = None
    oidc_jwks_url: str | None = None
    session_secret: str | None = None
    #: Expensive requests (a citizen's whole log, its exports) one user may have running at once,
    #: across every worker (indsigt.expensive); more are answered 429 with Retry-After.
    expensive_per_user: int = Field(2, ge=1)
    #: The heavy lane (indsigt.heavylane): a request about a log of at least ``heavy_entries``
    #: entries runs in a process of its own at OS priority ``nice heavy_nice`` (19: only the CPU
    #: the others leave), one at a time per worker; it waits at most ``heavy_queue_seconds`` for
    #: its turn (then 503), and the process ends after ``heavy_idle_seconds`` without work.
    heavy_lane: bool = True
    heavy_entries: int = Field(2000, ge=1)
    heavy_nice: int = Field(19, ge=0, le=19)
    heavy_queue_seconds: float = Field(120.0, gt=0)
    heavy_idle_seconds: float = Field(300.0, gt=0)
    #: The most notes an import or a new order reads and searches ahead for the protection
    #: (indsigt.protect.findings; 0: none). The notes of the citizens left over are searched at
    #: their first view and stored then, so an import into a large store stays bounded.
    precompute_notes: int = Field(20000, ge=0)
    #: The PDF export holds at most this many groups and entries (it says so; the CSV has all).
    pdf_max_groups: int = 300
    pdf_max_entries: int = 2000
    # -- rate limits (indsigt.ratelimit): N/seconds, counted in the database --
    #: misuse reports per user
    rate_reports: str = "20/3600"
    #: requests for the name behind a label per user
    rate_name_requests: str = "20/3600"
    #: turning e-mail alerts on, off or changing them, per user
    rate_alert_changes: str = "10/3600"
    #: sign-in attempts per client address
    rate_sign_in: str = "30/600"
    # -- sign-in and sessions (indsigt.auth; the README's "Log ind" section) --
    #: Secure cookies. None = secure exactly when INDSIGT_BASE_URL is https.
    cookie_secure: bool | None = None
    #: Idle time-out of a session (seconds).
    session_idle_seconds: int = 30 * 60
    #: Absolute lifetime of a session (seconds), however active.
    session_max_seconds: int = 8 * 3600
    #: How long a worker reuses a session it looked up (seconds, at most 5): logout, a role
    #: change, a removed user and dev login turned off reach every worker within this time.
    session_cache_seconds: float = Field(5.0, ge=0, le=5)
    #: The OIDC client id (default: the audience).
    oidc_client_id: str | None = None
    #: A separate OpenID provider for staff (e.g. the region's AD FS), whose tokens make staff
    #: users through an explicit mapping of one claim's values to roles (never citizens).
    staff_oidc_issuer: str | None = None
    staff_oidc_audience: str | None = None
    staff_oidc_jwks_url: str | None = None
    staff_oidc_client_id: str | None = None
    #: The staff token's claim that carries groups or roles (a list or a space-separated string).
    staff_role_claim: str = "groups"
    #: ``value=role`` pairs, comma separated (role: admin or auditor), e.g.
    #: ``indsigt-ledelse=admin,indsigt-revision=auditor``; admin wins when both match.
    staff_role_map: str = ""
    smtp_host: str | None = None
    smtp_port: int = 25
    smtp_from: str = "indsigt@localhost"
    #: One SMTP attempt of the background sender gives up after this long (seconds).
    smtp_timeout_seconds: float = 30.0
    #: The mail outbox (indsigt.outbox): how often the sender looks for due e-mails (seconds),
    #: the first retry's wait (doubling up to the maximum) and how many attempts before giving up.
    outbox_poll_seconds: float = 2.0
    outbox_retry_seconds: float = 30.0
    outbox_retry_max_seconds: float = 3600.0
    outbox_max_attempts: int = 10
    base_url: str = "http://127.0.0.1:8000"
    #: The name of this log in its signed tree heads (C2SP checkpoint origin and key name), e.g.
    #: "indsigt.regionsyddanmark.dk/log". Set it once; changing it starts a new key name.
    log_origin: str = "indsigt.localhost/log"
    #: Users whose accesses are by machines (integrations, batch jobs), comma separated.
    system_users: str = ""

    @model_validator(mode="after")
    def _separate_staff_issuer(self) -> Settings:
        for name in ("rate_reports", "rate_name_requests", "rate_alert_changes", "rate_sign_in"):
            count, sep, seconds = str(getattr(self, name)).partition("/")
            if not (sep and count.isdigit() and seconds.isdigit() and int(count) and int(seconds)):
                raise ValueError(f"INDSIGT_{name.upper()} must be N/seconds, e.g. 20/3600")
        if self.staff_oidc_issuer:
            if self.staff_oidc_issuer == self.oidc_issuer:
                raise ValueError(
                    "INDSIGT_STAFF_OIDC_ISSUER must be another issuer than INDSIGT_OIDC_ISSUER "
                    "(the citizens' provider must never be able to give staff roles)"
                )
            if not (self.staff_oidc_audience and self.staff_oidc_jwks_url):
                raise ValueError(
                    "INDSIGT_STAFF_OIDC_ISSUER needs INDSIGT_STAFF_OIDC_AUDIENCE and "
                    "INDSIGT_STAFF_OIDC_JWKS_URL"
                )
            if not self.staff_roles():
                raise ValueError(
                    "INDSIGT_STAFF_OIDC_ISSUER needs an explicit INDSIGT_STAFF_ROLE_MAP "
                    "(value=admin,value=auditor)"
                )
        return self

    def staff_roles(self) -> dict[str, str]:
        """The staff issuer's claim value -> role mapping (INDSIGT_STAFF_ROLE_MAP)."""
        out: dict[str, str] = {}
        for pair in self.staff_role_map.split(","):
            value, sep, role = pair.strip().partition("=")
            if not sep:
                continue
            if role.strip() not in ("admin", "auditor"):
                raise ValueError(f"INDSIGT_STAFF_ROLE_MAP: unknown role {role.strip()!r}")
            out[value.strip()] = role.strip()
        return out

    def resolved_key_file(self) -> Path:
        """INDSIGT_KEY_FILE, else beside an SQLite database's file (``x.db`` -> ``x.db.key``),
        else ``indsigt.key`` (another database, or one in memory)."""
        if self.key_file is not None:
            return self.key_file
        path = sqlite_file(self.db)
        if path is not None:
            return path.with_name(path.name + ".key")
        return Path("indsigt.key")


def sqlite_file(url: str) -> Path | None:
    """The file of an SQLite database URL as SQLAlchemy opens it, or None for another database
    and one in memory. Parsed by SQLAlchemy, not by its text: ``sqlite+pysqlite:///x.db`` and
    ``sqlite:///x.db?mode=ro`` are the file ``x.db``, ``sqlite:////abs/x.db`` is ``/abs/x.db``,
    ``sqlite:///file:x.db?uri=true`` (an SQLite URI) is ``x.db``, and ``sqlite://``,
    ``sqlite:///:memory:`` and ``sqlite:///file:x?mode=memory&uri=true`` are no file."""
    from urllib.parse import unquote, urlsplit

    from sqlalchemy.engine import make_url  # loaded only when a database is being looked at

    u = make_url(url)
    if u.get_backend_name() != "sqlite":
        return None
    name = u.database or ""
    if u.query.get("uri") in ("true", "1") and name.startswith("file:"):
        if u.query.get("mode") == "memory":
            return None
        name = unquote(urlsplit(name).path)
    if name in ("", ":memory:"):
        return None
    return Path(name)


@lru_cache
def get_settings() -> Settings:
    """The process's settings, read from the environment once (see :func:`configure`)."""
    return Settings()


def env_name(field: str) -> str:
    return f"INDSIGT_{field.upper()}"


def _env_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def configure(**changes: Any) -> Settings:
    """Change settings while the process runs: the one way to do it.

    A command that decides a setting itself (``--db``, ``indsigt demo`` turning on the
    development sign-in) calls this instead of writing ``os.environ`` or reading settings it
    computed on the side. The values go into the environment, which is the only source of
    settings and which the server's worker processes inherit, and the cached settings are read
    again, so nothing keeps using a value that was read before the change (``make demo`` once
    served a sign-in page with no way in over a stray ``indsigt.db``: the settings had been
    cached before the demo set the database and the development sign-in).
    ``None`` removes a setting (back to its default).
    """
    unknown = sorted(set(changes) - set(Settings.model_fields))
    if unknown:
        raise TypeError(f"unknown settings: {', '.join(unknown)}")
    for name, value in changes.items():
        if value is None:
            os.environ.pop(env_name(name), None)
        else:
            os.environ[env_name(name)] = _env_text(value)
    get_settings.cache_clear()
    return get_settings()
