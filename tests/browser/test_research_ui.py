"""The research views in a browser: they fit a desktop and a phone screen, their links and
forms are reached and used with the keyboard alone, and axe finds no serious violation."""

from __future__ import annotations

import pytest

from .axe import axe_violations
from .screens import DESKTOP, PHONE, screenshot

# Transactional: the live server answers from its own thread, which sees committed rows only.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

Q = "chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91"
URLS = {
    "compare": f"/compare/?q={Q}",
    "compare-quarter-share": f"/compare/?q={Q}&by=quarter&share=1",
    "trends": f"/trends/?q={Q}&q=m%E1%BA%B7t+b%E1%BA%B1ng&q=n%C3%B4ng+nghi%E1%BB%87p",
    "trends-quarter": f"/trends/?q={Q}&by=quarter",
    "directives": "/directives/",
    "directives-search": f"/directives/?q={Q}",
    "directive": "/directives/18-NQ-TW/",
    "trends-bad": "/trends/?by=month",
}


@pytest.fixture
def research(transactional_db):
    from tests.corpora import research_corpus

    return research_corpus()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_research_pages_fit_the_screen(page, research, viewport):
    page.set_viewport_size(viewport)
    name = "desktop" if viewport == DESKTOP else "phone"
    for label, url in URLS.items():
        response = page.goto(url)
        assert response.status == (400 if label.endswith("bad") else 200), url
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= viewport["width"], f"{url} scrolls sideways: {width}px"
        screenshot(page, f"research-{label}-{name}")
    page.console_errors[:] = [e for e in page.console_errors if "400" not in e]


def _tab_to(page, selector: str, limit: int = 80) -> None:
    """Press Tab until the element matching ``selector`` has the focus."""
    assert page.locator(selector).count(), f"nothing matches {selector} on {page.url}"
    visited = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"document.activeElement.matches({selector!r})"):
            return
        visited.append(page.evaluate("document.activeElement.outerHTML.slice(0, 80)"))
    raise AssertionError(f"{selector} was not reached with Tab; the focus went through {visited}")


def test_a_compare_cell_is_reached_and_opened_with_the_keyboard(page, research):
    page.goto(f"/compare/?q={Q}")
    _tab_to(page, "table.heat tbody td a")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search/?**")
    assert "province=" in page.url and "year=" in page.url
    assert page.locator(".results > li").count() >= 1


def test_the_trends_form_is_filled_and_sent_with_the_keyboard(page, research):
    page.goto("/trends/")
    _tab_to(page, "#trend-q-1")
    page.keyboard.type("chuyển đổi số")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.type("mặt bằng")
    page.keyboard.press("Enter")
    page.wait_for_url("**/trends/?**")
    assert page.locator("svg[role=img] g.series").count() == 2
    assert page.locator(".trend-table tbody tr").count() >= 3


def test_a_directives_column_is_sorted_with_the_keyboard(page, research):
    page.goto("/directives/")
    _tab_to(page, "table.directives thead th a")
    page.keyboard.press("Enter")
    page.wait_for_url("**sort=number**")
    assert page.locator("th[aria-sort]").count() == 1
    _tab_to(page, "table.directives tbody th a")
    page.keyboard.press("Enter")
    page.wait_for_url("**/directives/*-*-TW/")
    assert page.locator("table.citing").count() == 1


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_no_serious_accessibility_violations_on_research_pages(axe_context, research, viewport):
    page = axe_context.new_page()
    page.set_viewport_size(viewport)
    found = {}
    for url in URLS.values():
        page.goto(url)
        violations = axe_violations(page)
        if violations:
            found[url] = violations
    assert not found, found
