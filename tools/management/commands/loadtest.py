"""manage.py loadtest [--clients 20] [--seconds 60] [--servers 1] [--url http://127.0.0.1:PORT/]

Without --url, starts production-style servers itself (gunicorn, DEBUG off; --servers of them,
each with --workers) on free loopback ports over the current database and index (and the
OpenSearch cluster and Redis the environment names), spreads the clients over them, and stops
them. Then, with the API's rate limit set to --rate-limit requests a window for these servers,
three times as many API requests at once over all of them: exactly the limit must get through,
the counts being shared (Redis or the database). During the load, --writers staff upload a new
text file each every --write-interval seconds through /upload/ (tools/loadwrites.py), which a
background worker started beside the servers ingests; the index must equal the database once
every upload is settled. The last line printed is one JSON object with
p50/p95, the error count and the rate limit's count; exit status 1 on any error, a rate limit
that let more or fewer through, or an index that no longer equals the database.
"""

from __future__ import annotations

import functools
import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import ExitStack, contextmanager
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Count

from documents.index_check import check_index
from documents.models import Document, Province
from documents.vietnamese.segment import compound_words
from tools.loadtest import Traffic, count_rate_limited, run_load
from tools.loadwrites import Writer, run_writes, staff_session, upload_texts, wait_for_uploads


class Command(BaseCommand):
    help = "Load the portal with concurrent clients on loopback and report latency percentiles."

    def add_arguments(self, parser):
        parser.add_argument("--clients", type=int, default=20)
        parser.add_argument("--seconds", type=float, default=60.0)
        parser.add_argument("--url", help="an already running server on loopback (default: start gunicorn)")
        parser.add_argument(
            "--workers", type=int, default=2 * (os.cpu_count() or 1) + 1, help="gunicorn workers a server"
        )
        parser.add_argument(
            "--servers", type=int, default=1, help="gunicorn servers sharing the database and search engine"
        )
        parser.add_argument(
            "--writers",
            type=int,
            default=None,
            help="staff uploading files during the load (default 1; 0: none; not with --url, whose "
            "server would refuse a staff session signed here)",
        )
        parser.add_argument(
            "--write-interval", type=float, default=3.0, help="seconds between a writer's uploads"
        )
        parser.add_argument(
            "--rate-limit",
            type=int,
            default=20,
            help="the API's limit per window for the rate-limit check after the load (0: no check)",
        )

    def handle(
        self,
        *args,
        clients: int,
        seconds: float,
        url: str | None,
        workers: int,
        servers: int,
        rate_limit: int,
        writers: int | None,
        write_interval: float,
        **options,
    ):
        if url is not None and writers:
            raise CommandError(
                "--writers needs the servers this command starts: a server given by --url would "
                "refuse the staff session signed here"
            )
        writers = (0 if url is not None else 1) if writers is None else writers
        if clients < 1 or seconds <= 0 or servers < 1 or rate_limit < 0 or writers < 0 or write_interval < 0:
            raise CommandError(
                "--clients and --servers must be at least 1, --seconds positive, --rate-limit, "
                "--writers and --write-interval not negative"
            )
        traffic = corpus_traffic()
        if not traffic.document_ids:
            raise CommandError(
                "no documents to load-test with: ingest some first (make run loads the samples)"
            )
        with ExitStack() as stack:
            targets = stack.enter_context(
                _servers(servers, workers, rate_limit, writers > 0) if url is None else _given(url)
            )
            self.stderr.write(
                f"load: {clients} clients for {seconds:g} s against {', '.join(targets)}"
                + (f", {writers} uploading every {write_interval:g} s" if writers else "")
            )
            writes = writer = None
            if writers:
                cookie, clean_up = staff_session(SERVERS_SECRET_KEY)
                stack.callback(clean_up)
                writer = Writer(cookie, upload_texts())
                writes = functools.partial(
                    run_writes, targets, writer, writers=writers, seconds=seconds, interval=write_interval
                )
            try:
                summary = run_load(targets, traffic, clients=clients, seconds=seconds, writes=writes)
                if url is None and rate_limit:
                    counted = count_rate_limited(targets, RATE_LIMITED_PATH, 3 * rate_limit, clients)
                    summary["rate_limit"] = {"limit": rate_limit, **counted}
            except ValueError as error:
                raise CommandError(str(error)) from error
            if writers:
                summary["uploads"] = wait_for_uploads(writer)
        # Load must not cost data: the index still holds exactly the database's documents.
        report = check_index()
        summary["index_agrees"] = report.consistent
        summary["index"] = {
            "missing": len(report.missing),
            "extra": len(report.extra),
            "stale": len(report.stale),
        }
        summary["servers"] = len(targets)
        self.stdout.write(json.dumps(summary, ensure_ascii=False))
        limited = summary.get("rate_limit")
        unsettled = writers and not summary["uploads"]["settled"]
        if (
            summary["errors"]
            or unsettled
            or not summary["index_agrees"]
            or (limited and limited["allowed"] != rate_limit)
        ):
            sys.exit(1)


