"""What the search page says when it cannot show results: a bad parameter in a reader's words
(with a link that repairs it), a page past the last one, and, for an empty list, which filter or
word to drop together with how many documents would come back.

The JSON API keeps the parameter names (its callers write them); the page names what the reader
sees: "Từ ngày", "Số trang", the facet's title.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from django.http import QueryDict
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from documents.search import FACETS, ParamError, SearchParams, facet_named, parse_date
from documents.search import search as run_search

from .search_ui import link

# The labels of the page's own controls, by parameter.
PARAM_LABELS = {
    "q": gettext_lazy("Từ khóa"),
    "page": gettext_lazy("Số trang"),
    "page_size": gettext_lazy("Số văn bản mỗi trang"),
    "date_from": gettext_lazy("Từ ngày"),
    "date_to": gettext_lazy("Đến ngày"),
    "sort": gettext_lazy("Sắp xếp"),
    "exact": gettext_lazy("Chỉ tìm đúng dấu"),
    "as_typed": gettext_lazy("Tìm theo đúng từ đã gõ"),
}
# At most this many searches are run again to say what an empty result would need.
MAX_RELAXATIONS = 8
_WORDS = re.compile(r'"[^"]*"|\S+')


@dataclass
class Repair:
    message: str
    url: str  # the search page's query string that fixes it
    label: str


def param_label(name: str) -> str:
    facet = facet_named(name)
    return str(facet.title) if facet else str(PARAM_LABELS.get(name, name))


def _reversed_dates(query: QueryDict) -> tuple | None:
    try:
        start = parse_date("date_from", query.get("date_from", "").strip(), end=False)
        end = parse_date("date_to", query.get("date_to", "").strip(), end=True)
    except ParamError:
        return None
    return (start, end) if start and end and start > end else None


def repair(query: QueryDict, error: ParamError) -> Repair:
    """The message for a bad parameter and a link that removes (or fixes) it."""
    dates = _reversed_dates(query) if error.param in ("date_from", "date_to") else None
    if dates:
        start, end = dates
        return Repair(
            _("Ngày bắt đầu (%(start)s) sau ngày kết thúc (%(end)s).")
            % {"start": start.strftime("%d/%m/%Y"), "end": end.strftime("%d/%m/%Y")},
            link(query, date_from=query.get("date_to"), date_to=query.get("date_from")),
            _("Đổi chỗ hai ngày"),
        )
    if error.param == "page":
        return Repair(
            _("Không có trang “%(value)s”: số trang là một số nguyên từ 1 trở lên.")
            % {"value": query.get("page", "")[:20]},
            link(query, page=None),
            _("Về trang đầu"),
        )
    label = param_label(error.param)
    return Repair(
        _("“%(label)s” không hợp lệ: %(message)s") % {"label": label, "message": error.message},
        link(query, **{error.param: None}),
        _("Bỏ “%(label)s”") % {"label": label},
    )


@dataclass
class Relaxation:
    label: str  # what to drop, as its chip reads
    url: str
    count: int


def _count(params: SearchParams) -> int:
    return run_search(dataclasses.replace(params, page=1, page_size=1)).total


def relaxations(query: QueryDict, params: SearchParams) -> list[Relaxation]:
    """For an empty result: each filter value and each query word that, dropped alone, brings
    documents back, with how many (the searches are run again, at most MAX_RELAXATIONS)."""
    candidates: list[tuple[str, str, SearchParams]] = []
    for facet in FACETS:
        for value in params.selected(facet.param):
            kept = [v for v in params.selected(facet.param) if v != value]
            filters = {**params.filters, facet.param: kept}
            filters.update(facet.removing(value, params.filters))
            filters = {name: values for name, values in filters.items() if values}
            candidates.append(
                (
                    f"{facet.title}: {facet.label(value)}",
                    link(query, **{facet.param: kept}, **facet.removing(value, params.filters)),
                    dataclasses.replace(params, filters=filters),
                )
            )
    if params.date_from or params.date_to:
        candidates.append(
            (
                _("Khoảng thời gian"),
                link(query, date_from=None, date_to=None),
                dataclasses.replace(params, date_from=None, date_to=None),
            )
        )
    words = _WORDS.findall(params.q)
    if len(words) > 1:
        for index, word in enumerate(words):
            if word.upper() == "OR":
                continue
            rest = " ".join(words[:index] + words[index + 1 :])
            candidates.append((word, link(query, q=rest), dataclasses.replace(params, q=rest)))
    found = []
    for label, url, relaxed in candidates[:MAX_RELAXATIONS]:
        count = _count(relaxed)
        if count:
            found.append(Relaxation(label, url, count))
    return sorted(found, key=lambda r: -r.count)
