"""Command line. Each area registers its commands on ``app`` in its own module."""

from . import ops, orders  # noqa: F401  (register their commands)
from .main import app

__all__ = ["app"]
