"""GET /search/: the search page, and /search/facets/<name>/, every value of one facet.

All state is in the query string (SearchParams reads it; ``boundaries`` chooses which province
facet is shown); a bad parameter gives a 400 page naming it.
"""

from __future__ import annotations

import dataclasses
import logging

from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_safe

from documents.search import FACETS, ParamError, SearchParams, facet_named
from documents.search import search as run_search
from documents.vietnamese.normalize import fold

from .histogram import build_histogram
from .search_help import Repair, relaxations, repair
from .search_ui import (
    BOUNDARIES,
    chips,
    facet_panels,
    facet_rows,
    link,
    page_links,
    result_rows,
    tier_summary,
)

logger = logging.getLogger(__name__)

SORT_LABELS = (
    ("relevance", gettext_lazy("Liên quan nhất")),
    ("newest", gettext_lazy("Mới nhất")),
    ("oldest", gettext_lazy("Cũ nhất")),
)
# Parameters the page carries in hidden fields when the query box or a side form is submitted.
CARRIED = (
    *(facet.param for facet in FACETS),
    "date_from",
    "date_to",
    "sort",
    "exact",
    "as_typed",
    BOUNDARIES,
)


def _hidden(query, *, skip: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(name, value) for name in CARRIED if name not in skip for value in query.getlist(name)]


def _facet_url(name: str) -> str:
    return reverse("documents:search_facet", args=[name])


def _bad_parameter(request, error: ParamError, template="documents/search.html"):
    fix = repair(request.GET, error)
    context = {
        "q": request.GET.get("q", "")[:500],
        "error": fix.message,
        "error_param": error.param,
        "repair": fix,
    }
    return render(request, template, context, status=400)


def _no_such_page(request, params, outcome):
    """A page past the last one (an old link, a typed number): say so and link the last page."""
    message = _("Không có trang %(page)d: tìm kiếm này có %(count)d trang.") % {
        "page": params.page,
        "count": outcome.num_pages,
    }
    last = Repair(message, link(request.GET, page=str(outcome.num_pages)), _("Tới trang cuối"))
    context = {"q": params.q, "params": params, "error": message, "repair": last}
    return render(request, "documents/search.html", context, status=404)


@require_safe
def search(request):
    query = request.GET
    try:
        params = SearchParams.from_querydict(query)
    except ParamError as error:
        return _bad_parameter(request, error)
    outcome = run_search(params)
    if params.page > outcome.num_pages:
        return _no_such_page(request, params, outcome)
    active_chips = chips(query, params)
    export_query = query.copy()
    for name in ("page", BOUNDARIES):
        export_query.pop(name, None)
    # The document page carries the whole search, so its "back to results" returns to this page;
    # a list of a typo's correction is the correction's, whose words the document page marks.
    searched = query.copy()
    if outcome.corrected_query:
        searched["q"] = outcome.corrected_query
    detail_suffix = "?" + searched.urlencode() if query else ""
    context = {
        "q": params.q,
        "params": params,
        "outcome": outcome,
        "results": result_rows(outcome.hits),
        "tiers": tier_summary(outcome),
        "panels": facet_panels(query, params, outcome, _facet_url),
        "chips": active_chips,
        "filter_count": len(active_chips) - bool(params.q),
        "histogram": build_histogram(query, params, outcome),
        "sorts": SORT_LABELS,
        # A new query is read as typed again: as_typed was for the one before.
        "hidden_for_query": _hidden(query, skip=("q", "exact", "as_typed")),
        "hidden_for_sort": _hidden(query, skip=("sort",)) + [("q", params.q)] * bool(params.q),
        "hidden_for_dates": _hidden(query, skip=("date_from", "date_to", "date"))
        + [("q", params.q)] * bool(params.q),
        "first_rank": (params.page - 1) * params.page_size + 1,
        "last_rank": (params.page - 1) * params.page_size + len(outcome.hits),
        "previous_url": link(query, page=str(params.page - 1)) if outcome.has_previous else None,
        "next_url": link(query, page=str(params.page + 1)) if outcome.has_next else None,
        "pages": page_links(query, params.page, outcome.num_pages) if outcome.num_pages > 1 else [],
        "suggestion_url": link(query, q=outcome.suggestion, as_typed=None) if outcome.suggestion else None,
        "as_typed_url": link(query, as_typed="1") if outcome.corrected_query else None,
        "exact_url": link(query, exact=None if params.exact else "1"),
        "export_query": export_query.urlencode(),
        "detail_suffix": detail_suffix,
        "has_state": any(name in query for name in (*CARRIED, "q")),
        "relaxations": relaxations(query, params) if not outcome.total else [],
    }
    return render(request, "documents/search.html", context)


@require_safe
def search_facet(request, name: str):
    """Every value of one facet for the current search, filtered by ``facet_q`` (works without JS)."""
    facet = facet_named(name)
    if facet is None or not facet.counted:
        raise Http404(f"No facet named {name}.")
    query = request.GET
    try:
        params = SearchParams.from_querydict(query)
    except ParamError as error:
        return _bad_parameter(request, error)
    outcome = run_search(dataclasses.replace(params, page=1, page_size=1))
    typed = query.get("facet_q", "").strip()[:100]
    search_query = query.copy()
    search_query.pop("facet_q", None)
    values = outcome.facets.get(name, [])
    if typed:
        wanted = fold(typed.lower())
        values = [v for v in values if wanted in fold(v.label.lower())]
    search_url = reverse("documents:search")
    context = {
        "name": name,
        "title": facet.title,
        "rows": facet_rows(search_query, params, name, values, prefix=search_url),
        "typed": typed,
        "hidden": [(k, v) for k in search_query for v in search_query.getlist(k)],
        "back_url": search_url + link(search_query, page=query.get("page")),
    }
    return render(request, "documents/search_facet.html", context)
