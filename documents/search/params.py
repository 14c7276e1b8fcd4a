"""The search parameters of the page, the JSON API and the export, read from a QueryDict.

Invalid values raise ParamError naming the parameter and the reason, for a 400 page or a JSON
error, never a 500. A facet parameter may repeat: OR within a facet, AND across facets.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from .dates import parse_date
from .errors import ParamError
from .facets import BY_PARAM, MAX_VALUE_CHARS
from .plan import SORT_NEWEST, SORT_OLDEST, SORT_RELEVANCE

SORTS = (SORT_RELEVANCE, SORT_NEWEST, SORT_OLDEST)
MAX_PAGE = 10_000
MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20
MAX_Q_CHARS = 5000
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"", "0", "false", "no", "off"}
# The values "exact" and "as_typed" take, as the API's schema lists them.
EXACT_VALUES = tuple(sorted(_TRUE | _FALSE - {""}))

__all__ = ["MAX_VALUE_CHARS", "ParamError", "SearchParams"]


@dataclass
class SearchParams:
    q: str = ""
    filters: dict[str, list[str]] = field(default_factory=dict)  # parameter name → values
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    sort: str = SORT_RELEVANCE
    page: int = 1
    page_size: int = DEFAULT_PAGE_SIZE
    exact: bool = False
    # The query as typed even when it finds no document with all its words and its typo
    # correction does (documents.search.service otherwise lists the correction's results).
    as_typed: bool = False

    @classmethod
    def from_querydict(cls, data, *, default_page_size: int = DEFAULT_PAGE_SIZE) -> SearchParams:
        params = cls(page_size=default_page_size)
        params.q = _single(data, "q")[:MAX_Q_CHARS]
        for name, facet in BY_PARAM.items():
            values = []
            for raw in data.getlist(name) if hasattr(data, "getlist") else _as_list(data.get(name)):
                value = str(raw).strip()
                if value and value not in values:
                    values.append(facet.validate(value))
            if values:
                params.filters[name] = values
        params.date_from = parse_date("date_from", _single(data, "date_from"), end=False)
        params.date_to = parse_date("date_to", _single(data, "date_to"), end=True)
        if params.date_from and params.date_to and params.date_from > params.date_to:
            raise ParamError("date_from", _("sau date_to."))
        sort = _single(data, "sort") or SORT_RELEVANCE
        if sort not in SORTS:
            raise ParamError("sort", _("phải là một trong: %(choices)s.") % {"choices": ", ".join(SORTS)})
        params.sort = sort
        params.page = _parse_int("page", _single(data, "page"), 1, 1, MAX_PAGE)
        params.page_size = _parse_int(
            "page_size", _single(data, "page_size"), default_page_size, 1, MAX_PAGE_SIZE
        )
        params.exact = _flag(data, "exact")
        params.as_typed = _flag(data, "as_typed")
        return params

    def selected(self, name: str) -> list[str]:
        return self.filters.get(name, [])


def _as_list(value) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def _single(data, name: str) -> str:
    value = data.get(name)
    if isinstance(value, list | tuple):
        value = value[-1] if value else ""
    return "" if value is None else str(value).strip()


def _flag(data, name: str) -> bool:
    value = _single(data, name).lower()
    if value not in _TRUE | _FALSE:
        raise ParamError(name, _("phải là 1 hoặc 0."))
    return value in _TRUE


def _parse_int(name: str, value: str, default: int, low: int, high: int) -> int:
    if not value:
        return default
    # isdigit() also accepts "²" and other digits int() refuses: ASCII digits only.
    if not (value.isascii() and value.isdigit()) or len(value) > 9:
        raise ParamError(name, _("phải là số nguyên."))
    number = int(value)
    if not low <= number <= high:
        raise ParamError(name, _("phải từ %(low)d đến %(high)d.") % {"low": low, "high": high})
    return number
