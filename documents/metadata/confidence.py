"""How far to trust each extracted field, from the rule that decided it (0 to 1).

Each field's value comes from one rule (the date's year from the page's date line, the meeting
type from an explicit "Hội nghị Ban Thường vụ ...", no chair named for a committee's meeting, ...):
rule_keys() names it. confidence.json, written by tools/calibrate_confidence.py, holds for each
field and rule key the probability that such a value is right on a document nobody has tuned a
rule on: the rule's accuracy on the devset's known and tune parts, pooled towards the field's
accuracy there (a rule seen on few documents says little), times the field's transfer ratio — how
much accuracy rules lose on documents they were not written against, measured on the extractor
as it stood when the devset was split (its score on the then unseen tune part over its score on
the known part). Without the discount a rule written against a document looks right on it and the
confidences promise what new documents do not keep. A key the table lacks gets the field's
default. The title has no gold to calibrate against: its numbers are set by hand, as are the caps
of _WANTED. Fields under REVIEW_BELOW are listed for staff in the admin's review list.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from .date_evidence import read_date_evidence
from .dates import DAY_BEFORE_PAGE
from .schema import Metadata

REVIEW_BELOW = 0.6
REVIEWED_FIELDS = ("title", "date", "province", "meeting_type", "level", "chair")
CALIBRATED_FIELDS = ("date", "province", "meeting_type", "level", "chair")
TABLE_FILE = Path(__file__).with_name("confidence.json")

_TITLE_RULES = {"reader title": 0.9, "subject line": 0.95, "headline": 0.85, "first sentence": 0.55}
_CHAIR_FALLBACKS = ("khai mạc", "chỉ đạo", "kết luận")
_FALLBACK = 0.5


def _date_key(meta: Metadata) -> str:
    evidence = meta.evidence.get("date") or ""
    if meta.date is None:
        # right by the gold's conventions when the text gives no date, but a meeting without one
        # is worth a look: staff can often supply it
        return "none, a meeting" if meta.meeting_type else "none, no meeting"
    read = read_date_evidence(evidence)
    if read and read["why"] == DAY_BEFORE_PAGE:
        return DAY_BEFORE_PAGE  # "Chiều qua, ...": the day is the page's date's, less one
    if read:
        return f"day and month, year from {read['source']}"
    if re.match(r"\d{4}-\d{2}-\d{2}$", meta.date):
        return "a date line or header"  # a notice's own date line, or the page's header date
    return "month or year only"


def _chair_key(meta: Metadata) -> str:
    evidence = meta.evidence.get("chair") or ""
    if meta.chair is None:
        return f"none, {meta.meeting_type or 'no meeting'}"
    if evidence in _CHAIR_FALLBACKS:
        return f"who {evidence}"
    return "chủ trì" if "chủ trì" in evidence.casefold() else "other wording"


def _meeting_key(meta: Metadata, meeting_kind: str | None) -> str:
    if meta.meeting_type is None:
        # no meeting found: right for a page about something else, doubtful on a Party body's page
        return "none, a Party body" if meta.level else "none"
    return f"{meta.meeting_type}, {meeting_kind or 'other'}"


def rule_keys(meta: Metadata, meeting_kind: str | None) -> dict[str, str]:
    """For each calibrated field, the rule that decided its value."""
    meeting = _meeting_key(meta, meeting_kind)
    return {
        "date": _date_key(meta),
        "province": "found" if meta.province else "none",
        "meeting_type": meeting,
        "level": f"{meeting}, level found" if meta.level else "none",
        "chair": _chair_key(meta),
    }


@lru_cache(maxsize=1)
def table() -> dict:
    """The shipped calibration: {"fields": {field: {"default": p, "rules": {key: p}}}, ...}."""
    try:
        return json.loads(TABLE_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


# A value missing where the document should have one stays doubtful whatever the measure: the
# gold's null often agrees with it, but staff can supply what the text leaves out, so the field
# goes on the review list (a working session names its visiting leader; a meeting has a date; a
# document belongs to a province and a Party body to a level).
_WANTED = {
    ("date", "none, a meeting"): 0.35,
    ("chair", "none, lam_viec"): 0.25,
    ("province", "none"): 0.25,
    ("level", "none"): 0.5,
}


def calibrated(field: str, key: str, calibration: dict | None = None) -> float:
    fields = (table() if calibration is None else calibration).get("fields", {})
    entry = fields.get(field, {})
    p = entry.get("rules", {}).get(key, entry.get("default", _FALLBACK))
    return min(p, _WANTED.get((field, key), 1.0))


def field_confidence(
    meta: Metadata, rules: dict[str, str], calibration: dict | None = None
) -> dict[str, float]:
    """field name -> confidence for the fields staff review, from the rules that decided them
    (calibration: a table to use instead of the shipped one, as the calibration tool does)."""
    title = _TITLE_RULES.get(meta.evidence.get("title") or "", 0.3 if meta.title is None else 0.6)
    return {"title": title} | {f: calibrated(f, rules[f], calibration) for f in CALIBRATED_FIELDS}


def fields_to_review(confidence: dict[str, float], checked: list[str] | None = None) -> list[str]:
    """The fields below REVIEW_BELOW that no person has checked yet, in REVIEWED_FIELDS order."""
    done = set(checked or [])
    return [f for f in REVIEWED_FIELDS if f not in done and confidence.get(f, 1.0) < REVIEW_BELOW]
