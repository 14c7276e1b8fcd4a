"""manage.py worker: it runs the queue the jobs are sent to, and names itself so that dead-job
recovery can find its jobs, whatever the host is called. The queue and worker are the real ones."""

from __future__ import annotations

import socket

import pytest

from documents.ingest.claims import MAX_IDENTITY, host_label, is_identity, process_alive, worker_identity
from documents.models import Document, IngestRun
from tests.commands import run_command, run_ingest

# Transactional: the real worker runs here and closes stale connections (on PostgreSQL the one
# holding a test transaction).
pytestmark = pytest.mark.django_db(transaction=True)

# Linux allows host names of 64 characters; with the pid and start time the identity passed 64.
LONG_HOST = "portal-worker-" + "a" * 49


@pytest.fixture
def long_host(monkeypatch) -> str:
    monkeypatch.setattr(socket, "gethostname", lambda: LONG_HOST)
    return LONG_HOST


def test_the_worker_runs_the_database_queue_when_redis_url_is_set_but_not_used(settings, samples_dir):
    # The test settings' case: REDIS_URL from the environment, jobs in the database's queue. A
    # worker that followed REDIS_URL waited on Redis (here: nothing listens) and ran none of them.
    settings.REDIS_URL = "redis://127.0.0.1:9/0"
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    code, out, _ = run_ingest(str(samples_dir), "--background")
    assert code == 0 and "queued" in out
    assert run_command("worker", "--burst")[0] == 0
    assert IngestRun.objects.get().origin == "background"
    assert Document.objects.count() == 5


def test_a_long_host_name_gives_an_identity_the_queue_accepts(long_host):
    identity = worker_identity()
    assert len(identity) <= MAX_IDENTITY < len(f"{long_host}:1:1")
    host, pid, started = identity.rsplit(":", 2)
    assert host == host_label() and host.startswith(long_host[:20]) and int(pid) > 0 and started
    assert is_identity(identity) and process_alive(identity) is True
    # Cut names keep a hash of the whole name: two hosts that differ at the end stay apart.
    assert host_label(long_host[:-1] + "b") != host
    assert host_label("short-host") == "short-host"


def test_the_worker_names_its_jobs_on_a_long_named_host(long_host, samples_dir):
    from django_tasks_db.models import DBTaskResult

    assert run_ingest(str(samples_dir), "--background")[0] == 0
    assert run_command("worker", "--burst")[0] == 0
    # Its identity, not db_worker's random id: recovery can tell whether this worker died.
    assert DBTaskResult.objects.get().worker_ids == [worker_identity()]
    assert Document.objects.count() == 5
