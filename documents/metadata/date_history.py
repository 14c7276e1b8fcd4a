"""Dates of history: what a page recalls from the past is not the meeting it reports.

Reports recall the days they celebrate or honour: the liberation ("Ngày 30/4/1975 là mốc son ..."),
the National Day, the province's founding, a hero's death. Such a date is never the meeting's. It
is known by its wording (a date the sentence describes rather than dates an event by, a date "cách
đây 50 năm", a founding or a liberation; births and deaths are dates.py's cited dates) and by its
distance from the page's own time: a committee's meetings are reported within its term, so a date
written more than a term before the page's latest own date (its date line, header or URL; without
them, the year an anniversary it names is kept in, or the latest year it names) is history. When
every date on a page is history the page is dated as one whose meeting the text does not date: by
its date line, a reporting year it names, or not at all.

No meeting is before its committee existed: date_years.valid takes no year before 1945 (the
documents are of the committees since independence; no Party committee met before 1930), and the
committee of a province merged in the 2025 reorganisation ("Tỉnh ủy Hưng Yên (mới)") exists only
from 1 July 2025 (committee_floor).
"""

from __future__ import annotations

import re
from datetime import date

from .url_dates import url_year

# A committee's term of office: a report recalls its term's own meetings, not further back.
TERM_YEARS = 5
# A date the sentence describes rather than dates an event by: "Ngày 30/4/1975 là ...", "ngày
# 2/9/1945 lịch sử", "Ngày 3/2/1930 đã đi vào lịch sử"
DESCRIBED_AFTER = re.compile(r"\s*,?\s*(?:(?i:là)\b|(?i:lịch sử)\b|(?i:đã (?:đi vào|trở thành))\b)")
# A founding or a liberation is no meeting: "Đảng bộ huyện được thành lập ngày 20/3/1948", "tỉnh
# được tái lập vào ngày 1/1/1997" (the date's "ngày" after the word: "công bố quyết định thành lập
# vào sáng 1/7" dates the ceremony), "Ngày 20/3/1948, Đảng bộ huyện ra đời", "Ngày 30/4/1975, quân
# ta giải phóng hoàn toàn miền Nam" (not "giải phóng mặt bằng", site clearance, a meeting's topic)
FOUNDED_BEFORE = re.compile(r"(?i:thành lập|ra đời|tái lập|giải phóng)\s+(?:(?i:vào)\s+)?$")
FOUNDED_AFTER = re.compile(
    r"\s*,\s*[^.;,\n]{0,60}?(?i:ra đời|được thành lập|được tái lập|được giải phóng|giải phóng hoàn toàn|"
    r"hoàn toàn giải phóng)"
)
# a date recalled by its distance: "Cách đây 50 năm, ngày 30/4/1975, ..."
RECALLED_BEFORE = re.compile(r"(?i:cách đây)\s+(?:(?i:hơn|tròn|gần|đúng)\s+)?\d+\s+(?i:năm)[^.;\n]{0,30}$")

# an anniversary kept, and the year it is kept: "kỷ niệm 95 năm ... (1930 - 2025)"
ANNIVERSARY_END = re.compile(
    r"(?i:kỷ niệm)[^()\n]{0,120}\(\s*(?:\d{1,2}[/.\-]\d{1,2}[/.\-])?\d{4}\s*[-–]\s*"
    r"(?:\d{1,2}[/.\-]\d{1,2}[/.\-])?(\d{4})\s*\)"
    # "(3/2/1930 - 3/2/2025)": the same day and month at both ends is an anniversary, however named
    r"|\((?P<day>\d{1,2})[/.\-](?P<month>\d{1,2})[/.\-]\d{4}\s*[-–]\s*"
    r"(?P=day)[/.\-](?P=month)[/.\-](?P<end>\d{4})\s*\)"
)


def present_year(pages: list, url: str | None, text: str = "") -> int | None:
    """The latest year among the page's own dates (date_years.page_dates) and its URL's; without
    them, the year an anniversary the text names is kept in ("(2/9/1945 - 2/9/2025)"); or None."""
    years = [year for _, year, _, _ in pages]
    from_url = url_year(url)
    if from_url:
        years.append(from_url[0])
    if not years and (kept := ANNIVERSARY_END.search(text)):
        years.append(int(kept.group(1) or kept.group("end")))
    return max(years) if years else None


def is_history(year: int | None, present: int | None) -> bool:
    """Whether a date of `year` lies more than a term before the page's time."""
    return year is not None and present is not None and present - year > TERM_YEARS


# a merged province's new committee, named with the mark pages give it: "Tỉnh ủy Hưng Yên (mới)",
# "Ban Chấp hành Đảng bộ tỉnh Lâm Đồng (mới)"
_NEW_COMMITTEE = re.compile(
    r"(?i:tỉnh ủy|thành ủy|đảng bộ tỉnh|đảng bộ thành phố)\s+(?:[^\W\d_]+\s+){1,4}?\(\s*(?i:mới)\s*\)"
)
MERGED_COMMITTEES_FROM = date(2025, 7, 1)


def committee_floor(sentence: str) -> date | None:
    """The first day the meeting's committee existed, when its sentence names a merged province's
    new committee; None otherwise (the general floor is date_years.valid's)."""
    if "(mới" not in sentence.lower():  # (the pattern is tried only where its mark stands)
        return None
    return MERGED_COMMITTEES_FROM if _NEW_COMMITTEE.search(sentence) else None
