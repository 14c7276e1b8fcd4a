import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from documents.metadata import date_years, extract_metadata
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
        # a birth or a death is no meeting
        ("Đồng chí sinh ngày 4/5/1965 tại xã An Lạc, Ủy viên Ban Thường vụ Tỉnh ủy.", None, None),
        ("Ông từ trần ngày 2/9/2023. Ngày 5/9/2023, Ban Thường vụ Tỉnh ủy họp.", None, "2023-09-05"),
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


@pytest.mark.parametrize("own_date", ["ngày 20 tháng 3 năm 2024", "ngày 20/3/2024", "ngày 20-03-2024"])
def test_a_notice_is_dated_by_its_own_date_line(own_date):
    text = (
        f"TỈNH ỦY YÊN BÁI\nSố 12-TB/TU\nYên Bái, {own_date}\n\n"
        "THÔNG BÁO\nKẾT LUẬN\nNgày 14/3/2024, Ban Thường vụ họp."
    )
    assert _date(text) == "2024-03-20"


def _dated(text, meeting_type=None, url=None, page_date=None):
    return detect_date(text, layout(text), None, meeting_type, None, page_date, url)[0]


@pytest.mark.parametrize(
    ("text", "meeting_type", "url", "expected"),
    [
        # a birth year and a term someone served are not the meeting's year
        ("Ngày 9/7, Ban Thường vụ họp. Ông Lê Văn Hòa sinh năm 1968 tại xã Yên Lạc.", None, None, None),
        ("Ngày 4/9, ông Hòa, Phó Chủ tịch tỉnh nhiệm kỳ năm 2016 - 2021 được bầu.", None, None, None),
        # the year in the same or the previous sentence
        ("Năm 2019 là năm bản lề. Sáng 14/2, Ban Thường vụ Tỉnh ủy họp.", None, None, "2019-02-14"),
        # dotted day.month, and a dotted range over two days
        (
            "Chiều 21.4, Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 8 bế mạc.",
            None,
            "/2022/04/x",
            "2022-04-21",
        ),
        (
            "Trong hai ngày 8 - 9.5, Đảng bộ huyện tổ chức Đại hội, nhiệm kỳ 2020-2025.",
            "dai_hoi",
            None,
            "2020-05-08",
        ),
        # the year from the URL's path only where it is shaped like a date
        (
            "Sáng 3/11, Ban Thường vụ Tỉnh ủy họp.",
            None,
            "https://x.vn/thoi-su/202111/hop-btv-81.html",
            "2021-11-03",
        ),
        (
            "Sáng 3/11, Ban Thường vụ Tỉnh ủy họp.",
            None,
            "https://x.vn/tin-20211104093012345.htm",
            "2021-11-03",
        ),
        ("Sáng 3/11, Ban Thường vụ Tỉnh ủy họp.", None, "https://x.vn/nhiem-ky-2020-2025-123.html", None),
        # a term's end run into the article's id is no timestamp
        ("Sáng 3/11, Ban Thường vụ Tỉnh ủy họp.", None, "https://x.vn/nhiem-ky-2020-2025-11150042.htm", None),
        # an anniversary span dates its own year
        (
            "Sáng 2/9, Tỉnh ủy tổ chức kỷ niệm 79 năm Quốc khánh (2/9/1945 - 2/9/2024).",
            "other",
            None,
            "2024-09-02",
        ),
        # a full date written near in time gives the year; one years earlier does not
        (
            "Sáng 5-8, Tỉnh ủy công bố quyết định nghỉ hưu từ ngày 1-8-2018 của ông A.",
            None,
            None,
            "2018-08-05",
        ),
        (
            "Sáng 25/4, Thành ủy tổng kết 10 năm thực hiện Nghị quyết số 33-NQ/TW, ngày 09/6/2014.",
            None,
            None,
            None,
        ),
        # from a date on: the start of a validity, not a meeting
        ("Từ ngày 5/3/2025, các huyện tạm dừng tổ chức đại hội.", None, None, None),
        # from one day and month to another, the year written once
        ("Các đoàn làm việc với huyện ủy từ ngày 17/4 đến ngày 3/6/2016.", "lam_viec", None, "2016-04-17"),
        # the first day of a range that holds the opening session; the closing session is its own day
        (
            "Sáng 9/10, Đại hội khai mạc. Đại hội diễn ra từ ngày 8 - 10/10/2025, nhiệm kỳ 2025-2030.",
            "dai_hoi",
            None,
            "2025-10-08",
        ),
        (
            "Nghị quyết được thông qua tại phiên bế mạc sáng 10/10. Đại hội diễn ra từ 8 đến 10/10/2025.",
            "dai_hoi",
            None,
            "2025-10-10",
        ),
        # the page's header dates the page: it supplies the year, it is not the meeting
        ("Thứ Ba, 12/3/2024 | 10:05\nChiều 11/3, Ban Thường vụ Tỉnh ủy họp.", None, None, "2024-03-11"),
        # never after the page's date
        ("date 2024-01-05 Ngày 28/12, Ban Thường vụ Tỉnh ủy họp.", None, None, "2023-12-28"),
        # a time word before the date in brackets
        ("Chiều qua (25/12), Ban Chấp hành Đảng bộ tỉnh họp.", None, "/2023/12/x", "2023-12-25"),
        ("Sáng mùng 4/2, Thường trực Tỉnh ủy gặp mặt đầu xuân.", None, "/2025/02/x", "2025-02-04"),
        ("Sáng ngày 26 tháng 12 năm 2022, Ban Chấp hành Đảng bộ huyện họp.", None, None, "2022-12-26"),
        ("Chiều 5 tháng 3, Ban Thường vụ Huyện ủy họp.", None, "/2021/03/x", "2021-03-05"),
    ],
)
def test_year_sources_and_kinds_of_wording(text, meeting_type, url, expected):
    assert _dated(text, meeting_type, url) == expected


