"""PDF: text layer extraction, and refusal of blank, oversized scans, damaged and locked files."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader, PdfWriter

from documents.readers import ReadError, read_bytes, read_file

from .pdfgen import make_pdf

ASCII_LINE = "Resolution No. 12 of the Provincial Party Committee, April 2023"
VIETNAMESE_LINE = "Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về phát triển kinh tế năm 2023"
SECOND_PAGE = "Trang hai: công tác xây dựng, chỉnh đốn Đảng ở cơ sở"


@pytest.fixture
def pdf_bytes() -> bytes:
    return make_pdf([[ASCII_LINE, VIETNAMESE_LINE], [SECOND_PAGE]], title="Nghị quyết số 12-NQ/TU")


def test_text_of_every_page(tmp_path, pdf_bytes: bytes) -> None:
    path = tmp_path / "nghi-quyet.PDF"
    path.write_bytes(pdf_bytes)
    result = read_file(path)
    # Three short lines: three paragraphs (none reaches the right margin, so none was wrapped).
    assert result.text == f"{ASCII_LINE}\n\n{VIETNAMESE_LINE}\n\n{SECOND_PAGE}"
    assert result.title == "Nghị quyết số 12-NQ/TU"
    assert result.warnings == []


def test_without_title_metadata() -> None:
    result = read_bytes(make_pdf([[ASCII_LINE]]), ".pdf")
    assert result.text == ASCII_LINE
    assert result.title is None


def test_word_file_name_is_not_a_title() -> None:
    result = read_bytes(make_pdf([[ASCII_LINE]], title="Microsoft Word - nq12.docx"), ".pdf")
    assert result.title is None


def test_blank_pages_are_refused_without_ocr() -> None:
    with pytest.raises(ReadError, match=r"^PDF gồm 500 trang trắng, không có chữ$"):
        read_bytes(make_pdf([None] * 500), ".pdf")


def test_a_scan_of_too_many_pages_is_refused_before_ocr() -> None:
    # 200 pages with marks but no text layer: each would need OCR.
    with pytest.raises(
        ReadError, match=r"^bản quét có 200 trang cần nhận dạng chữ \(OCR\), vượt giới hạn 50 trang"
    ):
        read_bytes(make_pdf([[]] * 200), ".pdf")


def test_blank_pages_beside_text_are_noted() -> None:
    result = read_bytes(make_pdf([[ASCII_LINE], None]), ".pdf")
    assert result.text == ASCII_LINE
    assert result.warnings == ["1 of 2 page(s) are blank"]


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.98])
def test_truncated(pdf_bytes: bytes, keep: float) -> None:
    with pytest.raises(ReadError, match=r"PDF bị hỏng hoặc bị cắt cụt: .+"):
        read_bytes(pdf_bytes[: int(len(pdf_bytes) * keep)], ".pdf")


def test_not_a_pdf() -> None:
    with pytest.raises(ReadError, match="không phải tệp PDF"):
        read_bytes("Văn bản thường đặt tên .pdf".encode(), ".pdf")


def _encrypted(pdf: bytes, user_password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    # RC4 works with pypdf alone (AES would need the optional cryptography package).
    writer.encrypt(user_password=user_password, owner_password="chu-so-huu", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_encrypted_with_password(pdf_bytes: bytes) -> None:
    with pytest.raises(ReadError, match=r"^PDF được mã hóa: cần mật khẩu để mở$"):
        read_bytes(_encrypted(pdf_bytes, "mat-khau"), ".pdf")


def test_encrypted_with_empty_password_is_read(pdf_bytes: bytes) -> None:
    result = read_bytes(_encrypted(pdf_bytes, ""), ".pdf")
    assert VIETNAMESE_LINE in result.text
