"""The small histogram above the results: documents per year, per quarter of a chosen year, or
per month of a chosen quarter.

Bars are computed here and drawn as SVG rectangles with plain attributes (the Content-Security-
Policy forbids style attributes). As in Aleph, documents dated only to the year (or the quarter)
are a bar of their own, marked, instead of being spread over quarters (months) they may not be in.
A long run of empty years (one document dated decades before the rest) is drawn as one gap
marker, so the years that hold documents keep their width.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from django.http import QueryDict
from django.utils.translation import gettext as _

from documents.search import SearchOutcome, SearchParams, facet_named

from .search_ui import link

WIDTH = 640
CHART_HEIGHT = 90
LABEL_HEIGHT = 18
TOP = 14
GAP = 4
MAX_BAR = 56
MIN_WIDTH = 160
# The room an axis label needs (four digits, or a short month name).
LABEL_WIDTH = 40
# An empty stretch of this many years or more is drawn as one gap marker.
GAP_YEARS = 3
# The width a count's digit needs above its bar; a narrower bar leaves the count to its tooltip.
DIGIT_WIDTH = 7


@dataclass
class Bar:
    label: str
    count: int
    url: str | None
    selected: bool = False
    partial: bool = False
    x: float = 0
    y: float = 0
    width: float = 0
    height: float = 0
    show_label: bool = True
    short: str = ""  # drawn under the bar when the full label is too long to fit
    gap: bool = False  # a run of empty years drawn as one marker
    # The axis label's anchor: centred, or held inside the drawing at its two ends.
    anchor: str = "middle"

    @property
    def axis_label(self) -> str:
        return self.short or self.label

    @property
    def text_x(self) -> float:
        return round(self.x + self.width / 2, 1)

    @property
    def label_x(self) -> float:
        if self.anchor == "start":
            return self.x
        if self.anchor == "end":
            return round(self.x + self.width, 1)
        return self.text_x

    @property
    def count_y(self) -> float:
        return round(self.y - 3, 1)

    @property
    def gap_lines(self) -> list[tuple[float, float, float, float]]:
        """Two slanted strokes across the axis, the usual mark of a broken scale."""
        base, x = TOP + CHART_HEIGHT, self.text_x
        return [(round(x + dx - 3, 1), base + 5, round(x + dx + 3, 1), base - 5) for dx in (-3, 3)]

    @property
    def show_count(self) -> bool:
        return bool(self.count) and self.width >= DIGIT_WIDTH * len(str(self.count))

    @property
    def description(self) -> str:
        if self.gap:
            return self.label
        return _("%(label)s: %(count)d văn bản") % {"label": self.label, "count": self.count}


@dataclass
class Histogram:
    title: str
    bars: list[Bar]
    note: str = ""
    width: int = WIDTH
    height: int = TOP + CHART_HEIGHT + LABEL_HEIGHT
    top: int = TOP
    chart_height: int = CHART_HEIGHT

    @property
    def baseline(self) -> int:
        return TOP + CHART_HEIGHT

    @property
    def label_y(self) -> int:
        return TOP + CHART_HEIGHT + LABEL_HEIGHT - 4


def _year_bar(query: QueryDict, year: int, value) -> Bar:
    return Bar(
        label=str(year),
        count=value.count if value else 0,
        url=link(query, year=[str(year)], quarter=None, month=None) if value else None,
        selected=bool(value and value.selected),
    )


def _gap_bar(first: int, last: int) -> Bar:
    label = _("%(first)d–%(last)d: không có văn bản") % {"first": first, "last": last}
    return Bar(label=label, short="…", count=0, url=None, gap=True)


def _year_bars(query: QueryDict, params: SearchParams, outcome: SearchOutcome) -> list[Bar]:
    years = outcome.facets.get("year", [])
    if not years:
        return []
    # Empty years between are drawn so time reads evenly from left to right; a long empty
    # stretch becomes one gap marker.
    counts = {int(v.value): v for v in years}
    bars: list[Bar] = []
    year, last = min(counts), max(counts)
    while year <= last:
        if year in counts:
            bars.append(_year_bar(query, year, counts[year]))
            year += 1
            continue
        end = year
        while end + 1 not in counts:
            end += 1
        if end - year + 1 >= GAP_YEARS:
            bars.append(_gap_bar(year, end))
        else:
            bars += [_year_bar(query, empty, None) for empty in range(year, end + 1)]
        year = end + 1
    return bars


def _parts_bars(
    query: QueryDict, outcome: SearchOutcome, step: str, parts: list[tuple[str, str]], whole: tuple[str, str]
) -> list[Bar]:
    """One bar per part of a period (``parts``: the ``step`` facet's value and its short label),
    then a hatched bar for the documents dated only to the whole (``whole``: its facet and value)."""
    values = {v.value: v for v in outcome.facets.get(step, [])}
    # A link to a part drops the finer steps below it.
    finer = {"quarter": {"month": None}, "month": {}}[step]
    bars = []
    for key, short in parts:
        value = values.get(key)
        bars.append(
            Bar(
                label=facet_named(step).label(key),
                short=short,
                count=value.count if value else 0,
                url=link(query, **{step: [key]}, **finer) if value else None,
                selected=bool(value and value.selected),
            )
        )
    whole_facet, whole_value = whole
    whole_total = next((v.count for v in outcome.facets.get(whole_facet, []) if v.value == whole_value), 0)
    only_whole = whole_total - sum(bar.count for bar in bars)
    if only_whole > 0 and not any(bar.selected for bar in bars):
        label = _("Chỉ rõ năm") if whole_facet == "year" else _("Chỉ rõ quý")
        bars.append(Bar(label=label, count=only_whole, url=None, partial=True))
    return bars


def _quarter_bars(query: QueryDict, outcome: SearchOutcome, year: str) -> list[Bar]:
    parts = [(f"{year}-Q{n}", _("Quý %(q)d") % {"q": n}) for n in range(1, 5)]
    return _parts_bars(query, outcome, "quarter", parts, ("year", year))


def _month_bars(query: QueryDict, outcome: SearchOutcome, quarter: str) -> list[Bar]:
    year, number = quarter.split("-Q")
    months = range(3 * int(number) - 2, 3 * int(number) + 1)
    parts = [(f"{year}-{m:02d}", _("Tháng %(m)d") % {"m": m}) for m in months]
    return _parts_bars(query, outcome, "month", parts, ("quarter", quarter))


def _layout(bars: list[Bar]) -> int:
    """Place the bars; return the drawing's width (narrow when there are few bars)."""
    peak = max((bar.count for bar in bars), default=0) or 1
    width = min(MAX_BAR, (WIDTH - GAP * (len(bars) + 1)) / len(bars))
    # Label every bar when they fit, else every n-th (first and last always: the last takes the
    # place of an n-th label too close to it).
    every = max(1, math.ceil(LABEL_WIDTH / (width + GAP)))
    labelled = set(range(0, len(bars), every))
    last = len(bars) - 1
    if last not in labelled:
        nearest = max(labelled)
        if last - nearest < every and nearest:
            labelled.discard(nearest)
        labelled.add(last)
    for index, bar in enumerate(bars):
        bar.width = round(width, 1)
        bar.x = round(GAP + index * (width + GAP), 1)
        bar.height = round(CHART_HEIGHT * bar.count / peak, 1) if bar.count else 0
        bar.y = round(TOP + CHART_HEIGHT - bar.height, 1)
        bar.show_label = index in labelled
    if width < LABEL_WIDTH:
        # A label wider than its bar would be cut at the drawing's edges.
        bars[0].anchor, bars[-1].anchor = "start", "end"
    return max(MIN_WIDTH, round(GAP + len(bars) * (width + GAP)))


def build_histogram(query: QueryDict, params: SearchParams, outcome: SearchOutcome) -> Histogram | None:
    years, quarters = params.selected("year"), params.selected("quarter")
    if len(quarters) == 1:
        bars = _month_bars(query, outcome, quarters[0])
        title = _("Văn bản theo tháng, %(quarter)s") % {"quarter": facet_named("quarter").label(quarters[0])}
    elif len(years) == 1:
        bars = _quarter_bars(query, outcome, years[0])
        title = _("Văn bản theo quý năm %(year)s") % {"year": years[0]}
    else:
        bars = _year_bars(query, params, outcome)
        title = _("Văn bản theo năm")
    if not bars or not any(bar.count for bar in bars):
        return None
    width = _layout(bars)
    notes = []
    if any(bar.partial for bar in bars):
        if len(quarters) == 1:
            notes.append(_("Cột gạch chéo: văn bản chỉ ghi quý, không rõ tháng."))
        else:
            notes.append(_("Cột gạch chéo: văn bản chỉ ghi năm, không rõ quý."))
    if any(bar.gap for bar in bars):
        notes.append(_("“…”: những năm liền nhau không có văn bản nào."))
    return Histogram(title=title, bars=bars, note=" ".join(notes), width=width)
