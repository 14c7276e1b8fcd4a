"""A learned choice among the meeting-date candidates the rules find (dates.py).

The rules find the candidates ("Sáng 26-12", "ngày 3.8", "từ ngày 17 đến 19/9", ...), resolve each
one's year and pick one (dates.rule_choice). Here each candidate is described by a few yes/no
features — the rule's pick, where it stands against the sentence that names the meeting, how its
year was found, how far before the page's own date it falls, a clock time beside it — and scored
with the weights of date_choice.json; the best-scored candidate is the meeting's date. The weights
are a conditional logistic regression fitted by tools/train_date_choice.py on the devset's known
and tune parts only (rows of features, no text, in eval/date_choice_rows.jsonl). Without the file
the rule's pick stands, and it stands on a tie.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

WEIGHTS_FILE = Path(__file__).with_name("date_choice.json")

_TIME_OF_DAY = re.compile(r"(?i:sáng|chiều|tối|trưa|đêm)")
_WEEKDAY = re.compile(r"(?i:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|\d)|chủ nhật)")
# a clock time: "8 giờ", "14h30", "lúc 8h", "14:00"
_CLOCK = re.compile(r"\d{1,2}\s*(?:giờ|h(?:\s*\d{2})?\b|:\d{2})|(?i:lúc)\s+\d")
_MEETING_WORD = re.compile(r"(?i:họp|hội nghị|đại hội|làm việc|phiên|kỳ họp)")
_CLOCK_CHARS = 40
_HEAD_CHARS = 300
_WEEK = 7
_SEASON = 62


@dataclass
class Option:
    """One candidate as the meeting's date: the date and evidence it would give, its features."""

    candidate: Any  # dates._Found
    date: str | None
    evidence: str | None
    features: list[str]


def _sentence_distance(layout, pos: int, anchor: int | None) -> str:
    if anchor is None:
        return "no meeting named"
    distance = layout.sentence_of(pos) - layout.sentence_of(anchor)
    if distance == 0:
        return "the meeting's sentence"
    side = "before" if distance < 0 else "after"
    return f"{'one sentence' if abs(distance) == 1 else 'sentences'} {side} the meeting's"


def _page_relation(value: str | None, published: date | None) -> str:
    if value is None or published is None or len(value) != 10:
        return "page date: none"
    try:
        days = (published - date.fromisoformat(value)).days
    except ValueError:
        return "page date: none"
    if days < 0:
        return "page date: before the meeting"
    if days == 0:
        return "page date: the same day"
    if days <= _WEEK:
        return "page date: within a week after"
    return "page date: within two months after" if days <= _SEASON else "page date: later"


def features(
    candidate: Any,
    index: int,
    count: int,
    rule_pick: bool,
    text: str,
    layout,
    anchor: int | None,
    value: str | None,
    year_source: str | None,
    published: date | None,
    another_bodys_act: bool,
) -> list[str]:
    """The yes/no features of one candidate (their names; a feature absent is a no)."""
    start, end = layout.sentence_span(candidate.pos, len(text))
    sentence = text[start:end]
    near = text[max(0, candidate.pos - _CLOCK_CHARS) : candidate.pos + len(candidate.span) + _CLOCK_CHARS]
    found = [
        _sentence_distance(layout, candidate.pos, anchor),
        f"year: {year_source or 'none'}",
        _page_relation(value, published),
    ]
    if rule_pick:
        found.append("the rule's pick")
    if anchor is not None and layout.paragraph_of(candidate.pos) == layout.paragraph_of(anchor):
        found.append("the meeting's paragraph")
    if index == 0:
        found.append("the first candidate")
    if count == 1:
        found.append("the only candidate")
    if candidate.last_day is not None:
        found.append("a range of days")
    if candidate.span.startswith("("):
        found.append("in brackets")
    if _TIME_OF_DAY.match(candidate.span):
        found.append("after a time of day")
    if _WEEKDAY.search(candidate.span):
        found.append("with a weekday")
    if _CLOCK.search(near):
        found.append("a clock time near")
    if _MEETING_WORD.search(sentence):
        found.append("a meeting word in its sentence")
    if candidate.pos < _HEAD_CHARS:
        found.append("in the text's head")
    if another_bodys_act:
        found.append("another body's act")
    return found


def score(option_features: list[str], weights: dict[str, float]) -> float:
    return sum(weights.get(name, 0.0) for name in option_features)


def choose(options: list[Option], rule_index: int, weights: dict[str, float] | None) -> int:
    """The index of the best-scored option; the rule's pick without weights or on a tie."""
    if not weights or not options:
        return rule_index
    best = rule_index
    best_score = score(options[rule_index].features, weights)
    for i, option in enumerate(options):
        s = score(option.features, weights)
        if s > best_score:
            best, best_score = i, s
    return best


@lru_cache(maxsize=1)
def shipped_weights() -> dict[str, float] | None:
    """date_choice.json's weights, or None when the file is missing or unreadable."""
    try:
        data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
        return {str(k): float(v) for k, v in data["weights"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
