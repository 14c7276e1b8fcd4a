"""The meeting's date, with the precision the text gives ("YYYY-MM-DD", "YYYY-MM", "YYYY").

Candidates are the day-month dates the text writes after a time word ("Sáng 26-12", "ngày 3.8",
"từ ngày 17 đến 19/9", "chiều qua (25/12)"). Not the meeting: a date only cited ("Kết luận số
2043-KL/TU ngày 05/12/2023"), the page's own header ("Thứ sáu, 15/10/2021"), a deadline ("trước
ngày"), the start of a validity ("từ ngày 5/3/2025, ..."). The chosen one is the first in the
sentence that names the meeting, else in its paragraph, else the first; a meeting over several
days is dated by its first day unless the text reports the closing session (date_days.py). Its
year comes from date_years.year_for, which says where; the evidence names the span, the reason for
the choice and the year's source.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .date_days import Found, first_day, same_day_candidates, with_datelines
from .date_evidence import (
    WHY_DAY_BEFORE_PAGE,
    WHY_MONTH_FIRST,
    YEAR_PAGE,
    YEAR_TERM,
    YEAR_WRITTEN,
    date_evidence,
)
from .date_history import (
    DESCRIBED_AFTER,
    FOUNDED_AFTER,
    FOUNDED_BEFORE,
    RECALLED_BEFORE,
    committee_floor,
    is_history,
    present_year,
)
from .date_own_line import own_date
from .date_words import DAY_WORD, LUNAR_AFTER, MONTH_WORD, is_lunar_month, number_of
from .date_years import (
    TERM,
    published_on,
    stamped_dates,
    the_one_month_named,
    too_late,
    valid,
    with_page_date,
    year_for,
    year_without_day,
    years_named,
)
from .organizers import held_outside_party
from .scan import KeywordScan, fold_case
from .spans import Layout
from .url_dates import url_of_this_text, url_year

# time words before a day and month: "Sáng 26-12", "hôm nay (26/12)", "chiều qua (25/12)",
# "sáng thứ Hai (26/12)", "Chủ nhật, 25/12"
_MARKER = (
    # "Sáng sớm 26/12", "Tối muộn 26/12", "Chiều hôm qua 26/12": a word between the time word and the day
    r"(?:(?:(?i:sáng|chiều|tối|trưa|đêm|ngày|nay|hôm)(?:\s+(?i:sớm|muộn|hôm qua|hôm nay)(?=[\s,(]*\d))?"
    r"|(?i:qua)(?=\s*\()"
    # a weekday in words may run straight into the day ("Sáng thứ Hai 26/12"), one in figures only
    # after a comma or bracket ("thứ 2, 26/12": "lần thứ 2 12/3" is no weekday)
    r"|(?i:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)(?=\s*[,(]?\s*\d)|(?i:thứ\s+\d)(?=\s*[,(]))"
    r"\s*,?\s*\(?\s*(?:(?i:mùng|mồng)\s*)?)"
)
# Every alternative begins with "(", "từ" or a marker word: the scan tries it only there.
# Case-insensitive throughout: headlines write "NGÀY 26 THÁNG 12 NĂM 2024", "Từ Ngày 5 Đến 7/3".
_MEETING = KeywordScan(
    r"(?i)(?:(?i:từ)\s+(?:ngày\s+)?(?P<xd>\d{1,2})[/.\-](?P<xm>\d{1,2})(?:[/.\-](?P<xy>\d{4}))?\s*(?:đến|[-–])\s*"
    r"(?:ngày\s+)?\d{1,2}[/.\-]\d{1,2}(?:[/.\-](?P<xy2>\d{4}))?"
    r"|(?i:từ)\s+(?:ngày\s+)?(?P<rd>\d{1,2})\s*(?:đến|[-–])\s*(?:ngày\s+)?\d{1,2}"
    r"(?:[/.\-](?P<rm>\d{1,2})(?:[/.\-](?P<ry>\d{4}))?"
    r"|\s+tháng\s+(?P<rm2>\d{1,2}|" + MONTH_WORD + r")(?:\s+năm\s+(?P<ry2>\d{4}))?)"
    r"|(?:\(|" + _MARKER + r")(?P<pd>\d{1,2})\s*[-–]\s*\d{1,2}[/.](?P<pm>\d{1,2})(?:[/.](?P<py>\d{4}))?"
    r"|"
    + _MARKER
    + r"(?P<ad>\d{1,2})\s*(?:và|,)\s*\d{1,2}\s*[/.\-]\s*(?P<am>\d{1,2})(?:[/.\-](?P<ay>\d{4}))?"
    # a day and month (and year) alone in brackets after what happened: "Ban Thường vụ Tỉnh ủy họp
    # (26/12)", "... phiên thường kỳ (26/12/2024)"
    r"|\((?P<bd>\d{1,2})[/.\-](?P<bm>\d{1,2})(?:[/.\-](?P<by>\d{4}))?\)"
    # (some pages write en dashes: "Sáng 26–12–2024")
    r"|" + _MARKER + r"(?P<d>\d{1,2})\s*[/.\-–]\s*(?P<m>\d{1,2})"
    # the year in four figures, or in two glued to the month ("Sáng 5/3/24", not "5/3 - 24 đại biểu")
    r"(?:\s*[/.\-–]\s*(?P<y>\d{4})|[/.\-](?P<y2>\d{2})(?!\d))?(?!\s+tháng)"
    # "ngày 26 tháng 12", and the first of two days: "ngày 26 và 27 tháng 12", "ngày 26 - 27 tháng 12";
    # the month may be named ("ngày 5 tháng Mười Một"), and after "ngày" or "mùng" the day written in
    # words ("ngày mười lăm tháng Mười")
    r"|(?i:ngày|sáng|chiều|tối|trưa)\s+(?:(?i:ngày)\s+)?(?:(?i:mùng|mồng)\s+)?"
    r"(?P<td>\d{1,2}|(?<=ngày |mùng |mồng )" + DAY_WORD + r")"
    r"(?:\s*(?:và|,|[-–]|đến)\s*(?:ngày\s+)?\d{1,2})?\s+tháng\s+(?P<tm>\d{1,2}|" + MONTH_WORD + r")"
    r"(?:\s+năm\s+(?P<ty>\d{4}))?)"
    r"(?![\d/])",
    "(", "từ", "sáng", "chiều", "tối", "trưa", "đêm", "ngày", "nay", "hôm", "qua", "thứ", "chủ nhật",
)  # fmt: skip
# "... số 2043-KL/TU ngày", "04-NQ/TU, ngày", "73/2023/NĐ-CP ngày", "trước ngày", "đến ngày"
_CITED_BEFORE = re.compile(
    r"(?:[A-ZĐ]/[A-ZĐ]{1,8}|[A-ZĐ]-[A-ZĐ]{1,6}|\b(?i:số) \S+)\s*,?\s*(?:(?i:ngày)\s*)?$"
    r"|(?i:trước|đến|hạn|tới|từ nay đến|từ)\s+(?:(?i:hết)\s+)?(?:(?i:ngày)\s*)?$"
    # a meeting planned, not held: "Dự kiến ngày 15/1/2025 ...", "sẽ diễn ra vào ngày 15/1"
    r"|(?i:dự kiến|dự định|sẽ (?:diễn ra|tổ chức|họp|được tổ chức|khai mạc))\s*,?\s+(?:(?i:vào)\s+)?"
    r"(?:(?i:ngày)\s*)?$"
    # a deadline named as one: "hạn chót là ngày 30/6", "chậm nhất vào ngày 30/6", "thời hạn: 30/6"
    r"|(?i:hạn chót|hạn cuối|thời hạn|chậm nhất)\s*(?:(?i:là|vào|đến)\s+)?:?\s*(?:(?i:ngày)\s*)?$"
    # a person's birth or death ("sinh ngày 4/5/1965", "từ trần ngày 2/9") is no meeting
    r"|(?i:sinh|từ trần|qua đời|mất|tạ thế)\s+(?:(?i:ngày)\s*)?$"
    # nor when they joined the Party or the army ("vào Đảng ngày 3/2/1984", "nhập ngũ ngày ...")
    r"|(?i:vào đảng|kết nạp đảng|kết nạp vào đảng|nhập ngũ)\s+(?:(?i:ngày)\s*)?$"
    # a document cited by its kind and date, without a number ("Thực hiện Kết luận ngày 5/3/2024 ...")
    # or with a bare number ("Chỉ thị 05 ngày 15/5/2016", "Quy định 41 ngày 3/11/2021")
    r"|(?i:nghị quyết|kết luận|chỉ thị|quyết định|công văn|kế hoạch|hướng dẫn|quy định|tờ trình)"
    r"(?:\s+\d[\w/\-]*)?\s*,?\s+(?:(?i:ngày)\s*)?$"
)
# a person named just before a bracket: "Đồng chí Nguyễn Văn An (", "ông Trần Minh ("
_PERSON_BEFORE = re.compile(r"(?<!\w)(?i:đồng chí|đ/c|ông|bà)\s+(?:[^\W\d_]+\s+){1,4}$")
# the day before the page's: "Chiều qua, ...", "hôm qua", not "qua (25/12)" (a candidate) nor "vừa qua"
_DAY_BEFORE = re.compile(r"(?i:sáng|chiều|tối|trưa|đêm|hôm) (?i:qua)(?!\s*\(?\s*\d)")
# the rule that dates "Chiều qua, ..." by the page's date (its own key in confidence.json)
DAY_BEFORE_PAGE = WHY_DAY_BEFORE_PAGE
# Hyphens and slashes as word processors and some sites write them ("26‑12" with a non-breaking
# hyphen, "26−12" with a minus sign, "26／12" full width): read as "-" and "/", one character for
# one so every position stays. (The en dash, common in any text, is in the patterns themselves, so
# that the replacing touches only the rare characters: translating every text cost more than
# reading its dates.)
_ODD_PUNCTUATION = re.compile("[\u2010\u2011\u2012\u2014\u2212\uff0d\u2044\u2215\uff0f]")
_SLASHES = "\u2044\u2215\uff0f"
_RANGE_END = re.compile(r"(?:đến|[-–])\s*(?:ngày\s+)?(\d{1,2})")
# a day-first reading this long before the page's own date, when a month-first one is days before it
_SEASON_DAYS = 60
# who acts on a date is named within this many characters after it ("Ngày 20/12, UBND tỉnh ...")
_ACT_CHARS = 120
_WEEK_DAYS = 7


def meeting_dates(text: str, folded: str | None = None) -> list[Found]:
    found = []
    folded = fold_case(text) if folded is None else folded
    for m in _MEETING.finditer(text, folded):
        if _CITED_BEFORE.search(text[max(0, m.start() - 30) : m.start()]):
            continue
        if _recalled(text, folded, m):
            continue
        g = m.groupdict()
        g["xy"] = g["xy"] or g["xy2"]  # "từ ngày 17/4 đến ngày 3/6/2015": the year is written once
        g["y"] = g["y"] or (f"20{g['y2']}" if g["y2"] else None)  # "Sáng 5/3/24": this century's
        for d, mo, y in (
            ("xd", "xm", "xy"),
            ("rd", "rm", "ry"),
            ("rd", "rm2", "ry2"),
            ("pd", "pm", "py"),
            ("ad", "am", "ay"),
            ("bd", "bm", "by"),
            ("d", "m", "y"),
            ("td", "tm", "ty"),
        ):
            if g[d] and g[mo]:
                if is_lunar_month(g[mo]):  # "mùng 10 tháng Giêng" is no solar day
                    break
                day, month = number_of(g[d]), number_of(g[mo])
                year = int(g[y]) if g[y] else None
                if valid(day, month, year):
                    last = _RANGE_END.search(m.group(0)) if d in ("rd", "pd") else None
                    span = m.group(0).strip()
                    found.append(
                        Found(m.start(), day, month, year, span, int(last.group(1)) if last else None)
                    )
                break
    return found


def _recalled(text: str, folded: str, m: re.Match) -> bool:
    """Whether the date matched at `m` is no event the text dates: a lunar date ("(tức ngày 26
    tháng 11 năm Giáp Thìn)", "(âm lịch)"), history described or recalled ("Ngày 30/4/1975 là ...",
    "Cách đây 50 năm, ngày ..."), a founding or a liberation, a person's date in brackets
    ("Đồng chí Nguyễn Văn An (20/5/1960)")."""
    start, end = m.start(), m.end()
    if LUNAR_AFTER.match(text, end) or DESCRIBED_AFTER.match(text, end) or FOUNDED_AFTER.match(text, end):
        return True
    # (the words looked for first in the folded text: the patterns cost more than the few dates)
    if folded.find("cách đây", max(0, start - 60), start) >= 0 and RECALLED_BEFORE.search(
        text, max(0, start - 60), start
    ):
        return True
    if m.group(0)[:4].lower() == "ngày" and FOUNDED_BEFORE.search(text, max(0, start - 30), start):
        return True
    return bool(m.group("bd") and _PERSON_BEFORE.search(text, max(0, start - 50), start))


def _before(found: Found, year: int, floor: date) -> bool:
    """Whether a day and month in `year` lies before `floor`."""
    return (year, found.month, found.day) < (floor.year, floor.month, floor.day)


def _month_first(chosen: Found, year: int, pages: list) -> bool:
    """Whether "10-1" is the first of October: some pages write the month first. Read so only when
    the page is dated within a week after that reading and the day-first reading lies months
    before the page (news reports a meeting within days, not a season later)."""
    if chosen.year is not None or "tháng" in chosen.span or chosen.day > 12:
        return False
    page = published_on(pages)
    if page is None:
        return False
    try:
        day_first = date(year, chosen.month, chosen.day)
        month_first = date(page.year, chosen.day, chosen.month)
    except ValueError:
        return False
    return (page - day_first).days > _SEASON_DAYS and 0 <= (page - month_first).days <= _WEEK_DAYS


def date_candidates(
    text: str, layout: Layout, page_date: str | None = None, stamped: list | None = None
) -> tuple[list[Found], list]:
    """(the meeting-date candidates, the page's own dates); `stamped` is stamped_dates(text) when
    the caller has it."""
    if stamped is None:
        stamped = stamped_dates(text)
    pages = with_page_date(stamped, text, page_date)
    # the page's own header ("Thứ sáu, 15/10/2021") is when it was published, not a meeting
    # (the reader's date hint is no place in the text: it excludes nothing)
    at = {p[0] for p in stamped}
    candidates = [c for c in meeting_dates(text, layout.folded) if not any(0 <= p - c.pos <= 20 for p in at)]
    candidates = with_datelines(text, candidates, layout.sentence_of)
    return same_day_candidates(text, candidates, layout.folded), pages


def _not_after_page(candidates: list[Found], pages: list) -> list[Found]:
    """The candidates not too late for the page's own date (date_years.too_late): a meeting is
    reported after it is held. All of them when every one is too late (the page's date is then
    the one that is off)."""
    published = published_on(pages)
    if published is None:
        return candidates
    kept = []
    for c in candidates:
        try:
            late = c.year is not None and too_late(date(c.year, c.month, c.day), published)
        except ValueError:
            late = False
        if not late:
            kept.append(c)
    return kept or candidates


def rule_choice(candidates: list[Found], layout: Layout, anchor: int | None, *, text: str) -> Found | None:
    """The first candidate in the sentence that names the meeting, else in its paragraph, else the
    first: an earlier date in the paragraph ("Ngày 10/3, UBND tỉnh ban hành kế hoạch. Sáng 15/3,
    Ban Thường vụ Tỉnh ủy họp") belongs to another event. Outside the meeting's sentence, a date a
    state or mass body's act holds ("Ngày 20/12, UBND tỉnh ban hành kế hoạch") is another event's
    and never the meeting's. `text` is required: without it no act could be read and the filter
    would silently keep every date."""
    if candidates and anchor is not None:
        sentence = layout.sentence_of(anchor)
        same = [c for c in candidates if layout.sentence_of(c.pos) == sentence]
        if same:
            return same[0]
        candidates = [c for c in candidates if not _outside_party_act(text, layout, c.pos)]
        paragraph = layout.paragraph_of(anchor)
        same = [c for c in candidates if layout.paragraph_of(c.pos) == paragraph]
        if same:
            return same[0]
    return candidates[0] if candidates else None


def _outside_party_act(text: str, layout: Layout, pos: int) -> bool:
    start, end = layout.sentence_span(pos, len(text))
    return held_outside_party(text[start : min(end, pos + _ACT_CHARS)])


def detect_date(
    text: str,
    layout: Layout,
    anchor: int | None = None,
    meeting_type: str | None = None,
    session_no: str | None = None,
    page_date: str | None = None,
    source_url: str | None = None,
) -> tuple[str | None, str | None]:
    """(date at its known precision, the deciding span and why); page_date is the reader's date hint."""
    text = _ODD_PUNCTUATION.sub(lambda m: "/" if m.group() in _SLASHES else "-", text)
    own = own_date(text)
    if own:
        return own
    if source_url and url_year(source_url) and not url_of_this_text(source_url, text):
        source_url = None  # the address of another story or a listing dates nothing here
    stamped = stamped_dates(text)  # read once: the candidates, the year and the fallback use it
    candidates, pages = date_candidates(text, layout, page_date, stamped)
    # a date more than a term before the page's own is history recalled, never the meeting
    if any(c.year for c in candidates):
        # without a page's date, the latest year the text names is its time
        present = present_year(pages, source_url, text) or max(years_named(text), default=None)
        candidates = [c for c in candidates if not is_history(c.year, present)]
    floor = None
    if anchor is not None:  # a new committee's meeting is not dated before the committee existed
        start, end = layout.sentence_span(anchor, len(text))
        floor = committee_floor(text[start:end])
    if floor:
        candidates = [c for c in candidates if c.year is None or not _before(c, c.year, floor)]
    chosen = rule_choice(_not_after_page(candidates, pages), layout, anchor, text=text)
    if chosen is not None:
        chosen, why = first_day(chosen, candidates, text, layout)
        year, source = chosen.year, YEAR_WRITTEN
        if year is None:
            year, source = year_for(
                chosen.pos,
                chosen.day,
                chosen.month,
                text,
                layout,
                pages,
                source_url,
                meeting_type,
                session_no,
            )
        if year is None or (floor and _before(chosen, year, floor)):
            return None, None
        if source == YEAR_PAGE and meeting_type == "dai_hoi":
            year, source = _congress_year(year, chosen, text, layout)
        day, month = chosen.day, chosen.month
        if source == YEAR_PAGE and _month_first(chosen, year, pages):
            day, month, why = chosen.month, chosen.day, WHY_MONTH_FIRST
        return f"{year:04d}-{month:02d}-{day:02d}", date_evidence(chosen.span, why, source)
    yesterday = _yesterday(text, layout, anchor, pages)
    if yesterday:
        return yesterday
    month = _month_of_the_meeting(text, layout, anchor, pages)
    if month:
        return month
    if page_date and not text.lstrip().startswith("date "):
        text = f"date {page_date} {text}"
    return year_without_day(text, source_url, meeting_type, stamped)


def _congress_year(year: int, chosen: Found, text: str, layout: Layout) -> tuple[int, str]:
    """A congress of "nhiệm kỳ 2020-2025" sits in 2020 (or late in 2019): a page dated years later
    (a retrospective, a listing of the term's stories) does not move it. The page's year stands
    when it agrees."""
    start, end = layout.sentence_span(chosen.pos, len(text))
    term = TERM.search(text, start, end)
    if term is None or int(term.group(1)) - 1 <= year <= int(term.group(1)):
        return year, YEAR_PAGE
    return int(term.group(1)), YEAR_TERM


def _month_of_the_meeting(
    text: str, layout: Layout, anchor: int | None, pages: list
) -> tuple[str, str] | None:
    """ "YYYY-MM" when the meeting's own sentence names its month ("Ban Thường vụ Tỉnh ủy họp phiên
    thường kỳ tháng 11/2024") and no page date of that month says more: the page's date (its date
    line, header or URL) supplies only what the text leaves out, so a page of December does not
    date a November meeting."""
    if anchor is None:
        return None
    start, end = layout.sentence_span(anchor, len(text))
    named = the_one_month_named(text, start, end)
    if named is None:
        return None
    year, month = (int(part) for part in named[0].split("-"))
    if any((p_year, p_month) == (year, month) for _, p_year, p_month, _ in pages):
        return None
    return named


def _yesterday(text: str, layout: Layout, anchor: int | None, pages: list) -> tuple[str, str] | None:
    """ "Chiều qua, Ban Thường vụ Tỉnh ủy họp" on a page dated 11/3/2024: the meeting was on 10/3."""
    if anchor is None:
        return None
    start, end = layout.sentence_span(anchor, len(text))
    said = _DAY_BEFORE.search(text, start, end)
    published = published_on(pages)
    if not said or published is None:
        return None
    day = published - timedelta(days=1)
    return day.isoformat(), date_evidence(said.group(0), DAY_BEFORE_PAGE, YEAR_PAGE)
