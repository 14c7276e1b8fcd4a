"""The line chart of /trends/: one line per query over the periods of an axis, drawn by the
server as SVG (no script). Here is the geometry; the template only writes it out.

Labels under the axis are thinned to every n-th slot so they never overlap; a gap slot (a long
stretch with no documents) breaks the lines; a sparse period (few documents in the portal at
all) is a shaded band, explained in the legend.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from .periods import Slot

WIDTH = 760  # at most; a chart of few periods is narrower, so a phone need not shrink its text
MIN_WIDTH = 360
SLOT = 56  # a period's width when there is room
HEIGHT = 300
LEFT = 48  # room for the y labels
RIGHT = 12
TOP = 12
BOTTOM = 34  # room for the period labels
CHAR_WIDTH = 7  # of an 11 px label, generously
SERIES = 6


@dataclass
class Point:
    x: float
    y: float
    count: int
    label: str  # "2023: 12"


@dataclass
class Line:
    name: str
    index: int  # its style: colour, dash and marker by position (not colour alone)
    segments: list[str]  # "x,y x,y …" for each unbroken run
    points: list[Point]


@dataclass
class Tick:
    y: float
    value: int


@dataclass
class AxisLabel:
    x: float
    text: str


@dataclass
class Band:
    x: float
    width: float


@dataclass
class Chart:
    width: int
    height: int
    lines: list[Line]
    ticks: list[Tick]
    labels: list[AxisLabel]
    bands: list[Band] = field(default_factory=list)
    gaps: list[AxisLabel] = field(default_factory=list)
    left: int = LEFT
    right_edge: int = WIDTH - RIGHT
    baseline: float = HEIGHT - BOTTOM
    top: int = TOP

    @property
    def plot_height(self) -> float:
        return self.baseline - self.top

    @property
    def tick_x(self) -> int:
        return self.left - 6

    @property
    def label_y(self) -> float:
        return self.baseline + 16


def nice_step(peak: int, ticks: int = 4) -> int:
    """A round step (1, 2, 5 × 10^n) giving about ``ticks`` lines up to ``peak``."""
    if peak <= ticks:
        return 1
    raw = peak / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return int(factor * power)
    return int(10 * power)


def label_every(slot_width: float, longest: int) -> int:
    """Label every n-th slot so that labels of ``longest`` characters keep apart."""
    needed = longest * CHAR_WIDTH + 8
    return max(1, math.ceil(needed / max(slot_width, 1)))


def build_chart(slots: list[Slot], series: list[tuple[str, dict]], sparse: set[str]) -> Chart:
    """``series``: (name, period key → count) per line, in the legend's order."""
    width = max(MIN_WIDTH, min(WIDTH, LEFT + RIGHT + SLOT * len(slots)))
    plot_width = width - LEFT - RIGHT
    plot_height = HEIGHT - TOP - BOTTOM
    slot_width = plot_width / max(len(slots), 1)
    peak = max((n for _name, counts in series for n in counts.values()), default=0)
    step = nice_step(peak)
    top_value = max(step, math.ceil(peak / step) * step)

    def x_of(index: int) -> float:
        return round(LEFT + slot_width * (index + 0.5), 1)

    def y_of(value: int) -> float:
        return round(TOP + plot_height * (1 - value / top_value), 1)

    lines = []
    for number, (name, counts) in enumerate(series):
        segments, run, points = [], [], []
        for index, slot in enumerate(slots):
            if slot.is_gap:
                if run:
                    segments.append(" ".join(run))
                run = []
                continue
            value = counts.get(slot.key, 0)
            run.append(f"{x_of(index)},{y_of(value)}")
            points.append(Point(x_of(index), y_of(value), value, f"{slot.label}: {value}"))
        if run:
            segments.append(" ".join(run))
        lines.append(Line(name, number % SERIES, segments, points))
    ticks = [Tick(y_of(v), v) for v in range(0, top_value + 1, step)]
    every = label_every(slot_width, max((len(s.short_label) for s in slots), default=4))
    labels, gaps, bands = [], [], []
    for index, slot in enumerate(slots):
        if slot.is_gap:
            gaps.append(AxisLabel(x_of(index), slot.short_label))
        elif index % every == 0:
            labels.append(AxisLabel(x_of(index), slot.short_label))
        if slot.key in sparse:
            bands.append(Band(round(LEFT + slot_width * index, 1), round(slot_width, 1)))
    return Chart(width, HEIGHT, lines, ticks, labels, bands, gaps, right_edge=width - RIGHT)
