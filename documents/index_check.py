"""Does the search index hold exactly the documents of the database, as they are now? And the
repair if not.

An entry is stale when its fingerprint (DocumentIndex.fingerprint, a digest of the entry) differs
from the one the row gives now: the row, its province or its officials changed without the index
hearing of it (an update that bypassed the signals, a write lost while the engine was down).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from django.apps import apps
from haystack import connections
from haystack.utils import get_identifier

from .models import Document
from .search import search_backend

CHUNK = 500


@dataclass
class IndexReport:
    in_database: int
    in_index: int
    missing: list[int]  # rows the index lacks
    extra: list[int]  # index entries with no row
    stale: list[int] = field(default_factory=list)  # entries made from an older state of their row
    layout_reset: str = ""  # why the engine started the index empty, if it did (a new layout)

    @property
    def consistent(self) -> bool:
        return not self.missing and not self.extra and not self.stale


def _document_pk(identifier: str) -> int | None:
    app_model, _, pk = identifier.rpartition(".")
    return int(pk) if app_model == "documents.document" and pk.isdigit() else None


def current_fingerprints(pks: Iterable[int], using: str = "default") -> Iterator[tuple[int, str]]:
    """(pk, the fingerprint its entry would have now) of the rows ``pks``, read in chunks."""
    index = connections[using].get_unified_index().get_index(Document)
    queryset = index.index_queryset(using=using)
    pks = sorted(pks)
    for start in range(0, len(pks), CHUNK):
        for document in queryset.filter(pk__in=pks[start : start + CHUNK]):
            yield document.pk, index.full_prepare(document)["fingerprint"]


def check_index(using: str = "default", stale: bool = True) -> IndexReport:
    """The differences between index and database; ``stale=False`` compares only which documents
    are there (the fingerprints need every row prepared as for indexing)."""
    fingerprints = {}
    engine = search_backend(using)
    for identifier, fingerprint in engine.indexed_fingerprints().items():
        pk = _document_pk(identifier)
        if pk is not None:
            fingerprints[pk] = fingerprint
    stored = set(Document.objects.values_list("pk", flat=True))
    both = stored & fingerprints.keys()
    changed = []
    if stale:
        changed = [pk for pk, now in current_fingerprints(both, using) if fingerprints[pk] != now]
    return IndexReport(
        in_database=len(stored),
        in_index=len(fingerprints),
        missing=sorted(stored - fingerprints.keys()),
        extra=sorted(fingerprints.keys() - stored),
        stale=sorted(changed),
        layout_reset=engine.layout_reset(),
    )


def repair_index(report: IndexReport, using: str = "default") -> None:
    """Index the missing and stale rows again and drop the entries whose rows are gone."""
    processor = apps.get_app_config("haystack").signal_processor
    if report.missing or report.stale:
        processor.update_pks(sorted({*report.missing, *report.stale}))
    backend = connections[using].get_backend()
    for pk in report.extra:
        backend.remove(get_identifier(Document(pk=pk)))
