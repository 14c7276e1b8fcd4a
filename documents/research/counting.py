"""Counting a search's documents by province and period.

The engine counts them (documents.search.count_pairs: a two-level facet of the province and the
period fields the search page filters on) over the same list the search page shows, so the
table's total is the search's total and no id of the list is read one by one. "Every document"
is the search with no words and no filters: counted the same way, from the same index.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from django.http import QueryDict

from documents.models import Province
from documents.search import SearchParams, count_pairs

from .periods import QUARTER

TIME = "time"  # the provinces as at each document's date (the 63)
SINCE_2025 = "2025"  # the 34 since the 2025 reorganisation
# The index fields counted: the facets' own (documents.search.facets), whose values are the
# province's name in the boundary and the period keys of documents.research.periods.
PROVINCE_FIELDS = {TIME: "province", SINCE_2025: "province_current"}
PERIOD_FIELDS = {"year": "year", QUARTER: "quarter"}


@dataclass(frozen=True)
class Counts:
    """Documents per (province name or None, period key or None)."""

    cells: Counter
    total: int

    def by_period(self) -> Counter:
        found: Counter = Counter()
        for (_province, period), count in self.cells.items():
            found[period] += count
        return found


def province_names(boundary: str) -> dict[int, str]:
    """Province id → the name it counts under in ``boundary``."""
    rows = Province.objects.select_related("successor").only("name", "successor__name")
    if boundary == SINCE_2025:
        return {p.pk: p.current.name for p in rows}
    return {p.pk: p.name for p in rows}


def every_document() -> SearchParams:
    return SearchParams.from_querydict(QueryDict())


def count(params: SearchParams | None, by: str, boundary: str = TIME, *, provinces: bool = True) -> Counts:
    """The documents ``params`` finds (None: every document) by province and period; without
    ``provinces``, by period alone (every province None)."""
    found = count_pairs(params or every_document(), PROVINCE_FIELDS[boundary], PERIOD_FIELDS[by])
    cells: Counter = Counter()
    for (province, period), n in found.cells.items():
        cells[(province if provinces else None, period)] += n
    return Counts(cells, found.total)
