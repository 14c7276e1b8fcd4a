"""A batch indexes what it wrote in commits of many documents, also early while the writer waits."""

from __future__ import annotations

import pytest

from documents.search.signals import batched_indexing, index_pending
from tests.factories import DocumentFactory
from tests.index import indexed_ids

pytestmark = pytest.mark.django_db


def test_pending_documents_are_indexed_early_only_when_there_are_enough():
    with batched_indexing(batch_size=100):
        first = [DocumentFactory(raw_text=f"Hội nghị số {n} của Ban Thường vụ") for n in range(3)]
        assert indexed_ids() == set()  # waiting for the batch
        index_pending(at_least=4)
        assert indexed_ids() == set()  # too few to be worth a commit
        index_pending(at_least=3)
        assert indexed_ids() == {d.pk for d in first}
        last = DocumentFactory(raw_text="Hội nghị cuối cùng")
        assert last.pk not in indexed_ids()
    assert indexed_ids() == {d.pk for d in [*first, last]}  # the block's end indexes the rest


def test_index_pending_outside_a_batch_does_nothing():
    index_pending()  # no open batch: nothing to index, no error
