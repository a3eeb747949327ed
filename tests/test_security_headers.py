"""Issue 15.7: the API documentation loads nothing from a CDN, and no citizen page is cacheable.

Reproduced: ``/docs`` loaded Swagger UI from cdn.jsdelivr.net without Subresource Integrity, and
``/log/tidslinje.svg`` answered ``Cache-Control: private, max-age=60`` where every other page is
``no-store``.
"""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from test_api_support import api  # noqa: F401

SRC = re.compile(r"""(?:src|href)\s*=\s*["']([^"']+)["']""")
URL_IN_JS = re.compile(r"""(?:url|openapi_url|oauth2RedirectUrl)\s*:\s*['"]([^'"]+)['"]""")


def test_docs_load_every_asset_from_this_server(api):  # noqa: F811
    c = TestClient(api.app)
    for page in ("/docs", "/redoc"):
        r = c.get(page)
        if page == "/redoc" and r.status_code == 404:
            continue  # no ReDoc page at all is fine too
        assert r.status_code == 200, page
        refs = SRC.findall(r.text) + URL_IN_JS.findall(r.text)
        assert refs, page
        for ref in refs:
            assert ref.startswith("/") and not ref.startswith("//"), (page, ref)
            got = c.get(ref)
            assert got.status_code == 200, (page, ref)
        assert "cdn" not in r.text.lower() and "https://" not in r.text, page
    js = next(ref for ref in SRC.findall(c.get("/docs").text) if ref.endswith(".js"))
    assert "SwaggerUIBundle" in c.get(js).text  # the real Swagger UI, not a stand-in


def test_timeline_image_is_not_cached(api):  # noqa: F811
    c = api.client("citizen")
    for path in ("/log/tidslinje.svg", "/log/tidslinje.svg?smal=1", "/log", "/"):
        r = c.get(path)
        assert r.status_code == 200, path
        assert r.headers["cache-control"] == "no-store", (path, r.headers["cache-control"])
