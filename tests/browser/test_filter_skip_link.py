"""The search page's filters by keyboard: drawn left of the results on a wide screen but placed
after them in the page (results first for keyboards and phones), so a skip link leads to them."""

from __future__ import annotations

import pytest

from .screens import PHONE, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

QUERY_URL = "/search/?q=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91"
WIDE = {"width": 1366, "height": 900}
LANGUAGES = {
    "vi": ("vi-VN", "Chuyển đến bộ lọc", "Bỏ qua, tới kết quả"),
    "en": ("en-US", "Skip to filters", "Skip to results"),
}

_FOCUS_TEXT = "document.activeElement.textContent.trim()"
_FOCUS_IN_FILTERS = "!!document.activeElement.closest('aside.facets')"


@pytest.fixture
def open_page(browser, live_server):
    contexts = []

    def opening(language: str, viewport: dict):
        context = browser.new_context(
            viewport=viewport, locale=LANGUAGES[language][0], base_url=live_server.url
        )
        contexts.append(context)
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(QUERY_URL)
        page.errors = errors
        return page

    yield opening
    for context in contexts:
        context.close()


def _presses_until_filters(page, limit: int = 150) -> int | None:
    for presses in range(1, limit + 1):
        page.keyboard.press("Tab")
        if page.evaluate(_FOCUS_IN_FILTERS):
            return presses
    return None


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_second_tab_offers_the_filters_and_enter_goes_there(open_page, corpus, language):
    _, label, to_results = LANGUAGES[language]
    page = open_page(language, WIDE)
    # Drawn in the left column, before the results...
    filters = page.locator("aside.facets").bounding_box()
    results = page.locator("#results-area").bounding_box()
    assert filters["x"] + filters["width"] <= results["x"]
    page.keyboard.press("Tab")
    assert page.evaluate(_FOCUS_TEXT) == to_results
    page.keyboard.press("Tab")
    assert page.evaluate(_FOCUS_TEXT) == label
    link = page.locator("a.skip-link", has_text=label).bounding_box()
    assert link["x"] >= 0 and link["y"] >= 0  # shown while it has the focus
    screenshot(page, f"search-skip-to-filters-{language}-{WIDE['width']}")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "filters"
    page.keyboard.press("Tab")
    # ...and the next stop is the filters' own first control, not the top of the results.
    assert page.evaluate("document.activeElement.matches('details[data-filter-drawer] > summary')")
    screenshot(page, f"search-in-filters-{language}-{WIDE['width']}")
    assert not page.errors, page.errors


def test_without_the_link_the_filters_come_after_every_result(open_page, corpus):
    # What the link saves: the tab order still puts the results first.
    page = open_page("vi", WIDE)
    page.get_by_label("Tìm trong văn bản").focus()
    results = page.locator("ol.results > li h3 a").count()
    assert results > 0
    presses = _presses_until_filters(page)
    assert presses is not None and presses > results, presses


@pytest.mark.parametrize("language", ["vi", "en"])
def test_on_a_phone_the_link_opens_onto_the_folded_drawer(open_page, corpus, language):
    _, label, _ = LANGUAGES[language]
    page = open_page(language, PHONE)
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate(_FOCUS_TEXT) == label
    screenshot(page, f"search-skip-to-filters-{language}-{PHONE['width']}")
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    summary = "details[data-filter-drawer] > summary"
    assert page.evaluate(f"document.activeElement.matches('{summary}')")
    page.keyboard.press("Enter")  # the folded drawer opens from the keyboard
    assert page.locator("details[data-filter-drawer]").get_attribute("open") is not None
    screenshot(page, f"search-in-filters-{language}-{PHONE['width']}")
    assert not page.errors, page.errors