def test_evidence_says_why_and_where_the_year_came_from():
    text = "Sáng 3/11, Ban Thường vụ Tỉnh ủy họp."
    _, evidence = detect_date(text, layout(text), None, None, None, None, "https://x.vn/a/2021/11/b")
    assert evidence.startswith("Sáng 3/11 (") and "the URL" in evidence


# FULL_DATE as a plain regex: its lookbehind first makes sre try it at every position
_FULL_DATE_PLAIN = re.compile(r"(?<![\d/.\-])(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?![\d/])")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789/.-a \n", max_size=40))
@example("1/2/2023 x12/3/2024 3-4-2025 /5/6/2020")
def test_full_date_finds_what_the_plain_regex_finds(text):
    found = [(m.span(), m.groups()) for m in date_years.FULL_DATE.finditer(text)]
    assert found == [(m.span(), m.groups()) for m in _FULL_DATE_PLAIN.finditer(text)]


@pytest.mark.parametrize(
    ("text", "page_date", "expected"),
    [
        # a page that writes the month first: "10-1" on a page of 1 October is the first of October
        ("Sáng 10-1, Đại hội đại biểu Đảng bộ tỉnh khai mạc.", "2025-10-01", "2025-10-01"),
        # the day-first reading near the page's date stays
        ("Sáng 10-1, Ban Thường vụ Tỉnh ủy họp.", "2025-01-12", "2025-01-10"),
        # nothing near the page's date either way: read day first
        ("Sáng 10-3, Ban Thường vụ Tỉnh ủy họp.", "2025-10-01", "2025-03-10"),
    ],
)
def test_month_first_only_when_the_pages_date_says_so(text, page_date, expected):
    assert _dated(text, page_date=page_date) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a meeting that readies a congress sits in the year its term begins
        (
            "Chiều 21/8, Bộ Chính trị làm việc với Ban Thường vụ Tỉnh ủy để duyệt nội dung văn kiện "
            "trình Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2020 - 2025.",
            "2020-08-21",
        ),
        # ... or in the year before when it is held after the congresses' season
        (
            "Sáng 12/12, Tỉnh ủy họp chuẩn bị Đại hội đại biểu Đảng bộ tỉnh, nhiệm kỳ 2025 - 2030.",
            "2024-12-12",
        ),
        # carrying out a congress's resolution is years after it: no year from its term
        (
            "Sáng 12/5, Tỉnh ủy sơ kết thực hiện Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025.",
            None,
        ),
    ],
)
def test_a_congress_being_prepared_gives_its_terms_year(text, expected):
    assert _dated(text, "lam_viec") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clock before the date is the page's stamp: it gives the year
        ("14:35 16/10/2023\nHôm 14/10, Ban Thường vụ Tỉnh ủy họp.", "2023-10-14"),
        ("09:15, 16-10-2023\nĐêm 14/10, Thường trực Tỉnh ủy họp khẩn.", "2023-10-14"),
        # "lúc 8 giờ ngày ..." is when the meeting began, not a stamp
        ("Vào lúc 8h00 ngày 14/10/2023, Ban Thường vụ Tỉnh ủy họp.", "2023-10-14"),
    ],
)
def test_more_time_words_and_stamps(text, expected):
    assert _dated(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # late in a year a meeting plans the next one; early in a year it reviews the last one
        ("Sáng 26/12, Ban Chấp hành Đảng bộ tỉnh họp triển khai nhiệm vụ năm 2025.", "2024-12-26"),
        ("Sáng 10/1, Ban Thường vụ Tỉnh ủy họp đánh giá kết quả năm 2024.", "2025-01-10"),
        ("Sáng 3/1, Ban Chấp hành Đảng bộ tỉnh họp tổng kết năm 2022, đánh giá quý IV/2022.", "2023-01-03"),
        # reviewing the year's tasks in December is that year, whatever word comes between
        (
            "Ngày 1/12, Ban Chấp hành Đảng bộ tỉnh họp đánh giá việc thực hiện nhiệm vụ năm 2023.",
            "2023-12-01",
        ),
        # a year's first months under review, or a plan made early in the year: the year named
        ("Sáng 14/7, Ban Chấp hành Đảng bộ tỉnh họp đánh giá 6 tháng đầu năm 2023.", "2023-07-14"),
        ("Sáng 10/1, Ban Thường vụ Tỉnh ủy họp triển khai nhiệm vụ năm 2025.", "2025-01-10"),
        # the reporting period: the last quarter is reviewed in the next year's first months
        ("Sáng 8/1, Ban Thường vụ Tỉnh ủy họp. Hội nghị đánh giá quý IV/2023.", "2024-01-08"),
        ("Sáng 8/10, Ban Thường vụ Tỉnh ủy họp. Hội nghị đánh giá quý III/2023.", "2023-10-08"),
    ],
)
def test_a_year_named_is_the_one_planned_or_reviewed(text, expected):
    assert _dated(text) == expected


