"""Whether an extracted title is a page's furniture rather than a headline, for the evaluator.

Written apart from the extractor's own list (documents.metadata.titles): a check made of the rule
it checks would agree with it whatever it missed. So it reads other signs, each of a kind of line
a page carries around its story, and names the kind:
- "menu": navigation entries or section names side by side ("Trang chủ | Giới thiệu | Liên
  hệ"), which make up most of the line's words;
- "contact": a telephone number, an e-mail or web address, or a label such as "Hotline:" /
  "Điện thoại:" / "Tổng biên tập:";
- "trial notice": the site says it is on trial ("Phiên bản thử nghiệm", "Website đang chạy thử");
- "outlet name": a paper, a broadcaster or a portal and its place, alone ("Đài Phát thanh và
  Truyền hình Nam Định");
- "letterhead": a formal document's issuer in capitals, alone ("ĐẢNG BỘ TỈNH NAM ĐỊNH");
- "short capitals": a heading of three words or fewer in capitals, a site's or a section's name;
- "timestamp": the page's date and clock time ("... 02/10/2025 17:46");
- "placeholder": a page template's empty value printed as text ("null ...").
"""

from __future__ import annotations

import re

# Entries of a news site's menus and toolbars, and its sections' names; a line made mostly of
# them is navigation. Words a headline uses for its own subject ("văn bản", "thông báo") are left
# out.
_MENU_ENTRIES = (
    "trang chủ", "giới thiệu", "liên hệ", "tiện ích", "bạn cần biết", "sơ đồ trang", "sơ đồ site",
    "tìm kiếm", "đăng nhập", "đăng ký", "thời tiết", "tỷ giá", "giá vàng", "lịch phát sóng",
    "truyền hình trực tuyến", "phát thanh trực tuyến", "video", "ảnh", "media", "multimedia", "podcast",
    "emagazine", "e-magazine", "infographic", "infographics", "longform", "english", "rss", "báo in",
    "quảng cáo", "tòa soạn", "bạn đọc", "góp ý", "hỏi đáp", "tin tức", "tin mới", "tin nóng",
    "xem thêm", "chia sẻ", "in bài", "mới nhất", "đọc nhiều", "thời sự", "xã hội", "kinh tế",
    "văn hóa", "thể thao", "giải trí", "pháp luật", "quốc tế", "du lịch", "sức khỏe", "giáo dục",
    "công nghệ", "đời sống", "chính trị", "xây dựng đảng", "an ninh quốc phòng", "tiếng anh",
)  # fmt: skip
_SEPARATORS = re.compile(r"[|/»>•·›\-–—:,]+")
_ENTRY = re.compile(
    r"(?<!\w)(?:" + "|".join(sorted(map(re.escape, _MENU_ENTRIES), key=len, reverse=True)) + r")(?!\w)",
    re.IGNORECASE,
)

