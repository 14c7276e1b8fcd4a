"""The year of a meeting the text dates by day and month only ("Sáng 26-12").

Sources, in the order they are trusted: the page's own dates (a first line " date 2024-11", a news
header "Thứ 3, 04/04/2023", a timestamp line "26-08-2020" above the story), the URL's path
(".../2020/10/...", "/202010/"), "năm 2024" in the same or the previous sentence and the reporting
period ("quý I/2023") — each read as the year planned for or reviewed: a meeting from October on
plans the next year, one up to March reviews the last —, the term of a congress or first session
("nhiệm kỳ 2020-2025" sits in 2020), the term of a congress being prepared (a meeting that readies
the congress of "nhiệm kỳ 2020-2025" sits in 2020, or in 2019 when it is held in November or
December), the end of an anniversary span ("(3/2/1930 - 3/2/2025)": the anniversary is kept that
year), and a full date written near in time (at most two months before the day and month). A birth
year ("sinh năm 1963"), a term someone served ("nhiệm kỳ năm 2016 - 2021") and a resolution's date
years earlier are not the meeting's year: they are kept apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from .date_evidence import (
    HEADER_DATE,
    YEAR_ANNIVERSARY,
    YEAR_NEAR,
    YEAR_NEXT,
    YEAR_PAGE,
    YEAR_PERIOD,
    YEAR_PREPARED,
    YEAR_SENTENCE,
    YEAR_TERM,
    YEAR_URL,
)
from .date_history import ANNIVERSARY_END, is_history, present_year
from .date_words import MONTH_WORD, is_lunar_month, number_of
from .spans import Layout
from .url_dates import url_year

DATE_LINE = re.compile(r"\A\s*date (\d{4})-(\d{1,2})(?:-(\d{1,2}))?")
# a timestamp or date alone at the start of a short line (the page's header), e.g. "Thời sự 26-08-2020"
# A page's header date: at a line's start ("14/12/2021", "- 29/03/2024, 21:24", "Thứ Tư, 08/04/2015"),
# or ending a short line ("Thời sự 26-08-2020").
_DATE = r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?![\d/])"
# a weekday before a header's date: "Thứ Tư", "thứ 4", "Chủ nhật"
_WEEKDAY = r"(?:(?i:thứ\s*(?:\d|hai|ba|tư|năm|sáu|bảy))|(?i:chủ nhật))"
_HEADER_DATE = re.compile(r"^[\s\-–|]*" + _WEEKDAY + r"?[\s,\-–]*" + _DATE)
_SHORT_LINE_END_DATE = re.compile(r"^.{0,30}?(?<![\d/.\-])" + _DATE + r"(?:,?\s*\d{1,2}[:h]\d{2})?\s*$")
# a date the page labels as its own, wherever it stands in a header line: "Ngày đăng: 15/03/2024 |
# Lượt xem: 120", "Cập nhật: 08:30 15-03-2024", "Đăng lúc 9h05 ngày 15/3/2024"
_LABELLED_DATE = re.compile(
    r"(?i:ngày đăng|đăng ngày|ngày cập nhật|cập nhật|đăng lúc|ngày xuất bản|xuất bản|thời gian đăng)"
    r"\s*:?\s*(?:(?i:lúc)\s*)?(?:\d{1,2}[:h]\d{2}(?::\d{2})?\s*[,\-–|]?\s*)?(?:(?i:ngày)\s*)?" + _DATE
)
# Header lines in other shapes: the ISO form ("2024-12-27 10:15", which no sentence writes), and a
# date in words that is the whole line but for a weekday, a label and a clock ("27 Tháng 12, 2024",
# "Thứ Sáu, 27 Tháng 12 2024 10:15"): a sentence goes on after its date, a header line does not.
_ISO_HEADER_DATE = re.compile(r"(?<![\d/.\-])((?:19|20)\d\d)-(\d{2})-(\d{2})(?![\d/.\-])")
_WORDS_HEADER_DATE = re.compile(
    r"^[\s\-–|(]*" + _WEEKDAY + r"?[\s,\-–]*"
    r"(?:(?i:ngày)\s+)?(\d{1,2})\s+(?i:tháng)\s+(\d{1,2}),?\s+(?:(?i:năm)\s+)?(\d{4})"
    r"(?:[\s,\-–|]*\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:AM|PM|SA|CH))?)?(?:\s*[(\[]?GMT\s*\+\s*7[)\]]?)?\s*\)?$"
)
TERM = re.compile(r"(?i:nhiệm k[ỳìiy])\s*(\d{4})\s*[-–]\s*\d{4}")
# a congress being prepared: "duyệt nội dung văn kiện trình Đại hội ... nhiệm kỳ 2020 - 2025"
_PREPARED_CONGRESS = re.compile(
    r"(?i:chuẩn bị|tiến tới|trình|hướng tới|phục vụ|duyệt|nhân sự)\s[^.;\n]{0,80}?(?i:đại hội)[^.;\n]{0,120}?"
    r"(?i:nhiệm k[ỳìiy])\s*(\d{4})\s*[-–]\s*\d{4}"
)
# Congresses of a term beginning in a year meet by October of that year: a congress prepared in
# November or December is the next year's.
_LAST_CONGRESS_MONTH = 10
_SUB_ANNUAL_YEAR = re.compile(
    r"(?i:quý\s+(?:[IV]+|\d)\s*(?:[/\-]|năm)\s*|\d{1,2}\s+tháng\s+(?:đầu\s+|cuối\s+)?năm\s+)(\d{4})"
)
# "tháng 12/2024", "tháng 12 năm 2024", "tháng 12-2024", "tháng Mười Hai năm 2024" (not "6 tháng đầu
# năm 2024": a period)
_MONTH = re.compile(
    r"(?<!\d )(?i:tháng)\s+(?P<month>\d{1,2}\s*(?=[/\-]|\s(?i:năm))|(?i:" + MONTH_WORD + r"))"
    r"\s*(?:[/\-]|\s(?i:năm))\s*(?P<year>\d{4})(?![\d\-–])"
)
# "năm 2024", not "sinh năm 1963", "nhiệm kỳ năm 2016 - 2021", "đến năm 2030", "tầm nhìn năm 2045",
# nor a year things stood before or after: "từ năm 2019", "trước năm 2020", "sau năm 1975" (a
# founding year is _STARTED's)
_YEAR = re.compile(
    r"(?<!(?i:đến) )(?<!(?i:tầm nhìn) )(?<!(?i:giai đoạn) )(?<!(?i:sinh) )(?<!(?i:kỳ) )"
    r"(?<!(?i:từ) )(?<!(?i:trước) )(?<!(?i:sau) )"
    r"(?i:năm)\s+(\d{4})(?![\d\-–])(?!\s*[-–]\s*\d{4})"
)
# the year a body was founded, up to 30 characters on: "thành lập năm 1930", "Đảng bộ tỉnh được
# thành lập vào năm 1930", "ra đời năm 1945", "tái lập tỉnh năm 1997"
_STARTED = re.compile(r"(?i:thành lập|ra đời|tái lập)[^.;,\n]{0,30}$")
_FIRST_MEETING_YEAR = 1945  # the documents are of the Party's committees since independence
# A day not glued to a number before it. The check comes after the first digit ("does the digit
# follow a digit, / . or -?") so the regex starts with a digit, which sre scans for in C.
_DAY_START = r"(\d(?<![\d/.\-].)\d?)"
_STAMPED_DATE = re.compile(
    _DAY_START + r"[/.\-](\d{1,2})[/.\-](\d{4}),?\s*(?:-\s*)?(?:(?i:lúc)\s*)?\d{1,2}[:h]\d{2}(?!\d)"
)
# the clock first ("14:30 26/12/2023", "09:15, 26-12-2023"); "lúc 8h ngày 26/12" is a meeting's time
_CLOCK_THEN_DATE = re.compile(
    r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:[,|\-–]\s*)?(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?![\d/])"
)
# a date with its clock time after a time word is when something happens ("họp vào ngày 26/12/2024
# lúc 14:00", "sáng 26/12/2024, lúc 8h30"), not when the page was stamped (a header line is read
# by the line rules above)
_EVENT_TIME_BEFORE = re.compile(r"(?i:ngày|vào|sáng|chiều|tối|trưa|đêm|hôm nay|từ|đến)\s*$")
# ...unless its line reads as the page's own stamp: a weekday opening the line or a part of it
# ("Chính trị | Thứ Sáu, ngày 27/12/2024 10:15"), or a word of publishing ("đăng vào", "cập nhật")
_PAGE_STAMP_BEFORE = re.compile(
    r"(?:^|\|)\s*(?i:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)\b|(?i:\bđăng\b|cập nhật)"
)
FULL_DATE = re.compile(_DAY_START + r"[/.\-](\d{1,2})[/.\-](\d{4})(?![\d/])")
_NEAR_DAYS = 62
# the year (or month) a text names is the one planned for, or the one reviewed, by the words before
# it; a schedule ("lịch công tác tháng 1/2025") is a plan, the calendar words that hold "lịch" (du
# lịch, âm lịch, lý lịch, lịch sử) are not
_PLANS = re.compile(
    r"(?:(?i:nhiệm vụ|kế hoạch|mục tiêu|phương hướng|chỉ tiêu|dự toán|chương trình)"
    r"|(?<!(?i:du|âm|lý) )(?<!(?i:dương) )(?i:lịch)(?! (?i:sử))\b)[^.;\n]{0,30}$"
)
_REVIEWS = re.compile(r"(?i:tổng kết|kết quả|đánh giá|sơ kết|kiểm điểm)[^.;\n]{0,50}$")
_PART_OF_YEAR = re.compile(r"(?i:tháng|quý)[^.;\n]{0,12}$")
_LAST_QUARTER = re.compile(r"(?i:quý\s+(?:IV|4)|12\s+tháng)")
_PLANNING_FROM = 10  # a meeting from October on plans the next year
_REVIEW_MONTHS = 3  # a meeting up to March reviews the last year


def valid(day: int, month: int, year: int | None = None) -> bool:
    return 1 <= day <= 31 and 1 <= month <= 12 and (year is None or 1945 <= year <= 2100)


def _event_time(text: str, start: int) -> bool:
    """Whether the stamped date at ``start`` is when something happens, not the page's stamp."""
    if not _EVENT_TIME_BEFORE.search(text, max(0, start - 12), start):
        return False
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return not _PAGE_STAMP_BEFORE.search(line)


