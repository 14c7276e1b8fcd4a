"""Markdown image marks and empty table lines a page-to-text converter left are not stored."""

from __future__ import annotations

import pytest

from documents.readers import ReadError, read_bytes
from documents.readers.markup_remnants import strip_markup_remnants

SAVED_PAGE = (
    "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12\n"
    "![]() |\n"
    "| Đồng chí Bí thư Tỉnh ủy phát biểu chỉ đạo hội nghị. |\n"
    "| |\n"
    "![Toàn cảnh hội nghị](https://example.org/anh/hoi-nghi.jpg)\n"
    "Giá trị 5 | 6 trong bảng vẫn giữ nguyên.\n"
)


def test_a_text_file_is_stored_without_image_marks_keeping_alt_text_and_table_cells():
    text = read_bytes(SAVED_PAGE.encode("utf-8"), ".txt").text
    assert "![" not in text and "](" not in text and "example.org" not in text
    assert "Toàn cảnh hội nghị" in text
    assert "| Đồng chí Bí thư Tỉnh ủy phát biểu chỉ đạo hội nghị. |" in text
    assert "Giá trị 5 | 6" in text
    assert not any(line.strip() in {"|", "| |"} for line in text.splitlines())


def test_text_without_markup_is_returned_unchanged():
    plain = "Nghị quyết số 12-NQ/TU về chuyển đổi số.\nDòng thứ hai [1] (ghi chú)."
    assert strip_markup_remnants(plain) == plain


def test_a_file_of_nothing_but_image_marks_is_refused_as_empty():
    with pytest.raises(ReadError, match="rỗng"):
        read_bytes(b"![]()\n![](a.png) |\n", ".txt")
