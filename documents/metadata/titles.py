"""The title: a usable reader title, a formal notice's subject line, a news headline, or else the
first sentence of the text; at most 160 characters, cut at a word boundary.

Never a file name and never site furniture: the lines above a headline on a saved page are often
a section name ("Thời sự", "Chính trị"), a timestamp, a share button, an image tag, a hotline, a
broadcaster's name or a photo's caption; they are short, carry no sentence, or are written without
Vietnamese tone marks (a URL slug). Such lines are skipped rather than listed one by one where a
general mark tells them.
"""

from __future__ import annotations

import re

from .doc_types import heading_kind
from .spans import has_vietnamese_words

MAX_CHARS = 160
# A headline has at least this many words; fewer is a section name or a tag ("Thời sự Bình Dương").
_MIN_HEADLINE_WORDS = 5

_FURNITURE = re.compile(
    r"^(?:date \d{4}|(?i:thứ)\s|(?i:chủ nhật)|\d{1,2}[:/.\-]\d{1,2}|>>|!\[|<|\||\(?\s*(?i:ảnh|video|nguồn|"
    r"tin cùng|xem tin|xem thêm|chia sẻ|hotline|đường dây nóng|phiên bản|bản quyền|trang chủ|đăng nhập|"
    r"theo dõi|lời tòa soạn|tin liên quan|xuất bản|chi tiết bài viết|email|điện thoại|tel|fax|copyright|"
    r"đài phát thanh|đài truyền hình|truyền hình|cổng thông tin|trang thông tin|báo điện tử|in bài|"
    r"cỡ chữ|lượt xem|bình luận|gửi bài|tải về|đọc nhiều|tin mới|tin nổi bật|tin khác|bài liên quan|"
    r"nghe đọc|nghe audio|facebook|zalo|twitter)\b)"
)
# A photo caption is a sentence that ends naming who took or supplied the photo ("Đồng chí ...
# phát biểu tại hội nghị. Ảnh: Minh Hà", "(Ảnh: TTXVN)", "- Ảnh minh họa"): it sits above the
# lead on many pages and reads like one, but it is the picture's, not the story's.
_CAPTION = re.compile(r"[.(\-–—|]\s*(?i:ảnh|nguồn ảnh|video|clip)(?:\s*:|\s+minh họa|\s+tư liệu)[^\n]{0,60}$")
_FILE_NAME = re.compile(r"^[\w.\-]+\.(?:txt|html?|pdf|docx?|rtf|odt|md|json)$|^[\w\-]*_[\w\-]*$", re.I)
# "LCĐT - ", "VOV.VN - ", "(GLO)- ", "TCCSĐT - ": a news agency's mark before the lead
_AGENCY = re.compile(r"^(?:\(?[A-ZĐ][A-ZĐa-z.]{1,11}\)?\s*[-–—]\s*|[-–—•]\s+)")
_DATE_PREFIX = re.compile(r"^date \d{4}-\d{1,2}(?:-\d{1,2})?\s*")
# A formal document's letterhead: the issuing body and its place alone, the national motto, or the
# place and date of signing. Each sits above the heading and is as short as a headline.
_ISSUER = re.compile(
    r"^(?:(?:BAN CHẤP HÀNH |BAN THƯỜNG VỤ )?(?:ĐẢNG BỘ|TỈNH ỦY|THÀNH ỦY|HUYỆN ỦY|QUẬN ỦY|THỊ ỦY|ĐẢNG ỦY)"
    r"(?:\s+[^\s]+){0,4}|ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM)$"
)
_MOTTO = re.compile(r"^(?i:độc lập)\s*[-–—]\s*(?i:tự do)\s*[-–—]\s*(?i:hạnh phúc)$")
_PLACE_AND_DATE = re.compile(
    r"^[^\d,]{2,40},\s*(?i:ngày)\s+\d{1,2}\s+(?i:tháng)\s+\d{1,2}\s+(?i:năm)\s+\d{4}\.?$"
)
# The sections a news or Party site lists in its menus and bars. A line made of them is the site's
# navigation ("Trang chủ | Tin tức - Sự kiện | Văn bản"), however it is separated.
_SECTIONS = (
    "trang chủ", "giới thiệu", "liên hệ", "tiện ích", "bạn cần biết", "sơ đồ trang", "sơ đồ site",
    "tìm kiếm", "đăng nhập", "đăng ký", "tin tức", "sự kiện", "tin tức - sự kiện", "văn bản", "hỏi đáp",
    "thư viện", "thư viện ảnh", "video", "ảnh", "chính trị", "kinh tế", "xã hội", "văn hóa", "thể thao",
    "quốc phòng", "an ninh", "pháp luật", "xây dựng đảng", "hệ thống chính trị", "lịch sử", "tài liệu",
    "danh bạ", "góp ý", "english", "tiếng anh", "thời sự", "media", "podcast", "emagazine",
)  # fmt: skip
_SECTION = re.compile(
    r"(?<!\w)(?:" + "|".join(sorted(map(re.escape, _SECTIONS), key=len, reverse=True)) + r")(?!\w)",
    re.IGNORECASE,
)
# A line is navigation when section names make up this share of its words and there are two or more.
_NAVIGATION_SHARE = 0.8
# What a page's template prints where it had no value ("null Học tập, quán triệt ..."), and the
# clock time a page prints after its headline ("... của tỉnh 02/10/2025 17:46"): neither is the
# headline's.
_PLACEHOLDER = re.compile(r"^(?:null|undefined|None|NaN)\s+(?=\w)")
_TRAILING_STAMP = re.compile(
    r"\s+[|\-–—]?\s*(?:\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}\s*[|\-–—,]?\s*\d{1,2}:\d{2}(?::\d{2})?"
    r"|\d{1,2}:\d{2}(?::\d{2})?\s*[|\-–—,]?\s*\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4})\s*$"
)
_DATED_LINE = re.compile(r"(?i:ngày|sáng|chiều)\s|\d+\.\s")
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)")