# A telephone number: a mobile or area code ("0236.3822.123", "(0237) 385 2222", "+84 912 345
# 678") or a hotline's 1900/1800, then eight digits or more in one run of digits, spaces, dots,
# dashes and brackets. A sum of money ("1.500.000.000 đồng") starts otherwise; a date or a term
# of office ("2020 - 2025") has fewer digits.
_PHONE = re.compile(r"(?<!\d)(?:\+84|\(0\d{1,3}\)|0|1[89]00)[\d().\s-]{6,}\d")
_ADDRESS = re.compile(r"\S+@\S+\.\w{2,}|\bwww\.|https?://|\.(?:vn|com|net|org)(?:/|\b)", re.IGNORECASE)
_CONTACT_LABEL = re.compile(
    r"(?:hotline|đường dây nóng|điện thoại|đt|tel|fax|e-?mail|địa chỉ|tổng biên tập|"
    r"giấy phép(?: số)?|bản quyền|chịu trách nhiệm)\s*:",
    re.IGNORECASE,
)
# The site's own trial, not a trial a story reports ("vận hành thử nghiệm nhà máy"): a version,
# or a site, portal or page on trial.
_ON_TRIAL = re.compile(
    r"(?:phiên bản|\bbản)\s+(?:chạy\s+)?thử(?: nghiệm)?\b|"
    r"(?:website|trang web|trang thông tin|cổng thông tin)\b.{0,40}\bthử nghiệm\b|\bbeta\b",
    re.IGNORECASE,
)
# An outlet: the kind of medium first, then only its name (capitalised words) and the words such
# names are made of.
_OUTLET = re.compile(
    r"^(?:báo(?! cáo| chí)|đài phát thanh|đài truyền hình|đài|truyền hình|cổng thông tin|"
    r"trang thông tin|tạp chí|thông tấn xã)\b",
    re.IGNORECASE,
)
_OUTLET_WORDS = {
    "báo", "đài", "phát", "thanh", "truyền", "hình", "cổng", "trang", "thông", "tin", "điện", "tử",
    "tạp", "chí", "tấn", "xã", "và", "online", "tỉnh", "thành", "phố", "huyện", "đảng", "bộ", "của",
}  # fmt: skip
# A formal document's issuer, written first on its letterhead.
_ISSUER = re.compile(
    r"^(?:TỈNH ỦY|THÀNH ỦY|HUYỆN ỦY|QUẬN ỦY|THỊ ỦY|ĐẢNG ỦY|ĐẢNG BỘ|BAN CHẤP HÀNH|BAN THƯỜNG VỤ|"
    r"ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|ỦY BAN NHÂN DÂN)\b"
)
# Words of what a headline in capitals reports, which a letterhead never holds.
_REPORTED = re.compile(
    r"\b(?:HỌP|HỘI NGHỊ|ĐẠI HỘI|KẾT LUẬN|THÔNG BÁO|NGHỊ QUYẾT|CHỈ THỊ|QUYẾT ĐỊNH|BÁO CÁO|BẦU|"
    r"LÀM VIỆC|TỔ CHỨC|TRIỂN KHAI|QUÁN TRIỆT|VỀ)\b"
)
_LETTERHEAD_WORDS = 8
_TIMESTAMP = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*[,|-]?\s*\d{1,2}[:h]\d{2}\b")
_PLACEHOLDER = re.compile(r"^(?:null|undefined)\b")
_MOST = 0.6  # a menu's entries make up this share of its words or more
_SHORT_CAPITALS = 3  # words


def _words(text: str) -> list[str]:
    return _SEPARATORS.sub(" ", text).split()


def _in_capitals(title: str) -> bool:
    letters = [ch for ch in title if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def _is_menu(title: str) -> bool:
    """Menu entries, each capitalised as a menu writes it ("Bạn cần biết Tiện ích Liên hệ"),
    make up most of the words: a headline's "phát triển kinh tế - xã hội" is no menu."""
    words = _words(title)
    entries = [m.group(0) for m in _ENTRY.finditer(" ".join(words)) if m.group(0)[0].isupper()]
    covered = sum(len(entry.split()) for entry in entries)
    return bool(entries) and covered / len(words) >= _MOST


def _has_contact(title: str) -> bool:
    if _ADDRESS.search(title) or _CONTACT_LABEL.search(title):
        return True
    return any(sum(ch.isdigit() for ch in run) >= 8 for run in _PHONE.findall(title))


def _is_outlet_name(title: str) -> bool:
    if not _OUTLET.match(title):
        return False
    rest = [w for w in _words(title) if w.casefold() not in _OUTLET_WORDS]
    return len(rest) <= 4 and all(w[0].isupper() or w.isdigit() for w in rest)


def _is_letterhead(title: str) -> bool:
    return (
        _in_capitals(title)
        and bool(_ISSUER.match(title))
        and len(_words(title)) <= _LETTERHEAD_WORDS
        and not _REPORTED.search(title)
    )


_KINDS = (
    ("placeholder", lambda title: bool(_PLACEHOLDER.match(title))),
    ("menu", _is_menu),
    ("contact", _has_contact),
    ("trial notice", lambda title: bool(_ON_TRIAL.search(title))),
    ("outlet name", _is_outlet_name),
    ("letterhead", _is_letterhead),
    ("short capitals", lambda title: _in_capitals(title) and len(_words(title)) <= _SHORT_CAPITALS),
    ("timestamp", lambda title: bool(_TIMESTAMP.search(title))),
)


def furniture_kind(title: str) -> str | None:
    """The kind of page furniture ``title`` is (see the module's docstring), or None when it
    reads as a headline."""
    title = " ".join(title.split())
    return next((kind for kind, test in _KINDS if test(title)), None)
