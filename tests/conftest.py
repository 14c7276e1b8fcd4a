"""Every test gets its own data dir and search index, so tests never share or leak state.

Haystack keeps a reference to HAYSTACK_CONNECTIONS taken at import time, so override_settings
cannot move the index; the connection entry is swapped and reloaded instead. On a server backend
(SEARCH_BACKEND=opensearch) each test gets its own index name, deleted afterwards.
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import time
import uuid
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from tests.paths import SAMPLES_DIR

# Property tests check what the code answers, never how fast: speed is the benchmark's to measure,
# and Hypothesis's per-example deadline failed parser tests on a loaded machine.
hypothesis_settings.register_profile("portal", deadline=None)
hypothesis_settings.load_profile("portal")


@pytest.fixture(autouse=True, scope="session")
def run_data_dir():
    """The test run's default data dir, a temporary folder portal.settings_test made (and removes
    when the process ends); emptied after the run here already."""
    from django.conf import settings

    data_dir = Path(settings.DATA_DIR)
    # The documents app made STATIC_ROOT inside it when Django started (WhiteNoise warns without it).
    Path(settings.STATIC_ROOT).mkdir(parents=True, exist_ok=True)
    yield data_dir
    shutil.rmtree(data_dir, ignore_errors=True)


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path, settings):
    """A fresh PORTAL data dir (originals) and search index for each test."""
    from haystack import connections

    data_dir = tmp_path / "data"
    data_dir.mkdir()
    settings.DATA_DIR = data_dir
    settings.MEDIA_ROOT = data_dir / "media"

    original = connections.connections_info["default"]
    swapped = dict(original)
    swapped["PATH"] = str(data_dir / "index")
    if "INDEX_NAME" in swapped:
        swapped["INDEX_NAME"] = f"test-{uuid.uuid4().hex[:16]}"
    connections.connections_info["default"] = swapped
    connections.reload("default")
    try:
        yield data_dir
    finally:
        if "INDEX_NAME" in swapped:
            _delete_server_index(connections["default"].get_backend())
        connections.connections_info["default"] = original
        connections.reload("default")


def _delete_server_index(backend) -> None:
    from documents.search import SearchUnavailable

    # A test that stopped the server: its index goes with the cluster.
    with contextlib.suppress(SearchUnavailable):
        backend.clear()


@pytest.fixture
def redis_url(tmp_path):
    """The URL of a redis-server of this test's own, stopped after it: a test that queues or empties
    jobs never touches a developer's Redis (REDIS_URL). Skipped where no redis-server is installed."""
    from tools.management.commands.loadtest import free_port

    server = shutil.which("redis-server")
    if not server:
        pytest.skip("no redis-server on this machine (apt-get install redis-server)")
    port = free_port()
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


@pytest.fixture
def samples_dir() -> Path:
    return SAMPLES_DIR


@pytest.fixture
def ingested_samples(db) -> None:
    """The shipped samples, ingested by the ingest command and indexed (inside a test's
    transaction too: see tests/factories.as_if_committed)."""
    import io

    from django.core.management import call_command

    from tests.factories import as_if_committed

    with as_if_committed():
        call_command("ingest", str(SAMPLES_DIR), stdout=io.StringIO(), stderr=io.StringIO())


@pytest.fixture(autouse=True)
def provinces_loaded(request):
    """The province table, which a data migration loads, for every test that uses the database.

    Transactional tests flush the tables after each test, migration data included, so the rows
    are put back when missing.
    """
    if request.node.get_closest_marker("django_db") is None:
        return
    request.getfixturevalue("db")
    from documents.models import Province
    from documents.provinces import sync_provinces

    if not Province.objects.exists():
        sync_provinces(Province)


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the interface's default language: a request in English leaves English
    active in the thread (LocaleMiddleware activates, nothing deactivates), which would otherwise
    carry into the next test's code that runs outside a request."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def run_jobs():
    """run(): the background queue's real worker (manage.py db_worker) works through every
    queued job and stops; returns (exit code, stdout, stderr)."""
    import signal

    from tests.commands import run_command

    def run():
        # The worker installs its own handlers for a graceful stop; the test process keeps its.
        saved = {
            number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT)
        }
        try:
            return run_command(
                "db_worker",
                "--batch",
                "--no-reload",
                "--no-startup-delay",
                "--interval",
                "0",
                "--verbosity",
                "0",
            )
        finally:
            for number, handler in saved.items():
                signal.signal(number, handler)

    return run
