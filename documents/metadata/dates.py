"""The meeting's date, with the precision the text gives ("YYYY-MM-DD", "YYYY-MM", "YYYY").

A date only cited ("Kết luận số 2043-KL/TU ngày 05/12/2023") is a reference, not the meeting. A
day and month without a year take the year from the page's date (a first line " date 2024-11",
a news header "Thứ 3, 04/04/2023"), the reporting period ("quý I/2023"), the term of a congress
("nhiệm kỳ 2020-2025" sits in 2020), a year the text names, or the latest cited date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .scan import KeywordScan
from .spans import Layout

_DATE_LINE = re.compile(r"\A\s*date (\d{4})-(\d{1,2})(?:-(\d{1,2}))?")
# a weekday or a date at a line start: tried at "thứ", "chủ nhật" and digits that start a line
_HEADER = KeywordScan(
    r"(?m:(?:(?i:thứ)\s*(?:\d|hai|ba|tư|năm|sáu|bảy|Hai|Ba|Tư|Năm|Sáu|Bảy)|(?i:chủ nhật))"
    r"\s*[,\-–]?\s*(\d{1,2})/(\d{1,2})/(\d{4})"
    r"|^(\d{1,2})/(\d{1,2})/(\d{4}))",
    "thứ",
    "chủ nhật",
    also=r"(?m:\d(?<=^\d))",
)
_MARKER = r"(?:(?i:sáng|chiều|tối|trưa|ngày|nay)\s*\(?\s*)"
# the place-and-date line under a formal document's number: "Quảng Ngãi, ngày 20 tháng 3 năm 2024"
_OWN_DATE = re.compile(r"(?m:^[^\n,]{2,40},\s*(?i:ngày)\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4}))")
# Every alternative begins with "(", "từ" or a marker word: the scan tries it only there.
_MEETING = KeywordScan(
    r"(?:(?i:từ)\s+(?:ngày\s+)?(?P<rd>\d{1,2})\s*(?:đến|[-–])\s*(?:ngày\s+)?\d{1,2}"
    r"(?:[/.\-](?P<rm>\d{1,2})(?:[/.\-](?P<ry>\d{4}))?|\s+tháng\s+(?P<rm2>\d{1,2})(?:\s+năm\s+(?P<ry2>\d{4}))?)"
    r"|(?:\(|" + _MARKER + r")(?P<pd>\d{1,2})\s*[-–]\s*\d{1,2}/(?P<pm>\d{1,2})(?:/(?P<py>\d{4}))?"
    r"|"
    + _MARKER
    + r"(?P<ad>\d{1,2})\s*(?:và|,)\s*\d{1,2}\s*[/.\-]\s*(?P<am>\d{1,2})(?:[/.\-](?P<ay>\d{4}))?"
    r"|" + _MARKER + r"(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})(?:\s*[/.\-]\s*(?P<y>\d{4}))?"
    r"|(?i:ngày)\s+(?P<td>\d{1,2})\s+tháng\s+(?P<tm>\d{1,2})(?:\s+năm\s+(?P<ty>\d{4}))?)"
    r"(?![\d/])",
    "(", "từ", "sáng", "chiều", "tối", "trưa", "ngày", "nay",
)  # fmt: skip
# "... số 2043-KL/TU ngày", "04-NQ/TU, ngày", "73/2023/NĐ-CP ngày", "trước ngày", "đến ngày"
_CITED_BEFORE = re.compile(
    r"(?:[A-ZĐ]/[A-ZĐ]{1,8}|[A-ZĐ]-[A-ZĐ]{1,6}|\bsố \S+)\s*,?\s*(?:(?i:ngày)\s*)?$"
    r"|(?i:trước|đến|hạn|tới|từ nay đến)\s+(?:(?i:ngày)\s*)?$"
)
_TERM = re.compile(r"(?i:nhiệm k[ỳìiy])\s*(\d{4})\s*[-–]\s*\d{4}")
_SUB_ANNUAL_YEAR = re.compile(
    r"(?i:quý\s+(?:[IV]+|\d)\s*(?:[/\-]|năm)\s*|\d{1,2}\s+tháng\s+(?:đầu\s+|cuối\s+)?năm\s+)(\d{4})"
)
_YEAR = re.compile(r"(?<!đến )(?<!tầm nhìn )(?<!giai đoạn )(?i:năm)\s+(\d{4})(?![\d\-–])")


@dataclass
class _Found:
    pos: int
    day: int
    month: int
    year: int | None
    span: str


def _valid(day: int, month: int, year: int | None = None) -> bool:
    return 1 <= day <= 31 and 1 <= month <= 12 and (year is None or 1945 <= year <= 2100)


def _page_dates(
    text: str, page_date: str | None = None, folded: str | None = None
) -> list[tuple[int, int, int | None, int | None]]:
    """(position, year, month, day) of the page's own dates: the date line and news headers."""
    found = []
    m = _DATE_LINE.match(text) or _DATE_LINE.match(f"date {page_date or ''}")
    if m:
        found.append((0, int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None))
    head = text[:200_000]
    for h in _HEADER.finditer(head, folded[:200_000] if folded is not None else None):
        d, mo, y = (h.group(1), h.group(2), h.group(3)) if h.group(1) else h.group(4, 5, 6)
        if _valid(int(d), int(mo), int(y)):
            found.append((h.start(), int(y), int(mo), int(d)))
    return found


