"""GET /search/: the basic search page (query, count, results, sort, pages, facet links)."""

from __future__ import annotations

import logging

from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from documents.search.params import FACET_PARAMS
from documents.search.service import ParamError, SearchParams, run_search

logger = logging.getLogger(__name__)

FACET_TITLES = {
    "province": gettext_lazy("Tỉnh, thành phố"),
    "province_current": gettext_lazy("Tỉnh, thành phố (từ 2025)"),
    "year": gettext_lazy("Năm"),
    "quarter": gettext_lazy("Quý"),
    "month": gettext_lazy("Tháng"),
    "meeting_type": gettext_lazy("Loại hội nghị"),
    "doc_type": gettext_lazy("Loại văn bản"),
    "level": gettext_lazy("Cấp"),
    "official": gettext_lazy("Cán bộ"),
}
FACET_LIMIT = 15
SORT_LABELS = (
    ("relevance", gettext_lazy("Liên quan nhất")),
    ("newest", gettext_lazy("Mới nhất")),
    ("oldest", gettext_lazy("Cũ nhất")),
)


def _link(query, **changes) -> str:
    """The current query string with ``changes`` applied (a list value replaces the parameter)."""
    data = query.copy()
    for name, value in changes.items():
        if value is None:
            data.pop(name, None)
        elif isinstance(value, list):
            data.setlist(name, value)
        else:
            data[name] = value
    return "?" + data.urlencode()


def search(request):
    query = request.GET
    context = {"q": query.get("q", ""), "error": None, "outcome": None}
    try:
        params = SearchParams.from_querydict(query)
    except ParamError as error:
        context["error"] = _("Tham số “%(param)s” không hợp lệ: %(message)s") % {
            "param": error.param,
            "message": error.message,
        }
        return render(request, "documents/search.html", context, status=400)

    outcome = run_search(params)
    facets = []
    for name in FACET_PARAMS:
        values = outcome.facets.get(name) or []
        if not values:
            continue
        selected = params.selected(name)
        rows = []
        for value in values[:FACET_LIMIT]:
            chosen = [v for v in selected if v != value] if value.selected else [*selected, value.value]
            rows.append({"value": value, "url": _link(query, page=None, **{name: chosen})})
        facets.append({"name": name, "title": FACET_TITLES[name], "values": rows})
    context.update(
        {
            "params": params,
            "outcome": outcome,
            "facets": facets,
            "sorts": [
                (key, _(label), _link(query, sort=key, page=None))
                for key, label in (
                    ("relevance", "Liên quan nhất"),
                    ("newest", "Mới nhất"),
                    ("oldest", "Cũ nhất"),
                )
            ],
            "first_rank": (params.page - 1) * params.page_size + 1,
            "previous_url": _link(query, page=str(params.page - 1)) if outcome.has_previous else None,
            "next_url": _link(query, page=str(params.page + 1)) if outcome.has_next else None,
            "suggestion_url": _link(query, q=outcome.suggestion, page=None) if outcome.suggestion else None,
            "exact_url": _link(query, exact=None if params.exact else "1", page=None),
        }
    )
    return render(request, "documents/search.html", context)
