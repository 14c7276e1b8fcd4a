"""GET /directives/ (and .csv): the central directives the corpus cites, with how many
provinces cite each and when, among the documents a search finds (the search page's parameters,
stated as on /compare/; none: every document); /directives/<number>/ (and .csv): which
documents of which province cite one of them, by year, and the provinces that never did."""

from __future__ import annotations

import datetime

from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_safe

from documents.permalinks import permalink_maker
from documents.research.citing import central_directives, citing_documents, citing_matrix
from documents.research.counting import SINCE_2025
from documents.research.directives import describe, number_from_slug, number_slug
from documents.search import SORTS as SEARCH_SORTS
from documents.search import ParamError, SearchParams, iter_ids

from .research import bad_parameter, boundary_links, csv_response, made_from, search_url
from .search_ui import BOUNDARIES, link

SORTS = {
    "number": (gettext_lazy("Số hiệu"), lambda d: d.directive.sort_key()),
    "kind": (gettext_lazy("Loại"), lambda d: (d.directive.kind_label, d.directive.sort_key())),
    "provinces": (gettext_lazy("Số tỉnh, thành dẫn"), lambda d: (d.provinces, d.documents)),
    "documents": (gettext_lazy("Số văn bản dẫn"), lambda d: (d.documents, d.provinces)),
    "first": (gettext_lazy("Lần dẫn đầu tiên"), lambda d: d.first or datetime.date.min),
    "last": (gettext_lazy("Lần dẫn gần nhất"), lambda d: d.last or datetime.date.min),
}
DEFAULT_SORT = "-provinces"


def _read_sort(query) -> tuple[str, bool]:
    value = query.get("sort") or DEFAULT_SORT
    if value in SEARCH_SORTS:
        # The search page's own order, carried by its link to this view: no order of this table.
        value = DEFAULT_SORT
    name = value.removeprefix("-")
    if name not in SORTS:
        choices = ", ".join(f"{n}, -{n}" for n in SORTS)
        raise ParamError("sort", _("phải là một trong: %(choices)s.") % {"choices": choices})
    return name, value.startswith("-")


def _search_part(query):
    """The query string without this view's own "sort" (the search's sort is another one, and
    the order of the list does not change which documents cite what)."""
    data = query.copy()
    for name in ("sort", "page"):
        data.pop(name, None)
    return data


def _searches(params: SearchParams) -> bool:
    return bool(params.q or params.filters or params.date_from or params.date_to)


def _chosen(params: SearchParams) -> set[int] | None:
    """The documents the search finds; None when it has neither words nor filters (every
    document: no search needed)."""
    return set(iter_ids(params)) if _searches(params) else None


@require_safe
def directive_list(request, fmt: str = "html"):
    searched = _search_part(request.GET)
    try:
        name, descending = _read_sort(request.GET)
        params = SearchParams.from_querydict(searched)
    except ParamError as error:
        return bad_parameter(request, error, csv_format=fmt == "csv")
    # Ties keep the order of the numbers (sorting is stable, reversed or not).
    by_number = sorted(central_directives(_chosen(params)), key=SORTS["number"][1])
    found = sorted(by_number, key=SORTS[name][1], reverse=descending)
    if fmt == "csv":
        rows = [
            [
                _("Số hiệu"),
                _("Loại"),
                _("Cơ quan ban hành"),
                _("Tiêu đề"),
                *(str(SORTS[n][0]) for n in SORTS if n not in ("number", "kind")),
            ]
        ]
        rows += [
            [
                d.directive.number,
                d.directive.kind_label,
                d.directive.issuer_label,
                d.title,
                d.provinces,
                d.documents,
                d.first.isoformat() if d.first else "",
                d.last.isoformat() if d.last else "",
            ]
            for d in found
        ]
        return csv_response(rows, "van-ban-trung-uong")
    headers = []
    for column, (label, _key) in SORTS.items():
        current = column == name
        # A click on the sorted column turns it round; on another, numbers and dates start high.
        next_sort = (
            (column if descending else f"-{column}")
            if current
            else (column if column in ("number", "kind") else f"-{column}")
        )
        aria = ("descending" if descending else "ascending") if current else None
        headers.append({"label": label, "url": link(request.GET, sort=next_sort), "aria_sort": aria})
    context = {
        "directives": found,
        "headers": headers,
        "chips": made_from(request.GET, params),
        "chips_intro": _("các số hiệu văn bản Trung ương mà văn bản khớp với các điều kiện sau dẫn tới:"),
        "empty_note": _(
            "mọi số hiệu văn bản của Trung ương (…/TW, Bộ Chính trị, Ban Bí thư, các ban Trung ương) "
            "mà văn bản trong cổng dẫn tới."
        ),
        "search_url": search_url(searched) if _searches(params) else None,
        "csv_url": reverse("documents:directives_csv") + link(request.GET),
    }
    return render(request, "documents/research/directives.html", context)


def citing_cells(matrix) -> list[list[SafeString]]:
    """Each row's cells as markup: every citing document a link by its date (its title when
    undated). Written here rather than in the template: a much cited number has thousands of
    documents, and the template language spent far longer on their links than the reading."""
    address = permalink_maker(lambda path: path)  # the page's path, reversed once

    def link(document) -> str:
        label = Truncator(document.date_display or document.title).chars(40)
        return f'<a href="{address(document.pk)}" title="{escape(document.title)}">{escape(label)}</a>'

    return [
        [mark_safe("<br>".join(link(d) for d in documents)) for documents in row.cells]  # noqa: S308 - escaped
        for row in matrix.rows
    ]


@require_safe
def directive_detail(request, slug: str, fmt: str = "html"):
    number = number_from_slug(slug)
    if number is None:
        raise Http404(_("Không có số hiệu văn bản này."))
    boundary = SINCE_2025 if request.GET.get(BOUNDARIES) == "2025" else "time"
    citing = citing_documents(number, boundary)
    if not citing.documents:
        raise Http404(_("Không văn bản nào dẫn số hiệu này."))
    matrix = citing_matrix(citing)
    if fmt == "csv":
        kept = [i for i, column in enumerate(matrix.columns) if not column.is_gap]
        columns = [matrix.columns[i].key or str(matrix.columns[i].label) for i in kept]
        table = [[_("Tỉnh, thành phố"), *columns, _("Tổng")]]
        for row in matrix.rows:
            counts = [len(row.cells[i]) for i in kept]
            table.append([row.label, *counts, sum(counts)])
        return csv_response(table, f"dan-{number_slug(number).lower()}")
    context = {
        "directive": describe(number),
        "bearer": citing.bearer,
        "matrix": matrix,
        "rows": list(zip(matrix.rows, citing_cells(matrix), strict=True)),
        "never": citing.never,
        "count": len(citing.documents),
        "switch": boundary_links(request.GET, boundary),
        "csv_url": reverse("documents:directive_csv", args=[number_slug(number)]) + link(request.GET),
    }
    return render(request, "documents/research/directive.html", context)
