"""Helpers of the browser tests: screenshots, axe-core, signing in and out."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SHOTS = ROOT / "artifacts" / "screenshots"


def shot(page: Any, name: str) -> Path:
    """A full-page screenshot in artifacts/screenshots/<name>-<desktop|390>.png."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    width = page.viewport_size["width"]
    path = SHOTS / f"{name}-{'390' if width <= 400 else 'desktop'}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def axe(page: Any) -> list[dict[str, Any]]:
    """Run axe-core on the page; returns the serious and critical violations."""
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `npm ci` (scripts/test-deps.sh does)")
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        """async () => {
            const r = await axe.run(document, {
                runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']},
                resultTypes: ['violations'],
            });
            return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' :: ' + n.failureSummary)}));
        }"""
    )
    return [v for v in result if v["impact"] in ("serious", "critical")]


def assert_accessible(page: Any) -> None:
    bad = axe(page)
    assert not bad, f"axe on {page.url}:\n" + json.dumps(bad, ensure_ascii=False, indent=2)


def sign_in(page: Any, server: Any, persona: str) -> None:
    """Sign in through the log-in page (any demo persona, also one not listed on the page)."""
    page.goto(server.url("/log-ind"))
    form = page.locator(f'form:has(input[name="persona"][value="{persona}"])')
    if form.count() == 0:  # not among the listed personas: reuse a listed form with its token
        form = page.locator('form:has(input[name="persona"])').first
        form.locator('input[name="persona"]').evaluate("(el, v) => el.value = v", persona)
    with page.expect_navigation():
        form.locator("button").first.click()


def sign_out(page: Any) -> None:
    with page.expect_navigation():
        page.get_by_role("button", name="Log ud").click()
