"""Recovery of work whose process died: which claims are abandoned, and what becomes of each
file and run. A dead process is a real one that has exited; the queue is the real one."""

from __future__ import annotations

import datetime as dt
import os
import socket
import subprocess

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from documents.ingest import uploads
from documents.ingest.claims import abandoned, process_alive, worker_identity
from documents.ingest.run import start_run
from documents.models import Document, IngestFile, IngestRun
from documents.tasks import recover_abandoned as recover
from tests.index import indexed_ids

pytestmark = pytest.mark.django_db

SENTENCE = "Ngày {n}/5/2024, Ban Thường vụ Tỉnh ủy Hà Tĩnh họp phiên thứ {n} bàn về đất đai."


@pytest.fixture
def dead() -> str:
    """The identity of a worker process that has exited."""
    process = subprocess.Popen(["true"])
    identity = worker_identity(process.pid)
    process.wait()
    return identity


def _upload(count: int) -> tuple[IngestRun, list[int]]:
    files = [SimpleUploadedFile(f"bb-{n}.txt", SENTENCE.format(n=n).encode()) for n in range(count)]
    return uploads.receive(files, refused=[])


def test_a_live_process_is_alive_and_a_dead_one_is_not(dead) -> None:
    assert process_alive(worker_identity()) is True
    assert process_alive(dead) is False
    assert process_alive("not an identity") is False
    # Another machine's worker cannot be asked: its heartbeat decides.
    other = "may-khac:123:456"
    assert process_alive(other) is None
    now = timezone.now()
    assert not abandoned(other, now - dt.timedelta(minutes=5), now)
    assert abandoned(other, now - dt.timedelta(hours=3), now)
    assert abandoned(other, None, now)


def test_a_recycled_pid_is_not_taken_for_the_worker() -> None:
    host, pid, started = worker_identity().rsplit(":", 2)
    assert host == socket.gethostname() and int(pid) == os.getpid() and started
    assert process_alive(f"{host}:{pid}:{int(started) + 1}") is False


# Transactional: the real worker runs here and closes stale connections (on PostgreSQL the
# one holding a test transaction).
@pytest.mark.django_db(transaction=True)
def test_the_file_of_a_dead_worker_is_queued_again_and_ingested(dead, run_jobs) -> None:
    run, queued = _upload(2)
    IngestFile.objects.filter(pk=queued[0]).update(stage="reading", claimed_by=dead, attempts=1)
    assert recover() == [f"file {queued[0]} (bb-0.txt): its worker died, queued again"]
    assert IngestFile.objects.get(pk=queued[0]).stage == "queued"
    assert run_jobs()[0] == 0
    run.refresh_from_db()
    assert (run.status, run.ingested, run.failed) == ("done", 2, 0)
    assert list(IngestFile.objects.values_list("stage", "attempts")) == [("indexed", 2), ("indexed", 1)]


def test_a_file_that_killed_two_workers_fails_with_its_reason_and_the_run_ends(dead) -> None:
    run, queued = _upload(2)
    # Another worker reads the first file while a job ingests the second; then it dies.
    claimed = IngestFile.objects.filter(pk=queued[0])
    claimed.update(stage="ocr", claimed_by=worker_identity(os.getppid()), attempts=2)
    assert uploads.process_file(queued[1]) == "ingested"
    claimed.update(claimed_by=dead)
    assert recover() == [
        f"file {queued[0]} (bb-0.txt): its worker died 2 times, failed",
        f"run {run.pk}: finished",
    ]
    row = IngestFile.objects.get(pk=queued[0])
    assert (row.stage, row.status, row.document) == ("failed", "failed", None)
    assert row.message.startswith("tiến trình xử lý tệp này dừng đột ngột 2 lần")
    run.refresh_from_db()
    assert (run.status, run.ingested, run.failed) == ("done", 1, 1)
    assert run.failures.get().path == "bb-0.txt"


