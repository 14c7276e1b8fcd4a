"""The document's own number (số ký hiệu, "104-BB/TU") and the numbers it cites (references)."""

from __future__ import annotations

import re

# 2043-KL/TU, 17-NQ/TU, 05-CT/TW, 104-BB/TU, 12a-TB/HU; not 73/2023/NĐ-CP (a state document).
# Not after a letter, digit, "/" or "-": checked just behind the first digit, so the regex starts
# with \d and sre scans for digits in C instead of trying the lookbehind everywhere.
PARTY_NUMBER = re.compile(r"(\d(?<![\w/\-]\d)\d{0,4}[a-z]?-[A-ZĐ]{1,6}(?:/[A-ZĐ]{1,8}){1,2})(?![\w/])")
_OWN_HEADER = re.compile(r"(?im:^\s*số\s*:?\s*)(\d{1,5}[a-z]?-[A-ZĐ]{1,6}(?:/[A-ZĐ]{1,8}){1,2})")
# a notice conveys the meeting recorded in its minutes: "(Biên bản số 104-BB/TU)"
_OWN_IN_PARENS = re.compile(r"\((?:[^()\n]{0,30}?số\s*)?(\d{1,5}[a-z]?-[A-ZĐ]{1,6}(?:/[A-ZĐ]{1,8}){1,2})\)")
_NOTICES = ("thong_bao_ket_luan", "ket_luan", "nghi_quyet", "chi_thi", "bao_cao", "other")


def detect_number(text: str, doc_type: str | None = None) -> tuple[str | None, str | None]:
    """(number, evidence): a "Số: ..." header line, or in a notice the minutes it conveys."""
    header = _OWN_HEADER.search(text[:1500])
    if header:
        return header.group(1), header.group(0).strip()
    if doc_type in _NOTICES:
        own = _OWN_IN_PARENS.search(text[:5000])
        if own:
            return own.group(1), own.group(0)
    return None, None


def detect_references(text: str, own_number: str | None = None) -> list[str]:
    """Every Party document number cited, in order of first mention, without the own number."""
    seen: dict[str, None] = {}
    for m in PARTY_NUMBER.finditer(text):
        if m.group(1) != own_number:
            seen.setdefault(m.group(1), None)
    return list(seen)
