"""The document page's "copy citation" button: reached by keyboard, copies the citation shown
and says so through a live region; without the Clipboard API the text is still there."""

from __future__ import annotations

import pytest

from .screens import DESKTOP, PHONE, screenshot

# Transactional: the live server answers from its own thread, which sees committed rows only.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _tab_to(page, selector: str, limit: int = 60) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"document.activeElement.matches({selector!r})"):
            return
    raise AssertionError(f"{selector} is not reachable with Tab")


def test_copy_citation_by_keyboard(page, corpus):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    document = corpus[0]
    page.goto(f"/documents/{document.pk}/")
    citation = page.locator("#citation-text").inner_text().strip()
    assert f"/documents/{document.pk}/" in citation
    status = page.locator("[data-copy-status]")
    assert status.get_attribute("aria-live") == "polite"
    assert status.inner_text() == ""
    _tab_to(page, "button[data-copy-target]")
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelector('[data-copy-status]').textContent !== ''")
    assert status.inner_text() == "Đã sao chép trích dẫn."
    assert page.evaluate("navigator.clipboard.readText()") == citation


def test_without_script_the_citation_is_text_and_the_button_absent(browser, live_server, corpus):
    context = browser.new_context(viewport=DESKTOP, base_url=live_server.url, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(f"/documents/{corpus[0].pk}/")
        assert page.locator("#citation-text").is_visible()
        assert not page.locator("button[data-copy-target]").is_visible()
        assert page.locator("a[href$='cite.bib']").count() == 1
    finally:
        context.close()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_document_page_with_citation_fits(page, corpus, viewport):
    page.set_viewport_size(viewport)
    page.goto(f"/documents/{corpus[0].pk}/")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= viewport["width"]
    screenshot(page, f"document-citation-{'desktop' if viewport == DESKTOP else 'phone'}")
