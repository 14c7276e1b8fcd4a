"""The search page in a real browser: query, facets, chips, dates, "more", language, permalink."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

import pytest

from documents.vietnamese.normalize import fold

from .screens import PHONE, screenshot

# Transactional: the live server answers from its own thread, which sees committed rows only.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _query(page) -> dict[str, list[str]]:
    return parse_qs(urlparse(page.url).query)


def _count(page) -> int:
    text = page.locator("#result-count").inner_text()
    match = re.search(r"\d+", text)
    return int(match.group()) if match else 0


def test_search_shows_results_with_snippets(page, corpus):
    page.goto("/search/")
    page.get_by_label("Tìm trong văn bản").fill("giải phóng mặt bằng")
    page.get_by_role("button", name="Tìm", exact=True).click()
    page.wait_for_url(re.compile(r"q=gi"))
    assert _count(page) >= 3
    assert page.locator("ol.results mark").count() > 0
    assert page.locator("figure.histogram svg").count() == 1
    screenshot(page, "search-desktop")


def test_facet_click_then_chip_removal(page, corpus):
    page.goto("/search/?q=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91")
    before = _count(page)
    page.locator('details[data-facet="province"] a', has_text="Thanh Hóa").first.click()
    page.wait_for_url(re.compile(r"province="))
    assert _query(page)["province"] == ["Thanh Hóa"]
    after = _count(page)
    assert 0 < after < before
    chip = page.locator(".active-filters a.chip", has_text="Thanh Hóa")
    assert chip.count() == 1
    # A second meeting type ORs with the first; the province still ANDs.
    page.locator('details[data-facet="meeting_type"] a', has_text="Ban Chấp hành").first.click()
    page.wait_for_url(re.compile(r"meeting_type="))
    chip.click()
    page.wait_for_url(lambda url: "province=" not in url)
    assert "province" not in _query(page)
    assert _query(page)["meeting_type"] == ["ban_chap_hanh"]
    page.get_by_role("link", name="Bắt đầu lại").click()
    page.wait_for_url(re.compile(r"/search/$"))
    assert page.locator(".active-filters").count() == 0


def test_year_drills_down_to_quarter_and_month(page, corpus):
    page.goto("/search/")
    page.locator('details[data-facet="year"] a', has_text="2023").click()
    page.wait_for_url(re.compile(r"year=2023"))
    # Quarter histogram, with the documents dated only to 2023 as a marked bar of their own.
    assert "quý" in page.locator("figure.histogram figcaption").inner_text().lower()
    page.locator('details[data-facet="quarter"] a', has_text="Quý 3/2023").click()
    page.wait_for_url(re.compile(r"quarter=2023-Q3"))
    assert page.locator('details[data-facet="month"] a', has_text="09/2023").count() == 1
    # Removing the year chip also drops its quarter.
    page.locator(".active-filters a.chip", has_text="Năm: 2023").click()
    page.wait_for_url(lambda url: "year=" not in url)
    assert "quarter" not in _query(page)


def test_date_range_filters_results(page, corpus):
    page.goto("/search/?q=gi%E1%BA%A3i+ph%C3%B3ng+m%E1%BA%B7t+b%E1%BA%B1ng")
    before = _count(page)
    page.get_by_label("Từ ngày").fill("2023-01-01")
    page.get_by_label("Đến ngày").fill("2023-12-31")
    page.get_by_role("button", name="Áp dụng").click()
    page.wait_for_url(re.compile(r"date_from=2023-01-01"))
    query = _query(page)
    assert query["date_to"] == ["2023-12-31"] and query["q"] == ["giải phóng mặt bằng"]
    assert 0 < _count(page) < before
    assert page.locator(".active-filters a.chip", has_text="01/01/2023").count() == 1


def test_official_more_filters_as_you_type(page, corpus):
    page.goto("/search/")
    facet = page.locator('details[data-facet="official"]')
    assert facet.locator(":scope > ul.facet-values > li").count() == 10
    facet.locator("details.facet-more > summary").click()
    box = facet.get_by_label("Lọc danh sách")
    assert box.is_visible()
    items = facet.locator("details.facet-more li")
    total = items.count()
    wanted = items.last.locator(".facet-label").inner_text()
    box.fill(fold(wanted).lower())  # typed without diacritics
    visible = facet.locator("details.facet-more li:visible")
    assert 1 <= visible.count() < total
    for text in visible.all_inner_texts():
        assert wanted in text
    visible.first.locator("a").click()
    page.wait_for_url(re.compile(r"official="))
    assert _query(page)["official"] == [wanted]
    assert page.locator(".active-filters a.chip", has_text=wanted).count() == 1


def test_sort_change_submits_and_permalink_reproduces_the_page(page, corpus):
    page.goto("/search/?q=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91&province=Thanh+H%C3%B3a")
    page.get_by_label("Sắp xếp").select_option("oldest")
    page.wait_for_url(re.compile(r"sort=oldest"))
    titles = page.locator("ol.results h3").all_inner_texts()
    chips = page.locator(".active-filters a.chip").all_inner_texts()
    permalink = page.url
    fresh = page.context.new_page()
    fresh.goto(permalink)
    assert fresh.locator("ol.results h3").all_inner_texts() == titles
    assert fresh.locator(".active-filters a.chip").all_inner_texts() == chips
    assert fresh.get_by_label("Sắp xếp").input_value() == "oldest"
    assert fresh.get_by_label("Tìm trong văn bản").input_value() == "chuyển đổi số"
    fresh.close()


def test_language_switch_to_english_and_back(page, corpus):
    page.goto("/search/?year=2023")
    page.get_by_label("Ngôn ngữ").select_option("en")
    page.wait_for_load_state()
    page.get_by_role("heading", name="Search documents").wait_for()
    assert page.locator("html").get_attribute("lang") == "en"
    assert "year=2023" in page.url  # the page stays where it was
    assert page.locator(".active-filters a.chip", has_text="Year: 2023").count() == 1
    screenshot(page, "search-english")
    page.get_by_label("Language").select_option("vi")
    page.get_by_role("heading", name="Tìm kiếm văn bản").wait_for()
    assert page.locator("html").get_attribute("lang") == "vi"


def test_phone_width_keeps_everything_reachable(page, corpus):
    page.set_viewport_size(PHONE)
    page.goto("/search/?q=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91&province=Thanh+H%C3%B3a")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"page scrolls sideways: {width}px"
    # Facets without a selection start folded on a phone; the selected one stays open.
    assert page.locator('details[data-facet="province"]').get_attribute("open") is not None
    assert page.locator('details[data-facet="official"]').get_attribute("open") is None
    screenshot(page, "search-phone")


def test_document_page_highlights_the_query(page, corpus):
    page.goto("/search/?q=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91")
    page.locator("ol.results h3 a").first.click()
    page.wait_for_url(re.compile(r"/documents/\d+/\?q="))
    assert page.locator(".full-text mark").count() >= 1
    screenshot(page, "document-desktop")
    page.set_viewport_size(PHONE)
    screenshot(page, "document-phone")


def test_keyboard_only_search_and_facet(page, corpus):
    page.goto("/search/")
    page.keyboard.press("Tab")  # the skip link comes first
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    page.get_by_label("Tìm trong văn bản").focus()
    page.keyboard.type("giai phong mat bang")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"q=giai"))
    link = page.locator('details[data-facet="year"] a').first
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"year="))


def test_everything_works_without_javascript(browser, live_server, corpus):
    context = browser.new_context(java_script_enabled=False, base_url=live_server.url, locale="vi-VN")
    page = context.new_page()
    try:
        page.goto("/search/?q=gi%E1%BA%A3i+ph%C3%B3ng+m%E1%BA%B7t+b%E1%BA%B1ng")
        page.locator('details[data-facet="province"] a', has_text="Thanh Hóa").first.click()
        page.wait_for_url(re.compile(r"province="))
        page.get_by_label("Từ ngày").fill("2023-01-01")
        page.get_by_role("button", name="Áp dụng").click()
        page.wait_for_url(re.compile(r"date_from=2023-01-01"))
        # Without the script the sort needs its button, which is then visible.
        page.get_by_label("Sắp xếp").select_option("oldest")
        page.locator("form.sort button").click()
        page.wait_for_url(re.compile(r"sort=oldest"))
        query = _query(page)
        assert query["province"] == ["Thanh Hóa"] and query["date_from"] == ["2023-01-01"]
        assert query["q"] == ["giải phóng mặt bằng"]
        # "More" values are plain links inside <details>; the filter box needs the script.
        facet = page.locator('details[data-facet="official"]')
        facet.locator("details.facet-more > summary").click()
        assert facet.locator("details.facet-more li").first.is_visible()
        assert not facet.locator(".facet-filter").is_visible()
    finally:
        context.close()
