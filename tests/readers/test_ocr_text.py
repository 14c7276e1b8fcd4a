"""What is done to tesseract's text (pure, no OCR run): paragraphs and misread capitals."""

from __future__ import annotations

from documents.readers.ocr import _fix_case
from documents.readers.pdf import ocr_paragraphs


def test_lines_of_a_block_join_until_a_short_line_ends_a_sentence() -> None:
    text = (
        "Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 5 để đánh giá\n"
        "kết quả thực hiện nhiệm vụ chính trị.\n"
        "Hội nghị thống nhất các nội dung trình Ban Chấp hành Đảng bộ\n"
        "tỉnh tại kỳ họp tới.\n\n"
        "THÔNG BÁO KẾT LUẬN\n"
    )
    assert ocr_paragraphs(text) == [
        "Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 5 để đánh giá kết quả thực hiện nhiệm vụ chính trị.",
        "Hội nghị thống nhất các nội dung trình Ban Chấp hành Đảng bộ tỉnh tại kỳ họp tới.",
        "THÔNG BÁO KẾT LUẬN",
    ]


def test_a_capital_misread_inside_a_lowercase_word_is_lowered() -> None:
    assert _fix_case("trụ cỘt quan trọng, tốc đỘ tăng") == "trụ cột quan trọng, tốc độ tăng"
    assert (
        _fix_case("Ủy ban nhân dân tỉnh Thanh Hóa, UBND, HĐND")
        == "Ủy ban nhân dân tỉnh Thanh Hóa, UBND, HĐND"
    )
