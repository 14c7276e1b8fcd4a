"""manage.py ingest --background: the run is queued and a real worker (db_worker) does it."""

from __future__ import annotations

import pytest

from documents.models import Document, IngestFailure, IngestRun
from tests.commands import run_ingest

pytestmark = pytest.mark.django_db


# Transactional: the real worker runs here and closes stale connections (on PostgreSQL the
# one holding a test transaction).
@pytest.mark.django_db(transaction=True)
def test_background_ingest_is_queued_then_run_by_the_worker(tmp_path, samples_dir, run_jobs):
    from django_tasks_db.models import DBTaskResult

    folder = tmp_path / "batch"
    folder.mkdir()
    for sample in sorted(samples_dir.glob("*.txt"))[:2]:
        (folder / sample.name).write_bytes(sample.read_bytes())
    (folder / "rong.txt").write_bytes(b"")
    code, out, _ = run_ingest(str(folder), "--background")
    assert code == 0 and "queued" in out
    assert not Document.objects.exists() and not IngestRun.objects.exists()
    job = DBTaskResult.objects.get()
    assert job.status == "READY" and job.args_kwargs["args"][0] == [str(folder.resolve())]

    assert run_jobs()[0] == 0
    job.refresh_from_db()
    assert job.status == "SUCCESSFUL"
    run = IngestRun.objects.get()
    assert (run.origin, run.status, run.summary) == (
        "background",
        "done",
        "ingested 2, updated 0, unchanged 0, failed 1",
    )
    assert IngestFailure.objects.get().path.endswith("rong.txt")
    assert Document.objects.count() == 2


def test_background_ingest_refuses_a_missing_path_before_queueing(tmp_path):
    from django.core.management.base import CommandError
    from django_tasks_db.models import DBTaskResult

    with pytest.raises(CommandError, match="khong-co"):
        run_ingest(str(tmp_path / "khong-co"), "--background")
    assert not DBTaskResult.objects.exists()
