"""The histogram's bars: years with a gap marker for long empty stretches, quarters of a year,
months of a quarter, and counts only where they fit."""

from __future__ import annotations

import itertools
from types import SimpleNamespace

from django.http import QueryDict

from documents.search import FacetValue, SearchParams
from documents.views.histogram import GAP_YEARS, build_histogram


def _outcome(**facets: dict[str, int]) -> SimpleNamespace:
    return SimpleNamespace(
        facets={name: [FacetValue(v, n, v) for v, n in counts.items()] for name, counts in facets.items()}
    )


def _histogram(query: str, **facets):
    data = QueryDict(query)
    return build_histogram(data, SearchParams.from_querydict(data), _outcome(**facets))


def test_a_decades_old_outlier_is_one_gap_marker_not_a_bar_per_empty_year():
    histogram = _histogram("", year={"1975": 1, "2021": 3, "2023": 5, "2024": 2})
    labels = [bar.axis_label for bar in histogram.bars]
    assert labels == ["1975", "…", "2021", "2022", "2023", "2024"]
    gap = histogram.bars[1]
    assert gap.gap and gap.url is None and "1976–2020" in gap.description
    assert "“…”" in histogram.note
    # The years that hold documents keep a readable width.
    assert min(bar.width for bar in histogram.bars) >= 40


def test_a_short_empty_stretch_stays_as_empty_years():
    short = GAP_YEARS - 1
    years = {"2018": 1, str(2018 + short + 1): 1}
    histogram = _histogram("", year=years)
    assert [bar.label for bar in histogram.bars] == [str(y) for y in range(2018, 2018 + short + 2)]
    assert not any(bar.gap for bar in histogram.bars)


def test_many_years_label_every_nth_without_overlap():
    histogram = _histogram("", year={str(y): 1 for y in range(1990, 2026)})
    shown = [bar for bar in histogram.bars if bar.show_label]
    assert shown[0].label == "1990" and shown[-1].label == "2025"
    # Each shown label has its own 40 px or more (four digits of the axis's font).
    assert all(b.text_x - a.text_x >= 40 for a, b in itertools.pairwise(shown))
    # The two ends' labels are held inside the drawing instead of being cut at its edges.
    assert (shown[0].anchor, shown[-1].anchor) == ("start", "end")
    assert shown[0].label_x >= 0 and shown[-1].label_x <= histogram.width


def test_one_quarter_drills_down_to_its_months_with_the_quarter_only_bar():
    histogram = _histogram(
        "year=2023&quarter=2023-Q3",
        year={"2023": 9},
        quarter={"2023-Q3": 6},
        month={"2023-07": 2, "2023-09": 1},
    )
    assert [bar.axis_label for bar in histogram.bars] == ["Tháng 7", "Tháng 8", "Tháng 9", "Chỉ rõ quý"]
    assert [bar.count for bar in histogram.bars] == [2, 0, 1, 3]
    assert "month=2023-07" in histogram.bars[0].url and histogram.bars[1].url is None
    assert histogram.bars[-1].partial and "chỉ ghi quý" in histogram.note
    assert "tháng" in histogram.title


def test_a_count_too_wide_for_its_bar_is_left_to_the_tooltip():
    years = {str(y): 12345 if y == 2000 else 1 for y in range(1990, 2026)}
    histogram = _histogram("", year=years)
    wide = next(bar for bar in histogram.bars if bar.label == "2000")
    assert not wide.show_count and "12345" in wide.description
