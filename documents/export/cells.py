"""Spreadsheet cells that are text and stay text."""

from __future__ import annotations

import re

# A cell starting with one of these is read as a formula by Excel, LibreOffice and Sheets
# (tab and carriage return too, per OWASP's CSV-injection advice).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Control characters XML 1.0 (and so XLSX) cannot hold.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def inert(value: str) -> str:
    """``value`` with a leading apostrophe when a spreadsheet would evaluate it."""
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


def printable(value: str) -> str:
    return _ILLEGAL.sub("", value)
