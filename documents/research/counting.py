"""Counting a search's documents by province and period, in the database.

The ids come from the search (documents.search.iter_ids: the same tiered list the search page
shows); the database groups them by province, year, quarter and date precision in one query
per block of ids, so the cost grows with the number of matches, not with the periods shown.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from django.db import connection
from django.db.models import Case, CharField, Count, ExpressionWrapper, IntegerField, When
from django.db.models.functions import Cast, Substr

from documents.models import Document, Province

from .periods import QUARTER, period_key

# Ids per query: a statement of some hundred kilobytes, well under SQLite's limit of a million.
BLOCK = 20_000
TIME = "time"  # the provinces as at each document's date (the 63)
SINCE_2025 = "2025"  # the 34 since the 2025 reorganisation


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


def _grouped(queryset, by: str, provinces: bool):
    # The year and quarter read from the date's ISO text ("2023-05-20"): SQLite computes
    # ExtractYear/ExtractQuarter in Python, once per row, which made the counting slower than the
    # search itself; substrings and integer arithmetic are native on SQLite and PostgreSQL alike.
    # Only what the periods need is grouped on (the precision only matters for quarters).
    as_text = Cast("date", CharField())
    fields = {"y": Substr(as_text, 1, 4)}
    if by == QUARTER:
        # No quarter for a date known only to its year.
        month = Cast(Substr(as_text, 6, 2), IntegerField())
        fields["q"] = Case(
            When(date_precision=Document.DatePrecision.YEAR, then=None),
            default=ExpressionWrapper((month + 2) / 3, output_field=IntegerField()),
            output_field=IntegerField(),
        )
    names = [*(["province_id"] if provinces else []), *fields]
    return queryset.order_by().annotate(**fields).values(*names).annotate(n=Count("pk"))


def _among(block: list[int]):
    """The documents of ``block`` (ids from the search engine). Written into the SQL as integer
    literals: as parameters, Django prepared each id in Python, which took longer than the
    query; int() makes every value a number, so nothing else can reach the SQL."""
    column = f"{connection.ops.quote_name(Document._meta.db_table)}.{connection.ops.quote_name('id')}"
    listed = ",".join(str(int(pk)) for pk in block)
    return Document.objects.extra(where=[f"{column} IN ({listed})"])  # noqa: S610


def _blocks(ids: Iterable[int]):
    block: list[int] = []
    for pk in ids:
        block.append(pk)
        if len(block) == BLOCK:
            yield block
            block = []
    if block:
        yield block


def count(ids: Iterable[int] | None, by: str, boundary: str = TIME, *, provinces: bool = True) -> Counts:
    """The documents ``ids`` (None: every document) by province and period; without
    ``provinces``, by period alone (every province None)."""
    names = province_names(boundary) if provinces else {}
    querysets = [Document.objects.all()] if ids is None else (_among(block) for block in _blocks(ids))
    cells: Counter = Counter()
    total = 0
    for queryset in querysets:
        for row in _grouped(queryset, by, provinces):
            province = names.get(row["province_id"]) if row.get("province_id") else None
            year = int(row["y"]) if row["y"] else None
            period = period_key(by, year, row.get("q"), None)
            cells[(province, period)] += row["n"]
            total += row["n"]
    return Counts(cells, total)