def page_dates(text: str, page_date: str | None = None) -> list[tuple[int, int, int, int | None]]:
    """(position, year, month, day or None) of the page's own dates: its date line, the header's
    dates among the first lines, and dates given with a clock time; `page_date`, the reader's date
    hint, stands in for a date line the text lacks."""
    return with_page_date(stamped_dates(text), text, page_date)


def with_page_date(stamped: list, text: str, page_date: str | None) -> list[tuple[int, int, int, int | None]]:
    """The dates stamped_dates() found, with the reader's date hint as the date line when the
    text has none (so a caller that needs both lists reads the text once)."""
    if not page_date or DATE_LINE.match(text):
        return stamped
    m = DATE_LINE.match(f"date {page_date}")
    if not m:
        return stamped
    hint = (0, int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None)
    return sorted(set(stamped) | {hint})


def _header_line_date(line: str, skip: int) -> tuple[int, int, int, int] | None:
    """(where in the line, day, month, year) of a header line's date, from `skip` on."""
    d = _HEADER_DATE.match(line) or _SHORT_LINE_END_DATE.match(line) or _LABELLED_DATE.search(line)
    d = d or _WORDS_HEADER_DATE.match(line)
    if d:
        day, month, year = int(d.group(1)), int(d.group(2)), int(d.group(3))
    elif d := _ISO_HEADER_DATE.search(line, skip):
        year, month, day = int(d.group(1)), int(d.group(2)), int(d.group(3))
    else:
        return None
    return (d.start(1), day, month, year) if valid(day, month, year) else None