def _meeting_date(text, url=None):
    return extract_metadata(text, source_url=url).date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the date of the sentence that names the meeting, not an earlier one in its paragraph
        (
            "Ngày 10/3/2024, UBND tỉnh ban hành kế hoạch triển khai. "
            "Sáng 15/3/2024, Ban Thường vụ Tỉnh ủy họp cho ý kiến về công tác cán bộ.",
            "2024-03-15",
        ),
        # a congress still ahead is not the meeting the page reports
        (
            "Đại hội đại biểu Đảng bộ tỉnh nhiệm kỳ 2025-2030 sẽ diễn ra từ ngày 10 đến 12/10/2025. "
            "Ngày 5/9/2025, Ban Thường vụ Tỉnh ủy họp thông qua kế hoạch tổ chức Đại hội.",
            "2025-09-05",
        ),
    ],
)
def test_the_date_of_the_sentence_that_names_the_meeting(text, expected):
    assert _meeting_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the page labels its own date, mid-line: it supplies the year
        ("Ngày đăng: 15/03/2024 | Lượt xem: 120\nSáng 14/3, Ban Thường vụ Tỉnh ủy họp.", "2024-03-14"),
        ("Cập nhật: 08:30 15-03-2024\nChiều 14/3, Ban Thường vụ Tỉnh ủy họp.", "2024-03-14"),
        ("Đăng lúc 9h05 ngày 15/3/2024 - Bản in\nChiều 14/3, Thường trực Tỉnh ủy họp.", "2024-03-14"),
        # a day and month days after the page's date: the page's date is off, the text wins
        ("date 2024-12-20 Sáng 26-12, Ban Thường vụ Tỉnh ủy họp.", "2024-12-26"),
        # weeks or months after it: the previous year's
        ("date 2024-03-05 Ngày 20/3, Ban Thường vụ Tỉnh ủy họp.", "2023-03-20"),
        ("date 2024-01-05 Ngày 28/12, Ban Thường vụ Tỉnh ủy họp.", "2023-12-28"),
        ("date 2024-03-05 Ngày 20/11, Ban Thường vụ Tỉnh ủy họp.", "2023-11-20"),
    ],
)
def test_the_pages_labelled_date_and_a_date_line_slightly_behind(text, expected):
    assert _meeting_date(text) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # a word between the time word and the day
        ("Sáng sớm 26/12", "2024-12-26"),
        ("Tối muộn 26/12", "2024-12-26"),
        ("Chiều hôm qua 26/12", "2024-12-26"),
        # two days with the month written out: the first
        ("Trong hai ngày 26 và 27 tháng 12", "2024-12-26"),
        ("Ngày 26 - 27 tháng 12 năm 2024", "2024-12-26"),
    ],
)
def test_more_ways_to_write_the_day(lead, expected):
    text = f"{lead}, Ban Thường vụ Tỉnh ủy họp cho ý kiến về công tác cán bộ."
    assert _meeting_date(text, "https://x.vn/2024/12/a.html") == expected


