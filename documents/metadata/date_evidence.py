"""How a date's evidence reads, "<the deciding words> (<which day>; year: <where the year came
from>)": the shape dates.py writes, read back here for the confidence table (which rule decided
the year) and for the review pages (documents.evidence translates the rule names)."""

from __future__ import annotations

import re

_SHAPE = re.compile(r"^(?P<span>.*) \((?P<why>[^;()]+); year: (?P<source>[^()]+)\)$", re.DOTALL)


def date_evidence(span: str, why: str, source: str) -> str:
    """A date's evidence in its shape: the deciding words, which day and why, where the year came from."""
    return f"{span} ({why}; year: {source})"


def read_date_evidence(evidence: str) -> re.Match | None:
    """The parts of a date's evidence (``span``, ``why``, ``source``), or None for another shape."""
    return _SHAPE.match(evidence)
