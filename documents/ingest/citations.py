"""The numbers a document cites ("18-NQ/TW"), split into what kind of document each names and
who issued it, so citations can be listed and counted by kind and issuer without parsing again.

Pure: the store step writes the Citation rows, the data migration reuses the parsing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "2043-KL/TU", "18-NQ/TW", "35-QĐ/TW", "05-CT/TU", "12-TB/BCS": a number, a kind, an issuer.
_NUMBER = re.compile(r"^\s*(\d+)\s*-\s*([A-ZĐ]{1,6})\s*/\s*([A-ZĐ][A-ZĐ\-]{0,19})\s*$")


@dataclass(frozen=True)
class CitedNumber:
    number: str  # as written (tidied of spaces)
    kind: str  # "NQ", "KL", ...; "" when the number has another shape
    issuer: str  # "TW", "TU", ...; "" likewise


def parse_cited(number: str) -> CitedNumber:
    found = _NUMBER.match(number.upper())
    if not found:
        return CitedNumber(number.strip(), "", "")
    serial, kind, issuer = found.groups()
    return CitedNumber(f"{serial}-{kind}/{issuer}", kind, issuer)


def cited_numbers(values: list | None, max_length: int) -> list[CitedNumber]:
    """The distinct cited numbers of an extraction's list, in order, clipped to the column."""
    seen: set[str] = set()
    cited = []
    for value in values or []:
        if not isinstance(value, str) or not value.strip():
            continue
        parsed = parse_cited(value[:max_length])
        if parsed.number not in seen:
            seen.add(parsed.number)
            cited.append(parsed)
    return cited
