"""Playwright (sync API) driving Debian's Chromium against pytest-django's live server.

No browser is downloaded: the tests use /usr/bin/chromium and are skipped, saying so, only when
it is missing. The sync API runs an event loop in this thread, so Django's async-safety check
must be told that database access from here is intended.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .screens import DESKTOP

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path(os.environ.get("PORTAL_TEST_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _skip_reason() -> str | None:
    if not CHROMIUM.exists():
        return f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)"
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "the playwright Python package is not installed (pip install -r requirements.txt)"
    return None


@pytest.fixture(scope="session")
def browser():
    reason = _skip_reason()
    if reason and os.environ.get("CI"):
        pytest.fail(f"{reason}: CI must run the browser tests (.ci/run installs chromium)")
    if reason:
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(viewport=DESKTOP, locale="vi-VN", base_url=live_server.url)
    context.set_default_timeout(15_000)
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    opened.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    opened.console_errors = errors  # a test expecting an error status removes its message
    try:
        yield opened
    finally:
        context.close()
    # A script error or a CSP violation (reported on the console) fails the test.
    assert not errors, errors


@pytest.fixture
def axe_context(browser, live_server):
    """A browser context that bypasses CSP, so axe (tests/browser/axe.py) can be injected."""
    context = browser.new_context(viewport=DESKTOP, base_url=live_server.url, bypass_csp=True)
    yield context
    context.close()


@pytest.fixture
def corpus(samples_dir):
    from tests.corpora import page_corpus

    return page_corpus(samples_dir)