def stamped_dates(text: str) -> list[tuple[int, int, int, int | None]]:
    """The dates the text itself stamps as the page's (page_dates without the reader's hint)."""
    found = []
    m = DATE_LINE.match(text)
    # a header line may run on into the lead ("14/12/2021Ngày 13/12, ...")
    if m:
        found.append((0, int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None))
    position = 0
    for line in text[:3000].split("\n")[:15]:
        header = _header_line_date(line, m.end() if m and position == 0 else 0)
        if header:
            start, day, month, year = header
            found.append((position + start, year, month, day))
        position += len(line) + 1
    # a date with its clock time ("15/10/2020, 16:21", "16:21 15/10/2020") is when the page was
    # published
    for stamp in (_STAMPED_DATE, _CLOCK_THEN_DATE):
        for d in stamp.finditer(text, 0, 3000):
            day, month, year = int(d.group(1)), int(d.group(2)), int(d.group(3))
            if stamp is _STAMPED_DATE and _event_time(text, d.start()):
                continue
            if valid(day, month, year):
                found.append((d.start(1), year, month, day))
    return sorted(set(found))


# One policy for a meeting that would fall after the page reporting it: up to a week after the
# page's date it is kept (the page's date is then off: a listing's first story, a date line set
# before the story — the text wins); further on, a day and month is the previous year's ("date
# 2024-01-05 ... Ngày 28/12") and a date written with its year is a plan ("sẽ tổ chức vào ngày
# 20/12/2024"), not the meeting. (The devset's known and tune parts score the same with anything
# from 0 to 62 days: the week keeps both kinds of wording above apart.)
PAGE_DATE_SLACK_DAYS = 7


