"""Saving a search from the search page with the keyboard, the list of saved searches, its
errors, and an axe scan of both pages at desktop and phone widths."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from .axe import axe_violations
from .screens import DESKTOP, PHONE, screenshot

# Transactional: the live server answers from its own thread, which sees committed rows only.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "mat-khau-du-dai-2026"  # a test account's password


def _sign_in(page, next_url: str) -> None:
    get_user_model().objects.create_user("nghiencuu", email="nc@example.org", password=PASSWORD)
    page.goto(f"/accounts/login/?next={next_url}")
    page.fill("#id_username", "nghiencuu")
    page.fill("#id_password", PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_selector("form.logout")


def test_save_a_search_with_the_keyboard_then_rename_and_delete(page, corpus):
    from documents.alerts.models import SavedSearch

    _sign_in(page, "/search/?year=2023")
    screenshot(page, "search-save-form-desktop")
    page.focus("#save-search-name")
    page.keyboard.press("Enter")  # an empty name: the browser's own check stops it
    assert SavedSearch.objects.count() == 0
    page.keyboard.type("Năm 2023")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Lưu tìm kiếm"
    page.keyboard.press("Enter")
    page.wait_for_url("**/account/searches/")
    assert page.locator("[role=status]").inner_text() == "Đã lưu tìm kiếm “Năm 2023”."
    assert SavedSearch.objects.get().query == "year=2023"
    for viewport, name in ((DESKTOP, "desktop"), (PHONE, "phone")):
        page.set_viewport_size(viewport)
        assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
        screenshot(page, f"saved-searches-{name}")

    mine = SavedSearch.objects.get()
    SavedSearch.objects.create(user=mine.user, name="Khác")
    page.reload()
    field = page.locator(f"#rename-{mine.pk}")
    field.fill("Khác")
    field.press("Enter")
    error = page.locator("[role=alert]")
    assert error.inner_text() == "Bạn đã có một tìm kiếm tên “Khác”."
    assert field.get_attribute("aria-invalid") == "true"
    page.console_errors[:] = [e for e in page.console_errors if "400" not in e]
    page.set_viewport_size(DESKTOP)
    screenshot(page, "saved-searches-error-desktop")

    page.get_by_role("button", name="Xóa tìm kiếm “Khác”").click()
    page.wait_for_url("**/account/searches/")
    assert SavedSearch.objects.filter(name="Khác").count() == 0

    page.get_by_role("link", name="Năm 2023").click()
    page.wait_for_url("**/search/?year=2023")


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_saved_search_pages_have_no_serious_accessibility_violations(browser, live_server, corpus, viewport):
    from documents.alerts.models import SavedSearch

    context = browser.new_context(viewport=viewport, base_url=live_server.url, bypass_csp=True)
    try:
        page = context.new_page()
        _sign_in(page, "/search/?year=2023")
        user = get_user_model().objects.get(username="nghiencuu")
        search = SavedSearch.objects.create(user=user, name="Thanh Hóa", query="province=Thanh+H%C3%B3a")
        found = {}
        for url in ("/search/?year=2023", "/account/searches/"):
            page.goto(url)
            if violations := axe_violations(page):
                found[url] = violations
        page.goto("/account/searches/")
        field = page.locator(f"#rename-{search.pk}")
        # Past the browser's own check, to see the server's error as a screen reader would.
        field.evaluate("input => input.removeAttribute('required')")
        field.fill("")
        field.press("Enter")
        page.wait_for_selector("[role=alert]")
        if violations := axe_violations(page):
            found["rename error"] = violations
        assert not found, found
    finally:
        context.close()
