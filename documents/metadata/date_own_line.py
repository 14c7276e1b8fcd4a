"""A formal document's own date: the place-and-date line under its number ("Quảng Ngãi, ngày 20
tháng 3 năm 2024", "Yên Bái, ngày 20/3/2024"), which dates a notice, a conclusion or a resolution
(DESIGN.md: "a notice's own date for a notice").

Offices write it with or without the comma after the place, and an unsigned copy leaves the day
blank for the hand ("ngày    tháng 12 năm 2024", "ngày ... tháng 12 năm 2024"): its month is known.
"""

from __future__ import annotations

import re

from .date_years import valid

_OWN_DATE = re.compile(
    r"(?m:^[*_\s]*(?P<place>[^\n,*]{2,40}?)(?P<comma>,)?\s*(?i:ngày)\s+"
    r"(?:(?P<d>\d{1,2})(?:\s+(?i:tháng)\s+|\s*(?P<sep>[/.\-])\s*)|(?:[.…_\s]*)(?i:tháng)\s+)"
    r"(?P<m>\d{1,2})(?:\s+(?i:năm)\s+|\s*(?P=sep)\s*)(?P<y>\d{4}))"
)
_FORMAL_HEADING = re.compile(r"(?m:^[\s*#]*(?:THÔNG BÁO|KẾT LUẬN|NGHỊ QUYẾT|CHỈ THỊ|BÁO CÁO)\b)")
_HEAD_CHARS = 3000


def is_formal_document(text: str) -> bool:
    """A formal document (notice, conclusion, resolution) is dated by its own date line."""
    return bool(_FORMAL_HEADING.search(text[:_HEAD_CHARS]))


def own_date(text: str) -> tuple[str, str] | None:
    """(date, its line) of a formal document's own date line in its head, or None."""
    if not is_formal_document(text):
        return None
    for m in _OWN_DATE.finditer(text[:_HEAD_CHARS]):
        # without its comma the place must read as one: capitalised words ("Nghệ An ngày ..."),
        # not the start of a sentence ("Ban Thường vụ họp ngày ...")
        if not m.group("comma") and not all(w[:1].isupper() or w == "TP." for w in m.group("place").split()):
            continue
        day, month, year = (int(m.group("d")) if m.group("d") else None), int(m.group("m")), int(m.group("y"))
        if not valid(day or 1, month, year):
            continue
        value = f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
        return value, m.group(0).strip(" *_\n")
    return None
