"""Does the search index hold exactly the documents of the database? And the repair if not."""

from __future__ import annotations

from dataclasses import dataclass

from django.apps import apps
from django.http import QueryDict
from haystack import connections
from haystack.utils import get_identifier

from .models import Document
from .search import SearchParams
from .search import iter_ids as iter_document_ids


@dataclass
class IndexReport:
    in_database: int
    in_index: int
    missing: list[int]  # rows the index lacks
    extra: list[int]  # index entries with no row

    @property
    def consistent(self) -> bool:
        return not self.missing and not self.extra


def check_index(using: str = "default") -> IndexReport:
    indexed = set(iter_document_ids(SearchParams.from_querydict(QueryDict("")), using=using))
    stored = set(Document.objects.values_list("pk", flat=True))
    return IndexReport(
        in_database=len(stored),
        in_index=len(indexed),
        missing=sorted(stored - indexed),
        extra=sorted(indexed - stored),
    )


def repair_index(report: IndexReport, using: str = "default") -> None:
    """Index the missing rows and drop the entries whose rows are gone."""
    processor = apps.get_app_config("haystack").signal_processor
    if report.missing:
        processor.update_pks(report.missing)
    backend = connections[using].get_backend()
    for pk in report.extra:
        backend.remove(get_identifier(Document(pk=pk)))
