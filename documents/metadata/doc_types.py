"""doc_type: a formal document by its heading ("THÔNG BÁO KẾT LUẬN", "NGHỊ QUYẾT", ...), else a news
report."""

from __future__ import annotations

import re

from documents.vietnamese.normalize import fold

# A heading's first words, folded and written together: a scanned or printed-from-Word notice
# often reaches us with a letter split off or a tone misread ("K ÉT LUẬN", "THÔNG BẢO"), and
# the heading is still the heading.
_HEADINGS = [
    ("nghi_quyet", "NGHIQUYET"),
    ("chi_thi", "CHITHI"),
    ("bao_cao", "BAOCAO"),
    ("ket_luan", "KETLUAN"),
    ("thong_bao", "THONGBAO"),
]
_MAX_PIECES = 4


def heading_kind(line: str) -> str | None:
    """The kind of formal document a line in capitals heads, or None: its first words, joined
    without spaces and folded, must spell the heading exactly ("CHI THIẾT" heads nothing)."""
    if not line.isupper():
        return None
    pieces = fold(line).split()[:_MAX_PIECES]
    for doc_type, spelled in _HEADINGS:
        joined = ""
        for piece in pieces:
            joined += piece
            if joined == spelled:
                return doc_type
            if not spelled.startswith(joined):
                break
    return None


def detect_doc_type(text: str) -> tuple[str | None, str | None]:
    """From the heading of a formal document; otherwise a news report."""
    lines = [line.strip(" *#") for line in text[:3000].split("\n") if line.strip(" *#")]
    for i, line in enumerate(lines[:15]):
        doc_type = heading_kind(line)
        if doc_type == "thong_bao":
            following = fold(" ".join([line, *lines[i + 1 : i + 3]])).upper().replace(" ", "")
            return ("thong_bao_ket_luan" if "KETLUAN" in following else "other"), line
        if doc_type:
            return doc_type, line
    return ("news", None) if re.search(r"[^\W\d_]{2,}", text[:5000]) else (None, None)