def shorten(text: str, limit: int = MAX_CHARS) -> str:
    """The text on one line, cut at the last word boundary that fits `limit` with an ellipsis."""
    text = " ".join(text.split()).strip(" -–—:;,|")
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-–—") + "…"


def is_usable(line: str, written_by_a_person: bool = False) -> bool:
    """Whether a line can be a title: not furniture, not a file name, words (a line of the text
    also needs Vietnamese tone marks; a reader's title was written as a title and need not)."""
    line = line.strip()
    if not line or _FURNITURE.match(line) or _FILE_NAME.match(line) or _CAPTION.search(line):
        return False
    if _is_letterhead(line) or _is_navigation(line):
        return False
    if written_by_a_person:
        return any(c.isalpha() for c in line)
    return has_vietnamese_words(line) and any(c.isalpha() for c in line[:3])


def _is_letterhead(line: str) -> bool:
    return bool((line.isupper() and _ISSUER.match(line)) or _MOTTO.match(line) or _PLACE_AND_DATE.match(line))


def _is_navigation(line: str) -> bool:
    words = len(re.findall(r"\w+", line))
    sections = _SECTION.findall(line)
    covered = sum(len(section.split()) for section in sections)
    return len(sections) >= 2 and covered >= _NAVIGATION_SHARE * words


def _clean(line: str) -> str:
    """A line of the text without its markup, the date line's prefix, a template's placeholder
    or a trailing timestamp."""
    line = _DATE_PREFIX.sub("", line.strip(" *#\t"))
    return _TRAILING_STAMP.sub("", _PLACEHOLDER.sub("", line))


def _first_sentence(line: str) -> str:
    end = _SENTENCE_END.search(line, 20)
    return line[: end.start()] if end else line


def _subject_line(lines: list[str]) -> str | None:
    for i, line in enumerate(lines[:10]):
        if heading_kind(line):
            following = [
                x for x in lines[i + 1 : i + 4] if not re.match(r"(?i:ngày|sáng|chiều)\s|\d+\.\s", x)
            ]
            return " ".join([line, *following[:2]])
    return None


def detect_title(
    text: str, doc_type: str | None = None, hint: str | None = None
) -> tuple[str | None, str | None]:
    """(title, evidence): the evidence says which rule gave it."""
    if hint and is_usable(hint, written_by_a_person=True):
        return shorten(hint), "reader title"
    lines = [_clean(line) for line in text[:6000].split("\n")]
    lines = [line for line in lines if line.strip()]
    if doc_type and doc_type != "news":
        subject = _subject_line(lines)
        if subject:
            return shorten(subject), "subject line"
    usable = [line for line in lines[:12] if is_usable(line)]
    # the first line of a few words is the headline if it is one line of one sentence
    for line in usable[:4]:
        if len(line.split()) >= _MIN_HEADLINE_WORDS:
            if len(line) <= MAX_CHARS + 40 and not _SENTENCE_END.search(line.rstrip(".")):
                return shorten(_AGENCY.sub("", line).rstrip(".")), "headline"
            break
    for line in usable:
        lead = _AGENCY.sub("", line)
        if len(lead.split()) >= _MIN_HEADLINE_WORDS:
            return shorten(_first_sentence(lead)), "first sentence"
    return None, None
