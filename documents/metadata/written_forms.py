"""Forms a page gives the words of a Party meeting that the meeting wordings do not read as written.

- A committee's name broken across lines ("Ban Chấp hành\\nĐảng bộ tỉnh", "Tỉnh\\nủy"): the line
  break is a wrap, not a sentence's end (join_wrapped_names).
- A headline in capitals ("HỘI NGHỊ HUYỆN ỦY CAM LÂM LẦN THỨ 6"), in sentence case ("Hội nghị
  huyện ủy cam lâm lần thứ 6") or without diacritics ("Hoi nghi Ban Thuong vu Tinh uy"): the
  wordings tell a committee's name by its capitals and its marks, so such a line is read as a body
  would write it (as_body_writes): its words capitalized, the words of meetings as a body writes them.

Both keep every character's position (one character for one), so what is found in the rewritten
text is at the same place in the page's own.
"""

from __future__ import annotations

import re

from documents.vietnamese.normalize import fold

# (last word of a line, first word of the next) inside a committee's or a meeting's name; the
# second word lower case where a new line could begin with it ("Đảng bộ\nxã", never "Đảng bộ\nXã")
_WRAPS = re.compile(
    r"(?i:\bban)\n(?i:chấp|thường)\b|(?i:\bchấp)\nhành\b|(?i:\bhành)\n(?i:đảng)\b"
    r"|(?i:\bthường)\n(?:vụ|trực)\b|(?i:\b(?:vụ|trực))\n(?i:tỉnh|thành|huyện|quận|thị|đảng)\b"
    r"|(?i:\bđảng)\n(?:bộ|ủy)\b|(?i:\b(?:bộ|ủy))\n(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường"
    r"|đặc khu|Khối|khối|các)\b|(?i:\b(?:tỉnh|thành|huyện|quận|thị))\nủy\b|(?i:\bhội)\nnghị\b"
)


_LAST_WORD = re.compile(r"\w{1,6}\Z")  # the longest word _WRAPS reads before a break: "thường"


def join_wrapped_names(text: str) -> str:
    """The text with each line break inside a committee's name made a space."""
    # _WRAPS is tried only at the word before each line break (a page has few): tried at every
    # position of the text, its leading alternation cost more than the rest of the extraction
    joined, break_at = None, text.find("\n")
    while break_at >= 0:
        word = _LAST_WORD.search(text, max(0, break_at - 7), break_at)
        if word and _WRAPS.match(text, word.start()):
            joined = joined or list(text)
            joined[break_at] = " "
        break_at = text.find("\n", break_at + 1)
    return text if joined is None else "".join(joined)


# The words of meetings and committees as a body writes them. A line in capitals or without marks
# gets these where its letters (lower case, or without marks) match, whole words only.
_CANONICAL = (
    "Hội nghị", "Ban Chấp hành", "Ban Thường vụ", "Thường trực", "Đảng bộ", "Đảng ủy", "Tỉnh ủy",
    "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy", "Đại hội", "đại biểu", "lần thứ", "khóa", "nhiệm kỳ",
    "họp", "giao ban", "làm việc", "với", "tại", "của", "tổ chức", "kỳ họp", "phiên", "thường kỳ",
    "mở rộng", "tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu",
    "Khối", "các cơ quan", "Đoàn công tác", "kiểm tra", "giám sát", "thăm", "và", "bế mạc", "khai mạc",
    "cho ý kiến", "thảo luận", "nghe", "lễ", "kỷ niệm", "trao", "quán triệt", "học tập", "triển khai",
    "tháng", "quý", "sơ kết", "tổng kết", "đánh giá", "kết quả", "công tác", "về", "đồng chí", "Bí thư",
    # what says a congress or a meeting is cited, or another body's
    "Nghị quyết", "văn kiện", "chuẩn bị", "chào mừng", "hướng tới", "tiến tới", "Hội", "Đoàn",
    "Công đoàn", "Mặt trận", "Nông dân", "Phụ nữ", "Cựu chiến binh", "Thanh niên", "Liên đoàn Lao động",
)  # fmt: skip


def _phrase_scan(keys: dict[str, str]) -> re.Pattern[str]:
    alternatives = sorted(keys, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, alternatives)) + r")(?!\w)")


_BY_LOWER = {phrase.lower(): phrase for phrase in _CANONICAL}
_BY_FOLDED = {fold(phrase).lower(): phrase for phrase in _CANONICAL}
_LOWER_SCAN = _phrase_scan(_BY_LOWER)
_FOLDED_SCAN = _phrase_scan(_BY_FOLDED)

_MARKED = re.compile("[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]", re.I)
_LINE = re.compile(r"[^\n]+")
# the page's date line (DESIGN.md "Metadata"), which the headline follows on the same line
_PAGE_DATE = re.compile(r"\s*date \d{4}-\d{2}(?:-\d{2})?\s+")
_LINE_CHARS = (8, 200)  # a headline's length: a paragraph is written as a body writes
_WORD = re.compile(r"[^\W\d_]+")
# a Vietnamese syllable's shape; a word in capitals of another shape is initials (UBND, HĐND, BCH)
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    r"[aăâeêioôơuưyàáạảãầấậẩẫằắặẳẵèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]+"
    r"(?:ng|nh|ch|[cmnpt])?"
)


def _in_capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 6 and not any(c.islower() for c in letters)


def _in_sentence_case(line: str) -> bool:
    """A headline with a capital only at its start ("Thường trực tỉnh ủy giao ban tháng 10"): a
    sentence of a body names something with a capital, or ends with a stop."""
    if line.rstrip().endswith((".", "!", "?", ":", ";")):
        return False
    words = _WORD.findall(line)
    return len(words) >= 4 and not any(c.isupper() for c in line.lstrip()[1:])


def _title_cased(line: str) -> str:
    def word(m: re.Match[str]) -> str:
        w = m.group(0).lower()
        return w[:1].upper() + w[1:] if _SYLLABLE.fullmatch(fold(w)) else m.group(0)

    titled = _WORD.sub(word, line)
    return titled if len(titled) == len(line) else line


def _replace(line: str, key_text: str, scan: re.Pattern[str], canonical: dict[str, str]) -> str:
    parts, end = [], 0
    for m in scan.finditer(key_text):
        parts += [line[end : m.start()], canonical[m.group(0)]]
        end = m.end()
    return "".join([*parts, line[end:]])


def _rewrite_line(line: str) -> str:
    if not _LINE_CHARS[0] <= len(line) <= _LINE_CHARS[1]:
        return line
    marked = bool(_MARKED.search(line))
    if _in_capitals(line) or _in_sentence_case(line):
        written = _title_cased(line)
    elif marked or sum(1 for _ in _WORD.finditer(line)) < 3:
        return line
    else:
        written = line
    lower = written.lower()
    if len(lower) != len(written):
        return line
    if marked:
        return _replace(written, lower, _LOWER_SCAN, _BY_LOWER)
    return _replace(written, lower, _FOLDED_SCAN, _BY_FOLDED)


def _rewrite(m: re.Match[str]) -> str:
    page_date = _PAGE_DATE.match(m.group(0))
    if page_date:
        return page_date.group(0) + _rewrite_line(m.group(0)[page_date.end() :])
    return _rewrite_line(m.group(0))


def as_body_writes(text: str) -> str:
    """The text with each line in capitals or without diacritics written as a body writes it."""
    return _LINE.sub(_rewrite, text)
