"""The table of /compare/: provinces (rows) by periods (columns), each cell a count or, with
``share``, the part of the province's documents of that period the search found.

Shading is a class per bucket (heat-0 … heat-5); the number is always printed in the cell, so
the colour only repeats what can be read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils.formats import get_format
from django.utils.translation import gettext as _

from documents.slugs import vietnamese_slug

from .counting import Counts
from .periods import Slot, axis

BUCKETS = 5


@dataclass
class Cell:
    count: int
    shown: str  # what the cell prints: the count, or the share in per cent
    value: float | None  # what the CSV writes and the shading follows
    bucket: int = 0
    url: str | None = None
    gap: bool = False


@dataclass
class Row:
    province: str | None
    cells: list[Cell]
    total: Cell

    @property
    def label(self) -> str:
        return self.province or _("Không rõ tỉnh, thành")


@dataclass
class HeatTable:
    slots: list[Slot]
    rows: list[Row]
    totals: list[Cell]
    total: Cell
    undated: bool  # whether the last column holds documents whose period is not known
    share: bool
    thresholds: list[tuple[int, str]] = field(default_factory=list)  # the legend: (bucket, lowest value)

    @property
    def columns(self) -> list[str]:
        labels = [slot.label for slot in self.slots]
        return [*labels, _("Không rõ thời gian")] if self.undated else labels


def _percent(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


class _Numbers:
    """The language's separators, read once per table: Django's number_format, called for each
    of a few thousand cells, took longer than counting them."""

    def __init__(self):
        self.thousands = get_format("THOUSAND_SEPARATOR")
        self.decimal = get_format("DECIMAL_SEPARATOR")

    def count(self, n: int) -> str:
        return f"{n:,}".replace(",", self.thousands)

    def one_decimal(self, value: float) -> str:
        return f"{value:,.1f}".replace(",", "\x00").replace(".", self.decimal).replace("\x00", self.thousands)


def _cell(numbers: _Numbers, count: int, base: int | None, share: bool, url: str | None) -> Cell:
    if not share:
        return Cell(count, numbers.count(count), float(count), url=url)
    value = _percent(count, base or 0)
    shown = "–" if value is None else f"{numbers.one_decimal(value)} %"
    return Cell(count, shown, value, url=url)


def _shade(numbers: _Numbers, cells: list[Cell], share: bool) -> list[tuple[int, str]]:
    """Set each cell's bucket (fifths of the highest value); return the legend: each bucket
    in use with the lowest value it holds."""
    peak = max((c.value or 0 for c in cells), default=0)
    lowest: dict[int, float] = {}
    for cell in cells:
        if cell.value and peak:
            cell.bucket = min(BUCKETS, 1 + int(BUCKETS * cell.value / peak * 0.9999))
            lowest[cell.bucket] = min(lowest.get(cell.bucket, cell.value), cell.value)
    return [
        (bucket, numbers.one_decimal(value) if share else numbers.count(int(value)))
        for bucket, value in sorted(lowest.items())
    ]


def build_table(
    counts: Counts,
    by: str,
    *,
    base: Counts | None = None,
    cell_url: Callable[[str | None, str | None], str | None] = lambda province, period: None,
) -> HeatTable:
    """``base`` (every document of the portal, counted the same way) is given for shares."""
    share = base is not None
    numbers = _Numbers()
    periods = {period for (_province, period) in counts.cells if period}
    slots = axis(periods, by)
    undated = any(period is None for (_province, period) in counts.cells)
    keys = [slot.key for slot in slots] + ([None] if undated else [])
    provinces = sorted(
        {province for (province, _period) in counts.cells},
        key=lambda name: (name is None, vietnamese_slug(name) if name else ""),
    )
    base_cells = base.cells if base else {}
    row_bases: dict = {}
    column_bases: dict = {}
    for (province, period), n in base_cells.items():
        row_bases[province] = row_bases.get(province, 0) + n
        column_bases[period] = column_bases.get(period, 0) + n

    def base_of(province, period) -> int:
        return base_cells.get((province, period), 0)

    rows, data_cells = [], []
    for province in provinces:
        cells = []
        for slot_key, slot in zip(keys, [*slots, None], strict=False):
            if slot is not None and slot.is_gap:
                cells.append(Cell(0, "", None, gap=True))
                continue
            count = counts.cells.get((province, slot_key), 0)
            url = cell_url(province, slot_key) if count and province and slot_key else None
            cells.append(_cell(numbers, count, base_of(province, slot_key), share, url))
        data_cells += [c for c in cells if not c.gap]
        row_count = sum(c.count for c in cells)
        row_base = row_bases.get(province, 0)
        rows.append(
            Row(
                province,
                cells,
                _cell(numbers, row_count, row_base, share, cell_url(province, None) if province else None),
            )
        )
    totals = []
    for index, (slot_key, slot) in enumerate(zip(keys, [*slots, None], strict=False)):
        if slot is not None and slot.is_gap:
            totals.append(Cell(0, "", None, gap=True))
            continue
        column = sum(row.cells[index].count for row in rows)
        column_base = column_bases.get(slot_key, 0)
        totals.append(
            _cell(
                numbers, column, column_base, share, cell_url(None, slot_key) if slot_key and column else None
            )
        )
    base_total = sum(row_bases.values())
    total = _cell(numbers, counts.total, base_total, share, None)
    thresholds = _shade(numbers, data_cells, share)
    return HeatTable(slots, rows, totals, total, undated, share, thresholds)
