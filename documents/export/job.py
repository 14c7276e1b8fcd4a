"""One export: the search parameters, the count checked against the row limit, the record and
the rows (read lazily, in the search's order)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass

from django.conf import settings
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from documents.search import SearchParams
from documents.search import iter_ids as iter_document_ids
from documents.search import search as run_search

from .columns import RowContext
from .record import build_record
from .reference import Reference, iter_references
from .rows import PlainSnippets, iter_rows

DEFAULT_MAX_ROWS = 100_000


def max_rows() -> int:
    return int(getattr(settings, "PORTAL_EXPORT_MAX_ROWS", DEFAULT_MAX_ROWS))


class TooManyRows(Exception):
    def __init__(self, count: int, limit: int):
        super().__init__(f"{count} documents match; an export holds at most {limit}.")
        self.count = count
        self.limit = limit

    @property
    def message(self) -> str:
        """What the visitor reads, in the active language."""
        return _(
            "Kết quả có %(count)s văn bản, vượt giới hạn xuất %(limit)s dòng. "
            "Hãy thu hẹp bộ lọc (tỉnh, năm, loại hội nghị...) rồi xuất lại."
        ) % {"count": _grouped(self.count), "limit": _grouped(self.limit)}


def _grouped(number: int) -> str:
    """``number`` with the active language's thousands separator (100.000, 100,000)."""
    return f"{number:,}".replace(",", formats.get_format("THOUSAND_SEPARATOR"))


def count_matches(params: SearchParams) -> tuple[int, bool]:
    """How many documents match, and whether the search ignored diacritics to find them."""
    outcome = run_search(dataclasses.replace(params, page=1, page_size=1), facets=False)
    return outcome.total, outcome.accent_insensitive


@dataclass
class ExportJob:
    params: SearchParams
    count: int
    record: dict
    context: RowContext

    def rows(self) -> Iterator[tuple[str, ...]]:
        return iter_rows(iter_document_ids(self.params), self.context)

    def references(self) -> Iterator[Reference]:
        return iter_references(iter_document_ids(self.params), self.context)


def prepare_export(request, params: SearchParams, *, limit: int | None = None) -> ExportJob:
    """The export of ``params``'s whole list; TooManyRows when it is longer than the limit."""
    limit = max_rows() if limit is None else limit
    count, accent_insensitive = count_matches(params)
    if count > limit:
        raise TooManyRows(count, limit)
    now = timezone.localtime()
    context = RowContext(
        absolute_url=request.build_absolute_uri,
        accessed=now.date(),
        snippet=PlainSnippets(params, folded=accent_insensitive),
    )
    return ExportJob(
        params=params, count=count, record=build_record(request, params, count, now), context=context
    )
