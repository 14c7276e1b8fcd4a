import pytest

from documents.metadata.written_forms import as_body_writes, join_wrapped_names


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("Hội nghị Ban Chấp hành\nĐảng bộ tỉnh lần thứ 15", "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15"),
        ("Sáng 5/4, Ban Thường vụ Tỉnh\nủy họp.", "Sáng 5/4, Ban Thường vụ Tỉnh ủy họp."),
        ("Ban Chấp hành Đảng bộ\nxã Tân Lập tổ chức", "Ban Chấp hành Đảng bộ xã Tân Lập tổ chức"),
        ("Thường trực\nHuyện ủy họp giao ban", "Thường trực Huyện ủy họp giao ban"),
        ("Hội\nnghị Tỉnh ủy", "Hội nghị Tỉnh ủy"),
        # a name wrapped twice (a narrow column)
        ("Ban\nThường\nvụ Tỉnh ủy họp", "Ban Thường vụ Tỉnh ủy họp"),
    ],
)
def test_a_committees_name_broken_across_lines_is_joined(text, joined):
    assert join_wrapped_names(text) == joined


@pytest.mark.parametrize(
    "text",
    [
        # a headline's end and the report's first line are two sentences
        "Hội nghị Ban Chấp hành Đảng bộ\nXã Tân Lập đạt chuẩn nông thôn mới",
        "Bế mạc Hội nghị\nBan Chấp hành Đảng bộ tỉnh thảo luận",
        "Tỉnh ủy\nHuyện ủy Yên Lạc tổ chức",
        "Ban Thường vụ Tỉnh ủy\n\nThường trực Tỉnh ủy",
    ],
)
def test_line_breaks_between_names_stay(text):
    assert join_wrapped_names(text) == text


@pytest.mark.parametrize(
    ("line", "written"),
    [
        ("HỘI NGHỊ HUYỆN ỦY CAM LÂM LẦN THỨ 6", "Hội nghị Huyện ủy Cam Lâm lần thứ 6"),
        ("THƯỜNG TRỰC TỈNH ỦY GIAO BAN THÁNG 10", "Thường trực Tỉnh ủy giao ban tháng 10"),
        # initials stay initials
        ("UBND TỈNH TRIỂN KHAI NHIỆM VỤ", "UBND tỉnh triển khai Nhiệm Vụ"),
        ("Hoi nghi Ban Thuong vu Tinh uy lan thu 18", "Hội nghị Ban Thường vụ Tỉnh ủy lần thứ 18"),
        ("HOI NGHI BAN CHAP HANH DANG BO TINH", "Hội nghị Ban Chấp hành Đảng bộ tỉnh"),
        ("Dai hoi Hoi Nong dan tinh lan thu X", "Đại hội Hội Nông dân tỉnh lần thứ X"),
        # sentence case: a capital at the start only
        ("Hội nghị huyện ủy cam lâm lần thứ 6", "Hội nghị Huyện ủy Cam Lâm lần thứ 6"),
        (
            "Bí thư tỉnh ủy thăm và làm việc tại huyện phú bình",
            "Bí thư Tỉnh ủy thăm và làm việc tại huyện Phú Bình",
        ),
    ],
)
def test_a_headline_in_capitals_or_without_marks_is_written_as_a_body_writes(line, written):
    page = f"{line}\n\nSáng 5/4, hội nghị đã diễn ra."
    rewritten = as_body_writes(page)
    assert rewritten == f"{written}\n\nSáng 5/4, hội nghị đã diễn ra."
    assert len(rewritten) == len(page)


@pytest.mark.parametrize(
    "line",
    [
        "Sáng 5/4, Hội nghị Ban Thường vụ Tỉnh ủy lần thứ 18 cho ý kiến.",
        "Ảnh: TTXVN",  # too short to be a headline
        "Các đại biểu thảo luận sôi nổi về các báo cáo.",  # a body's sentence ends with a stop
        "ABC",
        "",
    ],
)
def test_lines_written_as_a_body_writes_stay(line):
    assert as_body_writes(line) == line


def test_a_paragraph_is_no_headline():
    paragraph = "HỘI NGHỊ " * 30
    assert as_body_writes(paragraph) == paragraph


def test_a_headline_after_the_pages_date_line_is_read_too():
    page = " date 2025-04-05 HỘI NGHỊ HUYỆN ỦY CAM LÂM LẦN THỨ 6\nSáng 5/4, hội nghị đã diễn ra."
    assert as_body_writes(page) == (
        " date 2025-04-05 Hội nghị Huyện ủy Cam Lâm lần thứ 6\nSáng 5/4, hội nghị đã diễn ra."
    )
