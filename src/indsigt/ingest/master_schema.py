"""Strict msgspec schemas for the master-data resource types, derived from ``fhir.resources`` (R4B).

``fhir.resources`` validates about 14,000 master resources per second here (two thirds of a master
data import). This module builds, once per process and resource type, a msgspec ``Struct`` for
every model that ``fhir.resources`` uses for the type (72 models for the ten master types: the
resource, its backbone elements and every datatype reachable from it, Extension included) from the
models' own field definitions, so both know the same elements, JSON names, cardinalities and
required elements:

- unknown elements are rejected; required elements must be there; a list of a complex type holds
  no ``null`` (a list of a primitive may, next to its ``_element`` list);
- primitives carry the FHIR R4 rules ``fhir.resources`` applies (``fhir_core.types``): the regular
  expressions of id, code, string, oid, date, dateTime, instant, time and decimal, the integer
  ranges, valid calendar dates, decodable base64, parseable UUIDs;
- a choice element (``deceased[x]``, ``value[x]``) has at most one type, and one when required; a
  required primitive may be given by its ``_element`` extensions instead (FHIR's special case);
- contained resources are validated by ``fhir.resources`` itself (they can be of any type).

It is stricter than ``fhir.resources`` where that accepts what FHIR's JSON format does not: a
string for a boolean or a number (``"true"``, ``"5"``), a float for an integer, a number for a
date, a JSON document in a string for a complex element, ``resourceType`` inside a datatype. The
differential test ``tests/test_master_schema.py`` keeps the two equal everywhere else, on valid
and invalid variants and on every public example in ``tests/interop/``.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import importlib
import re
import sys
import types
import typing
import uuid
from functools import lru_cache
from typing import Annotated, Any, Literal

import msgspec

#: FHIR R4 primitive rules as ``fhir_core.types`` has them (``pattern`` searches, like pydantic)
_STRING = r"[ \r\n\t\S]+"
_CODE = r"^[^\s]+(\s[^\s]+)*\Z"
_ID = r"^[A-Za-z0-9\-.]+\Z"
_OID = r"^urn:oid:[0-2](\.(0|[1-9][0-9]*))+\Z"
_DATE = (
    r"^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2]"
    r"[0-9]|3[0-1]))?)?\Z"
)
_DATETIME = (
    r"^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|"
    r"3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|([+\-])((0[0-9]|"
    r"1[0-3]):[0-5][0-9]|14:00)))?)?)?\Z"
)
_INSTANT = (
    r"^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|"
    r"3[0-1])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|([+\-])((0[0-9]|"
    r"1[0-3]):[0-5][0-9]|14:00))\Z"
)
_TIME = r"^([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?\Z"
_DECIMAL = re.compile(r"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?\Z")

#: primitive kinds that need a check beyond the regular expression (in ``__post_init__``)
_CALENDAR = {"date", "datetime", "instant"}


def _str(pattern: str | None = None, **kw: Any) -> Any:
    return Annotated[str, msgspec.Meta(pattern=pattern, **kw)] if pattern or kw else str


def _primitive(base: Any, meta: Any) -> tuple[Any, str | None]:
    """(msgspec type, kind needing a post-check or None) of ``Annotated[base, meta]``."""
    kind = type(meta).__name__
    if kind == "String":
        return _str(_STRING), None
    if kind == "Code":
        return _str(_CODE), None
    if kind == "Id":  # the length fhir_core allows (its TYPES_ID_MAX_LENGTH, 255 today)
        from fhir_core import constraints

        longest = getattr(constraints, "TYPES_ID_MAX_LENGTH", meta.max_length)
        return _str(_ID, min_length=1, max_length=longest), None
    if kind == "Oid":
        return _str(_OID), None
    if kind in ("Uri", "Canonical", "Markdown", "Xhtml", "Url"):
        return str, None  # fhir_core's expressions for these match any string
    if kind == "Date":
        return _str(_DATE), "date"
    if kind == "DateTime":
        return _str(_DATETIME), "datetime"
    if kind == "Instant":
        return _str(_INSTANT), "instant"
    if kind == "Time":
        return _str(_TIME), "time"
    if kind in ("Integer", "UnsignedInt", "PositiveInt", "Integer64"):
        return Annotated[int, msgspec.Meta(ge=meta.min_length, le=meta.max_length)], None
    if kind == "Decimal":
        return int | float, "decimal"
    if kind == "EncodedBytes":
        return str, "base64"
    if kind == "UuidVersion":
        return str, "uuid"
    raise TypeError(f"unknown FHIR primitive {kind} of {base}")


#: the module the built structs live in (msgspec resolves their references to each other there)
_MODULE = types.ModuleType("indsigt.ingest._master_structs")
sys.modules[_MODULE.__name__] = _MODULE


class _Builder:
    """Builds the structs of a model and of every model it reaches (each once per process)."""

    def __init__(self) -> None:
        from fhir_core.types import FhirBase

        self.FhirBase = FhirBase
        self.todo: list[type] = []

    def name(self, model: type) -> str:
        return f"{model.__name__}_{model.__module__.rsplit('.', 1)[-1]}"

    def build(self, model: type, resource: str | None = None) -> type:
        self.todo.append(model)
        top_name = self.name(model)
        while self.todo:
            m = self.todo.pop()
            if not hasattr(_MODULE, self.name(m)):
                setattr(_MODULE, self.name(m), self.struct(m, resource if m is model else None))
        return getattr(_MODULE, top_name)

    def struct(self, model: type, resource: str | None) -> type:
        fields: list[tuple[str, Any, Any]] = []
        checks: list[tuple[str, str]] = []  # (attribute, kind)
        choices: dict[str, tuple[list[str], bool]] = {}
        required_prims: list[tuple[str, str | None]] = []
        names: dict[str, str] = {}
        model_fields = model.model_fields
        for name, f in model_fields.items():
            json_name = f.alias or name
            names[name] = json_name
            tp, kind = self.convert(f.annotation, name)
            extra = f.json_schema_extra if isinstance(f.json_schema_extra, dict) else {}
            if kind is not None:
                checks.append((name, kind))
            group = extra.get("one_of_many")
            if group:
                members, _ = choices.setdefault(
                    group, ([], bool(extra.get("one_of_many_required")))
                )
                members.append(name)
            if extra.get("element_required"):
                ext = f"{name}__ext" if f"{name}__ext" in model_fields else None
                required_prims.append((name, ext))
            if f.is_required():
                fields.append((name, tp, msgspec.field(name=json_name)))
            else:
                fields.append((name, tp | None, msgspec.field(default=None, name=json_name)))
        if resource is not None:
            fields.insert(
                0, ("resourceType", Literal[resource], msgspec.field(name="resourceType"))
            )
        ns: dict[str, Any] = {
            "_checks": tuple(checks),
            "_choices": tuple((g, tuple(m), r) for g, (m, r) in choices.items()),
            "_required": tuple(required_prims),
            "_names": names,
        }
        if checks or choices or required_prims:  # only where there is something to check
            ns["__post_init__"] = _post_init
        return msgspec.defstruct(
            self.name(model),
            fields,
            namespace=ns,
            module=_MODULE.__name__,
            forbid_unknown_fields=True,
            kw_only=True,
            gc=False,
        )

    def convert(self, ann: Any, name: str) -> tuple[Any, str | None]:
        origin = typing.get_origin(ann)
        if origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(ann) if a is not type(None)]
            converted = [self.convert(a, name) for a in args]
            kinds = {k for _, k in converted if k}
            tp = converted[0][0]
            for t, _ in converted[1:]:
                tp = tp | t
            return tp, (kinds.pop() if kinds else None)
        if origin is list:
            (inner,) = typing.get_args(ann)
            tp, kind = self.convert(inner, name)
            complex_ = isinstance(inner, type) and issubclass(inner, self.FhirBase)
            if name.endswith("__ext") or not complex_:
                tp = tp | None  # positional nulls next to the _element list
            return list[tp], (f"list:{kind}" if kind else None)
        if origin is Annotated:
            base, meta = typing.get_args(ann)[:2]
            return _primitive(base, meta)
        if isinstance(ann, type) and issubclass(ann, self.FhirBase):
            model = ann.get_model_klass()
            if model.__name__ == "Resource":  # contained: any resource type
                return dict[str, Any], "resource"
            self.todo.append(model)
            return typing.ForwardRef(self.name(model)), None
        if ann is bool:
            return bool, None
        if ann is str:
            return str, None
        raise TypeError(f"cannot map {ann!r} ({name})")


def _post_init(self: Any) -> None:
    """The checks msgspec's types cannot express (see the module's docstring)."""
    for group, members, required in self._choices:
        given = [m for m in members if getattr(self, m) is not None]
        if len(given) > 1:
            raise ValueError(f"{group}[x] må kun have én type, men har {len(given)}")
        if required and not given:
            raise ValueError(f"{group}[x] mangler")
    for attr, ext in self._required:
        if getattr(self, attr) is None:
            e = getattr(self, ext) if ext else None
            if e is None or not getattr(e, "extension", None):
                raise ValueError(f"{self._names[attr]} mangler")
    for attr, kind in self._checks:
        value = getattr(self, attr)
        if value is None:
            continue
        try:
            if kind.startswith("list:"):
                for v in value:
                    if v is not None:
                        _check(kind[5:], v)
            else:
                _check(kind, value)
        except ValueError as exc:
            raise ValueError(f"{self._names[attr]}: {exc}") from None


def _check(kind: str, value: Any) -> None:
    if kind in _CALENDAR:
        if len(value) >= 10 and value[17:19] != "60":  # a full date (a leap second is kept)
            try:
                if len(value) == 10:
                    dt.date.fromisoformat(value)
                else:
                    dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                raise ValueError(f"{value!r} er ikke en gyldig dato") from None
    elif kind == "decimal":
        if isinstance(value, bool) or not _DECIMAL.fullmatch(str(value)):
            raise ValueError(f"{value!r} er ikke et FHIR-decimaltal")
    elif kind == "base64":
        try:
            base64.b64decode(value, validate=False)
            if len(value.replace("\n", "").replace("\r", "").replace(" ", "")) % 4:
                raise binascii.Error
        except (binascii.Error, ValueError):
            raise ValueError("data er ikke gyldig base64") from None
    elif kind == "uuid":
        try:
            uuid.UUID(value)
        except ValueError:
            raise ValueError(f"{value!r} er ikke en UUID") from None
    elif kind == "resource":
        _contained(value)


def _contained(value: dict[str, Any]) -> None:
    """A contained resource, validated by fhir.resources (it may be of any type)."""
    rtype = value.get("resourceType")
    if not isinstance(rtype, str) or not re.fullmatch(r"[A-Z][A-Za-z]+", rtype):
        raise ValueError("contained uden gyldig resourceType")
    try:
        model = getattr(importlib.import_module(f"fhir.resources.R4B.{rtype.lower()}"), rtype)
    except (ImportError, AttributeError):
        raise ValueError(f"contained: ukendt ressourcetype {rtype!r}") from None
    from pydantic import ValidationError

    try:
        model.model_validate(value)
    except ValidationError as exc:
        raise ValueError(f"contained {rtype}: {exc.errors()[0].get('msg')}") from None


@lru_cache(maxsize=32)
def schema(rtype: str) -> type:
    """The msgspec struct of a resource type (built once per process)."""
    model = getattr(importlib.import_module(f"fhir.resources.R4B.{rtype.lower()}"), rtype)
    return _Builder().build(model, resource=rtype)


def validate(obj: dict[str, Any]) -> None:
    """Validate a master resource (a decoded JSON object). Raises ``ValueError`` saying what is
    wrong and where."""
    rtype = obj["resourceType"]
    try:
        msgspec.convert(obj, schema(rtype))
    except msgspec.ValidationError as exc:
        raise ValueError(f"{rtype} er ikke gyldig FHIR R4: {_where(str(exc))}") from None


def _where(message: str) -> str:
    # msgspec: "Expected `str`, got `int` - at `$.name[0].family`"; a check of ours says its
    # element first ("birthDate: ... - at `$`")
    text, sep, path = message.rpartition(" - at `$")
    if not sep:
        return message
    path = path.rstrip("`").lstrip(".")
    if not path:
        return text
    if ": " in text and not text.startswith("Expected"):
        head, rest = text.split(": ", 1)
        return f"{path}.{head}: {rest}"
    return f"{path}: {text}"


__all__ = ["schema", "validate"]
