"""The small histogram above the results: documents per year, or per quarter of a chosen year.

Bars are computed here and drawn as SVG rectangles with plain attributes (the Content-Security-
Policy forbids style attributes). As in Aleph, documents dated only to the year are a bar of
their own, marked, in the quarter view, instead of being spread over quarters they may not be in.
"""

from __future__ import annotations

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

    @property
    def axis_label(self) -> str:
        return self.short or self.label

    @property
    def text_x(self) -> float:
        return round(self.x + self.width / 2, 1)

    @property
    def count_y(self) -> float:
        return round(self.y - 3, 1)

    @property
    def description(self) -> str:
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


def _year_bars(query: QueryDict, params: SearchParams, outcome: SearchOutcome) -> list[Bar]:
    years = sorted(outcome.facets.get("year", []), key=lambda v: v.value)
    if not years:
        return []
    # Fill the years between with empty bars so time reads evenly from left to right.
    counts = {int(v.value): v for v in years}
    bars = []
    for year in range(min(counts), max(counts) + 1):
        value = counts.get(year)
        bars.append(
            Bar(
                label=str(year),
                count=value.count if value else 0,
                url=link(query, year=[str(year)], quarter=None, month=None) if value else None,
                selected=bool(value and value.selected),
            )
        )
    return bars


def _quarter_bars(query: QueryDict, params: SearchParams, outcome: SearchOutcome, year: str) -> list[Bar]:
    quarters = {v.value: v for v in outcome.facets.get("quarter", []) if v.value.startswith(year)}
    bars = []
    for number in range(1, 5):
        key = f"{year}-Q{number}"
        value = quarters.get(key)
        bars.append(
            Bar(
                label=facet_named("quarter").label(key),
                short=_("Quý %(q)d") % {"q": number},
                count=value.count if value else 0,
                url=link(query, quarter=[key], month=None) if value else None,
                selected=bool(value and value.selected),
            )
        )
    year_total = next((v.count for v in outcome.facets.get("year", []) if v.value == year), 0)
    year_only = year_total - sum(bar.count for bar in bars)
    if year_only > 0 and not params.selected("quarter") and not params.selected("month"):
        bars.append(Bar(label=_("Chỉ rõ năm"), count=year_only, url=None, partial=True))
    return bars


def _layout(bars: list[Bar]) -> int:
    """Place the bars; return the drawing's width (narrow when there are few bars)."""
    peak = max((bar.count for bar in bars), default=0) or 1
    width = min(MAX_BAR, (WIDTH - GAP * (len(bars) + 1)) / len(bars))
    # Label every bar when they fit, else every n-th year (first and last always).
    every = max(1, round(40 / (width + GAP)))
    for index, bar in enumerate(bars):
        bar.width = round(width, 1)
        bar.x = round(GAP + index * (width + GAP), 1)
        bar.height = round(CHART_HEIGHT * bar.count / peak, 1) if bar.count else 0
        bar.y = round(TOP + CHART_HEIGHT - bar.height, 1)
        bar.show_label = index % every == 0 or index == len(bars) - 1
    return max(MIN_WIDTH, round(GAP + len(bars) * (width + GAP)))


def build_histogram(query: QueryDict, params: SearchParams, outcome: SearchOutcome) -> Histogram | None:
    years = params.selected("year")
    if len(years) == 1:
        bars = _quarter_bars(query, params, outcome, years[0])
        title = _("Văn bản theo quý năm %(year)s") % {"year": years[0]}
    else:
        bars = _year_bars(query, params, outcome)
        title = _("Văn bản theo năm")
    if not bars or not any(bar.count for bar in bars):
        return None
    width = _layout(bars)
    note = ""
    if any(bar.partial for bar in bars):
        note = _("Cột gạch chéo: văn bản chỉ ghi năm, không rõ quý.")
    return Histogram(title=title, bars=bars, note=note, width=width)
