"""The one exit: every document that leaves toward a citizen or a proxy is built in this package.

A view is a function of (subject, viewer, time). Each goes through
:func:`indsigt.views.exit.citizen_view`, which authorises, builds the document and applies the
staff-name protection last. Adapters (CLI, HTTP API, web pages, exports, e-mail) only call these
functions and serialise what they return; they never read the store themselves (an
import-linter contract checks that).

The documents: the journal (:mod:`.journal`), the access log, a group of it and an entry of it
(:mod:`.log`), the citizen's misuse reports and name requests (:mod:`.cases`), powers of attorney
(:mod:`.proxies`), the session document (:mod:`.session`), the map data (:mod:`.maps`),
appointments (:mod:`.appointments`), the pregnancy record (:mod:`.pregnancy`), what an alert e-mail is made from (:mod:`.alerts`), and the
one parser of the log's filters (:mod:`.filters`). Exports (CSV, PDF) serialise the log view.
"""

from .exit import Own, Released, citizen_view, protection_for
from .integrity import entry_proof_view
from .journal import journal_search, journal_view, org_names
from .log import log_entry_view, log_group_view, log_view
from .pregnancy import pregnancy_documents_view, pregnancy_view

__all__ = [
    "Own",
    "Released",
    "citizen_view",
    "entry_proof_view",
    "journal_search",
    "journal_view",
    "log_entry_view",
    "log_group_view",
    "log_view",
    "org_names",
    "pregnancy_documents_view",
    "pregnancy_view",
    "protection_for",
]
