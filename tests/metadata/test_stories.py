"""Listing pages: the officials of the meeting's story, not of every story on the page."""

import pytest

from documents.metadata import extract_metadata
from documents.metadata.stories import opens_another_event, story_span

LISTING = (
    "Tin địa phương\n"
    "Chiều 19/8, ông Phạm Văn Bình, Phó Chủ tịch UBND tỉnh kiểm tra công trình đê biển.\n"
    "Sáng 20/8, đồng chí Lê Thị Hoa, Bí thư Tỉnh ủy chủ trì Hội nghị Ban Thường vụ Tỉnh ủy "
    "cho ý kiến về công tác cán bộ. Dự hội nghị có đồng chí Trần Văn Minh, Phó Bí thư Tỉnh ủy.\n"
    "Ngày 21/8, ông Hoàng Văn Tâm, Giám đốc Sở Y tế làm việc với bệnh viện tỉnh.\n"
)

REPORT = (
    "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12\n"
    "Sáng 5/3, đồng chí Lê Thị Hoa, Bí thư Tỉnh ủy chủ trì Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12.\n"
    "Chiều 5/3, hội nghị thảo luận ở tổ, đồng chí Trần Văn Minh, Phó Bí thư Tỉnh ủy điều hành.\n"
    "Sáng 6/3, hội nghị bế mạc; đồng chí Nguyễn Văn Sơn, Chủ tịch UBND tỉnh báo cáo tiếp thu.\n"
    + "Các đại biểu thảo luận sôi nổi về phương hướng phát triển kinh tế của tỉnh trong năm tới. "
    * 3
)


def test_a_listing_pages_officials_come_from_the_meetings_story():
    meta = extract_metadata(LISTING)
    assert meta.meeting_type == "ban_thuong_vu"
    assert [o.name for o in meta.officials] == ["Lê Thị Hoa", "Trần Văn Minh"]


def test_a_report_of_one_meeting_keeps_every_paragraphs_officials():
    meta = extract_metadata(REPORT)
    assert [o.name for o in meta.officials] == ["Lê Thị Hoa", "Trần Văn Minh", "Nguyễn Văn Sơn"]


def test_no_listing_without_an_anchor_or_with_few_dated_leads():
    assert story_span(LISTING, None) is None
    assert story_span("Sáng 5/3, Tỉnh ủy họp.\nChiều 5/3, hội nghị bế mạc.", 3) is None
    start, end = story_span(LISTING, LISTING.index("Hội nghị Ban Thường vụ"))
    assert LISTING[start:end].startswith("Sáng 20/8") and LISTING[end:].startswith("Ngày 21/8")


def test_dated_paragraphs_that_carry_the_meeting_on_are_one_story():
    text = REPORT.split("\n", 1)[1]  # no headline: the meeting is named in the first dated lead
    text += "\nSáng 7/3, đoàn công tác của tỉnh thăm hỏi các gia đình chính sách ở huyện.\n"
    text += "Chiều 7/3, Sở Y tế tổ chức tập huấn phòng chống dịch bệnh.\n"
    start, end = story_span(text, text.index("Hội nghị Ban Chấp hành"))
    assert start == 0 and "Nguyễn Văn Sơn" in text[start:end]
    assert "đoàn công tác" not in text[start:end]


@pytest.mark.parametrize(
    ("sentence", "another"),
    [
        ("Chiều cùng ngày, đồng chí Phạm Quốc Dũng làm việc với Huyện ủy Lạc Sơn.", True),
        ("Cùng ngày, Ban Thường vụ Tỉnh ủy họp cho ý kiến về đề án.", True),
        ("Trước đó, đồng chí Phạm Quốc Dũng chủ trì cuộc họp của Thường trực Tỉnh ủy.", True),
        # the meeting itself goes on
        ("Chiều cùng ngày, hội nghị thảo luận ở tổ.", False),
        ("Sáng cùng ngày, tại phiên bế mạc, các đại biểu biểu quyết.", False),
        ("Sáng 5/3, Hội nghị Ban Chấp hành Đảng bộ tỉnh khai mạc.", False),
    ],
)
def test_a_sentence_opening_on_another_event_of_the_day(sentence, another):
    text = f"Hội nghị Tỉnh ủy lần thứ 9 bế mạc. {sentence}"
    assert opens_another_event(text, text.index(sentence)) is another


def test_another_event_of_the_day_gives_neither_the_meeting_nor_its_chair():
    text = (
        "Sáng 3/2, Tỉnh ủy tổ chức Lễ kỷ niệm 95 năm Ngày thành lập Đảng.\n"
        "Chiều cùng ngày, đồng chí Phạm Quốc Dũng, Phó Bí thư Tỉnh ủy chủ trì buổi làm việc với Ban "
        "Thường vụ Huyện ủy Lạc Sơn."
    )
    meta = extract_metadata(text)
    assert (meta.meeting_type, meta.level, meta.chair) == ("other", "province", None)
