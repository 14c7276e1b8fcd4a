"""GET /compare/ and /compare.csv: the documents a search finds, by province and period.

The list is the search page's (the same parameters); the search engine counts it by province and
period (documents.research.counting). Each cell links to the search narrowed to its province and
period; ``share=1`` shows each province's share of its own documents of the period instead.
"""

from __future__ import annotations

import functools
from urllib.parse import urlencode

from django.shortcuts import render
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from documents.research.counting import SINCE_2025, count
from documents.research.heatmap import Cell, HeatTable, build_table
from documents.research.periods import search_filters
from documents.search import ParamError, SearchParams

from .research import (
    bad_parameter,
    boundary_links,
    csv_response,
    made_from,
    read_by,
    read_flag,
    search_query,
    search_url,
)
from .search_ui import link, province_view


def _csv_rows(table: HeatTable) -> list[list]:
    """The table as the page shows it, without the gap columns: counts, or shares in per cent."""
    keep = [index for index, slot in enumerate(table.slots) if not slot.is_gap]
    if table.undated:
        keep.append(len(table.slots))

    def number(cell):
        if table.share:
            return "" if cell.value is None else cell.value
        return cell.count

    # Periods as keys ("2023", "2023-Q2"): a program reading the file needs no translation.
    columns = [slot.key for slot in table.slots] + [_("Không rõ thời gian")]
    rows = [[_("Tỉnh, thành phố"), *(columns[i] for i in keep), _("Tổng")]]
    for row in table.rows:
        rows.append([row.label, *(number(row.cells[i]) for i in keep), number(row.total)])
    rows.append([_("Tổng"), *(number(table.totals[i]) for i in keep), number(table.total)])
    return rows


def _cell_html(cell: Cell, css: str, share: bool = False) -> str:
    if cell.gap:
        return '<td class="gap"></td>'
    if cell.url:
        inner = f'<a href="{escape(cell.url)}">{escape(cell.shown)}</a>'
    elif cell.count or share or css == "total":
        inner = escape(cell.shown)
    else:
        inner = '<span class="zero">0</span>'
    return f'<td class="{css}">{inner}</td>'


def cells_html(table: HeatTable) -> tuple[list[SafeString], SafeString]:
    """Each row's cells, and the totals row's, as markup. Written here rather than in the
    template: a table by quarter has thousands of cells, and the template language rendered
    them several times slower than the counting took."""
    rows = [
        mark_safe(  # noqa: S308 - every value is escaped above
            "".join(_cell_html(c, f"heat-{c.bucket}", table.share) for c in row.cells)
            + _cell_html(row.total, "total")
        )
        for row in table.rows
    ]
    totals = mark_safe(  # noqa: S308 - every value is escaped above
        "".join(_cell_html(c, "total") for c in table.totals) + _cell_html(table.total, "total")
    )
    return rows, totals


def cell_links(query, province_param: str):
    """(province, period) → the search narrowed to them. A table has thousands of cells: the
    query string is encoded once per kind of cell and each cell only appends its own values."""
    search = reverse("documents:search")
    bases = {}
    for has_province in (False, True):
        for has_period in (False, True):
            data = query.copy()
            for name in ([province_param] if has_province else []) + (
                ["year", "quarter"] if has_period else []
            ):
                data.pop(name, None)
            data.pop("page", None)
            bases[(has_province, has_period)] = data.urlencode()

    @functools.cache
    def province_part(province: str) -> str:
        return urlencode({province_param: province})

    @functools.cache
    def period_part(period: str) -> str:
        return urlencode(search_filters(period), doseq=True)

    def url(province: str | None, period: str | None) -> str:
        parts = [bases[(bool(province), bool(period))]]
        if province:
            parts.append(province_part(province))
        if period:
            parts.append(period_part(period))
        return search + "?" + "&".join(part for part in parts if part)

    return url


@require_safe
def compare(request, fmt: str = "html"):
    query = request.GET
    try:
        params = SearchParams.from_querydict(query)
        by = read_by(query)
        share = read_flag(query, "share")
    except ParamError as error:
        return bad_parameter(request, error, csv_format=fmt == "csv")
    boundary = province_view(query, params)
    province_param = "province_current" if boundary == SINCE_2025 else "province"
    cell_url = cell_links(search_query(query), province_param)

    counts = count(params, by, boundary)
    base = count(None, by, boundary) if share else None
    table = build_table(counts, by, base=base, cell_url=cell_url)
    if fmt == "csv":
        return csv_response(_csv_rows(table), "so-sanh")
    row_cells, total_cells = cells_html(table)
    context = {
        "params": params,
        "table": table,
        "rows": list(zip(table.rows, row_cells, strict=True)),
        "total_cells": total_cells,
        "by": by,
        "share": share,
        "chips": made_from(query, params),
        "switch": boundary_links(query, boundary),
        "by_links": [
            (_("Theo năm"), link(query, by="year"), by == "year"),
            (_("Theo quý"), link(query, by="quarter"), by == "quarter"),
        ],
        "share_links": [
            (_("Số văn bản"), link(query, share=None), not share),
            (_("Tỷ lệ trong văn bản của tỉnh"), link(query, share="1"), share),
        ],
        "csv_url": reverse("documents:compare_csv") + link(query),
        "search_url": search_url(search_query(query)),
    }
    return render(request, "documents/research/compare.html", context)
