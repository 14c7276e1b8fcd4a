"""GET /trends/?q=A&q=B… and /trends.csv: documents per period matching each query (up to
MAX_QUERIES), with the search page's filters applied to every one, as lines on one chart.

Each line's list is the search page's for that query; the search engine counts it by period
(documents.research.counting). Periods where the portal holds few documents at all are marked: a dip
there says more about the collection than about the topic.
"""

from __future__ import annotations

from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from documents.research.chart import SERIES, build_chart
from documents.research.counting import count
from documents.research.periods import axis, search_filters, sparse
from documents.search import ParamError, SearchParams

from .research import bad_parameter, csv_response, made_from, read_by, search_query, search_url
from .search_ui import BOUNDARIES, link

MAX_QUERIES = SERIES


def _queries(query) -> list[str]:
    typed = list(dict.fromkeys(value.strip() for value in query.getlist("q") if value.strip()))
    if len(typed) > MAX_QUERIES:
        raise ParamError(
            "q",
            _("nhiều nhất %(max)d câu tìm kiếm (đã nhập %(n)d).") % {"max": MAX_QUERIES, "n": len(typed)},
        )
    return typed


def _params_for(query, text: str) -> SearchParams:
    data = query.copy()
    data.setlist("q", [text] if text else [])
    return SearchParams.from_querydict(data)


@require_safe
def trends(request, fmt: str = "html"):
    query = request.GET
    try:
        typed = _queries(query)
        by = read_by(query)
        plans = [(text, _params_for(query, text)) for text in typed or [""]]
        filters = _params_for(query, "")
    except ParamError as error:
        return bad_parameter(request, error, csv_format=fmt == "csv")
    series = []
    for text, params in plans:
        per_period = count(params, by, provinces=False).by_period()
        series.append((text or _("Mọi văn bản"), text, per_period))
    overall = count(None, by, provinces=False).by_period()
    slots = axis({key for _n, _t, counts in series for key, n in counts.items() if key and n}, by)
    few = sparse(overall, slots)
    filters_only = search_query(query, keep_q=False)
    rows = []
    for slot in slots:
        if slot.is_gap:
            rows.append({"slot": slot, "cells": [], "sparse": False})
            continue
        cells = [
            (counts.get(slot.key, 0), search_url(filters_only, q=text or None, **search_filters(slot.key)))
            for _name, text, counts in series
        ]
        rows.append(
            {"slot": slot, "cells": cells, "sparse": slot.key in few, "overall": overall.get(slot.key, 0)}
        )
    undated = [counts.get(None, 0) for _n, _t, counts in series]
    totals = [sum(counts.values()) for _n, _t, counts in series]
    if fmt == "csv":
        table = [[_("Kỳ"), *(name for name, _t, _c in series)]]
        table += [
            [row["slot"].key, *(n for n, _url in row["cells"])] for row in rows if not row["slot"].is_gap
        ]
        if any(undated):
            table.append([_("Không rõ thời gian"), *undated])
        return csv_response(table, "xu-huong")
    chart = build_chart(slots, [(name, counts) for name, _t, counts in series], few)
    context = {
        "params": filters,
        "typed": typed,
        "inputs": [*typed, *[""] * (MAX_QUERIES - len(typed))],
        "series": [
            {"name": name, "index": i, "total": totals[i], "url": search_url(filters_only, q=text or None)}
            for i, (name, text, _c) in enumerate(series)
        ],
        "chart": chart,
        "rows": rows,
        "undated": undated if any(undated) else None,
        "undated_overall": overall.get(None, 0),
        "by": by,
        # The filters, each removable (the queries stay); the queries are the form's fields.
        "chips": made_from(query, filters),
        "hidden": [(k, v) for k in filters_only for v in filters_only.getlist(k) if k != BOUNDARIES],
        "by_links": [
            (_("Theo năm"), link(query, by="year"), by == "year"),
            (_("Theo quý"), link(query, by="quarter"), by == "quarter"),
        ],
        "csv_url": reverse("documents:trends_csv") + link(query),
        "max_queries": MAX_QUERIES,
        "chips_intro": _("mỗi câu tìm kiếm ở trên, trong các văn bản khớp với"),
        "empty_note": _("mỗi câu tìm kiếm ở trên, trong mọi văn bản của cổng (không có bộ lọc nào)."),
    }
    return render(request, "documents/research/trends.html", context)
