"""The text of a record note (DocumentReference.content), as plain text.

Notes come as ``text/plain``, ``text/html`` (also XHTML), ``text/rtf``, ``text/markdown`` or XML
(CDA and the like). Markup is converted to plain text by real parsers at import (lxml for HTML
and XML, striprtf for RTF, markdown-it for Markdown), so no markup is ever stored or shown and
the name matcher sees the words a reader sees (an entity like ``&#72;olm`` is a name). Content
types compare case-insensitively, parameters aside. A note whose content indsigt cannot read
(a PDF, a picture, only an ``attachment.url``) is stored as unreadable, so the view can tell the
citizen so instead of showing an empty note.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from typing import Any

PLAIN = "text/plain"
HTML = frozenset({"text/html", "application/xhtml+xml"})
XML = frozenset({"text/xml", "application/xml", "application/hl7-cda+xml", "application/fhir+xml"})
RTF = frozenset({"text/rtf", "application/rtf"})
MARKDOWN = frozenset({"text/markdown", "text/x-markdown"})
#: preferred first when a note comes in several forms (the same text twice is one note)
_RANK = {PLAIN: 0, **dict.fromkeys(MARKDOWN, 1), **dict.fromkeys(HTML, 2), **dict.fromkeys(XML, 3)}
_RANK |= dict.fromkeys(RTF, 4)
_BLOCK = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "tr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "pre",
        "blockquote",
        "section",
        "article",
        "header",
        "footer",
        "paragraph",
        "item",
        "row",
        "title",
    ]
)


@dataclass(frozen=True)
class NoteText:
    text: str
    content_type: str | None
    unreadable: bool


def media_type(value: Any) -> str:
    """``Text/HTML; charset=UTF-8`` -> ``text/html``."""
    return value.split(";", 1)[0].strip().lower() if isinstance(value, str) else ""


def _charset(value: Any) -> str:
    if isinstance(value, str):
        m = re.search(r"charset\s*=\s*\"?([A-Za-z0-9_\-]+)", value, re.IGNORECASE)
        if m:
            return m.group(1)
    return "utf-8"


def note_text(content: Any) -> NoteText:
    """Plain text of a DocumentReference's ``content`` list. Raises ``ValueError`` for content
    that claims to be text but is not (bad base64, not in its charset)."""
    readable: list[tuple[int, int, dict]] = []
    first_type = None
    for n, c in enumerate(content or []):
        att = c.get("attachment") if isinstance(c, dict) else None
        if not isinstance(att, dict):
            continue
        ctype = att.get("contentType")
        first_type = first_type or ctype
        mt = media_type(ctype) or (PLAIN if att.get("data") else "")
        if att.get("data") and (mt in _RANK or mt.startswith("text/")):
            readable.append((_RANK.get(mt, 5), n, att))
    if not readable:
        return NoteText("", first_type, bool(content))
    best = min(r[0] for r in readable)
    parts = [att for rank, _, att in sorted(readable, key=lambda r: r[1]) if rank == best]
    texts = [_decode(att) for att in parts]
    return NoteText("\n".join(t for t in texts if t), parts[0].get("contentType"), False)


def _decode(att: dict) -> str:
    ctype = att.get("contentType")
    mt = media_type(ctype) or PLAIN
    try:
        raw = base64.b64decode(att["data"], validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ValueError(f"DocumentReference: indholdet er ikke gyldig base64 ({exc})") from None
    try:
        source = raw.decode(_charset(ctype))
    except (UnicodeDecodeError, LookupError) as exc:
        raise ValueError(
            f"DocumentReference: indholdet kan ikke læses som {_charset(ctype)} ({exc})"
        ) from None
    return to_plain(source, mt)


def to_plain(source: str, mt: str) -> str:
    """Markup -> the text a reader sees, paragraphs on lines of their own."""
    if mt in HTML:
        return _html(source)
    if mt in XML or (mt.endswith("+xml") and mt != "application/xhtml+xml"):
        return _xml(source)
    if mt in RTF:
        return _rtf(source)
    if mt in MARKDOWN:
        return _markdown(source)
    return source


def _tidy(text: str) -> str:
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in text.splitlines()]
    out: list[str] = []
    for ln in lines:
        if ln or (out and out[-1]):
            out.append(ln)
    return "\n".join(out).strip()


def _walk_text(root: Any) -> str:
    """Text of an lxml tree, block elements on lines of their own; scripts and styles dropped."""
    parts: list[str] = []

    def visit(el: Any) -> None:
        tag = el.tag.rsplit("}", 1)[-1].lower() if isinstance(el.tag, str) else ""
        if tag in ("script", "style", "head") or not isinstance(el.tag, str):
            if el.tail:
                parts.append(el.tail)
            return
        block = tag in _BLOCK
        if block:
            parts.append("\n")
        if el.text:
            parts.append(el.text)
        for child in el:
            visit(child)
        if block:
            parts.append("\n")
        if el.tail:
            parts.append(el.tail)

    visit(root)
    return _tidy("".join(parts))


def _html(source: str) -> str:
    import lxml.html

    if not source.strip():
        return ""
    try:
        root = lxml.html.document_fromstring(source)
    except Exception:
        return _tidy(re.sub(r"<[^>]*>", " ", source))
    return _walk_text(root)


def _xml(source: str) -> str:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    source = re.sub(r"^\s*<\?xml[^>]*\?>", "", source)  # the text is decoded already
    try:
        root = etree.fromstring(source.encode("utf-8"), parser=parser)
    except etree.XMLSyntaxError:
        root = None
    if root is None:
        return _html(source)
    return _walk_text(root)


def _rtf(source: str) -> str:
    from striprtf.striprtf import rtf_to_text

    return _tidy(rtf_to_text(source, errors="ignore"))


def _markdown(source: str) -> str:
    from markdown_it import MarkdownIt

    return _html(MarkdownIt("commonmark", {"html": True}).render(source))
