"""The compare table built from counts: totals, gaps, shares and shading; pure (no database)."""

from __future__ import annotations

from collections import Counter

from documents.research.counting import Counts
from documents.research.heatmap import BUCKETS, build_table
from documents.research.periods import YEAR


def _counts(cells: dict) -> Counts:
    return Counts(Counter(cells), sum(cells.values()))


def test_rows_columns_and_totals_add_up():
    counts = _counts(
        {("A", "2020"): 3, ("B", "2020"): 1, ("B", "2022"): 2, ("B", None): 4, (None, "2022"): 1}
    )
    table = build_table(counts, YEAR, cell_url=lambda p, y: f"{p}|{y}")
    assert [slot.key for slot in table.slots] == ["2020", "2021", "2022"]
    assert table.undated
    assert [row.province for row in table.rows] == ["A", "B", None]
    b = table.rows[1]
    assert [c.count for c in b.cells] == [1, 0, 2, 4] and b.total.count == 7
    assert [c.count for c in table.totals] == [4, 0, 3, 4] and table.total.count == 11
    # Links: a cell with documents of a known province and period; a row's total; not the rest.
    assert b.cells[0].url == "B|2020" and b.cells[1].url is None and b.cells[3].url is None
    assert b.total.url == "B|None" and table.rows[2].total.url is None


def test_a_long_empty_stretch_is_one_gap_column():
    table = build_table(_counts({("A", "1980"): 1, ("A", "2020"): 1}), YEAR)
    assert [c.gap for c in table.rows[0].cells] == [False, True, False]


def test_shares_divide_by_the_provinces_own_documents_of_the_period():
    counts = _counts({("A", "2020"): 1, ("B", "2020"): 2})
    base = _counts({("A", "2020"): 4, ("B", "2020"): 2, ("B", "2021"): 2})
    table = build_table(counts, YEAR, base=base)
    a, b = table.rows
    assert a.cells[0].value == 25.0 and b.cells[0].value == 100.0
    assert b.total.value == 50.0  # 2 of B's 4 documents
    assert table.totals[0].value == 50.0 and table.total.value == 37.5


def test_the_highest_value_is_the_darkest_and_zero_is_unshaded():
    counts = _counts({("A", "2020"): 10, ("A", "2021"): 1, ("B", "2020"): 5})
    table = build_table(counts, YEAR)
    a, b = table.rows
    assert a.cells[0].bucket == BUCKETS and a.cells[1].bucket == 1
    assert b.cells[1].count == 0 and b.cells[1].bucket == 0
    assert table.thresholds[0] == (1, "1") and table.thresholds[-1] == (BUCKETS, "10")
