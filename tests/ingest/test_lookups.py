"""A batch looks each province and official up once, and never reuses an official a failed
document created (its row went away with the rollback)."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from documents.ingest.lookups import Lookups
from documents.ingest.store import store_prepared
from documents.models import Appearance, Document, Official
from documents.search import batched_indexing

pytestmark = pytest.mark.django_db

PEOPLE = [
    {"name": "Ngô Đông Hải", "titles": ["Bí thư Tỉnh ủy"], "roles": ["chủ trì"]},
    {"name": "Nguyễn Tiến Thành", "titles": [], "roles": ["phát biểu"]},
]


@pytest.fixture
def store(prepared):
    def write(lookups, number, **metadata):
        document = prepared(f"{number}.txt", f"{number:064d}", **metadata)
        return store_prepared(document, document.text.encode(), f"/x/{number}.txt", None, lookups)

    return write


def test_a_batch_reads_each_official_and_province_once(store):
    lookups = Lookups()
    with batched_indexing(batch_size=1000):  # indexing reads them too, after the batch: not measured
        store(lookups, 1, province="Thái Bình", chair="Ngô Đông Hải", officials=PEOPLE)
        with CaptureQueriesContext(connection) as second:
            store(lookups, 2, province="Thái Bình", chair="Ngô Đông Hải", officials=PEOPLE)
    sql = [query["sql"] for query in second.captured_queries]
    assert not [q for q in sql if 'FROM "documents_province"' in q or 'FROM "documents_official"' in q]
    assert Official.objects.count() == 2
    assert Appearance.objects.count() == 4


def test_an_official_created_by_a_failed_document_is_not_reused(monkeypatch, store):
    lookups = Lookups()
    real_bulk_create = Appearance.objects.bulk_create

    def fail(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(Appearance.objects, "bulk_create", fail)
    with pytest.raises(RuntimeError):
        store(lookups, 1, chair="Ngô Đông Hải", officials=PEOPLE[:1])
    assert not Official.objects.exists()  # rolled back with its document

    monkeypatch.setattr(Appearance.objects, "bulk_create", real_bulk_create)
    outcome = store(lookups, 2, chair="Ngô Đông Hải", officials=PEOPLE[:1])
    document = Document.objects.get(pk=outcome.document_id)
    assert document.chair == Official.objects.get()
    assert list(document.appearances.values_list("official__name", flat=True)) == ["Ngô Đông Hải"]


def test_an_unknown_province_name_is_none():
    lookups = Lookups()
    assert lookups.province("Thái Bình").name == "Thái Bình"
    assert lookups.province("Atlantis") is None
    assert lookups.province(None) is None
