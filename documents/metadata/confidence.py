"""How far to trust each extracted field, from the rule that decided it (0 to 1).

The numbers are calibrated on the devset's known and tune parts (never the blind part): each is
the rule's measured accuracy there, with the rule's hand-set rank as a prior worth four documents
((right + 4 * prior) / (n + 4)), capped at 0.97 because rules written against those documents
measure better on them than on new ones. `manage.py evaluate_extraction` reports accuracy by
confidence bucket, on any part, to check them. A missing value is trusted when the gold's
conventions make it right (a Party committee's meeting names no chair more often than not) and
doubted where a value was expected (a working session names its visiting leader); a meeting
without a date is doubted whatever the measure, because staff can supply it. Fields under
REVIEW_BELOW are listed for staff in the admin's review list.
"""

from __future__ import annotations

import re

from .schema import Metadata

REVIEW_BELOW = 0.6
REVIEWED_FIELDS = ("title", "date", "province", "meeting_type", "level", "chair")

_YEAR_SOURCES = {
    "written": 0.97,
    "the page's date": 0.97,
    "the URL": 0.64,  # measured on one document only: the prior dominates
    "this or the previous sentence": 0.9,
    "the congress's term": 0.89,
    "the anniversary": 0.76,
    "the reporting period": 0.73,
    "a full date near in time": 0.67,
    "the congress being prepared": 0.68,
}
_TITLE_RULES = {"reader title": 0.9, "subject line": 0.95, "headline": 0.85, "first sentence": 0.55}
_MEETING_KINDS = {"explicit": 0.95, "subject": 0.89, "ceremony": 0.85}
_CHAIR_FALLBACKS = {"khai mạc": 0.77, "chỉ đạo": 0.7, "kết luận": 0.77}
# no chair named: right for a committee's own meeting as often as not, wrong for a working session
_NO_CHAIR = {"lam_viec": 0.23, "ban_chap_hanh": 0.88, "ban_thuong_vu": 0.88, "thuong_truc": 0.88}


def _date(meta: Metadata) -> float:
    evidence = meta.evidence.get("date") or ""
    if meta.date is None:
        # right by the gold's conventions when the text gives no year, but staff can often supply
        # the date from elsewhere: a meeting without one stays on the review list
        return 0.35 if meta.meeting_type else 0.8
    source = re.search(r"year: ([^)]+)\)$", evidence)
    if source:
        return _YEAR_SOURCES.get(source.group(1), 0.5)
    if re.match(r"\d{4}-\d{2}-\d{2}$", meta.date):
        return 0.93  # a notice's own date line, or the page's date when the text names no day
    return 0.85  # a month or a year only


def _chair(meta: Metadata) -> float:
    evidence = meta.evidence.get("chair") or ""
    if meta.chair is None:
        return _NO_CHAIR.get(meta.meeting_type or "", 0.9)
    if evidence in _CHAIR_FALLBACKS:
        return _CHAIR_FALLBACKS[evidence]
    return 0.97 if "chủ trì" in evidence.casefold() else 0.8


def field_confidence(meta: Metadata, meeting_kind: str | None) -> dict[str, float]:
    """field name -> confidence for the fields staff review."""
    meeting = _MEETING_KINDS.get(meeting_kind or "", 0.0)
    if meta.meeting_type is None:
        # no meeting found: right for a page about something else, doubtful on a Party body's page
        meeting = 0.78 if meta.level else 0.85
    return {
        "title": _TITLE_RULES.get(meta.evidence.get("title") or "", 0.3 if meta.title is None else 0.6),
        "date": _date(meta),
        "province": 0.95 if meta.province else 0.24,
        "meeting_type": meeting,
        "level": round(meeting - 0.1, 2) if meta.level else 0.5,
        "chair": _chair(meta),
    }


def fields_to_review(confidence: dict[str, float], checked: list[str] | None = None) -> list[str]:
    """The fields below REVIEW_BELOW that no person has checked yet, in REVIEWED_FIELDS order."""
    done = set(checked or [])
    return [f for f in REVIEWED_FIELDS if f not in done and confidence.get(f, 1.0) < REVIEW_BELOW]
