"""The queries a benchmark times: words and phrases the corpus holds, as users type them."""

from __future__ import annotations

WORDS = (
    "kinh tế",
    "chuyển đổi số",
    "cán bộ",
    "Ban Thường vụ",
    "đầu tư",
    "an ninh",
    "nông thôn mới",
    "phát triển kinh tế",
    "Tỉnh ủy",
    "nhiệm vụ",
)
PHRASES = (
    '"Ban Chấp hành"',
    '"chuyển đổi số"',
    '"phát triển kinh tế"',
    '"Ban Thường vụ Tỉnh ủy"',
    '"xây dựng Đảng"',
    '"quốc phòng"',
)
FOLDED = (
    "kinh te",
    "chuyen doi so",
    "can bo",
    "ban thuong vu",
    "dau tu",
    "phat trien kinh te",
)
FACET_PROVINCES = ("Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Lai Châu", "Long An", "Gia Lai")
