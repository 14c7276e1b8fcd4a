"""/upload/: staff only, several files at once, answered before any is read; background jobs
settle each file, and the status page follows them; a bad file fails alone, naming it."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from documents.index_check import check_index
from documents.models import Document, IngestFile, IngestRun

# Publishing indexes the documents once its transaction commits (on_commit): a test transaction never does.
pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "mat-khau-dai-123"


@pytest.fixture
def staff_client(client):
    user = get_user_model().objects.create_user("bientap", password=PASSWORD, is_staff=True)
    client.force_login(user)
    return client


def _sample(samples_dir, index=0) -> SimpleUploadedFile:
    path = sorted(samples_dir.glob("*.txt"))[index]
    return SimpleUploadedFile(path.name, path.read_bytes(), content_type="text/plain")


def test_anonymous_visitor_is_redirected_to_log_in(client):
    response = client.get("/upload/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/upload/"
    response = client.post("/upload/", {"files": SimpleUploadedFile("a.txt", b"x")})
    assert response.status_code == 302
    assert IngestRun.objects.count() == 0 and Document.objects.count() == 0


def test_logged_in_non_staff_user_gets_403(client):
    user = get_user_model().objects.create_user("docgia", password=PASSWORD)
    client.force_login(user)
    assert client.get("/upload/").status_code == 403
    response = client.post("/upload/", {"files": SimpleUploadedFile("a.txt", b"x")})
    assert response.status_code == 403
    assert IngestRun.objects.count() == 0
    assert "Chỉ cán bộ quản trị được tải tệp lên và công bố văn bản." in response.content.decode()


def test_login_page_logs_in_and_returns(client):
    get_user_model().objects.create_user("bientap", password=PASSWORD, is_staff=True)
    assert client.get("/accounts/login/").status_code == 200
    response = client.post(
        "/accounts/login/?next=/upload/", {"username": "bientap", "password": PASSWORD, "next": "/upload/"}
    )
    assert response.status_code == 302 and response["Location"] == "/upload/"
    wrong = client.post("/accounts/login/", {"username": "bientap", "password": "sai"})
    assert wrong.status_code == 200 and 'role="alert"' in wrong.content.decode()


def test_staff_uploads_several_files_and_reads_the_report(staff_client, samples_dir, run_jobs):
    page = staff_client.get("/upload/")
    assert page.status_code == 200 and 'enctype="multipart/form-data"' in page.content.decode()
    files = [
        _sample(samples_dir, 0),
        _sample(samples_dir, 1),
        SimpleUploadedFile("hong.pdf", b"%PDF-1.4 junk"),
    ]
    response = staff_client.post("/upload/", {"files": files})
    assert response.status_code == 302
    run = IngestRun.objects.get()
    assert response["Location"] == f"/upload/{run.pk}/"
    # The request only received the files: nothing is read before the jobs run.
    assert (run.origin, run.status, run.settled) == ("upload", "running", 0)
    assert not Document.objects.exists()
    waiting = staff_client.get(response["Location"])
    body = waiting.content.decode()
    assert [row["stage"] for row in waiting.context["rows"]] == ["queued"] * 3
    assert '<meta http-equiv="refresh"' in body and '<progress id="run-progress" max="3" value="0"' in body

    assert run_jobs()[0] == 0
    run.refresh_from_db()
    assert (run.ingested, run.failed, run.status) == (2, 1, "done")
    report = staff_client.get(response["Location"])
    rows = report.context["rows"]
    assert [row["stage"] for row in rows] == ["indexed", "indexed", "failed"]
    assert [row["status"] for row in rows] == ["ingested", "ingested", "failed"]
    assert rows[0]["document"].original_name == files[0].name
    body = report.content.decode()
    assert f'href="{rows[0]["document"].get_absolute_url()}"' in body
    assert "hong.pdf" in body and "PDF bị hỏng hoặc bị cắt cụt" in body
    assert '<meta http-equiv="refresh"' not in body and 'value="3"' in body
    assert not (settings_spool() / str(run.pk)).exists(), "the upload's spooled files are removed"
    # The same file again changes nothing.
    again = staff_client.post("/upload/", {"files": [_sample(samples_dir, 0)]})
    run_jobs()
    rows = staff_client.get(again["Location"]).context["rows"]
    assert [row["status"] for row in rows] == ["unchanged"]
    assert Document.with_held.count() == 2


def settings_spool():
    from documents.ingest.uploads import spool_root

    return spool_root()


def test_an_empty_file_among_good_ones_fails_alone_naming_it(staff_client, samples_dir, run_jobs):
    files = [_sample(samples_dir, 0), SimpleUploadedFile("rong.txt", b""), _sample(samples_dir, 1)]
    response = staff_client.post("/upload/", {"files": files})
    assert response.status_code == 302  # the form takes the empty file; its job refuses it
    run_jobs()
    rows = staff_client.get(response["Location"]).context["rows"]
    assert [(row["name"], row["status"]) for row in rows] == [
        (files[0].name, "ingested"),
        ("rong.txt", "failed"),
        (files[2].name, "ingested"),
    ]
    assert rows[1]["reason"] == "tệp rỗng"
    assert IngestRun.objects.get().failures.get().path == "rong.txt"


def test_the_status_page_speaks_english_when_the_interface_does(staff_client, run_jobs):
    response = staff_client.post("/upload/", {"files": [SimpleUploadedFile("rong.txt", b"")]})
    run_jobs()
    page = staff_client.get(response["Location"], HTTP_ACCEPT_LANGUAGE="en")
    body = page.content.decode()
    assert "rong.txt" in body and "the file is empty" in body
    assert "1 of 1 files processed" in body


def test_uploaded_documents_wait_for_review_then_staff_publish_one_and_all(
    staff_client, samples_dir, run_jobs
):
    client = Client()  # the public (staff_client is the test's own client, logged in)
    response = staff_client.post("/upload/", {"files": [_sample(samples_dir, 0), _sample(samples_dir, 1)]})
    run_jobs()
    first, second = (row["document"] for row in staff_client.get(response["Location"]).context["rows"])
    assert not first.is_published and not second.is_published
    assert client.get("/search/").context["outcome"].total == 0
    assert client.get(f"/documents/{first.pk}/").status_code == 404
    assert check_index().consistent

    report = staff_client.get(response["Location"], HTTP_ACCEPT_LANGUAGE="vi")
    assert [document for document, _fields in report.context["held"]] == [first, second]
    body = report.content.decode()
    assert "Văn bản chờ xem lại trước khi công bố" in body and "chờ công bố" in body
    fields = {row.label: row for row in report.context["held"][0][1]}
    province = fields["tỉnh, thành phố"]
    assert province.value == first.province.name and province.confidence is not None
    assert province.evidence and province.evidence in body  # the text that decided it
    assert f"{round(province.confidence * 100)}%" in body
    assert f'href="/admin/documents/document/{first.pk}/change/"' in body
    publish_url = f"/upload/{response['Location'].strip('/').split('/')[-1]}/publish"
    assert f'action="{publish_url}"' in body

    one = staff_client.post(publish_url, {"document": str(first.pk)}, follow=True)
    assert "Đã công bố 1 văn bản." in one.content.decode()
    assert client.get("/search/").context["outcome"].total == 1
    assert client.get(f"/documents/{first.pk}/").status_code == 200
    assert check_index().consistent

    for bad in ({"document": "abc"}, {"document": str(first.pk)}, {"document": "99999999"}, {}):
        refused = staff_client.post(publish_url, bad, follow=True)
        assert refused.status_code == 200
        assert "Không có văn bản nào đang chờ công bố trong số đã chọn." in refused.content.decode()
    assert client.get("/search/").context["outcome"].total == 1

    everything = staff_client.post(publish_url, {"all": "1"}, follow=True, HTTP_ACCEPT_LANGUAGE="en")
    assert "Published 1 document." in everything.content.decode()
    assert everything.context["held"] == []
    assert client.get("/search/").context["outcome"].total == 2 and check_index().consistent
    assert client.post(publish_url, {"all": "1"}).status_code == 302  # to the login page
    assert staff_client.get(publish_url).status_code == 405


def test_uploads_are_public_at_once_when_review_is_off(staff_client, samples_dir, run_jobs, settings):
    settings.PORTAL_UPLOADS_REQUIRE_REVIEW = False
    staff_client.post("/upload/", {"files": [_sample(samples_dir, 0)]})
    run_jobs()
    assert staff_client.get("/search/").context["outcome"].total == 1
    assert Document.objects.get().is_published


def test_fifty_files_are_queued_not_read_in_the_request(staff_client, samples_dir, run_jobs):
    from django_tasks_db.models import DBTaskResult

    text = _sample(samples_dir, 0).read()
    files = [SimpleUploadedFile(f"bai-{n:02d}.txt", text + f" Bản {n}.".encode()) for n in range(50)]
    response = staff_client.post("/upload/", {"files": files})
    assert response.status_code == 302
    assert not Document.objects.exists()
    assert DBTaskResult.objects.filter(status="READY").count() == 50
    assert IngestFile.objects.filter(stage="queued").count() == 50
    run_jobs()
    run = IngestRun.objects.get()
    assert (run.ingested, run.failed, run.status) == (50, 0, "done")


def test_oversized_file_is_refused_and_the_rest_ingested(staff_client, settings, run_jobs):
    settings.PORTAL_MAX_FILE_BYTES = 2000
    small = SimpleUploadedFile("nho.txt", "Hội nghị Tỉnh ủy bàn về chuyển đổi số.".encode())
    large = SimpleUploadedFile("lon.txt", b"x" * 200_000)
    response = staff_client.post("/upload/", {"files": [small, large]})
    run_jobs()
    run = IngestRun.objects.get()
    assert (run.ingested, run.failed) == (1, 1)
    report = staff_client.get(response["Location"])
    failed = [row for row in report.context["rows"] if row["status"] == "failed"]
    assert failed[0]["name"] == "lon.txt" and "giới hạn" in failed[0]["reason"]
    assert run.failures.get().path == "lon.txt"


def test_a_file_whose_spooled_bytes_are_gone_fails_with_a_reason(staff_client, run_jobs):
    import shutil

    response = staff_client.post("/upload/", {"files": [SimpleUploadedFile("mat.txt", "Hội nghị.".encode())]})
    shutil.rmtree(settings_spool())
    run_jobs()
    rows = staff_client.get(response["Location"]).context["rows"]
    assert rows[0]["status"] == "failed" and "thư mục chờ" in rows[0]["reason"]
    assert IngestRun.objects.get().status == "done"


def test_empty_upload_is_a_form_error(staff_client):
    response = staff_client.post("/upload/", {})
    assert response.status_code == 400
    assert "Hãy chọn ít nhất một tệp." in response.content.decode()
    assert IngestRun.objects.count() == 0


def test_upload_requires_the_csrf_token(samples_dir):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(get_user_model().objects.create_user("qt", password=PASSWORD, is_staff=True))
    response = client.post("/upload/", {"files": [_sample(samples_dir, 0)]})
    assert response.status_code == 403
    assert IngestRun.objects.count() == 0


def test_report_of_another_session_shows_what_the_database_kept(staff_client, client, run_jobs):
    response = staff_client.post("/upload/", {"files": [SimpleUploadedFile("hong.pdf", b"junk")]})
    run_jobs()
    other = get_user_model().objects.create_user("khac", password=PASSWORD, is_staff=True)
    client.force_login(other)
    rows = client.get(response["Location"]).context["rows"]
    assert [(row["name"], row["status"]) for row in rows] == [("hong.pdf", "failed")]


def test_a_request_far_larger_than_allowed_is_refused_unread(staff_client, settings):
    settings.PORTAL_MAX_FILE_BYTES = 10
    body = b"x" * (2 * 1024 * 1024)
    response = staff_client.post("/upload/", {"files": SimpleUploadedFile("to.txt", body)})
    assert response.status_code == 413
    assert "Tải lên quá lớn" in response.content.decode()
    assert IngestRun.objects.count() == 0


def test_the_form_accepts_and_names_every_format_that_is_read(staff_client):
    from documents.readers import SUPPORTED_EXTENSIONS

    body = staff_client.get("/upload/", HTTP_ACCEPT_LANGUAGE="vi").content.decode()
    assert f'accept="{",".join(SUPPORTED_EXTENSIONS)}"' in body
    for extension in (".doc", ".docx", ".rtf", ".odt", ".png", ".jpg", ".tif", ".txt", ".html", ".pdf"):
        assert extension in SUPPORTED_EXTENSIONS
    assert "ảnh quét .png, .jpg, .tif, Word .doc, .docx, .rtf, .odt" in body
    assert "nhận dạng chữ (OCR) ở chế độ nền" in body
    english = staff_client.get("/upload/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "scanned images .png, .jpg, .tif, Word .doc, .docx, .rtf, .odt" in english
    assert "read by optical character recognition (OCR) in the background" in english


def test_the_report_links_each_document_to_its_correction_with_the_doubtful_fields(staff_client, run_jobs):
    undated = "Ban Thường vụ Tỉnh ủy họp bàn về chuyển đổi số trong cơ quan Đảng các cấp."
    upload = SimpleUploadedFile("khong-ngay.txt", undated.encode())
    response = staff_client.post("/upload/", {"files": [upload]})
    run_jobs()
    document = Document.with_held.get()
    assert "date" in document.review_fields
    body = staff_client.get(response["Location"], HTTP_ACCEPT_LANGUAGE="vi").content.decode()
    assert f'href="/admin/documents/document/{document.pk}/change/"' in body
    assert "Cần xem lại: " in body and "ngày" in body.split("Cần xem lại: ")[1][:80]
    english = staff_client.get(response["Location"], HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "correct the metadata" in english and "To check: " in english
