"""Word .docx: paragraphs and tables in order, and refusal of non-zips and zip bombs."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest

from documents.readers import ReadError, archive, read_bytes, read_file

TITLE = "Kế hoạch tổ chức Đại hội chi bộ nhiệm kỳ 2025 - 2027"


def make_docx() -> bytes:
    document = docx.Document()
    document.core_properties.title = TITLE
    document.add_heading("KẾ HOẠCH", level=1)
    document.add_paragraph("Thực hiện Chỉ thị của Ban Thường vụ Tỉnh ủy, chi bộ xây dựng kế hoạch như sau:")
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Nội dung", "Thời gian", "Phụ trách"], strict=True):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ["Chuẩn bị văn kiện", "Tháng 4", "Bí thư"], strict=True):
        cell.text = text
    document.add_paragraph("Nơi nhận: các đảng viên trong chi bộ.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_paragraphs_and_table_in_document_order(tmp_path) -> None:
    path = tmp_path / "ke-hoach.DOCX"
    path.write_bytes(make_docx())
    result = read_file(path)
    assert result.text == (
        "KẾ HOẠCH\n"
        "Thực hiện Chỉ thị của Ban Thường vụ Tỉnh ủy, chi bộ xây dựng kế hoạch như sau:\n"
        "Nội dung | Thời gian | Phụ trách\n"
        "Chuẩn bị văn kiện | Tháng 4 | Bí thư\n"
        "Nơi nhận: các đảng viên trong chi bộ."
    )
    assert result.title == TITLE


def test_merged_cells_counted_once() -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    merged.text = "Ô gộp"
    table.cell(0, 2).text = "Ô riêng"
    out = io.BytesIO()
    document.save(out)
    assert read_bytes(out.getvalue(), ".docx").text == "Ô gộp | Ô riêng"


def test_not_a_zip(tmp_path) -> None:
    path = tmp_path / "gia.docx"
    path.write_text("Đây không phải tệp Word", encoding="utf-8")
    with pytest.raises(ReadError, match=r"^không phải tệp \.docx \(Word\): "):
        read_file(path)


def test_old_word_doc_renamed_is_read_as_doc() -> None:
    data = (Path(__file__).parent / "fixtures" / "unicode.doc").read_bytes()
    result = read_bytes(data, ".docx")
    assert "Word 97-2003" in result.warnings[-1]
    assert result.text == read_bytes(data, ".doc").text
    with pytest.raises(ReadError, match=r"tệp \.doc bị hỏng"):
        read_bytes(data[:8] + b"\x00" * 512, ".docx")


def test_zip_that_is_not_word() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("ghi-chu.txt", "không phải Word")
    with pytest.raises(ReadError, match=r"không có word/document\.xml"):
        read_bytes(out.getvalue(), ".docx")


def _zip_bomb(size: int) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * size)
    return out.getvalue()


def test_zip_bomb_by_ratio(tmp_path) -> None:
    path = tmp_path / "bom.docx"
    path.write_bytes(_zip_bomb(20 * 1024 * 1024))
    assert path.stat().st_size < 100 * 1024
    with pytest.raises(ReadError, match="zip bomb"):
        read_file(path)


def test_zip_bomb_by_total_size(monkeypatch) -> None:
    monkeypatch.setattr(archive, "MAX_UNCOMPRESSED", 1024 * 1024)
    with pytest.raises(ReadError, match=r"sẽ bung ra 2 MB \(giới hạn 1 MB; nghi là zip bomb\)"):
        read_bytes(_zip_bomb(2 * 1024 * 1024), ".docx")


def test_damaged_word_part() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("word/document.xml", "<not xml")
    with pytest.raises(ReadError):
        read_bytes(out.getvalue(), ".docx")


def test_empty_document() -> None:
    out = io.BytesIO()
    docx.Document().save(out)
    with pytest.raises(ReadError, match="không có chữ nào"):
        read_bytes(out.getvalue(), ".docx")
