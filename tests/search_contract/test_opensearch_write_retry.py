"""Index writes while OpenSearch does not answer are queued, not lost: the database write
commits, the documents' ids wait in the task queue, and once the cluster answers the real worker
(db_worker) writes them; check_index then finds the index equal to the database.

The cluster is "down" while the portal's connection points at a closed port, and "back" when it
points at the real cluster OPENSEARCH_URL names, under the same index name (skipped without one,
failing under CI=true)."""

from __future__ import annotations

import datetime as dt
import logging
import socket
import uuid

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from documents.index_check import check_index
from documents.models import Document
from documents.search import index_retry
from tests.factories import DocumentFactory, as_if_committed
from tests.index import indexed_ids
from tests.services import opensearch_url

pytestmark = pytest.mark.django_db


def closed_port_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def cluster():
    """switch(up): the portal's connection to the cluster (up) or to a closed port (down)."""
    from haystack import connections

    url = opensearch_url()
    original = connections.connections_info["default"]
    name = f"retry-{uuid.uuid4().hex[:12]}"
    down = closed_port_url()

    def switch(up: bool):
        connections.connections_info["default"] = {
            "ENGINE": "documents.search.backends.opensearch.engine.OpenSearchEngine",
            "URL": url if up else down,
            "INDEX_NAME": name,
            "RETRIES": 0,
            "TIMEOUT": 10,
        }
        connections.reload("default")
        return connections["default"].get_backend()

    backend = switch(True)
    try:
        yield switch
    finally:
        backend.conn.indices.delete(index=name, ignore_unavailable=True)
        connections.connections_info["default"] = original
        connections.reload("default")


def queued_retries() -> list[DBTaskResult]:
    return list(DBTaskResult.objects.filter(task_path__endswith="sync_index_entries").order_by("enqueued_at"))


def make_due(retries) -> None:
    """As if their delay had passed."""
    DBTaskResult.objects.filter(pk__in=[r.pk for r in retries]).update(run_after=timezone.now())


# Transactional: the real worker run here closes stale connections, which on PostgreSQL would
# close the connection that holds a test-wrapping transaction.
@pytest.mark.django_db(transaction=True)
def test_writes_while_the_cluster_is_down_are_written_once_it_is_back(cluster, run_jobs, caplog):
    kept = DocumentFactory(raw_text="Tỉnh ủy Lai Châu họp bàn kế hoạch năm.")
    gone = DocumentFactory(raw_text="Thông báo của Tỉnh ủy Điện Biên về lịch họp.")
    assert indexed_ids() == {kept.pk, gone.pk}

    cluster(False)
    with caplog.at_level(logging.WARNING, logger="documents.search.index_retry"):
        new = DocumentFactory(raw_text="Nghị quyết của Tỉnh ủy Sơn La về phát triển nông nghiệp.")
        with as_if_committed():
            kept.title = "Tỉnh ủy Lai Châu: kế hoạch năm mới"
            kept.save()
            gone_pk = gone.pk
            gone.delete()
    assert Document.objects.filter(pk=new.pk).exists(), "the database write committed"
    assert any("queued for retry" in record.getMessage() for record in caplog.records)
    retries = queued_retries()
    assert sorted(pk for r in retries for pk in r.args_kwargs["args"][0]) == sorted(
        [new.pk, kept.pk, gone_pk]
    )
    assert all(r.run_after > timezone.now() for r in retries), "retried later, not in a tight loop"

    # Still down when the worker first tries: the retry is queued again, with a longer delay.
    make_due(retries)
    code, _, _ = run_jobs()
    assert code == 0
    again = [r for r in queued_retries() if r.status == "READY"]
    assert len(again) == len(retries)
    assert all(r.args_kwargs["args"][1] == 2 for r in again)
    assert min(r.run_after for r in again) >= timezone.now() + dt.timedelta(seconds=20)

    backend = cluster(True)
    make_due(again)
    run_jobs()
    assert not [r for r in queued_retries() if r.status == "READY"]
    assert indexed_ids() == {kept.pk, new.pk}
    report = check_index()
    assert report.consistent, report
    titles = {
        hit["_id"]: hit["_source"]["title"]
        for hit in backend.conn.search(index=backend.index_name)["hits"]["hits"]
    }
    assert titles[f"documents.document.{kept.pk}"] == "Tỉnh ủy Lai Châu: kế hoạch năm mới"


def test_a_retry_makes_the_entry_what_the_database_holds_when_it_runs(cluster):
    document = DocumentFactory(raw_text="Tỉnh ủy Lai Châu họp bàn kế hoạch năm.")
    pk = document.pk
    Document.objects.filter(pk=pk).delete()  # no signal: the row gone, its entry left behind
    assert pk in indexed_ids()
    index_retry.sync_index_entries.call([pk])
    assert pk not in indexed_ids()


def test_the_delays_grow_then_stay():
    delays = [index_retry.delay_before(attempt).total_seconds() for attempt in range(1, 9)]
    assert delays == sorted(delays) and delays[0] >= 5 and len(set(delays[-3:])) == 1


@pytest.mark.django_db(transaction=True)  # the real worker runs here, as above (it closes stale connections)
def test_publishing_and_unpublishing_while_the_cluster_is_down_reach_the_index_once_it_is_back(
    cluster, run_jobs
):
    from documents.publication import publish, unpublish

    held = DocumentFactory(raw_text="Kết luận của Tỉnh ủy Hòa Bình chờ công bố.", published_at=None)
    shown = DocumentFactory(raw_text="Thông báo của Tỉnh ủy Yên Bái về lịch họp.")
    assert indexed_ids() == {shown.pk}

    cluster(False)
    assert publish([held.pk]) == 1 and unpublish([shown.pk]) == 1  # the database writes commit
    retries = queued_retries()
    assert sorted(pk for r in retries for pk in r.args_kwargs["args"][0]) == sorted([held.pk, shown.pk])

    cluster(True)
    make_due(retries)
    run_jobs()
    assert indexed_ids() == {held.pk}
    report = check_index()
    assert report.consistent, report
