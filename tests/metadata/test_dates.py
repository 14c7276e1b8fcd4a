import pytest

from documents.metadata.dates import detect_date
from documents.metadata.spans import layout


def _date(text, meeting_type=None, session_no=None):
    return detect_date(text, layout(text), None, meeting_type, session_no)[0]


@pytest.mark.parametrize(
    ("text", "meeting_type", "expected"),
    [
        ("Ngày 29/6/2021, Ban Chấp hành Đảng bộ tỉnh họp.", None, "2021-06-29"),
        (
            "Thứ 3, 04/04/2023 | 16:10\nSáng ngày 4/4, Ban Chấp hành Đảng bộ tỉnh thảo luận.",
            None,
            "2023-04-04",
        ),
        (
            "date 2024-11 Tiêu đề\n\nNgày 28/11, hội nghị Ban Thường vụ Tỉnh ủy được tổ chức.",
            None,
            "2024-11-28",
        ),
        ("date 2023-10 Tiêu đề\nNgày 29-9, Hội nghị lần thứ 25 được tổ chức.", None, "2023-09-29"),
        ("date 2025-01 Tiêu đề\nNgày 30/12, Ban Thường vụ Tỉnh ủy họp.", None, "2024-12-30"),
        ("Chiều 14-3-2024, Ban Thường vụ Tỉnh ủy họp.", None, "2024-03-14"),
        ("Ngày 05 tháng 3 năm 2022, Ban Thường vụ Tỉnh ủy họp.", None, "2022-03-05"),
        ("Hội nghị diễn ra trong hai ngày (17-19/9/2025).", None, "2025-09-17"),
        ("Trong hai ngày 5 và 6/3/2024, Ban Chấp hành Đảng bộ tỉnh họp.", None, "2024-03-05"),
        ("Tỷ lệ đạt 5/7 chỉ tiêu năm 2023.", None, None),
        # a cited date is a reference, not the meeting
        (
            "Thực hiện Kết luận số 2043-KL/TU ngày 05/12/2023 của Tỉnh ủy. "
            "Ngày 14/3/2024, Ban Thường vụ làm việc.",
            None,
            "2024-03-14",
        ),
        ("Theo Nghị quyết số 04-NQ/TU, ngày 15/7/2021 của Tỉnh ủy.", None, None),
        # the year from the reporting period, a congress's term, or nowhere
        ("Ngày 1-6, Tỉnh ủy truyền đạt chương trình công tác quý 2-2021.", None, "2021-06-01"),
        (
            "Sáng 30/9, Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025–2030 khai mạc.",
            "dai_hoi",
            "2025-09-30",
        ),
        ("Sáng 12/1, Ban Thường vụ Tỉnh ủy tổ chức hội nghị.", None, None),
        ("Ngày 9/7, hội nghị giới thiệu nhân sự nhiệm kỳ 2020-2025.", None, None),
        # no day: the page's date line, the congress's year, a sub-annual period
        ("date 2023-04 Ban Chấp hành Đảng bộ tỉnh chỉ rõ hạn chế.", None, "2023-04"),
        ("Đại hội đại biểu Đảng bộ tỉnh nhiệm kỳ 2020 - 2025 bầu Ban Chấp hành.", "dai_hoi", "2020"),
        ("Hội nghị cho ý kiến kết quả nhiệm vụ quý I năm 2023.", None, "2023"),
        ("", None, None),
    ],
)
def test_detect_date(text, meeting_type, expected):
    assert _date(text, meeting_type) == expected


def test_first_session_takes_the_year_of_the_term():
    text = (
        "Chiều nay 16.10, Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ tỉnh khóa XV, "
        "nhiệm kỳ 2025 - 2030 bầu Bí thư."
    )
    assert _date(text, "ban_chap_hanh", "1") == "2025-10-16"


def test_a_notice_is_dated_by_its_own_date_line():
    text = (
        "TỈNH ỦY X\nSố 12-TB/TU\nX, ngày 20 tháng 3 năm 2024\n\n"
        "THÔNG BÁO\nKẾT LUẬN\nNgày 14/3/2024, Ban Thường vụ họp."
    )
    assert _date(text) == "2024-03-20"