def test_a_day_written_in_full_after_the_pages_date_is_a_plan():
    text = (
        "Thứ Hai, 11/3/2024 | 08:00\nBan Thường vụ Tỉnh ủy họp, thống nhất tổ chức vào ngày 20/3/2024 "
        "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15. Cuộc họp diễn ra sáng 10/3/2024."
    )
    assert _meeting_date(text) == "2024-03-10"
    # with no page date to hold it against, the first date of the meeting's sentence stands
    assert _meeting_date(text.split("\n", 1)[1]) == "2024-03-20"


@pytest.mark.parametrize(
    "text",
    [
        "Thứ Sáu, 27/12/2024 10:15\nBan Thường vụ Tỉnh ủy họp vào ngày 26/12/2024 lúc 14:00 để cho ý kiến.",
        "Tin tức - 27/12/2024 10:15\nBan Thường vụ Tỉnh ủy họp sáng 26/12/2024, lúc 8h30 tại trụ sở.",
        "Ngày đăng: 27/12/2024\nHội nghị Ban Chấp hành Đảng bộ tỉnh khai mạc vào ngày 26/12/2024 lúc 8h00.",
    ],
)
def test_a_full_date_with_its_clock_time_after_a_time_word_is_the_meetings(text):
    # not the page's timestamp: the page's own date stands in its header line
    assert _meeting_date(text) == "2024-12-26"


def test_a_date_with_its_clock_time_alone_still_stamps_the_page():
    text = "Ban Thường vụ Tỉnh ủy họp cho ý kiến về dự thảo đề án. Cập nhật 27/12/2024 10:15."
    assert _meeting_date(text) == "2024-12-27"


@pytest.mark.parametrize("lead", ["Sáng thứ Hai 26/12", "Sáng Chủ nhật 26/12", "Chiều thứ Sáu, 26/12"])
def test_a_weekday_in_words_runs_into_the_day(lead):
    text = f"{lead}, Ban Thường vụ Tỉnh ủy họp cho ý kiến về công tác cán bộ."
    assert _meeting_date(text, "https://x.vn/2024/12/a.html") == "2024-12-26"


