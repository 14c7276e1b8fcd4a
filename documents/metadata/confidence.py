"""How far to trust each extracted field, from the rule that decided it (0 to 1).

The numbers rank rules, they are not calibrated probabilities: a date whose year is written or
comes from the page's own date beats one whose year was borrowed from a reporting period; a chair
the text says "chủ trì" beats one who only opened the meeting; a headline beats a first sentence.
A missing value is trusted when nothing calls for it (no meeting, no date) and doubted when the
text reports a meeting that should have one. Fields under REVIEW_BELOW are listed for staff in
the admin's review list.
"""

from __future__ import annotations

import re

from .schema import Metadata

REVIEW_BELOW = 0.6
REVIEWED_FIELDS = ("title", "date", "province", "meeting_type", "level", "chair")

_YEAR_SOURCES = {
    "written": 0.95,
    "the page's date": 0.9,
    "the URL": 0.8,
    "this or the previous sentence": 0.75,
    "the congress's term": 0.7,
    "the congress being prepared": 0.6,
    "the anniversary": 0.7,
    "the reporting period": 0.6,
    "a full date near in time": 0.5,
}
_TITLE_RULES = {"reader title": 0.9, "subject line": 0.95, "headline": 0.85, "first sentence": 0.55}
_MEETING_KINDS = {"explicit": 0.9, "subject": 0.75, "ceremony": 0.55}
_CHAIR_FALLBACKS = {"khai mạc": 0.6, "chỉ đạo": 0.55, "kết luận": 0.6}
# meetings that always have someone in the chair
_CHAIRED = {"ban_chap_hanh", "ban_thuong_vu", "thuong_truc", "lam_viec"}


def _date(meta: Metadata) -> float:
    evidence = meta.evidence.get("date") or ""
    if meta.date is None:
        return 0.35 if meta.meeting_type else 0.8
    source = re.search(r"year: ([^)]+)\)$", evidence)
    if source:
        return _YEAR_SOURCES.get(source.group(1), 0.5)
    if re.match(r"\d{4}-\d{2}-\d{2}$", meta.date):
        return 0.9  # a notice's own date line, or the page's date when the text names no day
    return 0.5  # a month or a year only


def _chair(meta: Metadata) -> float:
    evidence = meta.evidence.get("chair") or ""
    if meta.chair is None:
        return 0.4 if meta.meeting_type in _CHAIRED else 0.8
    if evidence in _CHAIR_FALLBACKS:
        return _CHAIR_FALLBACKS[evidence]
    return 0.9 if "chủ trì" in evidence.casefold() else 0.7


def field_confidence(meta: Metadata, meeting_kind: str | None) -> dict[str, float]:
    """field name -> confidence for the fields staff review."""
    meeting = _MEETING_KINDS.get(meeting_kind or "", 0.0)
    if meta.meeting_type is None:
        # no meeting found: right for a page about something else, doubtful on a Party body's page
        meeting = 0.5 if meta.level else 0.85
    return {
        "title": _TITLE_RULES.get(meta.evidence.get("title") or "", 0.3 if meta.title is None else 0.6),
        "date": _date(meta),
        "province": 0.85 if meta.province else 0.3,
        "meeting_type": meeting,
        "level": round(meeting - 0.1, 2) if meta.level else 0.5,
        "chair": _chair(meta),
    }


def fields_to_review(confidence: dict[str, float], checked: list[str] | None = None) -> list[str]:
    """The fields below REVIEW_BELOW that no person has checked yet, in REVIEWED_FIELDS order."""
    done = set(checked or [])
    return [f for f in REVIEWED_FIELDS if f not in done and confidence.get(f, 1.0) < REVIEW_BELOW]
