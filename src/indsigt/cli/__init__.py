"""Command line. Each area registers its commands on ``app`` (``cli/app.py``) in its own module."""

from . import accesslog, integrity, main, ops, orders  # noqa: F401  (register their commands)
from .app import app

__all__ = ["app"]
