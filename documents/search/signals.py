"""Keeps the search index in step with the database.

Haystack's realtime processor indexes inside the transaction, on every save of every model.
Ours indexes a document once, after its transaction commits (so the index never holds a
document the database rolled back, and sees the officials saved after the document), and
also when an Appearance changes, since a document's officials are part of its index entry.
A write the search engine does not answer is retried from the task queue (index_retry.py).
Only published documents are indexed (``Document.objects``); one held for review is not, and
publishing or unpublishing syncs its entry (documents/publication.py).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from django.db import models, transaction
from haystack.exceptions import NotHandled
from haystack.signals import BaseSignalProcessor
from haystack.utils import get_identifier

from .index_retry import write_or_queue

logger = logging.getLogger(__name__)

# Documents committed inside a batched_indexing() block wait here instead of costing one index
# commit each (a Whoosh commit merges segments, which is slow enough to dominate a batch).
_batch = threading.local()


@contextmanager
def batched_indexing(batch_size: int = 100) -> Iterator[None]:
    """Index the documents committed inside the block in batches of ``batch_size``.

    Whatever was committed is indexed when the block ends, also on an error or an interrupt,
    so the database and the index agree at the end of every ingest.
    """
    if getattr(_batch, "pending", None) is not None:  # nested: the outer block flushes
        yield
        return
    _batch.pending, _batch.size = [], batch_size
    try:
        yield
    finally:
        pending, _batch.pending = _batch.pending, None
        if pending:
            _processor().update_pks(pending)


def index_pending(at_least: int = 1) -> None:
    """Index now what the open batch holds, when it holds at least ``at_least`` documents: a
    writer that would otherwise wait (for a worker) spends the wait indexing, and less is left
    for the end."""
    pending = getattr(_batch, "pending", None)
    if pending and len(pending) >= at_least:
        _batch.pending = []
        _processor().update_pks(pending)


def index_documents(pks: list[int]) -> None:
    """Index these documents now (recovery: committed by a job that died before its index
    commit)."""
    _processor().update_pks(list(pks))


def sync_documents(pks: list[int]) -> None:
    """Make these documents' index entries what the database holds: written when published,
    removed when held or gone (publishing and unpublishing); retried from the queue when the
    engine does not answer."""
    pks = sorted(set(pks))
    if pks:
        write_or_queue(pks, lambda: _processor().sync_pks(pks))


def _defer(pk: int) -> bool:
    """Queue ``pk`` when a batch is open; True when queued (the batch indexes it later)."""
    pending = getattr(_batch, "pending", None)
    if pending is None:
        return False
    pending.append(pk)
    if len(pending) >= _batch.size:
        _batch.pending = []
        _processor().update_pks(pending)
    return True


def _processor() -> DocumentSignalProcessor:
    from django.apps import apps

    return apps.get_app_config("haystack").signal_processor


class DocumentSignalProcessor(BaseSignalProcessor):
    def setup(self) -> None:
        from documents.models import Appearance, Document, Official, Province

        self._document_model = Document
        models.signals.post_save.connect(self._document_saved, sender=Document)
        models.signals.post_delete.connect(self._document_deleted, sender=Document)
        models.signals.post_save.connect(self._appearance_changed, sender=Appearance)
        models.signals.post_delete.connect(self._appearance_changed, sender=Appearance)
        # A renamed province or official changes the facet values of its documents.
        models.signals.post_save.connect(self._province_saved, sender=Province)
        models.signals.post_save.connect(self._official_saved, sender=Official)

    def teardown(self) -> None:
        from documents.models import Appearance, Document, Official, Province

        models.signals.post_save.disconnect(self._document_saved, sender=Document)
        models.signals.post_delete.disconnect(self._document_deleted, sender=Document)
        models.signals.post_save.disconnect(self._appearance_changed, sender=Appearance)
        models.signals.post_delete.disconnect(self._appearance_changed, sender=Appearance)
        models.signals.post_save.disconnect(self._province_saved, sender=Province)
        models.signals.post_save.disconnect(self._official_saved, sender=Official)

    def _province_saved(self, sender, instance, created=False, **kwargs) -> None:
        if created:
            return
        documents = self._document_model.objects.filter(
            models.Q(province=instance) | models.Q(province__successor=instance)
        )
        transaction.on_commit(lambda: self.update_documents(documents))

    def _official_saved(self, sender, instance, created=False, **kwargs) -> None:
        if created:
            return
        documents = self._document_model.objects.filter(appearances__official=instance).distinct()
        transaction.on_commit(lambda: self.update_documents(documents))

    def update_pks(self, pks: list[int]) -> None:
        self.update_documents(self._document_model.objects.filter(pk__in=set(pks)))

    def update_documents(self, queryset) -> None:
        """Reindex many documents with one writer commit per index."""
        pks = list(queryset.values_list("pk", flat=True))
        write_or_queue(pks, lambda: self._write(self._document_model.objects.filter(pk__in=pks)))

    def sync_pks(self, pks: list[int]) -> None:
        """Index entries equal to the rows for ``pks``: written for the published rows, removed
        for the others (gone or held for review). Raises SearchUnavailable (the retry task's
        caller decides)."""
        present = set(self._document_model.objects.filter(pk__in=pks).values_list("pk", flat=True))
        self._write(self._document_model.objects.filter(pk__in=present))
        label = self._document_model._meta.label_lower
        for pk in sorted(set(pks) - present):
            self._remove_identifier(f"{label}.{pk}", None)

    def _write(self, queryset) -> None:
        for using in self.connection_router.for_write():
            try:
                index = self.connections[using].get_unified_index().get_index(self._document_model)
            except NotHandled:
                continue
            objects = list(index.index_queryset(using=using).filter(pk__in=queryset.values("pk")))
            if objects:
                self.connections[using].get_backend().update(index, objects)

    def _document_saved(self, sender, instance, **kwargs) -> None:
        self._schedule_update(instance.pk)

    def _appearance_changed(self, sender, instance, **kwargs) -> None:
        self._schedule_update(instance.document_id)

    def _document_deleted(self, sender, instance, **kwargs) -> None:
        # Django clears the instance's pk when the delete ends, before a commit runs the removal:
        # the index entry is named now.
        identifier, pk = get_identifier(instance), instance.pk
        transaction.on_commit(
            lambda: write_or_queue([pk], lambda: self._remove_identifier(identifier, instance))
        )

    def _schedule_update(self, pk: int) -> None:
        # One update per document per transaction: a document saved with ten appearances is
        # indexed once. A callback still queued on the connection means one is already due;
        # after a rollback the queue is empty again, so nothing is skipped by mistake.
        connection = transaction.get_connection()
        queued = {id(entry[1]) for entry in connection.run_on_commit}
        pending = connection.__dict__.setdefault("_portal_pending_index", {})
        if pk in pending and id(pending[pk]) in queued:
            return

        def run() -> None:
            pending.pop(pk, None)
            if not _defer(pk):
                self.update_document(pk)

        pending[pk] = run
        transaction.on_commit(run)

    def update_document(self, pk: int) -> None:
        write_or_queue([pk], lambda: self._write_one(pk))

    def _write_one(self, pk: int) -> None:
        document = self._document_model.with_held.filter(pk=pk).first()
        if document is None:
            return
        if not document.is_published:
            # Held for review (or just unpublished in the admin): not in the index.
            self._remove_identifier(get_identifier(document), document)
            return
        for using in self.connection_router.for_write(instance=document):
            try:
                index = self.connections[using].get_unified_index().get_index(self._document_model)
            except NotHandled:
                continue
            index.update_object(document, using=using)

    def _remove_identifier(self, identifier: str, instance) -> None:
        hints = {"instance": instance} if instance is not None else {}
        for using in self.connection_router.for_write(**hints):
            try:
                index = self.connections[using].get_unified_index().get_index(self._document_model)
            except NotHandled:
                continue
            index.remove_object(identifier, using=using)
