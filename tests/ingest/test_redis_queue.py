"""With REDIS_URL, background jobs go through Redis (RQ, django-tasks-rq): a throwaway
redis-server (tests/conftest.py's redis_url) and RQ's real worker run a queued ingest, and uploads
made through a served portal (gunicorn) are run by `manage.py worker`. Skipped where no
redis-server is installed."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
import urllib.request
from pathlib import Path

import pytest

from documents.models import Document, IngestRun
from tests.commands import run_ingest
from tests.paths import REPO_ROOT, SAMPLES_DIR
from tools.management.commands.loadtest import gunicorn_serving

# Transactional: the worker is another process (manage.py worker), which sees committed rows only.
pytestmark = pytest.mark.django_db(transaction=True)


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


# The served portal's staff session, made in its own database by its own settings.
SESSION = """
import django
django.setup()
from tools.loadwrites import staff_session
print(staff_session()[0])
"""


def _portal_env(data_dir: Path, redis_url: str) -> dict[str, str]:
    own = ("DJANGO_", "PORTAL_", "DATABASE_URL", "REDIS", "SEARCH_BACKEND", "OPENSEARCH")
    env = {k: v for k, v in os.environ.items() if not k.startswith(own)}
    env.update(
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY="redis-uploads-test-" + "k" * 40,
        DJANGO_SETTINGS_MODULE="portal.settings",
        PORTAL_DATA_DIR=str(data_dir),
        PORTAL_SECURE_COOKIES="0",
        PORTAL_UPLOADS_REQUIRE_REVIEW="0",  # published at once, so indexed by the job
        SEARCH_BACKEND="tantivy",
        REDIS_URL=redis_url,
    )
    return env


def _python(env, *args) -> str:
    done = subprocess.run(
        [sys.executable, *args], env=env, cwd=REPO_ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


@pytest.mark.slow
def test_uploads_through_a_served_portal_are_run_by_the_worker_from_redis(redis_url, tmp_path):
    import redis

    from tools.loadtest import Result
    from tools.loadwrites import Writer, run_writes

    data_dir = tmp_path / "data"
    env = _portal_env(data_dir, redis_url)
    _python(env, "manage.py", "migrate", "--verbosity", "0")
    cookie = _python(env, "-c", SESSION).strip().splitlines()[-1]
    texts = [path.read_text(encoding="utf-8") for path in sorted(SAMPLES_DIR.glob("*.txt"))[:2]]
    writer = Writer(cookie, texts)
    with gunicorn_serving(env, workers=1) as url:
        result = Result()
        uploads = run_writes(
            [url], writer, result, threading.Lock(), writers=1, seconds=120, interval=0, uploads_per_writer=2
        )
        assert uploads() == 2, result.summary(1)["first_errors"]
        # The server sent the jobs to Redis (RQ's queue), not to the database's.
        assert redis.Redis.from_url(redis_url).llen("rq:queue:default") == 2
        with sqlite3.connect(data_dir / "portal.sqlite3") as db:
            assert db.execute("SELECT count(*) FROM django_tasks_database_dbtaskresult").fetchone() == (0,)

        # A separate worker process, as a deployment runs it, takes them from Redis.
        _python(env, "manage.py", "worker", "--burst")
        with sqlite3.connect(data_dir / "portal.sqlite3") as db:
            stages = db.execute("SELECT name, stage FROM documents_ingestfile ORDER BY name").fetchall()
        assert stages == [(writer.file_name(n), "indexed") for n in range(2)]
        assert redis.Redis.from_url(redis_url).llen("rq:queue:default") == 0
        _python(env, "manage.py", "check_index")  # exits non-zero when the index disagrees
        # The portal that received the uploads finds them: each carries this run's mark.
        with urllib.request.urlopen(f"{url}/api/search?q={writer.run}", timeout=60) as response:
            assert json.load(response)["count"] == 2
