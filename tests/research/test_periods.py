"""Periods, the axis over them, and the marking of sparse periods: pure."""

from __future__ import annotations

from documents.research.periods import (
    QUARTER,
    YEAR,
    Slot,
    axis,
    from_ordinal,
    ordinal,
    period_key,
    search_filters,
    sparse,
)


def test_a_document_falls_in_its_year_or_quarter():
    assert period_key(YEAR, 2023, 2, "day") == "2023"
    assert period_key(QUARTER, 2023, 2, "day") == "2023-Q2"
    assert period_key(QUARTER, 2023, 4, "month") == "2023-Q4"


def test_a_date_known_only_to_the_year_has_no_quarter():
    assert period_key(YEAR, 2019, 1, "year") == "2019"
    assert period_key(QUARTER, 2019, 1, "year") is None
    assert period_key(YEAR, None, None, None) is None


def test_quarters_run_on_across_the_new_year():
    assert ordinal("2023-Q4") + 1 == ordinal("2024-Q1")
    assert from_ordinal(ordinal("2024-Q1"), QUARTER) == "2024-Q1"
    assert from_ordinal(ordinal("1999"), YEAR) == "1999"


def test_short_empty_stretches_are_filled_long_ones_become_one_gap():
    slots = axis(["2018", "2020", "2024", "1975"], YEAR)
    assert [s.key for s in slots] == [
        "1975",
        None,
        "2018",
        "2019",
        "2020",
        "2021",
        "2022",
        "2023",
        "2024",
    ]
    gap = slots[1]
    assert gap.is_gap and gap.skipped == 2017 - 1975
    assert "42" in gap.label


def test_an_axis_of_quarters_fills_the_quarters_between():
    assert [s.key for s in axis(["2023-Q3", "2024-Q1"], QUARTER)] == ["2023-Q3", "2023-Q4", "2024-Q1"]


def test_no_periods_no_axis():
    assert axis([], YEAR) == []


def test_a_period_links_to_its_search_facets():
    assert search_filters("2022") == {"year": ["2022"], "quarter": []}
    assert search_filters("2022-Q3") == {"year": ["2022"], "quarter": ["2022-Q3"]}


def test_sparse_periods_are_those_far_below_the_median():
    slots = [Slot(k) for k in ("2019", "2020", "2021", "2022", "2023")]
    overall = {"2019": 2, "2020": 100, "2021": 120, "2022": 20, "2023": 90}
    assert sparse(overall, slots) == {"2019", "2022"}


def test_the_undated_column_is_not_a_gap():
    assert Slot(None).undated and not Slot(None).is_gap
    assert Slot(None, skipped=3).is_gap and not Slot(None, skipped=3).undated
