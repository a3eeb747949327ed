"""The store: tables and database access. No business rules.

Every table module must be imported here so that ``Base.metadata`` is complete.
"""

from . import models
from .accesslog import AccesslogPatient  # noqa: F401  (precomputed access-log tables)
from .appointments import CalendarFeed  # noqa: F401  (calendar feed and reminder tables)
from .base import Base
from .cases import MisuseCase  # noqa: F401  (reports, name requests, alerts tables)
from .integrity import MerkleLeaf  # noqa: F401  (tamper-evident log, completeness)
from .models import *  # noqa: F403
from .pregnancy import Pregnancy  # noqa: F401  (the shared pregnancy record's tables)
from .protection import LabelPin  # noqa: F401  (staff-name protection tables)
from .security import AuthSession  # noqa: F401  (sessions, identities, limits, mail outbox)

__all__ = ["Base", *models.__all__]
