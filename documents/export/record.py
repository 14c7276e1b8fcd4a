"""The record of an export: what was searched, when, and how many documents, so that a reader
of the file can run the same search again (the XLSX "Truy vấn" sheet, the JSON "record")."""

from __future__ import annotations

import datetime

from django.urls import reverse

from documents.search.params import SearchParams

from .columns import COLUMNS

# Parameters that choose a page of the list, not the list: an export ignores them.
PAGING_PARAMS = ("page", "page_size")

FILTER_LABELS = {
    "province": "Tỉnh, thành phố",
    "province_current": "Tỉnh, thành phố (từ 2025)",
    "year": "Năm",
    "quarter": "Quý",
    "month": "Tháng",
    "date": "Ngày",
    "meeting_type": "Loại hội nghị",
    "doc_type": "Loại văn bản",
    "level": "Cấp",
    "official": "Cán bộ",
}
SORT_LABELS = {"relevance": "Liên quan nhất", "newest": "Mới nhất", "oldest": "Cũ nhất"}


def search_query_string(query) -> str:
    data = query.copy()
    for name in PAGING_PARAMS:
        data.pop(name, None)
    return data.urlencode()


def build_record(request, params: SearchParams, count: int, exported_at: datetime.datetime) -> dict:
    query_string = search_query_string(request.GET)
    search_url = request.build_absolute_uri(reverse("documents:search"))
    return {
        "title": "Danh sách văn bản tìm được",
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
        ("Tiêu đề", record["title"]),
        ("Từ khóa tìm kiếm (q)", record["query"]),
    ]
    for name, values in record["filters"].items():
        lines.append((f"{FILTER_LABELS.get(name, name)} ({name})", "; ".join(values)))
    if record["date_from"]:
        lines.append(("Từ ngày (date_from)", record["date_from"]))
    if record["date_to"]:
        lines.append(("Đến ngày (date_to)", record["date_to"]))
    lines += [
        ("Sắp xếp (sort)", f"{SORT_LABELS.get(record['sort'], record['sort'])} ({record['sort']})"),
        ("Đúng dấu (exact)", "có" if record["exact"] else "không"),
        ("Thời điểm xuất", record["exported_at"]),
        ("Số văn bản", str(record["count"])),
        ("Đường dẫn tìm kiếm", record["search_url"]),
    ]
    return lines
