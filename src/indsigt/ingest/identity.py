"""Every name, identifier and telecom of a person resource, for the staff identity history.

A Practitioner may carry several ``HumanName`` (official, usual, nickname, maiden, old, in any
order), identifiers of any system (CPR, authorisation id, user names with or without a domain,
local employee numbers) and telecoms. All of them are kept (``staff_name``, ``staff_alias``): a
name the person no longer uses is still a name to hide.
"""

from __future__ import annotations

import re
from typing import Any

from .common import CPR_SYSTEM, USERNAME_SYSTEMS

#: the Danish authorisation register (Autorisationsregistret), as DK-core names it
AUTH_SYSTEMS = frozenset({"https://autregweb.sst.dk", "http://autregweb.sst.dk"})
_AUTH_HINT = re.compile(r"autreg|autori[sz]ation|authori[sz]ation", re.IGNORECASE)
_USER_HINT = re.compile(
    r"user.?name|user.?id|login|brugernavn|brugerid|samaccountname|\bupn\b|active.?directory"
    r"|[:/]ad[:/]|[:/]ad$",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONES = frozenset({"phone", "fax", "sms", "pager"})


def _strings(values: Any) -> list[str]:
    return [v.strip() for v in values or [] if isinstance(v, str) and v.strip()]


def human_name(n: dict[str, Any]) -> tuple[str, str, str] | None:
    """(given, family, prefix) of one HumanName; ``text`` is split when there are no parts."""
    given = " ".join(_strings(n.get("given")))
    family = n.get("family").strip() if isinstance(n.get("family"), str) else ""
    prefix = " ".join(_strings(n.get("prefix")))
    if not given and not family and isinstance(n.get("text"), str):
        parts = n["text"].split()
        if parts:
            given, family = " ".join(parts[:-1]), parts[-1]
    if not given and not family:
        return None
    return given, family, prefix


def all_names(obj: dict[str, Any]) -> list[tuple[str, str, str, str | None]]:
    """Every HumanName of a resource: (given, family, prefix, use), first one per key."""
    out: dict[tuple[str, str, str], str | None] = {}
    for n in obj.get("name") or []:
        if not isinstance(n, dict):
            continue
        parts = human_name(n)
        if parts is not None and parts not in out:
            out[parts] = n.get("use")
    return [(*k, use) for k, use in out.items()]


def current_name(obj: dict[str, Any]) -> tuple[str, str, str | None]:
    """The name a person goes by now: official or usual (or no use) and not ended, else the
    first name there is."""
    names = [n for n in obj.get("name") or [] if isinstance(n, dict)]
    ranked = sorted(
        names,
        key=lambda n: (
            n.get("use") not in (None, "official", "usual"),
            bool((n.get("period") or {}).get("end")),
        ),
    )
    for n in ranked:
        parts = human_name(n)
        if parts is not None:
            return parts[0], parts[1], parts[2] or None
    return "", "", None


def identifier_kind(system: str | None, value: str) -> str:
    """``staff_alias.kind`` of an identifier."""
    s = system or ""
    if s == CPR_SYSTEM:
        return "cpr"
    if s in AUTH_SYSTEMS or _AUTH_HINT.search(s):
        return "auth_id"
    if s in USERNAME_SYSTEMS or _USER_HINT.search(s) or "\\" in value:
        return "username"
    if _EMAIL.match(value):
        return "email"
    return "identifier"


def staff_aliases(p: dict[str, Any]) -> list[tuple[str, str, str]]:
    """Every identifier (also in ``qualification``) and telecom: (kind, value, system)."""
    out: dict[tuple[str, str, str], None] = {}
    idents = [i for i in p.get("identifier") or [] if isinstance(i, dict)]
    for q in p.get("qualification") or []:
        if isinstance(q, dict):
            idents += [i for i in q.get("identifier") or [] if isinstance(i, dict)]
    for i in idents:
        value = i.get("value")
        if not isinstance(value, str) or not value.strip():
            continue
        value, system = value.strip(), i.get("system") or ""
        kind = identifier_kind(system, value)
        if kind == "cpr":
            value = value.replace("-", "")
        out[(kind, value, system)] = None
    for t in p.get("telecom") or []:
        if not isinstance(t, dict):
            continue
        value = t.get("value")
        if not isinstance(value, str) or not value.strip():
            continue
        system = t.get("system") or ""
        value = value.strip()
        if system == "email" or (not system and _EMAIL.match(value)):
            kind = "email"
            value = value.removeprefix("mailto:")
        elif system in _PHONES:
            kind = "phone"
        else:
            kind = "identifier"
        out[(kind, value, system)] = None
    return list(out)
