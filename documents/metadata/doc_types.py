"""doc_type: a formal document by its heading ("THÔNG BÁO KẾT LUẬN", "NGHỊ QUYẾT", ...), else a news
report."""

from __future__ import annotations

import re

_HEADINGS = [
    ("nghi_quyet", re.compile(r"^NGHỊ QUYẾT\b")),
    ("chi_thi", re.compile(r"^CHỈ THỊ\b")),
    ("bao_cao", re.compile(r"^BÁO CÁO\b")),
    ("ket_luan", re.compile(r"^KẾT LUẬN\b")),
    ("thong_bao", re.compile(r"^THÔNG BÁO\b")),
]


def detect_doc_type(text: str) -> tuple[str | None, str | None]:
    """From the heading of a formal document; otherwise a news report."""
    lines = [line.strip(" *#") for line in text[:3000].split("\n") if line.strip(" *#")]
    for i, line in enumerate(lines[:15]):
        if not line.isupper():
            continue
        for doc_type, pattern in _HEADINGS:
            if pattern.match(line):
                if doc_type == "thong_bao":
                    following = " ".join([line, *lines[i + 1 : i + 3]]).upper()
                    return ("thong_bao_ket_luan" if "KẾT LUẬN" in following else "other"), line
                return doc_type, line
    return ("news", None) if re.search(r"[^\W\d_]{2,}", text[:5000]) else (None, None)