def published_on(pages: list) -> date | None:
    """The page's first full date among page_dates(): the day it was published."""
    for _, year, month, day in pages:
        if day is not None:
            try:
                return date(year, month, day)
            except ValueError:  # 29 February of a year without one
                continue
    return None


def too_late(day: date, published: date) -> bool:
    """Whether a meeting on `day` is too far after the page published on `published` to be the one
    it reports."""
    return (day - published).days > PAGE_DATE_SLACK_DAYS


def _not_after(year: int, month: int, day: int, page: tuple[int, int, int | None]) -> int:
    """The year of a day and month read against the page's date: the previous one when the day
    would be too late for the page."""
    p_year, p_month, p_day = page
    if (month, day) <= (p_month, p_day or 31) or year != p_year:
        return year
    try:
        late = too_late(date(year, month, day), date(p_year, p_month, p_day or 28))
    except ValueError:  # 29 February of a year without one
        late = True
    return year - 1 if late else year


def year_for(
    pos: int,
    day: int,
    month: int,
    text: str,
    layout: Layout,
    pages: list,
    url: str | None,
    meeting_type: str | None,
    session_no: str | None,
) -> tuple[int | None, str | None]:
    """(year, where it came from) for a day and month found at `pos`."""
    before = [p for p in pages if p[0] <= pos] or pages
    if before:
        _, year, p_month, p_day = before[-1]
        return _not_after(year, month, day, (year, p_month, p_day)), YEAR_PAGE
    from_url = url_year(url)
    if from_url:
        year, u_month = from_url
        return (_not_after(year, month, day, (year, u_month, None)) if u_month else year), YEAR_URL
    s_start, s_end = layout.sentence_span(pos, len(text))
    # the sentence before (past the blank lines after a headline) and the one after
    before = s_start - 1
    while before > 0 and text[before].isspace():
        before -= 1
    p_start = layout.sentence_span(before, len(text))[0] if s_start > 0 else s_start
    n_end = layout.sentence_span(s_end, len(text))[1] if s_end < len(text) else s_end
    # the meeting's own sentence first ("Năm 2023, tỉnh đạt ... Sáng 5/1, ... tổng kết năm 2023"
    # reviews 2023 in 2024), then the one before it, then the one after it, which often says what
    # the meeting reviewed or planned ("Sáng 26/12, ... họp. Hội nghị đánh giá nhiệm vụ năm 2024.")
    for start, end, source in (
        (s_start, s_end, YEAR_SENTENCE),
        (p_start, s_start, YEAR_SENTENCE),
        (s_end, n_end, YEAR_NEXT),
    ):
        named = next(
            (
                y
                for y in _YEAR.finditer(text, start, end)
                if int(y.group(1)) >= _FIRST_MEETING_YEAR
                and not _STARTED.search(text, max(0, y.start() - 40), y.start())
            ),
            None,
        )
        if named:
            return _year_of_meeting(
                int(named.group(1)), month, text[max(0, named.start() - 60) : named.start()]
            ), source
    sub_annual = _SUB_ANNUAL_YEAR.search(text)
    if sub_annual:
        year = int(sub_annual.group(1))
        last_quarter = _LAST_QUARTER.match(sub_annual.group(0))
        return (year + 1 if last_quarter and month <= _REVIEW_MONTHS else year), YEAR_PERIOD
    if meeting_type == "dai_hoi" or session_no == "1":
        term = TERM.search(text)
        if term:
            return int(term.group(1)), YEAR_TERM
    prepared = _PREPARED_CONGRESS.search(text) if "đại hội" in layout.folded else None
    if prepared:
        year = int(prepared.group(1))
        return (year - 1 if month > _LAST_CONGRESS_MONTH else year), YEAR_PREPARED
    anniversary = ANNIVERSARY_END.search(text)
    if anniversary:
        return int(anniversary.group(1) or anniversary.group("end")), YEAR_ANNIVERSARY
    near = _near_full_date(text, day, month)
    if near:
        return near, YEAR_NEAR
    return None, None


