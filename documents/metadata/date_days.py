"""Which day of a meeting dates it, and days the text names by reference.

A meeting over several days is dated by its first day (DESIGN.md, "Metadata"): the range that
holds it, a congress's preparatory session the day before, or the opening session a report of a
later day names ("Tiếp tục chương trình Hội nghị, sáng 27/12, ... Trước đó, ngày 26/12, Hội nghị
khai mạc"), unless the text reports the closing session itself (a resolution passed "trong phiên
bế mạc ... sáng 15-10" is of that day). "Chiều cùng ngày" ("the afternoon of the same day") is the
day of the date before it; a story's dateline ("Nghệ An, 26/12 (TTXVN) - Sáng nay, ...") is the day
it reports, when its lead gives none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .date_evidence import WHY_CLOSING, WHY_FIRST_DAY, WHY_OPENING, WHY_PARAGRAPH, WHY_PREPARATORY
from .date_years import valid
from .spans import Layout


@dataclass
class Found:
    """A day and month the text writes as when something happened."""

    pos: int
    day: int
    month: int
    year: int | None
    span: str
    last_day: int | None = None  # a range's last day, in the same month


_PREPARATORY = re.compile(r"(?i:trù bị)")
_CLOSING = re.compile(r"(?i:bế mạc)")
_OPENING = re.compile(r"(?i:khai mạc)")
# a report of a later day of the meeting: "Tiếp tục chương trình Hội nghị", "tiếp tục làm việc",
# "ngày làm việc thứ hai"
_LATER_DAY = re.compile(r"(?i:tiếp tục (?:chương trình|phiên|làm việc|hội nghị|kỳ họp)|ngày làm việc thứ)")
# the opening a few days before a later day (a congress lasts up to three days)
_OPENING_DAYS = 3
_SAME_DAY = re.compile(r"(?:(?i:sáng|chiều|tối|trưa|đêm)\s+)?(?i:cùng ngày|ngày hôm đó)")
# how far back "cùng ngày" looks for its date
_SAME_DAY_CHARS = 1500
# a dateline opening a line: a place, the day and month (and year), an agency in brackets, a dash
_DATELINE = re.compile(
    r"(?m:^[^\W\d_][^\d\n,.;:()]{1,38},\s*(?P<d>\d{1,2})[/.\-](?P<m>\d{1,2})(?:[/.\-](?P<y>\d{4}))?"
    r"\s*(?:\([^()\n]{1,30}\))?\s*-\s)"
)


def same_day_candidates(text: str, candidates: list[Found], folded: str) -> list[Found]:
    """The candidates, with a "Chiều cùng ngày" given the day and month of the date before it
    (`folded` is the text in lower case, as Layout.folded)."""
    if not candidates or ("cùng ngày" not in folded and "ngày hôm đó" not in folded):
        return candidates
    added, i = [], 0
    for m in _SAME_DAY.finditer(text):
        while i < len(candidates) and candidates[i].pos < m.start():
            i += 1  # candidates are in text order: candidates[i - 1] is the last before the match
        if i and m.start() - candidates[i - 1].pos <= _SAME_DAY_CHARS:
            added.append(replace(candidates[i - 1], pos=m.start(), span=m.group(0), last_day=None))
    return sorted(candidates + added, key=lambda c: c.pos) if added else candidates


def with_datelines(text: str, candidates: list[Found], line_of) -> list[Found]:
    """The candidates, with each dateline whose line holds no other (`line_of(pos)` names a
    position's line or sentence)."""
    added, taken = [], {line_of(c.pos) for c in candidates}
    for m in _DATELINE.finditer(text):
        day, month = int(m.group("d")), int(m.group("m"))
        year = int(m.group("y")) if m.group("y") else None
        if not valid(day, month, year):
            continue
        if line_of(m.start("d")) in taken:
            continue
        added.append(Found(m.start("d"), day, month, year, m.group(0).rstrip(" -")))
    return sorted(candidates + added, key=lambda c: c.pos) if added else candidates


def first_day(chosen: Found, candidates: list[Found], text: str, layout: Layout) -> tuple[Found, str]:
    """(the day that dates the meeting, why): `chosen` or an earlier day of the same meeting."""
    s_start, s_end = layout.sentence_span(chosen.pos, len(text))
    if _CLOSING.search(text, s_start, s_end):
        return chosen, WHY_CLOSING
    for c in candidates:
        if c.last_day and c.month == chosen.month and c.day < chosen.day <= c.last_day:
            return c, WHY_FIRST_DAY
    later_day = _LATER_DAY.search(text, s_start, s_end)
    for c in candidates:
        if c.month != chosen.month or not 1 <= chosen.day - c.day <= _OPENING_DAYS:
            continue
        c_start, c_end = layout.sentence_span(c.pos, len(text))
        if chosen.day - c.day <= 2 and _PREPARATORY.search(text, c_start, c_end):
            return c, WHY_PREPARATORY
        if later_day and _OPENING.search(text, c_start, c_end):
            return c, WHY_OPENING
    return chosen, WHY_PARAGRAPH
