"""A learned choice among a text's meeting-date candidates (a conditional logit over candidates).

The rules in dates.py say which dates are candidates; this module says which candidate is the
meeting's when there are several different ones. Each candidate is described by general features
of its context (where it stands, how near the meeting's words, whether it sits in a cited
document's, an anniversary's or a birth's context, how it relates to the page's own date) and the
weights come from tools/train_date_ranker.py, fitted on the devset's known and tune parts only and
shipped as date_ranker.json. The score's softmax is the choice's probability, which the date's
confidence uses.
"""

from __future__ import annotations

import json
import math
import re
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from .spans import Layout

WEIGHTS_FILE = Path(__file__).with_name("date_ranker.json")

_MEETING_WORDS = re.compile(
    r"(?i:họp|hội nghị|phiên|kỳ họp|chủ trì|làm việc|đại hội|khai mạc|bế mạc|diễn ra|tổ chức)"
)
_CHAIR_WORDS = re.compile(r"(?i:chủ trì|khai mạc|kết luận|phát biểu chỉ đạo)")
_CITED_WORDS = re.compile(
    r"(?i:nghị quyết|kết luận|quyết định|chỉ thị|thông báo|kế hoạch|công văn|ban hành|hướng dẫn|quy định)"
    r"[^.;\n]{0,40}(?i:ngày)\s*$"  # "Kết luận số 12-KL/TU ngày 5/3": the document's date, cited
)
_ANNIVERSARY = re.compile(r"(?i:kỷ niệm|năm ngày|thành lập|truyền thống|ngày sinh)")
_BIRTH = re.compile(r"(?i:sinh\b|sinh năm|qua đời|từ trần|tạ thế)")
_FUTURE = re.compile(r"(?i:dự kiến|sẽ\b|kế hoạch tổ chức|chuẩn bị)")
_PAST = re.compile(r"(?i:\bqua\b|vừa qua|trước đó|đã\b)")
_TIME_WORD = re.compile(r"^(?i:sáng|chiều|tối|trưa|đêm)")

_CONTEXT_CHARS = 300
# the candidates ranked: a real page has a handful; a page of numbers may have thousands
MAX_CANDIDATES = 40

FEATURES = (
    "bias_first",  # the first candidate in the text
    "in_anchor_paragraph",
    "first_in_anchor_paragraph",
    "before_anchor_same_sentence",
    "near_anchor",  # within 300 characters of the meeting's anchor
    "log_distance_anchor",
    "relative_position",
    "in_lead",  # in the text's first 600 characters (past a date line)
    "meeting_words_in_sentence",
    "chair_words_in_sentence",
    "time_word",  # "Sáng 26-12", "Chiều 3/8"
    "written_year",
    "range",
    "cited_context",
    "anniversary_context",
    "birth_context",
    "future_context",
    "past_context",
    "same_day_as_page",
    "within_week_before_page",
    "after_page",
    "months_before_page",
    "repeated",  # the same day and month written more than once
)


class Candidate(Protocol):
    """A meeting-date candidate as dates.meeting_dates finds it."""

    pos: int
    day: int
    month: int
    year: int | None
    span: str
    last_day: int | None


def _page_day(pages: list) -> date | None:
    for _, year, month, day in pages:
        if day is not None:
            try:
                return date(year, month, day)
            except ValueError:
                return None
    return None


def _days_before_page(c: Candidate, page: date | None) -> int | None:
    """How many days the candidate lies before the page's date (negative: after it), reading a
    day and month without a year in the page's year or, when that is after the page, the one before."""
    if page is None:
        return None
    try:
        when = date(c.year or page.year, c.month, c.day)
        if c.year is None and when > page:
            when = date(page.year - 1, c.month, c.day)
    except ValueError:
        return None
    return (page - when).days


def features(
    candidates: list[Candidate], text: str, layout: Layout, anchor: int | None, pages: list
) -> list[list[float]]:
    """One feature vector (in FEATURES order) per candidate."""
    n = len(text) or 1
    page = _page_day(pages)
    paragraph = layout.paragraph_of(anchor) if anchor is not None else None
    in_paragraph = [paragraph is not None and layout.paragraph_of(c.pos) == paragraph for c in candidates]
    first_in_paragraph = in_paragraph.index(True) if any(in_paragraph) else None
    anchor_sentence = layout.sentence_of(anchor) if anchor is not None else None
    lead_start = text.find("\n") + 1 if text.startswith("date ") else 0
    counts: dict[tuple[int, int], int] = {}
    for c in candidates:
        counts[(c.month, c.day)] = counts.get((c.month, c.day), 0) + 1
    rows = []
    for i, c in enumerate(candidates):
        s_start, s_end = layout.sentence_span(c.pos, len(text))
        # a sentence read at most a few hundred characters around the candidate: a text that is
        # one endless line must not make every candidate read all of it
        s_start, s_end = max(s_start, c.pos - _CONTEXT_CHARS), min(s_end, c.pos + _CONTEXT_CHARS)
        sentence = text[s_start:s_end]
        before = text[max(s_start, c.pos - 60) : c.pos]  # within its own sentence
        distance = abs(c.pos - anchor) if anchor is not None else n
        gap = _days_before_page(c, page)
        rows.append(
            [
                float(i == 0),
                float(in_paragraph[i]),
                float(first_in_paragraph == i),
                float(anchor is not None and c.pos < anchor and layout.sentence_of(c.pos) == anchor_sentence),
                float(distance <= 300),
                math.log1p(distance) / 10,
                c.pos / n,
                float(c.pos - lead_start < 600),
                float(bool(_MEETING_WORDS.search(sentence))),
                float(bool(_CHAIR_WORDS.search(sentence))),
                float(bool(_TIME_WORD.match(c.span))),
                float(c.year is not None),
                float(c.last_day is not None),
                float(bool(_CITED_WORDS.search(before))),
                float(bool(_ANNIVERSARY.search(sentence))),
                float(bool(_BIRTH.search(before))),
                float(bool(_FUTURE.search(before))),
                float(bool(_PAST.search(sentence))),
                float(gap == 0),
                float(gap is not None and 0 < gap <= 7),
                float(gap is not None and gap < 0),
                float(gap is not None and gap > 60),
                float(counts[(c.month, c.day)] > 1),
            ]
        )
    return rows


@lru_cache(maxsize=1)
def weights() -> tuple[float, ...] | None:
    """The shipped weights in FEATURES order, or None when the file is missing or stale."""
    try:
        data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if tuple(data.get("features", ())) != FEATURES:
        return None
    return tuple(float(w) for w in data["weights"])


def probabilities(rows: list[list[float]], w: tuple[float, ...]) -> list[float]:
    """Softmax of the candidates' scores: each one's probability of being the meeting's date."""
    scores = [sum(a * b for a, b in zip(row, w, strict=True)) for row in rows]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def rank(
    candidates: list[Candidate], text: str, layout: Layout, anchor: int | None, pages: list
) -> tuple[int, float] | None:
    """(index of the chosen candidate, its probability), or None without shipped weights."""
    w = weights()
    if w is None or not candidates:
        return None
    candidates = candidates[:MAX_CANDIDATES]
    probs = probabilities(features(candidates, text, layout, anchor, pages), w)
    best = max(range(len(candidates)), key=lambda i: (probs[i], -i))
    return best, probs[best]
