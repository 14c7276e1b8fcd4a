"""Reaching the results by keyboard and on a phone: Tab presses counted, pixels measured."""

from __future__ import annotations

import re

import pytest

from documents.vietnamese.normalize import fold

from .screens import PHONE, screenshot

# Transactional: the live server answers from its own thread, which sees committed rows only.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

QUERY_URL = "/search/?q=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91"


def _focus_is_first_result(page) -> bool:
    return page.evaluate("document.activeElement === document.querySelector('ol.results > li h3 a')")


def _tabs_until_first_result(page, limit: int = 60) -> int | None:
    for presses in range(1, limit + 1):
        page.keyboard.press("Tab")
        if _focus_is_first_result(page):
            return presses
    return None


def test_skip_link_reaches_the_first_result_in_three_presses(page, corpus):
    page.goto(QUERY_URL)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Bỏ qua, tới kết quả"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert _focus_is_first_result(page)


def test_results_come_before_the_facets_in_the_tab_order(page, corpus):
    page.goto(QUERY_URL)
    # Counted from the query box: the header's links (the site's menu) are not the page's doing.
    page.get_by_label("Tìm trong văn bản").focus()
    presses_from_box = _tabs_until_first_result(page)
    assert presses_from_box is not None and presses_from_box <= 10, presses_from_box
    page.keyboard.press("Tab")
    assert not page.evaluate("!!document.activeElement.closest('aside.facets')")


def test_arrow_keys_on_the_sort_menu_do_not_reload(page, corpus):
    page.goto(QUERY_URL)
    before = page.url
    sort = page.get_by_label("Sắp xếp", exact=True)
    sort.focus()
    page.keyboard.press("ArrowDown")
    page.wait_for_timeout(400)  # a reload, if one were coming, would have started
    assert page.url == before
    assert sort.input_value() == "newest"
    # The submit button comes back for a keyboard user; Enter submits as well.
    assert page.locator("form.sort button").is_visible()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"sort=newest"))


def test_arrow_keys_on_the_language_menu_do_not_reload(page, corpus):
    page.goto(QUERY_URL)
    before = page.url
    page.get_by_label("Ngôn ngữ").focus()
    page.keyboard.press("ArrowDown")
    page.wait_for_timeout(400)
    assert page.url == before
    assert page.locator("html").get_attribute("lang") == "vi"


def test_phone_shows_the_first_result_on_the_first_screen(page, corpus):
    page.set_viewport_size(PHONE)
    page.goto(QUERY_URL + "&province=Thanh+H%C3%B3a")
    top = page.evaluate("document.querySelector('ol.results > li').getBoundingClientRect().top")
    assert top <= PHONE["height"], f"first result starts {top}px down"
    # The facets wait in a folded "filter" drawer above the results, which opens on demand.
    drawer = page.locator("details[data-filter-drawer]")
    assert drawer.get_attribute("open") is None
    assert not page.locator('details[data-facet="official"]').is_visible()
    drawer.locator("> summary").click()
    assert page.locator('details[data-facet="province"] a', has_text="Thanh Hóa").first.is_visible()
    screenshot(page, "search-phone-drawer")


def test_phone_without_script_puts_results_before_facets(browser, live_server, corpus):
    context = browser.new_context(
        java_script_enabled=False, viewport=PHONE, base_url=live_server.url, locale="vi-VN"
    )
    page = context.new_page()
    try:
        page.goto(QUERY_URL)
        result_top = page.evaluate("document.querySelector('ol.results > li').getBoundingClientRect().top")
        facets_top = page.evaluate("document.querySelector('aside.facets').getBoundingClientRect().top")
        assert result_top <= PHONE["height"] and result_top < facets_top
    finally:
        context.close()


def test_inline_filter_finds_values_among_the_first_ten(page, corpus):
    page.goto("/search/")
    facet = page.locator('details[data-facet="official"]')
    first = facet.locator(":scope > ul.facet-values > li").first
    wanted = first.locator(".facet-label").inner_text()
    facet.locator("details.facet-more > summary").click()
    facet.get_by_label("Lọc danh sách").fill(fold(wanted).lower())
    assert first.is_visible()
    assert not facet.locator(".facet-none").is_visible()
    facet.get_by_label("Lọc danh sách").fill("zzzz không ai tên thế")
    assert not first.is_visible()
    assert facet.locator(".facet-none").is_visible()
