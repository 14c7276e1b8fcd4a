"""What only the tantivy backend has to get right: its writer lock, its index directory."""

from __future__ import annotations

import threading
import time

import pytest
import tantivy

from documents.search import tantivy_backend
from documents.search.tantivy_backend import VERSION_FILE, TantivySearchBackend

from .conftest import make_document

pytestmark = pytest.mark.django_db(transaction=True)


def _backend(tmp_path) -> TantivySearchBackend:
    return TantivySearchBackend("default", PATH=str(tmp_path / "tantivy"))


def _index_all(backend) -> None:
    from haystack import connections

    from documents.models import Document

    index = connections["default"].get_unified_index().get_index(Document)
    backend.update(index, list(index.index_queryset()))


def test_writer_waits_for_a_writer_of_another_process(tmp_path):
    backend = _backend(tmp_path)
    backend.index  # noqa: B018 - creates the index
    make_document("Tỉnh ủy Lai Châu họp bàn chuyển đổi số.")
    other = tantivy.Index.open(backend.path).writer(heap_size=15_000_000, num_threads=1)

    def release() -> None:
        time.sleep(0.5)
        other.rollback()
        other.wait_merging_threads()

    threading.Thread(target=release).start()
    start = time.monotonic()
    _index_all(backend)
    assert time.monotonic() - start >= 0.4
    assert backend.searcher().num_docs == 1


def test_an_index_of_another_layout_is_started_again(tmp_path):
    backend = _backend(tmp_path)
    make_document("Tỉnh ủy Lai Châu họp bàn chuyển đổi số.")
    _index_all(backend)
    (tmp_path / "tantivy" / VERSION_FILE).write_text("0")
    tantivy_backend._forget(backend.path)
    assert _backend(tmp_path).searcher().num_docs == 0


def test_removing_and_clearing(tmp_path):
    backend = _backend(tmp_path)
    first = make_document("Tỉnh ủy Lai Châu họp bàn chuyển đổi số.")
    make_document("Tỉnh ủy Gia Lai họp bàn an ninh.")
    _index_all(backend)
    backend.remove(first)
    assert backend.searcher().num_docs == 1
    backend.clear()
    assert backend.searcher().num_docs == 0