def test_a_weekday_in_figures_needs_its_comma():
    # "lần thứ 2 12/3" counts a session, it names no weekday
    text = "Hội nghị Ban Thường vụ Tỉnh ủy lần thứ 2 12/3 học viên dự."
    assert _meeting_date(text, "https://x.vn/2024/12/a.html") == "2024-12"


@pytest.mark.parametrize("written", ["(26/12)", "(26.12)", "(26-12)"])
def test_a_day_and_month_in_brackets_after_the_meeting(written):
    text = f"Ban Thường vụ Tỉnh ủy họp {written} cho ý kiến về công tác cán bộ."
    assert _meeting_date(text, "https://x.vn/2024/12/a.html") == "2024-12-26"


def test_a_bracketed_span_is_no_day():
    # an anniversary's span or a count in brackets dates nothing
    text = "Ban Thường vụ Tỉnh ủy họp kỷ niệm ngày thành lập (1930 - 2025) với 45 (12/45) đại biểu."
    assert _meeting_date(text, "https://x.vn/2024/12/a.html") == "2024-12"


def test_a_state_bodys_act_dates_no_meeting():
    # the only date of the meeting's paragraph is the people's committee's: the meeting has none
    text = "Vừa qua, Ban Thường vụ Tỉnh ủy họp cho ý kiến. Ngày 20/12/2024, UBND tỉnh ban hành kế hoạch."
    assert _meeting_date(text) is None
    # a Party body's act in the paragraph still dates it
    party = "Vừa qua, Ban Thường vụ Tỉnh ủy họp cho ý kiến. Ngày 20/12/2024, Tỉnh ủy ban hành kế hoạch."
    assert _meeting_date(party) == "2024-12-20"
    # and in the meeting's own sentence the date is the meeting's, whoever else it names
    own = "Ngày 20/12/2024, Ban Thường vụ Tỉnh ủy họp nghe UBND tỉnh báo cáo kế hoạch."
    assert _meeting_date(own) == "2024-12-20"


@pytest.mark.parametrize("meeting_day", ["14/3/2024", "14/3"])
def test_one_policy_for_days_just_after_the_pages_date(meeting_day):
    # three days after the page's date, with or without its year: the page's date is off, the
    # meeting's sentence wins over an earlier date of its paragraph
    text = (
        "Thứ Hai, 11/3/2024 | 08:00\nNgày 1/3/2024, UBND tỉnh ban hành kế hoạch. "
        f"Sáng {meeting_day}, Ban Thường vụ Tỉnh ủy họp cho ý kiến về công tác cán bộ."
    )
    assert _meeting_date(text) == "2024-03-14"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a founding year, or a year something started or stood before, is not the meeting's
        ("Sáng 3/2, Tỉnh ủy kỷ niệm ngày thành lập Đảng bộ tỉnh năm 1930 và đón nhận Huân chương.", None),
        ("Sáng 3/2, Tỉnh ủy họp mặt nhân kỷ niệm ngày Đảng bộ tỉnh ra đời năm 1930.", None),
        ("Sáng 3/2, Tỉnh ủy gặp mặt các thế hệ cán bộ, tỉnh được tái lập vào năm 1997.", None),
        ("Sáng 3/2, Ban Thường vụ Tỉnh ủy họp rà soát các dự án chậm tiến độ từ năm 2019.", None),
        ("Sáng 3/2, Ban Thường vụ Tỉnh ủy họp. Trước năm 2020, huyện còn 30% hộ nghèo.", None),
        # a later year in the same sentence still dates it
        (
            "Sáng 3/2, Tỉnh ủy kỷ niệm 95 năm thành lập Đảng bộ tỉnh (năm 1930), tổng kết năm 2024.",
            "2025-02-03",
        ),
        ("Năm 2019 là năm bản lề. Sáng 14/2, Ban Thường vụ Tỉnh ủy họp.", "2019-02-14"),
    ],
)
def test_years_that_are_not_the_meetings(text, expected):
    assert _meeting_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "yesterday" is the day before the page's own date
        ("Thứ Hai, 11/3/2024 10:00\nChiều qua, Ban Thường vụ Tỉnh ủy họp cho ý kiến.", "2024-03-10"),
        ("date 2024-03-01 Hôm qua, Ban Thường vụ Tỉnh ủy họp.", "2024-02-29"),
        # a page dated to the month only says no more than the month
        ("date 2024-03 Hôm qua, Ban Thường vụ Tỉnh ủy họp.", "2024-03"),
    ],
)
def test_yesterday_is_the_day_before_the_pages_date(text, expected):
    assert _meeting_date(text) == expected


