"""With REDIS_URL, background jobs go through Redis (RQ, django-tasks-rq): a throwaway
redis-server and RQ's real worker run a queued ingest. Skipped where no redis-server is installed."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time

import pytest

from documents.models import Document, IngestRun
from tests.commands import run_ingest

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def redis_url(tmp_path):
    server = shutil.which("redis-server")
    if not server:
        pytest.skip("no redis-server on this machine (apt-get install redis-server)")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [server, "--bind", "127.0.0.1", "--port", str(port), "--dir", str(tmp_path), "--save", ""],
        stdout=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
                break
            except OSError:
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_an_ingest_queued_in_redis_is_run_by_rqs_worker(redis_url, settings, samples_dir):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    settings.RQ_QUEUES = {"default": {"URL": redis_url}}
    import django_rq

    code, out, _ = run_ingest(str(samples_dir), "--background")
    assert code == 0 and "queued" in out
    queue = django_rq.get_queue("default")
    assert queue.count == 1 and not IngestRun.objects.exists()

    # RQ's worker that runs jobs in its own process: a forked one would write to a copy of the
    # test's in-memory database.
    worker = django_rq.get_worker("default", job_class="django_tasks_rq.Job", worker_class="rq.SimpleWorker")
    assert worker.work(burst=True)
    run = IngestRun.objects.get()
    assert (run.origin, run.summary) == ("background", "ingested 5, updated 0, unchanged 0, failed 0")
    assert Document.objects.count() == 5 and queue.count == 0
