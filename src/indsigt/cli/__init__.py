"""Command line. Each area registers its commands in its own module."""

from .main import app

# areas that add commands to ``app``
for _mod in ("orders", "ops"):
    try:
        __import__(f"{__name__}.{_mod}")
    except ImportError as _exc:  # pragma: no cover - area not built yet
        if _exc.name != f"{__name__}.{_mod}":
            raise

__all__ = ["app"]
