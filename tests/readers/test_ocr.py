"""Scans read by OCR (ocrmypdf + tesseract's Vietnamese model): two small pages in all, as OCR
is slow; the scans are made here from a sample text (200 dpi, turned 1.5°, blurred)."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
from PIL import Image

from documents.readers import ReadError, ocr, read_bytes
from tools.readers.printed import print_text, word_match
from tools.readers.scans import DPI, scanned_page, short_text

from .programs import need

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def scan(tmp_path_factory) -> tuple[Image.Image, str]:
    need("chromium", "pdftoppm", "ocrmypdf", "tesseract")
    text = short_text()
    return scanned_page(text, tmp_path_factory.mktemp("scan")), text


def test_a_scanned_image_is_read_by_ocr(scan) -> None:
    image, text = scan
    data = io.BytesIO()
    image.save(data, format="PNG", dpi=(DPI, DPI))
    result = read_bytes(data.getvalue(), ".png")
    assert word_match(result.text, text) >= 0.95
    assert result.text_source == "ocr"
    assert result.ocr_pages == 1
    assert 70 <= result.ocr_confidence <= 100


def test_ocr_tells_each_finished_page_to_a_listener(scan) -> None:
    image, _text = scan
    data = io.BytesIO()
    image.save(data, format="PDF", resolution=DPI)
    told: list[tuple[int, int]] = []
    with ocr.on_page(lambda done, pages: told.append((done, pages))):
        read_bytes(data.getvalue(), ".pdf")
    assert told == [(1, 1)]  # the page, once, when it was done
    read_bytes(data.getvalue(), ".pdf")
    assert told == [(1, 1)], "outside the block nobody is told"


def test_only_the_pages_without_a_text_layer_are_ocred(scan, tmp_path) -> None:
    image, scanned_text = scan
    typed_text = "Thông báo kết luận của Ban Thường vụ Tỉnh ủy về công tác cán bộ năm 2024."
    typed = pdfium.PdfDocument(print_text(typed_text, "sans", tmp_path / "typed.pdf", page="A5"))
    scanned_pdf = io.BytesIO()
    image.save(scanned_pdf, format="PDF", resolution=DPI)
    typed.import_pages(pdfium.PdfDocument(scanned_pdf.getvalue()))
    mixed = io.BytesIO()
    typed.save(mixed)

    result = read_bytes(mixed.getvalue(), ".pdf")
    first, _, rest = result.text.partition("\n\n")
    assert first == typed_text  # the text layer, as typed
    assert word_match(rest, scanned_text) >= 0.95
    assert (result.text_source, result.ocr_pages) == ("ocr", 1)
    assert result.ocr_confidence > 70
    assert "1 of 2 page(s) read by OCR" in result.warnings[0]


def test_an_image_without_text_is_refused() -> None:
    need("ocrmypdf", "tesseract")
    picture = Image.radial_gradient("L").resize((400, 400))
    data = io.BytesIO()
    picture.save(data, format="PNG")  # no resolution in the file: OCR assumes a scan's
    with pytest.raises(ReadError, match=r"^ảnh không chứa chữ đọc được"):
        read_bytes(data.getvalue(), ".png")


def test_a_file_named_like_an_image_that_is_not_one() -> None:
    with pytest.raises(ReadError, match="không phải tệp ảnh PNG, JPEG hay TIFF"):
        read_bytes(b"<html><body>trang web</body></html>", ".jpg")


def test_a_page_tesseract_gives_up_on_is_named_as_such(monkeypatch) -> None:
    """On a very busy server tesseract may run out of time: OCRmyPDF then skips the page, which
    must not read as "no text in the image". Zero seconds a page makes it give up at once."""
    need("ocrmypdf", "tesseract")
    from documents.readers import ocr

    monkeypatch.setattr(ocr, "SECONDS_PER_PAGE", 0)
    picture = io.BytesIO()
    Image.new("L", (600, 400), 255).save(picture, format="PNG", dpi=(DPI, DPI))
    with pytest.raises(ReadError, match=r"^nhận dạng chữ \(OCR\) không xong 1 trang"):
        read_bytes(picture.getvalue(), ".png")
