"""The store: tables and database access. No business rules.

Every table module must be imported here so that ``Base.metadata`` is complete.
"""

from . import models
from .base import Base
from .models import *  # noqa: F403

__all__ = ["Base", *models.__all__]