def test_yesterday_has_its_own_rule_and_confidence_key():
    meta = extract_metadata("Thứ Hai, 11/3/2024 10:00\nChiều qua, Ban Thường vụ Tỉnh ủy họp cho ý kiến.")
    assert meta.date == "2024-03-10"
    assert "the day before the page's date" in meta.evidence["date"]
    assert "the meeting's paragraph" not in meta.evidence["date"]
    assert meta.rules["date"] == "the day before the page's date"


def test_the_meetings_own_sentence_names_its_year_before_the_previous_one():
    text = (
        "Năm 2023, tỉnh đạt tăng trưởng 7%. Sáng 5/1, Ban Thường vụ Tỉnh ủy họp tổng kết công tác năm 2023."
    )
    assert _meeting_date(text) == "2024-01-05"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a two-figure year glued to the month
        ("Sáng 5/3/24, Ban Thường vụ Tỉnh ủy họp.", "2024-03-05"),
        ("Sáng 5-3-24, Ban Thường vụ Tỉnh ủy họp.", "2024-03-05"),
        # a number after a spaced dash is no year
        ("Sáng 5/3 - 24 đại biểu dự, Ban Thường vụ Tỉnh ủy họp.", None),
    ],
)
def test_a_two_figure_year(text, expected):
    assert _meeting_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a document cited by its kind and date, with no number, is no meeting
        "Thực hiện Kết luận ngày 5/3/2024 của Ban Thường vụ Tỉnh ủy, sáng 20/3/2024, Huyện ủy Yên Lạc "
        "tổ chức hội nghị quán triệt.",
        "Theo Kế hoạch ngày 2/3/2024, sáng 20/3/2024, Đảng ủy xã Tân Lập họp.",
    ],
)
def test_a_document_cited_by_its_kind_and_date(text):
    assert _meeting_date(text) == "2024-03-20"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # the page's own address: its slug is the headline's words
        (
            "https://x.vn/chinh-tri/ban-thuong-vu-tinh-uy-hop-cho-y-kien-ve-cong-tac-can-bo-20241227.htm",
            "2024-12-26",
        ),
        # an article id alone says nothing against it
        ("https://x.vn/2024/12/a-123.html", "2024-12-26"),
        # another story's address (a related article, a listing): its date is not this text's
        ("https://x.vn/thoi-su/chu-tich-ubnd-tinh-tiep-doan-doanh-nghiep-nhat-ban-20221105.htm", None),
    ],
)
def test_a_url_dates_only_its_own_text(url, expected):
    text = "Ban Thường vụ Tỉnh ủy họp cho ý kiến về công tác cán bộ\nSáng 26/12, Ban Thường vụ Tỉnh ủy họp."
    assert _meeting_date(text, url) == expected


@pytest.mark.parametrize(
    "header",
    ["Thời sự | Thứ Ba, ngày 14/05/2024 09:40", "Bài viết được đăng vào 14/05/2024 09:40"],
)
def test_a_header_stamp_after_a_time_word_is_still_the_pages_date(header):
    from documents.metadata.date_years import page_dates

    assert [found[1:] for found in page_dates(f"{header}\nBan Thường vụ Tỉnh ủy họp.")] == [(2024, 5, 14)]


