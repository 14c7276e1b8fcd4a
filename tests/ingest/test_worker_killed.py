"""A worker killed mid-file (SIGKILL: no handler runs, as when the kernel ends it for memory):
the file is queued again when a worker starts, failed with its reason when it kills its worker a
second time; the upload's other files are ingested, no document is half-written, the run ends.

Real processes (manage.py worker) on a real SQLite file, as a deployment runs them.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.paths import REPO_ROOT, SAMPLES_DIR

pytestmark = pytest.mark.slow

UPLOAD = """
import sys
import django
django.setup()
from pathlib import Path
from django.core.files.uploadedfile import SimpleUploadedFile
from documents.tasks import queue_upload
files = [SimpleUploadedFile(Path(p).name, Path(p).read_bytes()) for p in sys.argv[1:]]
print(queue_upload(files, []).pk)
"""


def _environment(data_dir: Path) -> dict[str, str]:
    own = ("DJANGO_", "PORTAL_", "DATABASE_URL", "REDIS")
    env = {k: v for k, v in os.environ.items() if not k.startswith(own)}
    env.update(
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY="worker-killed-test-" + "k" * 40,
        PORTAL_DATA_DIR=str(data_dir),
        DJANGO_SETTINGS_MODULE="portal.settings",
        SEARCH_BACKEND="tantivy",
    )
    return env


def _python(env, *args, timeout=300) -> str:
    done = subprocess.run(
        [sys.executable, *args], env=env, cwd=REPO_ROOT, capture_output=True, text=True, timeout=timeout
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def _files(database: Path, run_id: int) -> dict[str, tuple]:
    with sqlite3.connect(database) as db:
        rows = db.execute(
            "SELECT name, stage, status, reason, attempts, document_id"
            " FROM documents_ingestfile WHERE run_id = ?",
            (run_id,),
        )
        return {name: rest for name, *rest in rows}


def _kill_while_reading(env, database: Path, run_id: int, name: str, attempts: int) -> None:
    """Start a worker, wait until it is reading ``name`` (for the ``attempts``-th time), kill it."""
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "worker"],
        env=env,
        cwd=REPO_ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            stage, _, _, tries, _ = _files(database, run_id)[name]
            if stage == "reading" and tries == attempts:
                break
            time.sleep(0.05)
        else:
            pytest.fail(f"the worker never read {name} (attempt {attempts})")
        os.kill(worker.pid, signal.SIGKILL)
    finally:
        worker.kill()
        worker.wait(timeout=30)


def test_a_file_that_kills_its_worker_is_retried_once_then_failed_and_the_others_kept(tmp_path):
    data_dir = tmp_path / "data"
    env = _environment(data_dir)
    _python(env, "manage.py", "migrate", "--verbosity", "0")
    database = data_dir / "portal.sqlite3"
    # A long text (word segmentation takes seconds) is the file being read when the kill comes.
    samples = sorted(SAMPLES_DIR.glob("*.txt"))
    long_text = tmp_path / "dai.txt"
    long_text.write_text("\n".join(s.read_text(encoding="utf-8") for s in samples) * 8, encoding="utf-8")
    others = samples[:3]
    run_id = int(_python(env, "-c", UPLOAD, str(long_text), *map(str, others)))

    _kill_while_reading(env, database, run_id, "dai.txt", attempts=1)
    _kill_while_reading(env, database, run_id, "dai.txt", attempts=2)
    assert _files(database, run_id)["dai.txt"][0] == "reading"  # as the dead worker left it

    out = _python(env, "manage.py", "worker", "--burst")
    assert "dai.txt" in out  # recovery says what it did

    files = _files(database, run_id)
    stage, status, reason, attempts, document = files.pop("dai.txt")
    assert (stage, status, attempts, document) == ("failed", "failed", 2, None)
    assert reason.startswith("tiến trình xử lý tệp này dừng đột ngột %(attempts)s lần")
    settled = {name: tuple(row[:2]) for name, row in files.items()}
    assert settled == {s.name: ("indexed", "ingested") for s in others}
    with sqlite3.connect(database) as db:
        run = db.execute(
            "SELECT status, ingested, failed FROM documents_ingestrun WHERE id = ?", (run_id,)
        ).fetchone()
        documents = db.execute("SELECT original_name, length(text) FROM documents_document").fetchall()
        failures = db.execute("SELECT path FROM documents_ingestfailure").fetchall()
    assert run == ("done", 3, 1)
    assert failures == [("dai.txt",)]
    # No half-written document: exactly the three others, each whole.
    assert sorted(name for name, _ in documents) == sorted(s.name for s in others)
    assert all(length > 100 for _, length in documents)
    assert not (data_dir / "uploads" / str(run_id)).exists()  # the spool folder is gone
    # The queue's record: the killed workers' jobs failed saying why, none left running.
    with sqlite3.connect(database) as db:
        jobs = db.execute(
            "SELECT status, exception_class_path FROM django_tasks_database_dbtaskresult"
        ).fetchall()
    assert ("RUNNING", "") not in jobs and not any(status == "RUNNING" for status, _ in jobs)
    assert jobs.count(("FAILED", "documents.ingest.dead_jobs.WorkerDied")) == 2
