"""Days and months written in words: "ngày mười lăm tháng Mười", "tháng Mười Hai năm 2024",
"ngày 5 tháng Tư". Some pages and speeches write a month by its name rather than its number; a day
in words is rarer (a formal text, a quotation).

"tháng Giêng" and "tháng Chạp" name the first and last months of the lunar year: a day in them
("mùng 10 tháng Giêng", "23 tháng Chạp") is a lunar date, which is not the solar day the meeting
is dated by, so they are read (they are no other month) and marked lunar for the callers to leave
out.
"""

from __future__ import annotations

import re

# The words of a month's name. "năm" is the month only when no year's figures follow it ("tháng
# Năm năm 2024" is May; "tháng năm 2024" is a month left out). The longest name first.
MONTH_WORD = (
    r"(?:mười\s+một|mười\s+hai|mười|một|hai|ba|tư|bốn|năm(?!\s*\d)|sáu|bảy|tám|chín|giêng|chạp)"
    r"(?![^\W\d_])"
)
# A day of the month in words, one to thirty-one: "năm", "mười lăm", "hai mươi", "ba mươi mốt".
_UNIT = r"(?:một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín)"
DAY_WORD = (
    r"(?:(?:hai|ba)\s+mươi(?:\s+" + _UNIT + r")?|mười(?:\s+" + _UNIT + r")?|" + _UNIT + r")(?![^\W\d_])"
)
_UNITS = {
    "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "sáu": 6,
    "bảy": 7, "tám": 8, "chín": 9,
}  # fmt: skip
_LUNAR_MONTHS = {"giêng": 1, "chạp": 12}


def number_of(written: str) -> int:
    """The number a day or month is written as: figures ("05"), or words ("mười lăm" 15, "hai
    mươi mốt" 21, "Mười Hai" 12, "Giêng" 1, "Chạp" 12)."""
    if written.isdigit():
        return int(written)
    words = written.lower().split()
    if words[0] in _LUNAR_MONTHS:
        return _LUNAR_MONTHS[words[0]]
    if words[0] == "mười":
        tens, rest = 1, words[1:]
    elif len(words) > 1 and words[1] == "mươi":
        tens, rest = _UNITS[words[0]], words[2:]
    else:
        tens, rest = 0, words
    return tens * 10 + (_UNITS[rest[0]] if rest else 0)


def is_lunar_month(written: str) -> bool:
    """Whether a month's name is a lunar month's only ("Giêng", "Chạp")."""
    return written.lower() in _LUNAR_MONTHS


# What marks a date as lunar right after it: "(âm lịch)", "(ÂL)", or a year named by its
# stem and branch ("ngày 26 tháng 11 năm Giáp Thìn")
LUNAR_AFTER = re.compile(
    r"\s*[(,]?\s*(?:(?i:âm lịch)|ÂL\b|(?i:năm)\s+(?i:giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|quý)\s+"
    r"(?i:tý|sửu|dần|mão|mẹo|thìn|tỵ|tị|ngọ|mùi|thân|dậu|tuất|hợi)\b)"
)
