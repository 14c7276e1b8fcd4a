"""GET /compare/ and /compare.csv: the documents a search finds, by province and period.

The list is the search page's (documents.search.iter_ids, the same parameters); the database
counts it by province and period. Each cell links to the search narrowed to its province and
period; ``share=1`` shows each province's share of its own documents of the period instead.
"""

from __future__ import annotations

from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from documents.research.counting import SINCE_2025, count
from documents.research.heatmap import HeatTable, build_table
from documents.research.periods import search_filters
from documents.search import ParamError, SearchParams, iter_ids

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
    for_search = search_query(query)

    def cell_url(province, period):
        changes = {province_param: [province]} if province else {}
        if period:
            changes.update(search_filters(period))
        return search_url(for_search, **changes)

    counts = count(iter_ids(params), by, boundary)
    base = count(None, by, boundary) if share else None
    table = build_table(counts, by, base=base, cell_url=cell_url)
    if fmt == "csv":
        return csv_response(_csv_rows(table), "so-sanh")
    context = {
        "params": params,
        "table": table,
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
        "search_url": search_url(for_search),
    }
    return render(request, "documents/research/compare.html", context)
