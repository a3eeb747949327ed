"""The tamper-evident log and completeness over HTTP (issue 17).

- public, no sign-in (as a Certificate Transparency log): the newest signed tree head
  (``GET /api/transparency/checkpoint``, a C2SP signed note as text), the log's public key, and
  consistency proofs between two tree heads. None of it holds personal data.
- citizen (and proxy with the log scope): the inclusion proof of an entry of their log, through
  the views exit.
- administrator (operator): the completeness report and declarations of the sources.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Body, Path, Query
from fastapi.responses import PlainTextResponse
from pydantic import BaseModel, ConfigDict, Field

from .. import views
from ..auth import ActingFor, AdminUser, CitizenUser, DbSession, SignedInCsrf
from ..integrity import completeness as completeness_service
from ..integrity import log as tlog
from ..integrity.keys import integrity_keys
from .common import json_response, router

api = router("/api", "gennemsigtighed")

EntryId = Path(..., min_length=1, max_length=128, description="Logpostens id")
PatientId = Path(..., min_length=1, max_length=128, description="Patient-id")


class Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class ProofOut(Open):
    patient: str
    viewer: str
    entry: str
    leaf_index: int
    tree_size: int
    leaf: dict[str, Any]
    leaf_hash: str
    proof: list[str]
    checkpoint: str
    verifier_key: str
    guide: str


class KeyOut(BaseModel):
    verifier_key: str = Field(description="C2SP-nøgle: navn+hash+base64(0x01 || Ed25519-nøgle)")
    origin: str


class HeadRef(BaseModel):
    size: int
    checkpoint: str


class ConsistencyOut(BaseModel):
    first: HeadRef
    second: HeadRef
    proof: list[str]
    verifier_key: str


class DeclarationIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    system: str = Field(..., min_length=1, max_length=200)
    day: str = Field(..., pattern=r"^\d{4}-\d{2}-\d{2}$")
    count: int = Field(..., ge=0, le=2**62)


class DeclaredOut(BaseModel):
    declared: int


@api.get(
    "/me/log/entries/{entry_id}/proof",
    response_model=ProofOut,
    summary="Bevis for at et opslag i den valgte borgers log er med i loggen og uændret",
)
def my_entry_proof(
    s: DbSession, user: CitizenUser, subject: ActingFor, entry_id: str = EntryId
) -> object:
    return json_response(views.entry_proof_view(s, subject, user.id, entry_id))


@api.get(
    "/citizens/{patient_id}/log/entries/{entry_id}/proof",
    response_model=ProofOut,
    summary="Bevis for at et opslag i en borgers log er med i loggen og uændret",
)
def entry_proof(
    s: DbSession, user: CitizenUser, patient_id: str = PatientId, entry_id: str = EntryId
) -> object:
    return json_response(views.entry_proof_view(s, patient_id, user.id, entry_id))


@api.get(
    "/transparency/checkpoint",
    response_class=PlainTextResponse,
    summary="Det nyeste underskrevne træhoved (C2SP signed note)",
    responses={200: {"content": {"text/plain": {}}}},
)
def checkpoint(s: DbSession) -> PlainTextResponse:
    head = tlog.head_for(s, None)
    return PlainTextResponse(head.note, headers={"Cache-Control": "no-store"})


@api.get("/transparency/key", response_model=KeyOut, summary="Loggens offentlige nøgle")
def key(s: DbSession) -> object:
    keys = integrity_keys(str(s.get_bind().url))
    return json_response({"verifier_key": keys.verifier_key, "origin": keys.name})


@api.get(
    "/transparency/consistency",
    response_model=ConsistencyOut,
    summary="Bevis for at loggen kun er vokset mellem to træhoveder",
)
def consistency(
    s: DbSession,
    first: Annotated[int, Query(ge=1, le=2**62, description="Det ældre træhoveds størrelse")],
    second: Annotated[
        int | None, Query(ge=1, le=2**62, description="Det nyere (ellers det nyeste)")
    ] = None,
) -> object:
    return json_response(tlog.consistency_proof(s, first, second))


@api.get(
    "/admin/completeness",
    summary="Modtaget mod erklæret pr. kildesystem og dag (drift)",
)
def completeness_report(s: DbSession, user: AdminUser) -> object:
    return json_response(completeness_service.report(s))


@api.post(
    "/admin/completeness",
    response_model=DeclaredOut,
    summary="Et kildesystems erklæring om, hvor mange logposter det har sendt pr. dag",
    dependencies=SignedInCsrf,
)
def declare(
    s: DbSession,
    user: AdminUser,
    body: Annotated[list[DeclarationIn], Body(min_length=1, max_length=10_000)],
) -> object:
    import json

    items = completeness_service.parse_declarations(
        "erklæring", json.dumps([d.model_dump() for d in body]).encode()
    )
    n = completeness_service.declare(s, items, actor=f"admin:{user.id}")
    return json_response({"declared": n})
