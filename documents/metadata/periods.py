"""term ("khóa XIX"), session_no ("lần thứ 25", "lần thứ tám" → "8") and the reporting period."""

from __future__ import annotations

import re

from .scan import KeywordScan, fold_case
from .spans import Layout

_UNITS = {
    "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "sáu": 6,
    "bảy": 7, "tám": 8, "chín": 9,
}  # fmt: skip
_ROMAN = [(50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
_NUMBER_WORD = r"(?:một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi)"
_NUMBER = r"(\d{1,3}|[IVXL]{1,7}|nhất|" + _NUMBER_WORD + r"(?:\s" + _NUMBER_WORD + r"){0,2})(?![\w])"


def number_from_words(words: str) -> int | None:
    """ "nhất" → 1, "tám" → 8, "mười lăm" → 15, "hai mươi mốt" → 21; the longest valid prefix."""
    tokens = words.lower().split()
    if tokens[:1] == ["nhất"]:
        return 1
    value, i = None, 0
    if tokens[:1] == ["mười"]:
        value, i = 10, 1
    elif tokens and tokens[0] in _UNITS:
        value, i = _UNITS[tokens[0]], 1
        if tokens[1:2] == ["mươi"]:
            value, i = value * 10, 2
        else:
            return value
    if value is not None and i < len(tokens) and tokens[i] in _UNITS and value >= 10:
        value += _UNITS[tokens[i]]
    return value


# The patterns that begin with a word are KeywordScans: tried only where their first words occur.
# khóa of a Party committee; not of the Central Committee, the National Assembly or a People's Council
_KHOA = KeywordScan(r"(?i:khóa)\s+([IVXL]{1,7}|\d{1,2})(?![\w])", "khóa")
# "Ban Chấp hành T.Ư Đảng (khóa XI)", "Nghị quyết Trung ương 4 khóa XII", "Bộ Chính trị khóa XIII";
# and a cited congress's resolution ("Nghị quyết Đại hội Đảng bộ xã khóa I"): not the body that met
_KHOA_NOT_PARTY = re.compile(
    r"(?:(?i:trung ương(?: đảng)?|t\.\s?ư(?: đảng)?|tw|bộ chính trị|ban bí thư|quốc hội|hđnd(?: tỉnh| huyện)?"
    r"|hội đồng nhân dân(?: tỉnh)?|đoàn)(?:\s+[A-ZĐ0-9][^\s,]*){0,3}"
    r"|(?i:nghị quyết|văn kiện)\s+(?i:đại hội)[^.;\n]{0,50})\s*\(?\s*$"
)
_CONGRESS = KeywordScan(
    r"(?i:đại hội)(?:\s+(?i:đại biểu))?(?P<body>[^.;\n()]{0,80}?)\s(?i:lần thứ)\s+"
    + _NUMBER
    + r"|(?i:đại hội)\s+([IVXL]{1,7})\s+(?i:đảng bộ)",
    "đại hội",
)
# a congress prepared, greeted or cited ("Nghị quyết Đại hội ... lần thứ I"), not held in the text
_CONGRESS_REF = re.compile(
    r"(?i:trình|chuẩn bị|tiến tới|hướng tới|chào mừng|về|tổ chức thành công|văn kiện|nghị quyết)\s*$"
)
_SESSION = KeywordScan(
    r"(?i:hội nghị)(?P<body>(?:\s+[^\s.;,]+(?:\.[^\s.;,]+)*){0,8}?)\s+(?i:lần thứ)\s+" + _NUMBER,
    "hội nghị",
)
# "quý I", "6 tháng đầu năm", "(thường kỳ) tháng 5": a number's places are its digit before "tháng"
_PERIOD_SUB = KeywordScan(
    r"(?i:quý)\s+(?:[IV]{1,3}|[1-4])(?:\s*(?:[/\-]|năm)\s*\d{4})?"
    r"|\d{1,2}\s+(?i:tháng)(?:\s+(?:đầu|cuối))?(?:\s+năm)?(?:\s+\d{4})?(?![\w])"
    r"|(?<=thường kỳ )tháng\s+\d{1,2}(?:/\d{4})?",
    "quý",
    "tháng",
    also=r"\d(?=\d?\s+tháng)",
)
_PERIOD_YEAR = KeywordScan(
    r"(?i:nhiệm vụ|trong|kết quả|chỉ tiêu|công tác|kế hoạch)\s+(năm\s+\d{4})(?![\d\-–])",
    "nhiệm vụ", "trong", "kết quả", "chỉ tiêu", "công tác", "kế hoạch",
)  # fmt: skip
_PERIOD_TERM = KeywordScan(r"(?i:nhiệm k[ỳì])\s*\d{4}\s*[-–]\s*\d{4}", "nhiệm k")
_CONGRESS_TERM = KeywordScan(r"(?i:đại hội)[^.;\n]{0,120}?(?i:nhiệm k[ỳì])\s*\d{4}\s*[-–]\s*\d{4}", "đại hội")


def _to_arabic(word: str) -> str:
    value = number_from_words(word) if not word[:1].isdigit() and not word.isupper() else None
    return str(value) if value is not None else word


def _to_roman(word: str) -> str:
    value = number_from_words(word) if not word[:1].isdigit() and not word.isupper() else None
    if value is None:
        return word
    out = ""
    for amount, letters in _ROMAN:
        while value >= amount:
            out, value = out + letters, value - amount
    return out


def _congresses(text: str, folded: str) -> list[tuple[str, str]]:
    found = []
    for m in _CONGRESS.finditer(text, folded):
        body = m.group("body") or ""
        before = text[max(0, m.start() - 30) : m.start()]
        if _CONGRESS_REF.search(before):
            continue
        if re.search(r"(?i:toàn quốc|của đảng|trung ương)", body + text[m.end() : m.end() + 12]):
            continue
        number = m.group(2) or m.group(3)
        found.append((_to_roman(number), m.group(0)))
    return found


def detect_term(
    text: str, meeting_type: str | None = None, folded: str | None = None
) -> tuple[str | None, str | None]:
    """The committee's term: the congress's number for a congress, else "khóa X" of a Party body.

    `folded` is fold_case(text) when the caller has it (layout.folded)."""
    folded = fold_case(text) if folded is None else folded
    congresses = _congresses(text, folded)
    if meeting_type == "dai_hoi" and congresses:
        return congresses[0]
    for m in _KHOA.finditer(text, folded):
        if not _KHOA_NOT_PARTY.search(text[max(0, m.start() - 60) : m.start()]):
            return m.group(1), m.group(0)
    numbers = {number for number, _ in congresses}
    if len(numbers) == 1:
        return congresses[0]
    return None, None


def detect_session(
    text: str, meeting_type: str | None = None, folded: str | None = None
) -> tuple[str | None, str | None]:
    """ "Hội nghị lần thứ 25", "Hội nghị Tỉnh ủy lần thứ tư" → "25", "4" (not a congress).

    `folded` is fold_case(text) when the caller has it (layout.folded)."""
    if meeting_type == "dai_hoi":
        return None, None
    for m in _SESSION.finditer(text, folded):
        if re.search(r"(?i:trung ương|đại hội)", m.group("body") + text[m.end() : m.end() + 30]):
            continue
        if re.search(r"(?i:của)\s*$", text[max(0, m.start() - 8) : m.start()]):
            continue
        return _to_arabic(m.group(2)), m.group(0)
    return None, None


def detect_period(
    text: str, layout: Layout, anchor: int | None = None, meeting_type: str | None = None
) -> tuple[str | None, str | None]:
    """The reporting period as written: "quý I/2023", "6 tháng đầu năm 2021", "năm 2024"."""
    folded = layout.folded
    if meeting_type == "dai_hoi":
        term = _PERIOD_TERM.search(text, folded)
        if term:
            return term.group(0), term.group(0)
    subs = [m for m in _PERIOD_SUB.finditer(text, folded) if _is_reporting(m, text)]
    if subs:
        if anchor is not None:
            paragraph = layout.paragraph_of(anchor)
            same = [m for m in subs if layout.paragraph_of(m.start()) == paragraph]
            if same:
                return same[0].group(0), same[0].group(0)
        return subs[0].group(0), subs[0].group(0)
    year = _PERIOD_YEAR.search(text, folded)
    if year:
        return year.group(1), year.group(0)
    session, _ = detect_session(text, meeting_type, folded)
    if _CONGRESS_TERM.search(text, folded) or session == "1":
        term = _PERIOD_TERM.search(text, folded)
        if term:
            return term.group(0), term.group(0)
    return None, None


def _is_reporting(m: re.Match[str], text: str) -> bool:
    """ "6 tháng đầu năm", "quý I" report a period; "trong 02 ngày", "sau 3 tháng" do not."""
    value = m.group(0)
    if value.lower().startswith(("quý", "tháng")):
        return True
    count = int(re.match(r"\d+", value).group(0))
    return count in (3, 6, 9) and not re.search(
        r"(?i:sau|trong vòng|mất)\s*$", text[max(0, m.start() - 12) : m.start()]
    )