def _year_of_meeting(year: int, month: int, before: str) -> int:
    """The meeting's year from a year the text names: a meeting late in a year plans the next one
    ("Sáng 26/12 ... nhiệm vụ năm 2025" is in 2024), one early in a year reviews the last one
    ("Sáng 10/1 ... tổng kết năm 2024" is in 2025); otherwise the year named."""
    if _REVIEWS.search(before):  # "đánh giá ... nhiệm vụ năm 2023" reviews, whatever it names
        return year + 1 if month <= _REVIEW_MONTHS and not _PART_OF_YEAR.search(before) else year
    return year - 1 if month >= _PLANNING_FROM and _PLANS.search(before) else year


def _near_full_date(text: str, day: int, month: int) -> int | None:
    """The year of a full date at most two months before the day and month (a decision taking
    effect, a directive the meeting carries out); one further back says nothing of this year."""
    for m in FULL_DATE.finditer(text):
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if not valid(d, mo, y):
            continue
        for year in (y, y + 1):
            try:
                gap = (date(year, month, day) - date(y, mo, d)).days
            except ValueError:
                continue
            if 0 <= gap <= _NEAR_DAYS:
                return year
    return None


def year_without_day(
    text: str, url: str | None, meeting_type: str | None, stamped: list | None = None
) -> tuple[str | None, str | None]:
    """A year (or year and month) when the text gives no day: the date line, the congress's term,
    the reporting period, the URL. `stamped` is stamped_dates(text) when the caller has it."""
    m = DATE_LINE.match(text)
    if m:
        parts = [p for p in m.groups() if p]
        return "-".join([parts[0]] + [f"{int(p):02d}" for p in parts[1:]]), m.group(0).strip()
    if meeting_type is not None and stamped is None:
        stamped = stamped_dates(text)
    header = published_on(stamped) if meeting_type is not None else None
    if header:
        return header.isoformat(), HEADER_DATE
    from_url = url_year(url) if meeting_type is not None else None
    if from_url and from_url[1]:
        return f"{from_url[0]:04d}-{from_url[1]:02d}", f"URL {url}"
    if meeting_type == "dai_hoi":
        term = TERM.search(text)
        if term:
            return term.group(1), term.group(0)
    # a month is a meeting's time only where there is a meeting (a page about none names months of
    # anything)
    month = the_one_month_named(text) if meeting_type is not None else None
    if month:
        return month
    sub_annual = _SUB_ANNUAL_YEAR.search(text)
    if sub_annual:
        return sub_annual.group(1), sub_annual.group(0)
    if from_url:
        return str(from_url[0]), f"URL {url}"
    return _the_one_year_named(text, stamped or [], url)