@pytest.mark.parametrize(
    ("url", "own"),
    [
        # another Party story: it shares only the words every Party page writes ("ban thuong vu tinh uy")
        ("https://x.vn/ban-thuong-vu-tinh-uy-lam-viec-voi-huyen-uy-yen-lac-ve-giai-phong-mat.htm", False),
        # the text's own slug: its specific pairs ("y kien", "can bo") stand in the text
        ("https://x.vn/ban-thuong-vu-tinh-uy-hop-cho-y-kien-ve-cong-tac-can-bo.htm", True),
        # a slug of common words only needs half its pairs in the text
        ("https://x.vn/hoi-nghi-ban-chap-hanh-dang-bo-tinh.htm", False),
        ("https://x.vn/ban-thuong-vu-tinh-uy-hop.htm", True),
        # a pair counts as whole words: "an lac" is not in "tan lac"
        ("https://x.vn/xa-an-lac-don-khen.htm", False),
    ],
)
def test_a_slug_is_the_texts_by_its_specific_word_pairs(url, own):
    from documents.metadata.url_dates import url_of_this_text

    text = (
        "Ban Thường vụ Tỉnh ủy họp cho ý kiến về công tác cán bộ\n"
        "Sáng 26/12, Ban Thường vụ Tỉnh ủy họp xã Tân Lạc."
    )
    assert url_of_this_text(url, text) is own


def test_the_choice_among_dates_is_told_the_text_it_reads():
    """The filter of other bodies' acts reads the text: the caller must pass it (an empty default
    had silently kept every date)."""
    from documents.metadata.dates import date_candidates, rule_choice

    text = (
        "Ngày 10/3, UBND tỉnh ban hành kế hoạch triển khai. Ban Thường vụ Tỉnh ủy họp về đề án. "
        "Sáng 15/3, hội nghị tiếp tục."
    )
    spans = layout(text)
    candidates, _ = date_candidates(text, spans)
    anchor = text.index("Ban Thường vụ")
    with pytest.raises(TypeError):
        rule_choice(candidates, spans, anchor)
    assert rule_choice(candidates, spans, anchor, text=text).day == 15
    assert rule_choice(candidates, spans, anchor, text="").day == 10  # an empty text reads no act


@pytest.mark.parametrize(
    ("text", "page_date", "expected"),
    [
        # the header's date, when no day is written with the meeting
        ("Thứ Ba, 14/05/2024 09:40\nBan Thường vụ Tỉnh ủy họp bàn công tác cán bộ.", None, "2024-05-14"),
        ("Ban Thường vụ Tỉnh ủy họp bàn công tác cán bộ.", "2024-05-14", "2024-05-14"),
        ("Thứ Ba, 14/05/2024\nSáng 13/5, Ban Thường vụ Tỉnh ủy họp.", "2024-05-14", "2024-05-13"),
        ("Ban Thường vụ Tỉnh ủy họp bàn công tác cán bộ.", None, None),
    ],
)
def test_the_pages_own_dates_are_read_once_per_document(monkeypatch, text, page_date, expected):
    from documents.metadata import dates

    calls = []
    real = date_years.stamped_dates

    def counted(text):
        calls.append(text)
        return real(text)

    monkeypatch.setattr(dates, "stamped_dates", counted)
    monkeypatch.setattr(date_years, "stamped_dates", counted)
    found = detect_date(text, layout(text), 0, "ban_thuong_vu", None, page_date)
    assert len(calls) == 1
    assert found[0] == expected


def test_the_readers_date_hint_stands_in_for_a_missing_date_line():
    text = "Thứ Ba, 14/05/2024\nBan Thường vụ Tỉnh ủy họp."
    assert date_years.page_dates(text, "2024-05-20") == [(0, 2024, 5, 20), (8, 2024, 5, 14)]
    assert date_years.page_dates("date 2023-01 " + text, "2024-05-20")[0] == (0, 2023, 1, None)
