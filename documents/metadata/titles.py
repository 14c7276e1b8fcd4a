"""The title: the reader's hint, the subject line of a formal notice, or a news headline."""

from __future__ import annotations

import re

_NOT_HEADLINE = re.compile(
    r"^(?:date \d{4}|(?i:thứ)\s|\d{1,2}/\d{1,2}/\d{4}|>>|(?i:video|ảnh|nguồn|tin cùng|xem tin|thời sự)\b)"
)


def detect_title(
    text: str, doc_type: str | None = None, hint: str | None = None
) -> tuple[str | None, str | None]:
    """(title, evidence)."""
    if hint and hint.strip():
        return " ".join(hint.split()), "reader title"
    head = text[:4000]
    lines = [line.strip(" *#") for line in head.split("\n")]
    lines = [line for line in lines if line]
    if doc_type and doc_type != "news":
        for i, line in enumerate(lines[:10]):
            if line.isupper() and re.match(r"(?:THÔNG BÁO|KẾT LUẬN|NGHỊ QUYẾT|CHỈ THỊ|BÁO CÁO)\b", line):
                following = [
                    x for x in lines[i + 1 : i + 4] if not re.match(r"(?i:ngày|sáng|chiều)\s|\d+\.\s", x)
                ]
                subject = [line, *following[:2]]
                title = " ".join(subject)
                return title[:400], title[:400]
    for line in lines[:6]:
        line = re.sub(r"^date \d{4}-\d{1,2}(?:-\d{1,2})?\s*", "", line)
        if not line or _NOT_HEADLINE.match(line):
            continue
        if 15 <= len(line) <= 200 and not line.endswith((".", ":", ";")):
            return line, line
        break
    return None, None
