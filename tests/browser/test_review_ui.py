"""Staff review an upload in the browser: the held documents with their extracted metadata on the
report, the held document's page with its banner, at desktop and phone width, with no serious
accessibility violation; publishing one makes it public."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import get_user_model

from documents.models import Document

from .axe import axe_violations
from .screens import DESKTOP, PHONE, screenshot

# Transactional: the live server answers from its own thread, which sees committed rows only.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "mat-khau-dai-123"
# The elements reaching past the screen's right edge, for the failure message.
WIDER_THAN = """(width) => [...document.querySelectorAll("body *")]
    .filter((e) => e.getBoundingClientRect().right > width).slice(0, 5)
    .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`)"""


@pytest.fixture
def staff_page(browser, live_server):
    """A logged-in staff member's page, in a context where axe may be injected (bypass_csp)."""
    get_user_model().objects.create_user("bientap", password=PASSWORD, is_staff=True)
    context = browser.new_context(viewport=DESKTOP, locale="vi-VN", base_url=live_server.url, bypass_csp=True)
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.goto("/accounts/login/?next=/upload/")
    page.get_by_label("Tên đăng nhập").fill("bientap")
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(re.compile(r"/upload/$"))
    yield page
    context.close()


def _fits(page, viewport, name: str) -> None:
    page.set_viewport_size(viewport)
    screenshot(page, name)
    width = page.evaluate("document.documentElement.scrollWidth")
    wide = page.evaluate(WIDER_THAN, viewport["width"])
    assert width <= viewport["width"], f"the page scrolls sideways: {width}px {wide}"
    assert not axe_violations(page), axe_violations(page)


def test_staff_review_and_publish_an_upload(staff_page, samples_dir, run_jobs, browser, live_server):
    page = staff_page
    samples = sorted(samples_dir.glob("*.txt"))[:2]
    page.get_by_label("Tệp văn bản").set_input_files([str(path) for path in samples])
    page.get_by_role("button", name="Tải lên và nạp").click()
    page.wait_for_url(re.compile(r"/upload/\d+/$"))
    run_jobs()
    page.reload()
    held = page.locator("article.held-document")
    assert held.count() == 2
    assert held.first.locator("table.extracted tbody tr").count() >= 9
    for name, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
        _fits(page, viewport, f"upload-review-{name}")

    document = Document.with_held.get(original_name=samples[0].name)
    page.goto(f"/documents/{document.pk}/")
    assert page.get_by_role("note").filter(has_text="Chưa công bố.").is_visible()
    for name, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
        _fits(page, viewport, f"held-document-{name}")

    page.go_back()
    page.set_viewport_size(DESKTOP)
    held.first.get_by_role("button", name="Công bố văn bản này").click()
    assert page.get_by_role("status").filter(has_text="Đã công bố 1 văn bản.").is_visible()
    assert page.locator("article.held-document").count() == 1
    public = browser.new_context(base_url=live_server.url)
    try:
        assert public.new_page().goto(f"/documents/{document.pk}/").status == 200
        other = Document.with_held.get(original_name=samples[1].name)
        assert public.new_page().goto(f"/documents/{other.pk}/").status == 404
    finally:
        public.close()


VIETNAMESE = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)
# The focused element's visible text (or its value), and whether a focus ring is drawn round it.
FOCUSED = """() => { const e = document.activeElement; const style = getComputedStyle(e);
    return {text: (e.innerText || e.value || "").trim(), ring: style.outlineStyle !== "none"
        && parseFloat(style.outlineWidth) >= 2}; }"""


def _tab_to(page, text: str, limit: int = 120) -> int:
    """Press Tab until the element whose text is ``text`` has the focus; how many presses."""
    for presses in range(1, limit + 1):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused["text"] == text:
            assert focused["ring"], f"{text!r} has the focus but no visible focus ring"
            return presses
    raise AssertionError(f"{text!r} never took the focus in {limit} Tab presses")


def test_staff_review_by_keyboard_alone_in_english(browser, live_server, samples_dir, run_jobs):
    get_user_model().objects.create_user("editor", password=PASSWORD, is_staff=True)
    context = browser.new_context(viewport=PHONE, locale="en-US", base_url=live_server.url)
    context.set_default_timeout(15_000)
    page = context.new_page()
    try:
        page.goto("/accounts/login/?next=/upload/")
        page.get_by_label("Username").focus()
        page.keyboard.type("editor")
        page.keyboard.press("Tab")
        page.keyboard.type(PASSWORD)
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(r"/upload/$"))
        # Choosing files is the system's dialog, not the page's: the one step given to the browser.
        page.locator("input[type=file]").set_input_files(
            [str(p) for p in sorted(samples_dir.glob("*.txt"))[:2]]
        )
        page.locator("input[type=file]").focus()
        _tab_to(page, "Upload and ingest")
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(r"/upload/\d+/$"))
        run_jobs()
        page.reload()
        assert page.get_by_role("heading", name="Documents to review before publishing").is_visible()
        # The report's own words are English; the documents' titles and evidence stay as written.
        labels = page.locator(
            "section.held-review th, section.held-review button, .held-actions a"
        ).all_inner_texts()
        assert labels and not [label for label in labels if VIETNAMESE.search(label)], labels
        for name, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
            page.set_viewport_size(viewport)
            screenshot(page, f"upload-review-en-{name}")
        page.set_viewport_size(PHONE)

        page.locator("h1").focus()
        _tab_to(page, "Publish this document")
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert page.get_by_role("status").filter(has_text="Published 1 document.").is_visible()
        assert page.locator("article.held-document").count() == 1

        # The other held document's page, reached by keyboard: its banner, its correction link, and
        # publishing it there.
        page.locator("h1").focus()
        title = page.locator("article.held-document h3 a").inner_text()
        _tab_to(page, title)
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(r"/documents/\d+/$"))
        assert page.get_by_role("note").filter(has_text="Not published.").is_visible()
        screenshot(page, "held-document-en-phone")
        _tab_to(page, "Correct the metadata")
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(r"/admin/documents/document/\d+/change/$"))
        page.go_back()
        _tab_to(page, "Publish this document")
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert page.get_by_role("status").filter(has_text="Document published").is_visible()
        assert page.get_by_role("note").filter(has_text="Not published.").count() == 0
    finally:
        context.close()