def corpus_traffic(limit_words: int = 200) -> Traffic:
    words: dict[str, int] = {}
    for segmented in Document.objects.values_list("segmented", flat=True)[:500]:
        for word in compound_words(segmented):
            words[word.lower()] = words.get(word.lower(), 0) + 1
    common = [w for w, _ in sorted(words.items(), key=lambda item: -item[1])[:limit_words]]
    provinces = list(
        Province.objects.annotate(n=Count("documents")).filter(n__gt=0).values_list("name", flat=True)
    )
    years = sorted({str(d.year) for d in Document.objects.exclude(date=None).values_list("date", flat=True)})
    return Traffic(
        words=common or ["tỉnh ủy"],
        provinces=provinces,
        years=years,
        document_ids=list(Document.objects.values_list("pk", flat=True)[:5000]),
    )


# The load's traffic never asks the API: the check's count starts at zero.
RATE_LIMITED_PATH = "/api/search?q=t%E1%BB%89nh"
RATE_WINDOW_SECONDS = 600
# The servers' (and the worker's) signing key: the deployment's, else one for this run. The
# writers' session is signed with it too, or the servers would not know it.
SERVERS_SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY") or secrets.token_urlsafe(50)


@contextmanager
def _given(url: str):
    yield [u.strip() for u in url.split(",") if u.strip()]


@contextmanager
def _servers(count: int, workers: int, rate_limit: int, background_worker: bool = False):
    with ExitStack() as stack:
        urls = [stack.enter_context(gunicorn_serving(_server_env(rate_limit), workers)) for _ in range(count)]
        if background_worker:
            stack.enter_context(_background_worker(rate_limit))
        yield urls


@contextmanager
def _background_worker(rate_limit: int):
    """``manage.py worker`` in the servers' environment: it ingests the uploads."""
    command = [sys.executable, "manage.py", "worker"]
    process = subprocess.Popen(command, env=_server_env(rate_limit), cwd=settings.BASE_DIR)  # noqa: S603
    try:
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


def _server_env(rate_limit: int) -> dict:
    env = {
        **os.environ,
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": SERVERS_SECRET_KEY,
        "PORTAL_DATA_DIR": str(settings.DATA_DIR),
        "PORTAL_SECURE_COOKIES": "0",
        # Every client comes from 127.0.0.1: per-client limits would refuse most exports.
        "PORTAL_EXPORT_RATE_LIMIT": "0/60",
        "PORTAL_API_RATE_LIMIT": f"{rate_limit}/{RATE_WINDOW_SECONDS}",
        "PORTAL_FEED_RATE_LIMIT": "0/60",
        # The rate-limit check names its client in X-Forwarded-For (tools/loadtest.py).
        "PORTAL_TRUSTED_PROXIES": "127.0.0.1",
        # The writes measured are uploads that reach the index; held for review, they would
        # wait for a person to publish them and the index would see no write at all.
        "PORTAL_UPLOADS_REQUIRE_REVIEW": "0",
    }
    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        env.setdefault("DATABASE_URL", f"sqlite:///{settings.DATABASES['default']['NAME']}")
    return env


def free_port() -> int:
    """A loopback port nothing listens on now (the system's choice)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def gunicorn_serving(env: dict, workers: int):
    """The portal served by gunicorn with ``env`` on a free loopback port: its URL once it
    answers; stopped when the block ends. Its errors go to this process's stderr."""
    port = free_port()
    gunicorn = Path(sys.executable).with_name("gunicorn")
    command = [str(gunicorn), "portal.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", str(workers)]
    command += ["--access-logfile", "/dev/null", "--error-logfile", "-", "--log-level", "warning"]
    process = subprocess.Popen(command, env=env, cwd=settings.BASE_DIR)  # noqa: S603 - our own fixed argv
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(url, process)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


def _wait_until_up(url: str, process: subprocess.Popen, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise CommandError(f"gunicorn exited with status {process.returncode} before serving")
        try:
            with urllib.request.urlopen(f"{url}/", timeout=60) as response:  # noqa: S310 - loopback only
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise CommandError(f"gunicorn did not answer on {url} within {timeout:.0f} s")
