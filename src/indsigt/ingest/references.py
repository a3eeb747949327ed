"""FHIR references -> (resource type, id) of something indsigt has imported.

A reference may come as (FHIR R4, 2.3.0 References):

- a literal relative reference ``Organization/o1`` (also ``.../_history/2``);
- a conditional reference ``Organization?identifier=SYSTEM|VALUE`` (SMART/Synthea bulk exports);
- a logical reference: no ``reference`` but ``identifier`` (and perhaps ``type``);
- ``urn:uuid:...`` / ``urn:oid:...``: the ``fullUrl`` of an entry in a Bundle (converted to NDJSON
  the entry keeps its id, usually the same uuid);
- an absolute URL. It is local only when its base is one of indsigt's own (the setting
  ``INDSIGT_FHIR_BASE``) or the ``fullUrl`` of an entry of the same Bundle; an absolute URL to
  another server is never read as a local id.

What cannot be resolved raises :class:`Unresolved` (master data: a ``FILE:LINE`` error; the file is
retried after the other files of the command), a reference that names more than one resource
raises ``ValueError``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl, unquote

from .common import AMBIGUOUS, Known

_TYPE = re.compile(r"^[A-Z][A-Za-z]+$")
#: an HL7 v2 CX value with an ISO assigning authority, as IHE audit messages name patients
_CX = re.compile(r"^([^\^&]+)\^\^\^&([0-9]+(?:\.[0-9]+)+)&ISO$")
_ABSOLUTE = re.compile(
    r"^(https?://.+?)/([A-Z][A-Za-z]+)/([A-Za-z0-9\-.]{1,64})(/_history/[^/]+)?/?$"
)


class Unresolved(Exception):
    """A reference that the known ids cannot resolve (yet)."""

    def __init__(self, rtype: str, rid: str, text: str | None = None) -> None:
        super().__init__(text or f"{rtype}/{rid}")
        self.rtype, self.rid = rtype, rid


def _local_bases() -> frozenset[str]:
    from ..config import get_settings

    raw = getattr(get_settings(), "fhir_base", "") or ""
    return frozenset(b.strip().rstrip("/") for b in raw.split(",") if b.strip())


class Resolver:
    """Resolves references for one file. ``aliases`` maps the ``fullUrl`` of Bundle entries to
    (type, id)."""

    def __init__(self, known: Known, aliases: Mapping[str, tuple[str, str]] | None = None) -> None:
        self.known = known
        self.aliases = aliases if aliases is not None else {}
        self._bases: frozenset[str] | None = None

    @property
    def bases(self) -> frozenset[str]:
        if self._bases is None:
            self._bases = _local_bases()
        return self._bases

    def resolve(self, value: Any, *types: str) -> tuple[str, str] | None:
        """The (type, id) that ``value`` (a Reference) points to, among ``types`` (any type when
        none are given). None when it points to something else or to nothing (display only)."""
        if not isinstance(value, dict):
            return None
        ref = value.get("reference")
        rtype = value.get("type") if isinstance(value.get("type"), str) else None
        if rtype and types and rtype not in types:
            return None
        ident = value.get("identifier")
        if isinstance(ref, str) and ref.strip():
            try:
                hit = self._reference(ref.strip(), rtype, types)
            except Foreign:
                if not isinstance(ident, dict):
                    raise
                hit = None  # another server's URL: the identifier may still name ours
            if hit is not None:
                return hit
        if isinstance(ident, dict) and isinstance(ident.get("value"), str):
            candidates = (rtype,) if rtype else types
            if not candidates:
                raise ValueError(
                    f"henvisningen med identifier {ident['value']!r} siger ikke, hvilken "
                    "ressourcetype den peger på (type mangler)"
                )
            system, value = ident.get("system") or "", ident["value"].strip()
            cx = _CX.match(value) if not system else None
            if cx is not None:  # an HL7 v2 CX identifier (IHE audits): "ID^^^&OID&ISO"
                try:
                    return self._by_identifier(candidates, f"urn:oid:{cx.group(2)}", cx.group(1))
                except Unresolved:
                    pass  # perhaps stored as given
            return self._by_identifier(candidates, system, value)
        return None

    def _reference(
        self, ref: str, rtype: str | None, types: tuple[str, ...]
    ) -> tuple[str, str] | None:
        if ref.startswith("#"):
            return None  # a contained resource: nothing indsigt stores
        if ref in self.aliases:
            t, i = self.aliases[ref]
            return (t, i) if not types or t in types else None
        if ref.startswith(("urn:uuid:", "urn:oid:")):
            return self._by_id(ref, ref.split(":", 2)[2], rtype, types)
        if "?" in ref:
            return self._conditional(ref, types)
        m = _ABSOLUTE.match(ref)
        if m:
            base, t, i = m.group(1), m.group(2), m.group(3)
            if types and t not in types:
                return None
            if base.rstrip("/") in self.bases:
                return t, i
            raise Foreign(ref)
        parts = ref.split("/")
        if len(parts) == 4 and parts[2] == "_history":
            parts = parts[:2]
        if len(parts) != 2 or not _TYPE.match(parts[0]) or not parts[1]:
            raise ValueError(
                f"henvisningen {ref!r} er hverken Type/id, en betinget henvisning "
                "(Type?identifier=system|værdi), urn:uuid eller en absolut URL"
            )
        if types and parts[0] not in types:
            return None
        return parts[0], parts[1]

    def _by_id(
        self, ref: str, rid: str, rtype: str | None, types: tuple[str, ...]
    ) -> tuple[str, str]:
        candidates = (rtype,) if rtype else types
        found = [t for t in candidates if self.known.has_id(t, rid)]
        if len(found) == 1:
            return found[0], rid
        if len(found) > 1:
            raise ValueError(
                f"henvisningen {ref!r} kan pege på flere ressourcer: {', '.join(found)}"
            )
        raise Unresolved(candidates[0] if candidates else "Resource", rid, ref)

    def _conditional(self, ref: str, types: tuple[str, ...]) -> tuple[str, str] | None:
        rtype, _, query = ref.partition("?")
        if not _TYPE.match(rtype):
            raise ValueError(f"den betingede henvisning {ref!r} har ingen gyldig ressourcetype")
        if types and rtype not in types:
            return None
        params = parse_qsl(query, keep_blank_values=True)
        idents = [v for k, v in params if k == "identifier"]
        others = sorted({k for k, _ in params if k != "identifier"})
        if len(idents) != 1 or others:
            raise ValueError(
                f"den betingede henvisning {ref!r} kan ikke løses: indsigt løser kun "
                "Type?identifier=system|værdi"
                + (f" (ukendte parametre: {', '.join(others)})" if others else "")
            )
        token = unquote(idents[0])
        system, bar, value = token.partition("|")
        if not bar:
            system, value = "", token
        if not value:
            raise ValueError(f"den betingede henvisning {ref!r} mangler en identifier-værdi")
        return self._by_identifier((rtype,), system, value, ref)

    def _by_identifier(
        self, types: tuple[str, ...], system: str, value: str, text: str | None = None
    ) -> tuple[str, str]:
        hits = []
        for t in types:
            rid = self.known.identifier(t, system, value)
            if rid == AMBIGUOUS:
                raise ValueError(
                    f"henvisningen {text or value!r} passer på flere {t}-ressourcer "
                    "(samme identifier)"
                )
            if rid is not None:
                hits.append((t, rid))
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            raise ValueError(f"henvisningen {text or value!r} passer på flere ressourcer")
        label = text or f"{types[0]}?identifier=" + (f"{system}|{value}" if system else value)
        raise Unresolved(types[0], value, label)


class Foreign(ValueError):
    """An absolute reference to another FHIR server: not one of indsigt's own records."""

    def __init__(self, ref: str) -> None:
        super().__init__(
            f"henvisningen {ref!r} peger på en anden FHIR-server end indsigts egen "
            "(INDSIGT_FHIR_BASE); indsigt læser den ikke som et lokalt id"
        )
        self.ref = ref
