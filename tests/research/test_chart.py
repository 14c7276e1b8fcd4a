"""The trends chart's geometry: pure."""

from __future__ import annotations

import itertools

from documents.research.chart import CHAR_WIDTH, MIN_WIDTH, WIDTH, build_chart, nice_step
from documents.research.periods import QUARTER, YEAR, axis, from_ordinal, ordinal


def test_round_steps():
    assert nice_step(0) == 1
    assert nice_step(4) == 1
    assert nice_step(9) == 5
    assert nice_step(37) == 10
    assert nice_step(1234) == 500


def test_labels_of_many_quarters_never_overlap():
    start = ordinal("2005-Q1")
    keys = [from_ordinal(start + n, QUARTER) for n in range(80)]
    slots = axis(keys, QUARTER)
    chart = build_chart(slots, [("a", dict.fromkeys(keys, 3))], set())
    assert chart.width == WIDTH
    xs = [label.x for label in chart.labels]
    widest = max(len(label.text) for label in chart.labels) * CHAR_WIDTH
    assert len(xs) > 5
    assert all(b - a >= widest for a, b in itertools.pairwise(xs))


def test_an_old_outlier_breaks_the_line_instead_of_stretching_the_axis():
    counts = {"1975": 1, "2021": 4, "2022": 6}
    slots = axis(counts, YEAR)
    chart = build_chart(slots, [("a", counts)], set())
    assert len(slots) == 4  # 1975, a gap, 2021, 2022
    assert len(chart.lines[0].segments) == 2
    assert len(chart.gaps) == 1
    assert chart.width == MIN_WIDTH


def test_the_highest_point_reaches_the_top_tick_and_zero_the_baseline():
    counts = {"2021": 0, "2022": 10}
    chart = build_chart(axis(counts, YEAR), [("a", counts)], {"2021"})
    points = chart.lines[0].points
    assert points[0].y == chart.baseline
    assert points[1].y == min(tick.y for tick in chart.ticks)
    assert len(chart.bands) == 1 and chart.bands[0].x < points[0].x


def test_each_line_keeps_its_style_by_position():
    counts = {"2022": 1}
    series = [(f"q{n}", counts) for n in range(6)]
    chart = build_chart(axis(counts, YEAR), series, set())
    assert [line.index for line in chart.lines] == list(range(6))
