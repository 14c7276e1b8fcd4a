"""The issue's bad inputs in one upload, through the real queue and worker: each fails alone
with its reason (in Vietnamese, and in English for an English reader), the good files are kept,
the run ends. A worker killed mid-file has its own test (test_worker_killed.py). And a scan goes
through the OCR stage, which the upload's page shows."""

from __future__ import annotations

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import Image
from pypdf import PdfReader, PdfWriter

from documents.models import Document, IngestFile, IngestRun
from documents.tasks import queue_upload
from tests.readers.pdfgen import make_pdf
from tests.readers.programs import need

# Transactional: the real worker runs here and closes stale connections (on PostgreSQL the one
# holding a test transaction).
pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.slow]

GOOD_TEXT = "Ngày 4/4/2023, Ban Thường vụ Tỉnh ủy Nghệ An họp bàn về chuyển đổi số."


def _encrypted() -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([[GOOD_TEXT]]))))
    writer.encrypt(user_password="mat-khau", owner_password="chu-so-huu", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _picture() -> bytes:
    out = io.BytesIO()
    Image.radial_gradient("L").resize((400, 400)).save(out, format="PNG")
    return out.getvalue()


def _zip_bomb() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (20 * 1024 * 1024))
    return out.getvalue()


WEB_PAGE_DOC = f'<html><head><meta charset="utf-8"></head><body><p>{GOOD_TEXT} Phiên 2.</p></body></html>'

# name → (bytes, the start of its reason in Vietnamese, in English); None: ingested.
FILES = {
    "ma-hoa.pdf": (_encrypted, "PDF được mã hóa: cần mật khẩu", "encrypted PDF: it needs a password"),
    "500-trang.pdf": (lambda: make_pdf([None] * 500), "PDF gồm 500 trang trắng", "the PDF is 500 blank"),
    # Pages without a text layer, as a 200-page scan: refused before any page is recognised.
    "quet-200-trang.pdf": (lambda: make_pdf([[]] * 200), "bản quét có 200 trang", "the scan has 200 pages"),
    "anh-khong-chu.png": (_picture, "ảnh không chứa chữ đọc được", "the image holds no readable text"),
    "bom-zip.docx": (_zip_bomb, "từ chối: ", "refused: "),
    "that-ra-la-web.doc": (lambda: WEB_PAGE_DOC.encode(), None, None),
    "tot.txt": (lambda: GOOD_TEXT.encode(), None, None),
}


def test_each_bad_file_fails_alone_with_its_reason_and_the_others_are_kept(run_jobs) -> None:
    need("ocrmypdf", "tesseract")
    uploads = [SimpleUploadedFile(name, make()) for name, (make, _, _) in FILES.items()]
    run = queue_upload(uploads, [])
    assert run_jobs()[0] == 0
    run.refresh_from_db()
    failing = {name for name, (_, reason, _) in FILES.items() if reason}
    assert (run.status, run.ingested, run.failed) == ("done", len(FILES) - len(failing), len(failing))
    rows = {row.name: row for row in IngestFile.objects.filter(run=run)}
    for name, (_, vietnamese, english) in FILES.items():
        row = rows[name]
        if vietnamese is None:
            assert (row.stage, row.status) == ("indexed", "ingested"), (name, row.message)
            continue
        assert (row.stage, row.status, row.document) == ("failed", "failed", None)
        with translation.override("vi"):
            assert row.message.startswith(vietnamese), (name, row.message)
        with translation.override("en"):
            assert row.message.startswith(english), (name, row.message)
    assert rows["bom-zip.docx"].message.endswith("nghi là zip bomb)")
    kept = sorted(Document.with_held.values_list("original_name", flat=True))
    assert kept == ["that-ra-la-web.doc", "tot.txt"]
    assert IngestRun.objects.get().failures.count() == len(failing)


def test_a_scan_goes_through_ocr_and_the_page_shows_it(run_jobs, admin_client, tmp_path) -> None:
    need("chromium", "pdftoppm", "ocrmypdf", "tesseract")
    from tools.readers.scans import DPI, scanned_page, short_text

    scan = io.BytesIO()
    scanned_page(short_text(40), tmp_path).save(scan, format="PDF", resolution=DPI)
    run = queue_upload([SimpleUploadedFile("ban-quet.pdf", scan.getvalue())], [])
    assert run_jobs()[0] == 0
    row = IngestFile.objects.get(run=run)
    # Only the OCR stage writes the pages it recognises.
    assert (row.stage, row.status, row.ocr_pages) == ("indexed", "ingested", 1)
    assert row.document.text_source == "ocr"
    body = admin_client.get(f"/upload/{run.pk}/").content.decode()
    assert "Số trang nhận dạng chữ (OCR): 1" in body
    assert f"độ tin cậy {round(row.document.ocr_confidence)}%" in body
