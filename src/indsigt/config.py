"""Settings from the environment (INDSIGT_*), documented in the README."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

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
    #: Application logs: level (DEBUG, INFO, WARNING ...) and format (json, or console for people).
    log_level: str = "INFO"
    log_format: str = "json"
    #: Largest accepted upload (bytes) in the HTTP import endpoint.
    max_upload_bytes: int = 200 * 1024 * 1024
    #: Log-in: "dev" enables the clearly marked local development issuer (demo and tests only).
    dev_login: bool = False
    oidc_issuer: str | None = None
    oidc_audience: str | None = None
    oidc_jwks_url: str | None = None
    session_secret: str | None = None
    smtp_host: str | None = None
    smtp_port: int = 25
    smtp_from: str = "indsigt@localhost"
    base_url: str = "http://127.0.0.1:8000"
    #: The name of this log in its signed tree heads (C2SP checkpoint origin and key name), e.g.
    #: "indsigt.regionsyddanmark.dk/log". Set it once; changing it starts a new key name.
    log_origin: str = "indsigt.localhost/log"
    #: Users whose accesses are by machines (integrations, batch jobs), comma separated.
    system_users: str = ""

    def resolved_key_file(self) -> Path:
        if self.key_file is not None:
            return self.key_file
        if self.db.startswith("sqlite:///") and self.db != "sqlite:///:memory:":
            path = Path(self.db.removeprefix("sqlite:///"))
            return path.with_name(path.name + ".key")
        return Path("indsigt.key")


@lru_cache
def get_settings() -> Settings:
    return Settings()