def test_a_document_stored_but_not_indexed_when_its_worker_died_is_indexed(dead, settings) -> None:
    from documents.search import batched_indexing

    settings.PORTAL_UPLOADS_REQUIRE_REVIEW = False  # published at once, so the index holds it

    run, queued = _upload(1)
    with batched_indexing():  # the job's index commit never comes: the batch is dropped
        row = IngestFile.objects.get(pk=queued[0])
        IngestFile.objects.filter(pk=row.pk).update(stage="reading", claimed_by=dead, attempts=1)
        row.refresh_from_db()
        uploads._ingest_file(row)
        from documents.search import signals

        signals._batch.pending = []
    document = Document.objects.get()
    assert indexed_ids() == set()
    assert IngestFile.objects.get().stage == "storing"
    assert recover() == [
        f"file {row.pk} (bb-0.txt): stored before its worker died, now indexed",
        f"run {run.pk}: finished",
    ]
    assert indexed_ids() == {document.pk}
    assert IngestFile.objects.get().stage == "indexed"


def test_a_live_workers_file_is_left_alone() -> None:
    _run, queued = _upload(1)
    IngestFile.objects.filter(pk=queued[0]).update(stage="reading", claimed_by=worker_identity(), attempts=1)
    assert recover() == []
    assert IngestFile.objects.get().stage == "reading"


def test_a_command_run_whose_process_died_is_marked_interrupted(dead) -> None:
    mine = start_run("command", ["a"])
    assert mine.claimed_by == worker_identity()
    gone = start_run("background", ["b"])
    IngestRun.objects.filter(pk=gone.pk).update(claimed_by=dead)
    elsewhere = start_run("command", ["c"])  # another machine's: it may well be alive
    IngestRun.objects.filter(pk=elsewhere.pk).update(claimed_by="may-khac:123:456")
    assert recover() == [f"run {gone.pk}: its process is gone, marked interrupted"]
    statuses = dict(IngestRun.objects.values_list("pk", "status"))
    assert statuses == {mine.pk: "running", gone.pk: "interrupted", elsewhere.pk: "running"}


def test_a_job_left_running_by_a_dead_worker_is_marked_failed_saying_why(dead) -> None:
    from django_tasks_db.models import DBTaskResult

    from documents.ingest.dead_jobs import WorkerDied
    from documents.tasks import ingest_uploaded_file

    rows = {}
    for name, worker in (("dead", dead), ("alive", worker_identity()), ("other", "a1b2c3d4e5f6")):
        result = ingest_uploaded_file.enqueue(1)
        DBTaskResult.objects.filter(pk=result.id).update(status="RUNNING", worker_ids=[worker])
        rows[name] = result.id
    assert recover() == [f"job {rows['dead']} (ingest_uploaded_file): its worker died, marked failed"]
    statuses = {str(pk): status for pk, status in DBTaskResult.objects.values_list("pk", "status")}
    assert {name: statuses[str(pk)] for name, pk in rows.items()} == {
        "dead": "FAILED",
        "alive": "RUNNING",  # this process
        "other": "RUNNING",  # a worker id recovery cannot ask about
    }
    failed = DBTaskResult.objects.get(pk=rows["dead"])
    assert failed.exception_class_path == "documents.ingest.dead_jobs.WorkerDied"
    # django-tasks imports the named class back when the result is read: it must exist.
    assert failed.task_result.errors[0].exception_class is WorkerDied
    assert dead in failed.traceback and failed.finished_at is not None
    assert recover() == []  # marked once


def test_the_upload_page_recovers_its_run_on_a_post_and_a_get_changes_nothing(dead, admin_client) -> None:
    run, queued = _upload(1)
    IngestFile.objects.filter(pk=queued[0]).update(stage="reading", claimed_by=dead, attempts=2)
    looked = admin_client.get(f"/upload/{run.pk}/")
    assert looked.status_code == 200 and f'action="/upload/{run.pk}/recover"' in looked.content.decode()
    assert IngestFile.objects.get(pk=queued[0]).stage == "reading", "a GET recovers nothing"
    run.refresh_from_db()
    assert run.status == "running"
    response = admin_client.post(f"/upload/{run.pk}/recover", follow=True)
    assert response.status_code == 200
    body = response.content.decode()
    assert "dừng đột ngột 2 lần" in body and "Đã tiếp nhận lại việc của tiến trình đã dừng: 2 mục." in body
    run.refresh_from_db()
    assert run.status == "done"
    again = admin_client.post(f"/upload/{run.pk}/recover", follow=True)
    assert "Không có tiến trình nào đã dừng." in again.content.decode()
    assert admin_client.get(f"/upload/{run.pk}/recover").status_code == 405
