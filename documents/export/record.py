"""The record of an export: what was searched, when, and how many documents, so that a reader
of the file can run the same search again (the XLSX "Truy vấn" sheet, the JSON "record")."""

from __future__ import annotations

import datetime

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from documents.search import SearchParams, facet_named

from .columns import COLUMNS

# Parameters that choose a page of the list, not the list: an export ignores them.
PAGING_PARAMS = ("page", "page_size")

SORT_LABELS = {
    "relevance": gettext_lazy("Liên quan nhất"),
    "newest": gettext_lazy("Mới nhất"),
    "oldest": gettext_lazy("Cũ nhất"),
}


def search_query_string(query) -> str:
    data = query.copy()
    for name in PAGING_PARAMS:
        data.pop(name, None)
    return data.urlencode()


def build_record(request, params: SearchParams, count: int, exported_at: datetime.datetime) -> dict:
    query_string = search_query_string(request.GET)
    search_url = request.build_absolute_uri(reverse("documents:search"))
    return {
        "title": _("Danh sách văn bản tìm được"),
        "search_url": f"{search_url}?{query_string}" if query_string else search_url,
        "query": params.q,
        "filters": {name: list(values) for name, values in params.filters.items()},
        "date_from": params.date_from.isoformat() if params.date_from else None,
        "date_to": params.date_to.isoformat() if params.date_to else None,
        "sort": params.sort,
        "exact": params.exact,
        "exported_at": exported_at.isoformat(timespec="seconds"),
        "count": count,
        "columns": [{"key": column.key, "header": column.header} for column in COLUMNS],
    }


def record_lines(record: dict) -> list[tuple[str, str]]:
    """The record as (label, value) lines for a spreadsheet."""
    lines = [
        (_("Tiêu đề"), record["title"]),
        (_("Từ khóa tìm kiếm (q)"), record["query"]),
    ]
    for name, values in record["filters"].items():
        facet = facet_named(name)
        title = str(facet.title) if facet else name
        shown = [facet.label(v) if facet else v for v in values]
        lines.append((f"{title} ({name})", "; ".join(shown)))
    if record["date_from"]:
        lines.append((_("Từ ngày (date_from)"), record["date_from"]))
    if record["date_to"]:
        lines.append((_("Đến ngày (date_to)"), record["date_to"]))
    lines += [
        (_("Sắp xếp (sort)"), f"{SORT_LABELS.get(record['sort'], record['sort'])} ({record['sort']})"),
        (_("Đúng dấu (exact)"), _("có") if record["exact"] else _("không")),
        (_("Thời điểm xuất"), record["exported_at"]),
        (_("Số văn bản"), str(record["count"])),
        (_("Đường dẫn tìm kiếm"), record["search_url"]),
    ]
    return lines
