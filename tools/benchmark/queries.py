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
# Queries of three to six words, few documents holding all of them: the search runs its tiers
# ("all the words", then "most of them"), each word pair is looked for near each other, and
# FTS5 (every word required) answers a short list.
LONG = (
    "kiểm tra giám sát kỷ luật đảng viên",
    "giải ngân vốn đầu tư công",
    "đẩy mạnh cải cách hành chính chuyển đổi số",
    "quốc phòng an ninh hệ thống chính trị",
    "thu ngân sách du lịch giảm nghèo",
    "xây dựng Đảng trong sạch vững mạnh",
)
FACET_PROVINCES = ("Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Lai Châu", "Long An", "Gia Lai")
