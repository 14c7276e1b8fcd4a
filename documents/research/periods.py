"""Periods of time the research views count by: a year ("2023") or a quarter ("2023-Q2").

Keys sort in time order as strings. An axis runs over the periods that have documents; short
runs of empty periods between them are shown, long ones become one gap, so that a single
decades-old date does not stretch the axis over years with nothing in them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from django.utils.translation import gettext as _

YEAR = "year"
QUARTER = "quarter"
BY_CHOICES = (YEAR, QUARTER)
# Empty periods between two with documents, up to this many, are drawn; more become a gap.
MAX_FILLED = 3


def period_key(by: str, year: int | None, quarter: int | None, precision: str | None) -> str | None:
    """The period a document dated (year, quarter) falls in; None when its date does not say
    (no date, or only the year when counting by quarter)."""
    if year is None:
        return None
    if by == YEAR:
        return f"{year:04d}"
    if precision == "year" or quarter is None:
        return None
    return f"{year:04d}-Q{quarter}"


def ordinal(key: str) -> int:
    """A period as a running number: consecutive periods differ by one."""
    if "-Q" in key:
        year, quarter = key.split("-Q")
        return int(year) * 4 + int(quarter) - 1
    return int(key)


def from_ordinal(number: int, by: str) -> str:
    if by == YEAR:
        return f"{number:04d}"
    return f"{number // 4:04d}-Q{number % 4 + 1}"


def label(key: str) -> str:
    if "-Q" in key:
        year, quarter = key.split("-Q")
        return _("Quý %(q)s/%(y)s") % {"q": quarter, "y": year}
    return key


def short_label(key: str) -> str:
    """For an axis: "2023" or "Q2/23"."""
    if "-Q" in key:
        year, quarter = key.split("-Q")
        return f"Q{quarter}/{year[2:]}"
    return key


def search_filters(key: str) -> dict[str, list[str]]:
    """The search page's facet parameters that select this period."""
    if "-Q" in key:
        return {"year": [key.split("-Q")[0]], "quarter": [key]}
    return {"year": [key], "quarter": []}


@dataclass(frozen=True)
class Slot:
    """One place on an axis: a period, a gap standing for ``skipped`` empty periods, or (key
    None, nothing skipped) the documents whose period is not known."""

    key: str | None
    skipped: int = 0

    @property
    def is_gap(self) -> bool:
        return self.key is None and self.skipped > 0

    @property
    def undated(self) -> bool:
        return self.key is None and not self.skipped

    @property
    def label(self) -> str:
        if self.key:
            return label(self.key)
        if self.skipped:
            return _("Bỏ qua %(n)d kỳ không có văn bản") % {"n": self.skipped}
        return _("Không rõ thời gian")

    @property
    def short_label(self) -> str:
        if self.key:
            return short_label(self.key)
        return "…" if self.skipped else self.label


def axis(keys: Iterable[str], by: str, max_filled: int = MAX_FILLED) -> list[Slot]:
    """Slots from the first to the last period of ``keys``, gaps for long empty stretches."""
    numbers = sorted({ordinal(key) for key in keys})
    slots: list[Slot] = []
    for index, number in enumerate(numbers):
        if index:
            empty = number - numbers[index - 1] - 1
            if empty > max_filled:
                slots.append(Slot(None, skipped=empty))
            else:
                slots.extend(Slot(from_ordinal(n, by)) for n in range(numbers[index - 1] + 1, number))
        slots.append(Slot(from_ordinal(number, by)))
    return slots


def sparse(
    overall: Mapping[str, int], slots: list[Slot], *, fraction: float = 0.25, floor: int = 5
) -> set[str]:
    """Periods of the axis where the portal holds few documents at all: fewer than ``floor``,
    or less than ``fraction`` of the median period. Counts there say little."""
    counts = sorted(overall.get(slot.key, 0) for slot in slots if slot.key)
    if not counts:
        return set()
    median = counts[len(counts) // 2]
    limit = max(floor, fraction * median)
    return {slot.key for slot in slots if slot.key and overall.get(slot.key, 0) < limit}
