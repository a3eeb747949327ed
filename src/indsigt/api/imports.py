"""The import endpoint: FHIR R4 NDJSON and MinLog CSV uploads through the same Importer as the
command line, with the same ``FILE:LINE: message`` problems (HTTP 422 with the list), 413 over
``INDSIGT_MAX_UPLOAD_BYTES``; afterwards the e-mail alerts are evaluated."""

from __future__ import annotations

import hmac
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

from fastapi import Request
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.types import Message

from .. import auth
from ..auth import AdminUser, DbSession
from ..config import get_settings
from ..importing import run_import
from ..processes import alive
from .common import ErrorOut, error_response, json_response, router
from .schemas import ImportOut

api = router("/api/admin", "import")

_MULTIPART = {
    "required": True,
    "content": {
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "properties": {
                    "files": {
                        "type": "array",
                        "items": {"type": "string", "format": "binary"},
                        "description": "NDJSON- (FHIR R4) eller CSV-filer (MinLog)",
                    },
                    "csrf_token": {"type": "string", "description": "eller headeren X-CSRF-Token"},
                },
                "required": ["files"],
            }
        }
    },
}
_SAFE = re.compile(r"[^A-Za-z0-9._ æøåÆØÅ-]+")
_CHUNK = 1 << 20


_UPLOAD_PREFIX = "indsigt-upload-"
_UPLOAD_DIR = re.compile(re.escape(_UPLOAD_PREFIX) + r"(\d+)-")


def purge_orphan_uploads(folder: str | None = None) -> int:
    """Delete the upload folders of workers that no longer run (killed in the middle of an
    import, so their own clean-up never ran). A folder is named after its worker's process id,
    so a live worker's upload is never touched. Returns how many folders were removed."""
    base = Path(folder or tempfile.gettempdir())
    removed = 0
    for path in base.glob(_UPLOAD_PREFIX + "*"):
        m = _UPLOAD_DIR.match(path.name)
        if m and path.is_dir() and not alive(int(m.group(1))):
            shutil.rmtree(path, ignore_errors=True)
            removed += 1
    return removed


class _TooLarge(Exception):
    pass


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.0f} MB" if n >= 1_000_000 else f"{n} bytes"


def _safe_name(name: str | None, n: int) -> str:
    base = Path((name or "").replace("\\", "/")).name
    base = _SAFE.sub("_", base).strip(" .")[:120]
    return base or f"fil-{n}"


@api.post(
    "/import",
    response_model=ImportOut,
    summary="Importér FHIR NDJSON- og MinLog CSV-filer (hver fil gemmes helt eller slet ikke)",
    openapi_extra={"requestBody": _MULTIPART},
    responses={
        413: {"model": ErrorOut, "description": "For stor"},
        422: {"model": ErrorOut, "description": "Filer med fejl: problems = FIL:LINJE: fejl"},
    },
)
async def upload(request: Request, user: AdminUser, s: DbSession) -> Any:
    s.commit()  # nothing of this session may hold a write lock while the importer writes
    limit = get_settings().max_upload_bytes
    too_big = f"Uploaden er for stor; grænsen er {_mb(limit)}."
    length = request.headers.get("content-length")
    if length is not None and length.isdigit() and int(length) > limit:
        return error_response(413, too_big)
    ctype = request.headers.get("content-type", "")
    if not ctype.startswith("multipart/form-data"):
        return error_response(422, "Send filerne som multipart/form-data i feltet 'files'.")
    received = 0
    upstream = request.receive

    async def limited() -> Message:
        nonlocal received
        message = await upstream()
        if message["type"] == "http.request":
            received += len(message.get("body", b""))
            if received > limit:
                raise _TooLarge
        return message

    limited_request = Request(request.scope, limited)
    try:
        form = await limited_request.form(max_files=200, max_fields=20)
    except _TooLarge:
        return error_response(413, too_big)
    except Exception:  # malformed multipart body
        return error_response(400, "Uploaden kunne ikke læses (ugyldig multipart/form-data).")
    try:
        if auth._bearer(request) is None:  # cookie session: the CSRF token must come along
            expected = auth.expected_csrf(request)
            given = request.headers.get(auth.CSRF_HEADER) or form.get(auth.CSRF_FIELD)
            if not (
                expected and isinstance(given, str) and hmac.compare_digest(str(expected), given)
            ):
                return error_response(
                    403, "Sikkerhedstjekket (CSRF) fejlede. Genindlæs siden og prøv igen."
                )
        uploads = [f for f in form.getlist("files") if isinstance(f, UploadFile)]
        if not uploads:
            return error_response(422, "Vælg mindst én fil (feltet 'files').")
        with tempfile.TemporaryDirectory(prefix=f"{_UPLOAD_PREFIX}{os.getpid()}-") as tmp:
            paths: list[Path] = []
            names: dict[Path, str] = {}
            for n, up in enumerate(uploads, 1):
                name = _safe_name(up.filename, n)
                path = Path(tmp) / f"{n:04d}-{name}"
                with path.open("wb") as out:
                    while chunk := await up.read(_CHUNK):
                        out.write(chunk)
                paths.append(path)
                names[path] = name
            outcome = await run_in_threadpool(
                run_import, get_settings().db, paths, actor=user.id, names=names
            )
    finally:
        await form.close()
    report = outcome.report
    files = [f.as_dict() for f in report.files]
    sent = outcome.alerts
    problems = [str(p) for p in report.problems]
    if problems:
        failed = len({p.file for p in report.problems})
        return error_response(
            422,
            f"{failed} fil(er) blev afvist; intet fra dem er gemt. "
            f"{len(report.files)} fil(er) er importeret.",
            problems=problems,
            files=files,
        )
    if outcome.refresh_error or outcome.learn_error:
        error = outcome.refresh_error or outcome.learn_error
        return error_response(500, error, problems=[], files=files)
    return json_response({"files": files, "problems": [], "alerts": sent})
