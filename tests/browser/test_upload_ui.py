"""Staff upload files from the browser and read the report; anonymous visitors are sent to log in."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import get_user_model

from documents.models import Document

from .screens import screenshot

# Transactional: the live server answers from its own thread, which sees committed rows only.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "mat-khau-dai-123"


def _log_in(page, username: str) -> None:
    page.goto("/accounts/login/?next=/upload/")
    page.get_by_label("Tên đăng nhập").fill(username)
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()


def test_staff_uploads_files_and_sees_the_report(page, samples_dir, tmp_path, run_jobs):
    get_user_model().objects.create_user("bientap", password=PASSWORD, is_staff=True)
    broken = tmp_path / "hong.pdf"
    broken.write_bytes(b"%PDF-1.4 not really a pdf")
    sample = sorted(samples_dir.glob("*.txt"))[0]
    _log_in(page, "bientap")
    page.wait_for_url(re.compile(r"/upload/$"))
    page.get_by_label("Tệp văn bản").set_input_files([str(sample), str(broken)])
    screenshot(page, "upload-form")
    page.get_by_role("button", name="Tải lên và nạp").click()
    page.wait_for_url(re.compile(r"/upload/\d+/$"))
    # Answered before any file was read: both wait for the background worker.
    assert page.locator("tr.stage-queued").count() == 2
    assert page.locator("progress#run-progress").get_attribute("value") == "0"
    run_jobs()
    page.wait_for_selector("tr.stage-queued", state="detached")  # the page refreshes itself
    summary = page.locator(".run-summary").inner_text()
    assert "mới 1" in summary and "lỗi 1" in summary
    rows = page.locator("table.upload-report tbody tr")
    assert rows.count() == 2
    assert page.locator("tr.status-failed", has_text="hong.pdf").count() == 1
    screenshot(page, "upload-report")
    correction = page.locator("tr.status-ingested a", has_text="sửa siêu dữ liệu")
    assert re.search(r"/admin/documents/document/\d+/change/$", correction.get_attribute("href"))
    page.locator("tr.status-ingested a").first.click()
    page.wait_for_url(re.compile(r"/documents/\d+/$"))
    assert Document.with_held.filter(original_name=sample.name).exists()


def test_anonymous_visitor_is_sent_to_log_in(page):
    page.goto("/upload/")
    page.wait_for_url(re.compile(r"/accounts/login/\?next=/upload/"))
    assert page.get_by_role("heading", name="Đăng nhập").is_visible()
    assert page.get_by_label("Tệp văn bản").count() == 0


def test_non_staff_user_is_refused(page):
    get_user_model().objects.create_user("docgia", password=PASSWORD)
    _log_in(page, "docgia")
    # The login succeeds, the upload page then refuses: 403 with a message, and no form.
    page.wait_for_load_state()
    response = page.goto("/upload/")
    assert response.status == 403
    page.console_errors[:] = [e for e in page.console_errors if "403" not in e]
    assert page.get_by_label("Tệp văn bản").count() == 0
