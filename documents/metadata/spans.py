"""Small text helpers shared by the field extractors: sentences, paragraphs, name-like words.

Everything here is linear in the length of the text (no nested quantifiers), so a 5 MB line
costs one pass, not a backtracking storm.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .scan import fold_case

# A sentence ends at . ! ? … followed by whitespace, or at a line break. (One character class
# first, so sre scans for the candidates in C.)
_SENTENCE_END = re.compile(r"[.!?…\n](?:(?<=\n)|(?=\s))")
_WORD = re.compile(r"[^\W\d_]+")

# Family names of Vietnamese officials (Kinh and the larger minorities). A capitalized run of
# words only counts as a person's name in a weak context when it starts with one of these.
_SURNAME_TEXT = """Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Lò Mùa Hà Tô Lại
    Trịnh Đinh Lâm Lữ Châu Thái Văn Tạ Đào Thân Mai Lương Trương Cao Đoàn Kiều Quách Tăng Triệu Ông
    Khổng Vi Lục Nông Hứa Lưu Chu Âu Diệp Tống La Mạc Phùng Từ Hàn Thạch Danh Kim Y Ksor
    Điểu Hầu Sùng Giàng Vàng Thào Lầu Lù Tòng Điêu Cầm Quàng Ma Bế Đàm Kha Nay Siu Rơ Doãn
    Khúc Trình Tiêu Văng Mông Chế Thiều Viên Lư Lã Nghiêm Bạch Giáp Phí Cù Tôn Chử Đậu Lỗ Mẫn
    Ngọ Nhữ Tào Tiết Ứng Vương Đồng"""
SURNAMES = frozenset(_SURNAME_TEXT.split())

# Capitalized words that start titles and body names, never a person's name on their own.
_TITLE_WORD_TEXT = """Bí Phó Ủy Chủ Trưởng Chánh Thủ Bộ Ban Tỉnh Thành Huyện Thị Giám Tổng Đại Thượng Trung
    Thiếu Giáo Tiến Thạc Đảng Hội Đoàn Quốc Nhà Sở Khu Cụm Báo Nghị Kết Chỉ Thông Công Nguồn Ảnh
    Video Sáng Chiều Tối Ngày Thứ Tại Theo Trong Phát Đồng Ông Bà Các Tân Nguyên Đồng Thường Hội
    Uỷ Tham Cùng Dự Sau Với Về Đây Đó Năm Tháng Quý Nhân Xã Phường Xem Tin Lễ Mặt Liên"""
TITLE_WORDS = frozenset(_TITLE_WORD_TEXT.split())

# Province names are capitalized runs too: these are places, not people.
NOT_NAMES = frozenset({"Việt Nam", "Trung Quốc", "Hồ Chí Minh", "Đông Nam Á", "Tây Nguyên"})


@dataclass(frozen=True)
class Layout:
    """Sentence and paragraph boundaries of a text, for "same sentence" questions; and the text
    folded to lower case (scan.fold_case), which the extractors' keyword scans read."""

    sentence_starts: list[int]
    paragraph_starts: list[int]
    folded: str = field(repr=False)

    def sentence_of(self, pos: int) -> int:
        return bisect.bisect_right(self.sentence_starts, pos) - 1

    def paragraph_of(self, pos: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, pos) - 1

    def sentence_span(self, pos: int, text_len: int) -> tuple[int, int]:
        i = self.sentence_of(pos)
        end = self.sentence_starts[i + 1] if i + 1 < len(self.sentence_starts) else text_len
        return self.sentence_starts[i], end

    def paragraph_span(self, pos: int, text_len: int) -> tuple[int, int]:
        i = self.paragraph_of(pos)
        end = self.paragraph_starts[i + 1] if i + 1 < len(self.paragraph_starts) else text_len
        return self.paragraph_starts[i], end


def layout(text: str) -> Layout:
    sentences = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
    paragraphs = [0] + [m.end() for m in re.finditer("\n", text)]
    return Layout(sentences, paragraphs, fold_case(text))


def is_capitalized(word: str) -> bool:
    """ "Nguyễn", "A" yes; "HĐND", "nguyên" no."""
    return bool(word) and word[0].isupper() and (len(word) == 1 or word[1:].islower())


_VIETNAMESE_LETTER = re.compile(
    "[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]", re.IGNORECASE
)


def has_vietnamese_words(text: str) -> bool:
    """At least a few letters only Vietnamese writes (ư, ơ, đ, ạ, ...) in the text's head."""
    letters = _VIETNAMESE_LETTER.finditer(text[:20_000])
    return any(count >= 3 for count, _ in enumerate(letters, start=1))