def the_one_month_named(text: str, start: int = 0, end: int = 3000) -> tuple[str, str] | None:
    """ "YYYY-MM" when the text (from `start` to `end`) names one month of one year as the time of
    what it reports ("phiên họp thường kỳ tháng 12/2024", "trong tháng 3 năm 2025"): not a month
    planned for or reviewed ("chương trình công tác tháng 1/2025", "kết quả tháng 11/2024"). Two
    different months leave it unknown."""
    found = None
    for m in _MONTH.finditer(text, start, end):
        before = text[max(0, m.start() - 60) : m.start()]
        if _PLANS.search(before) or _REVIEWS.search(before):
            continue
        if is_lunar_month(m.group("month")):  # "tháng Chạp năm 2024" is of the lunar year
            continue
        month, year = number_of(m.group("month").strip()), int(m.group("year"))
        if not valid(1, month, year):
            continue
        if found is not None and found[0] != (year, month):
            return None
        found = found or ((year, month), m.group(0))
    return (f"{found[0][0]:04d}-{found[0][1]:02d}", found[1]) if found else None


def _years_as_time(text: str) -> Iterator[tuple[re.Match, int, str]]:
    """Each year the text's head names as the time of something ("Năm 2025, ...", "trong năm
    2024"), with the 60 characters before it: not a year planned for, before the committees'
    time, nor any _YEAR leaves out (a birth, a term, a founding)."""
    for m in _YEAR.finditer(text, 0, 3000):
        year = int(m.group(1))
        before = text[max(0, m.start() - 60) : m.start()]
        if year < _FIRST_MEETING_YEAR or _STARTED.search(before[-40:]) or _PLANS.search(before):
            continue
        yield m, year, before


def years_named(text: str) -> list[int]:
    """The years the text names as the time of something (_years_as_time)."""
    return [year for _m, year, _before in _years_as_time(text)]


def _the_one_year_named(text: str, stamped: list, url: str | None) -> tuple[str | None, str | None]:
    """The year when the text names one year only, as the time of what it reports ("Đầu năm 2018,
    ...", "dịp Tết năm 2026"): not a year planned for or reviewed ("nhiệm vụ năm 2025", "kết quả
    năm 2024": a meeting plans a year ahead or reviews one behind), nor any _YEAR leaves out (a
    birth, a term, a founding), nor history recalled more than a term before the page's own dates
    (`stamped`, the `url`: "Năm 1961, Bác Hồ về thăm tỉnh"). Two different years leave it unknown."""
    found = None
    present = -1  # read once, at the first year named
    for m, year, before in _years_as_time(text):
        if present == -1:
            present = present_year(stamped, url, text)
        if is_history(year, present):
            continue
        if _REVIEWS.search(before):
            continue
        if found is not None and int(found.group(1)) != year:
            return None, None
        found = found or m
    return (found.group(1), found.group(0)) if found else (None, None)
