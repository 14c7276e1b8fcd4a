"""How a date's evidence reads, "<the deciding words> (<which day>; year: <where the year came
from>)": the shape dates.py writes, read back here for the confidence table (which rule decided
the year) and for the review pages (documents.evidence translates the rule names)."""

from __future__ import annotations

import re

# The rules' names, written once: documents.evidence.RULES translates each of them (a test checks
# it does) for the review pages.
# Which day of the meeting was taken (dates.py).
WHY_CLOSING = "the closing session"
WHY_FIRST_DAY = "the first day of the range"
WHY_PREPARATORY = "the preparatory session"
WHY_OPENING = "the opening session"
WHY_PARAGRAPH = "the meeting's paragraph"
WHY_DAY_BEFORE_PAGE = "the day before the page's date"
WHY_MONTH_FIRST = "read month first, as the page's date says"
# Where the year came from (date_years.py).
YEAR_WRITTEN = "written"
YEAR_PAGE = "the page's date"
YEAR_URL = "the URL"
YEAR_SENTENCE = "this or the previous sentence"
YEAR_NEXT = "the next sentence"
YEAR_PERIOD = "the reporting period"
YEAR_TERM = "the congress's term"
YEAR_PREPARED = "the congress being prepared"
YEAR_ANNIVERSARY = "the anniversary"
YEAR_NEAR = "a full date near in time"
# A page's header date given as the whole date (date_years.year_without_day).
HEADER_DATE = "the page's header date"
DATE_RULES = (
    WHY_CLOSING,
    WHY_FIRST_DAY,
    WHY_PREPARATORY,
    WHY_OPENING,
    WHY_PARAGRAPH,
    WHY_DAY_BEFORE_PAGE,
    WHY_MONTH_FIRST,
    YEAR_WRITTEN,
    YEAR_PAGE,
    YEAR_URL,
    YEAR_SENTENCE,
    YEAR_NEXT,
    YEAR_PERIOD,
    YEAR_TERM,
    YEAR_PREPARED,
    YEAR_ANNIVERSARY,
    YEAR_NEAR,
    HEADER_DATE,
)

_SHAPE = re.compile(r"^(?P<span>.*) \((?P<why>[^;()]+); year: (?P<source>[^()]+)\)$", re.DOTALL)


def date_evidence(span: str, why: str, source: str) -> str:
    """A date's evidence in its shape: the deciding words, which day and why, where the year came from."""
    return f"{span} ({why}; year: {source})"


def read_date_evidence(evidence: str) -> re.Match | None:
    """The parts of a date's evidence (``span``, ``why``, ``source``), or None for another shape."""
    return _SHAPE.match(evidence)
