"""The pages around the search in a browser: the back link, not-found pages in both languages, the index
pages, and what the search page says instead of results."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

import pytest

from .screens import PHONE, screenshot

# Transactional: the live server answers from its own thread, which sees committed rows only.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SEARCH = (
    "/search/?q=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91&province=Thanh+H%C3%B3a&sort=oldest&page_size=1"
)


def test_back_to_results_keeps_every_parameter(page, corpus):
    page.goto(SEARCH)
    wanted = parse_qs(urlparse(page.url).query)
    page.locator("ol.results h3 a").first.click()
    page.wait_for_url(re.compile(r"/documents/\d+/"))
    page.locator(".breadcrumbs a").click()
    page.wait_for_url(re.compile(r"/search/"))
    assert parse_qs(urlparse(page.url).query) == wanted


@pytest.mark.parametrize(
    ("locale", "heading", "absent"),
    [("vi-VN", "Không tìm thấy trang", "Page not found"), ("en-US", "Page not found", "Không tìm thấy")],
)
def test_not_found_page_in_both_languages(browser, live_server, locale, heading, absent):
    context = browser.new_context(locale=locale, base_url=live_server.url)
    page = context.new_page()
    try:
        response = page.goto("/khong-co-trang-nay/")
        assert response.status == 404
        assert page.get_by_role("heading", level=1).inner_text() == heading
        assert absent not in page.content()
        screenshot(page, f"404-{locale}")
    finally:
        context.close()


def test_page_past_the_end_links_the_last_page(page, corpus):
    page.goto(SEARCH + "&page=999")
    alert = page.get_by_role("alert")
    assert "Không có trang 999" in alert.inner_text()
    page.get_by_role("link", name="Tới trang cuối").click()
    page.wait_for_url(re.compile(r"page=\d+"))
    assert page.locator("ol.results > li").count() == 1
    page.console_errors[:] = [e for e in page.console_errors if "404" not in e]


def test_empty_result_offers_what_to_drop(page, corpus):
    from documents.models import Document

    dated = Document.objects.exclude(date=None)
    years = {d.year for d in dated.values_list("date", flat=True)}
    theirs = {d.year for d in dated.filter(province__name="Thái Bình").values_list("date", flat=True)}
    year = min(years - theirs)  # documents exist that year, none of them from Thái Bình
    page.goto(f"/search/?province=Th%C3%A1i+B%C3%ACnh&year={year}")
    assert "Không tìm thấy" in page.locator("#result-count").inner_text()
    page.locator(".relaxations a", has_text=f"Năm: {year}").click()
    page.wait_for_url(lambda url: "year=" not in url)
    assert page.locator("ol.results > li").count() > 0


def test_province_and_official_indexes(page, corpus):
    page.goto("/provinces/")
    page.get_by_role("link", name="Tỉnh Hưng Yên").first.click()
    page.wait_for_url(re.compile(r"/provinces/hung-yen/"))
    assert "Thái Bình" in page.locator("#lineage-heading + ul").inner_text()
    page.goto("/officials/")
    first = page.locator("table.data tbody a").first.inner_text()
    page.get_by_label("Tìm theo tên").fill(first.split()[-1])
    page.get_by_role("button", name="Tìm", exact=True).click()
    page.wait_for_url(re.compile(r"q="))
    assert first in page.locator("table.data").inner_text()
    page.set_viewport_size(PHONE)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_print_shows_the_document_and_its_address_without_menus(page, corpus):
    document = corpus[0]
    page.goto(f"{document.get_absolute_url()}?q=x")
    page.emulate_media(media="print")
    assert not page.locator(".site-header").is_visible()
    assert not page.locator(".site-footer").is_visible()
    address = page.locator(".print-only")
    assert address.is_visible()
    assert address.inner_text().endswith(f"{document.get_absolute_url()}")
    assert page.locator("h1").is_visible()
    page.goto(SEARCH)
    page.emulate_media(media="print")
    assert not page.locator("aside.facets").is_visible()
    assert page.locator("ol.results > li").first.is_visible()


def test_english_document_page_has_no_vietnamese_roles(browser, live_server, corpus):
    from documents.models import Appearance

    appearance = Appearance.objects.exclude(roles=[]).select_related("document").first()
    context = browser.new_context(locale="en-US", base_url=live_server.url)
    page = context.new_page()
    try:
        page.goto(appearance.document.get_absolute_url())
        roles = page.locator("ul.officials .roles").all_inner_texts()
        assert roles
        for text in roles:
            for word in ("chủ trì", "kết luận", "trình bày", "phát biểu", "ký"):
                assert word not in text, text
        screenshot(page, "document-english")
    finally:
        context.close()
