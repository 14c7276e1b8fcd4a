"""The load test itself: bounded, loopback only, and it counts errors honestly."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest

from tests.paths import REPO_ROOT
from tools.loadtest import Traffic, require_loopback, run_load


@pytest.mark.parametrize("url", ["http://10.0.0.5:8000", "http://example.org", "https://127.0.0.1:8000"])
def test_only_loopback_http_is_a_target(url):
    with pytest.raises(ValueError, match="loopback"):
        require_loopback(url)


def test_loopback_addresses_are_accepted():
    assert require_loopback("http://127.0.0.1:8123") == ("127.0.0.1", 8123)
    assert require_loopback("http://localhost:9000/") == ("localhost", 9000)


@pytest.mark.django_db(transaction=True)  # the live server's thread sees committed rows only
def test_mixed_traffic_against_a_live_server_has_no_errors(live_server, samples_dir):
    from django.core.management import call_command

    from tools.management.commands.loadtest import corpus_traffic

    call_command("ingest", str(samples_dir), stdout=io.StringIO(), stderr=io.StringIO())
    traffic = corpus_traffic()
    assert traffic.words and traffic.document_ids and traffic.provinces
    # A fixed number of requests and a deadline no machine reaches: the test checks the
    # traffic's answers, not the machine's speed.
    summary = run_load(live_server.url, traffic, clients=4, seconds=600, requests_per_client=8)
    assert summary["requests"] == 32
    assert summary["errors"] == 0, summary["first_errors"]
    assert set(summary["by_kind"]) >= {"search", "document"}
    assert summary["p50_ms"] is not None and summary["p95_ms"] >= summary["p50_ms"]


def test_errors_are_counted_when_the_server_is_gone():
    traffic = Traffic(words=["tỉnh ủy"], provinces=[], years=[], document_ids=[1])
    summary = run_load("http://127.0.0.1:9", traffic, clients=2, seconds=0.5)
    assert summary["errors"] == summary["requests"] > 0


@pytest.mark.slow
def test_command_starts_gunicorn_with_debug_off_and_reports(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PORTAL_", "DATABASE_URL"))}
    env.update(DJANGO_DEBUG="1", PORTAL_DATA_DIR=str(tmp_path))
    manage = [sys.executable, "manage.py"]
    for step in (["migrate", "-v0"], ["ingest", "samples"]):
        subprocess.run(manage + step, env=env, cwd=REPO_ROOT, check=True, capture_output=True, timeout=300)
    load = ["loadtest", "--clients", "3", "--seconds", "3", "--servers", "2", "--workers", "1"]
    result = subprocess.run(
        [*manage, *load, "--writers", "1", "--write-interval", "1"],
        env=env,
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["errors"] == 0 and summary["requests"] > 5
    assert summary["index_agrees"] is True
    assert summary["servers"] == 2
    # Uploads during the load, ingested by the worker the command started: all indexed.
    assert summary["writes_accepted"] >= 1 and summary["uploads"]["settled"] is True
    assert summary["uploads"].get("indexed") == summary["writes_accepted"], summary["uploads"]
    # Three times the limit at once over both servers: exactly the limit through, the rest 429.
    assert summary["rate_limit"]["allowed"] == summary["rate_limit"]["limit"] == 20
    assert summary["rate_limit"]["refused"] == 40


@pytest.mark.django_db(transaction=True)  # the live server's thread sees committed rows only
def test_uploads_during_the_load_are_ingested_and_indexed(live_server, samples_dir, settings, request):
    import functools

    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    from documents.index_check import check_index
    from documents.models import Document, IngestFile
    from tools.loadwrites import Writer, run_writes, staff_session, upload_texts
    from tools.management.commands.loadtest import corpus_traffic

    # As the command's worker does (loadtest._server_env): the uploads are published, so indexed.
    settings.PORTAL_UPLOADS_REQUIRE_REVIEW = False
    # With REDIS_URL, on RQ's queue as a deployment would be (the suite's default is the database's),
    # in a redis-server of the test's own: REDIS_URL's queue may hold a developer's jobs.
    on_redis = bool(settings.REDIS_URL)
    if on_redis:
        import django_rq

        settings.TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
        settings.RQ_QUEUES = {"default": {"URL": request.getfixturevalue("redis_url")}}
        assert django_rq.get_queue("default").count == 0
    call_command("ingest", str(samples_dir), stdout=io.StringIO(), stderr=io.StringIO())
    before = Document.objects.count()
    cookie, clean_up = staff_session()
    writes = functools.partial(
        run_writes,
        [live_server.url],
        Writer(cookie, upload_texts()),
        # One writer: the test database (SQLite in memory, shared cache) locks whole tables,
        # so two uploads at once can fail there, where a file database waits its turn.
        writers=1,
        seconds=600,
        interval=0,
        uploads_per_writer=4,
    )
    summary = run_load(
        live_server.url, corpus_traffic(), clients=2, seconds=600, requests_per_client=4, writes=writes
    )
    assert summary["errors"] == 0, summary["first_errors"]
    assert summary["writes_accepted"] == 4 and summary["by_kind"]["upload"]["n"] == 4
    assert IngestFile.objects.filter(stage=IngestFile.Stage.QUEUED).count() == 4
    if on_redis:
        assert django_rq.get_queue("default").count == 4  # the jobs went to Redis

    call_command("worker", "--burst", stdout=io.StringIO(), stderr=io.StringIO())  # the queue's jobs
    assert IngestFile.objects.filter(stage=IngestFile.Stage.INDEXED).count() == 4
    assert Document.objects.count() == before + 4
    assert check_index().consistent

    clean_up()  # the writer's session and staff user go with the run
    assert not get_user_model().objects.filter(username="loadtest-writer").exists()


def test_an_upload_refused_is_an_error():
    from tools.loadtest import Result
    from tools.loadwrites import Writer, run_writes

    result, lock = Result(), __import__("threading").Lock()
    join = run_writes(
        ["http://127.0.0.1:9"],
        Writer("sessionid=x", ["văn bản"]),
        result,
        lock,
        writers=1,
        seconds=5,
        interval=0,
        uploads_per_writer=2,
    )
    assert join() == 0
    assert result.summary(1)["errors"] == 2


@pytest.mark.django_db
def test_writers_against_a_given_server_are_refused_naming_the_option():
    from django.core.management import CommandError, call_command

    with pytest.raises(CommandError, match="--writers"):
        call_command("loadtest", "--url", "http://127.0.0.1:8000", "--writers", "1")