def _meeting_dates(text: str, folded: str | None = None) -> list[_Found]:
    found = []
    for m in _MEETING.finditer(text, folded):
        if _CITED_BEFORE.search(text[max(0, m.start() - 30) : m.start()]):
            continue
        g = m.groupdict()
        for d, mo, y in (
            ("rd", "rm", "ry"),
            ("rd", "rm2", "ry2"),
            ("pd", "pm", "py"),
            ("ad", "am", "ay"),
            ("d", "m", "y"),
            ("td", "tm", "ty"),
        ):
            if g[d] and g[mo]:
                day, month = int(g[d]), int(g[mo])
                year = int(g[y]) if g[y] else None
                if _valid(day, month, year):
                    found.append(_Found(m.start(), day, month, year, m.group(0).strip()))
                break
    return found


def _year_for(
    found: _Found, text: str, pages: list, meeting_type: str | None, session_no: str | None
) -> int | None:
    before = [p for p in pages if p[0] <= found.pos] or pages
    if before:
        _, year, month, _ = before[-1]
        # a page dated January reporting a meeting of 28/12 is about last year (half a year apart at least)
        return year - 1 if month is not None and found.month > month + 6 else year
    sub_annual = _SUB_ANNUAL_YEAR.search(text)
    if sub_annual:
        return int(sub_annual.group(1))
    if meeting_type == "dai_hoi" or session_no == "1":
        term = _TERM.search(text)
        if term:
            return int(term.group(1))
    named = _YEAR.search(text)
    if named:
        return int(named.group(1))
    cited = _cited_full_dates(text)
    if cited:
        year, month, day = max(cited)
        return year if (found.month, found.day) >= (month, day) else year + 1
    return None


def _cited_full_dates(text: str) -> list[tuple[int, int, int]]:
    out = []
    for m in re.finditer(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])", text):
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if _valid(d, mo, y):
            out.append((y, mo, d))
    return out


def meeting_type_is_notice(text: str) -> bool:
    """A formal document (notice, conclusion, resolution) is dated by its own date line."""
    return bool(re.search(r"(?m:^[\s*#]*(?:THÔNG BÁO|KẾT LUẬN|NGHỊ QUYẾT|CHỈ THỊ|BÁO CÁO)\b)", text[:3000]))


def detect_date(
    text: str,
    layout: Layout,
    anchor: int | None = None,
    meeting_type: str | None = None,
    session_no: str | None = None,
    page_date: str | None = None,
) -> tuple[str | None, str | None]:
    """(date at its known precision, the deciding span); page_date is the reader's date hint."""
    own = _OWN_DATE.search(text[:3000])
    if own and meeting_type_is_notice(text):
        d, m, y = (int(g) for g in own.groups())
        if _valid(d, m, y):
            return f"{y:04d}-{m:02d}-{d:02d}", own.group(0).strip()
    pages = _page_dates(text, page_date, layout.folded)
    candidates = _meeting_dates(text, layout.folded)
    chosen = None
    if candidates and anchor is not None:
        paragraph = layout.paragraph_of(anchor)
        same = [c for c in candidates if layout.paragraph_of(c.pos) == paragraph]
        chosen = same[0] if same else None
    if chosen is None and candidates:
        chosen = candidates[0]
    if chosen is not None:
        year = chosen.year or _year_for(chosen, text, pages, meeting_type, session_no)
        if year is None:
            return None, None
        return f"{year:04d}-{chosen.month:02d}-{chosen.day:02d}", chosen.span
    m = _DATE_LINE.match(text) or _DATE_LINE.match(f"date {page_date or ''}")
    if m:
        parts = [p for p in m.groups() if p]
        return "-".join([parts[0]] + [f"{int(p):02d}" for p in parts[1:]]), m.group(0).strip()
    if meeting_type == "dai_hoi":
        term = _TERM.search(text)
        if term:
            return term.group(1), term.group(0)
    sub_annual = _SUB_ANNUAL_YEAR.search(text)
    if sub_annual:
        return sub_annual.group(1), sub_annual.group(0)
    return None, None
