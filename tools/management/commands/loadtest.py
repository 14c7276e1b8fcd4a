"""manage.py loadtest [--clients 20] [--seconds 60] [--url http://127.0.0.1:PORT/]

Without --url, starts a production-style server itself (gunicorn, DEBUG off) on a free
loopback port over the current database and index, loads it, and stops it. The last line
printed is one JSON object with p50/p95 and the error count; exit status 1 on any error.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Count

from documents.index_check import check_index
from documents.models import Document, Province
from documents.vietnamese.segment import compound_words
from tools.loadtest import Traffic, run_load


class Command(BaseCommand):
    help = "Load the portal with concurrent clients on loopback and report latency percentiles."

    def add_arguments(self, parser):
        parser.add_argument("--clients", type=int, default=20)
        parser.add_argument("--seconds", type=float, default=60.0)
        parser.add_argument("--url", help="an already running server on loopback (default: start gunicorn)")
        parser.add_argument(
            "--workers", type=int, default=2 * (os.cpu_count() or 1) + 1, help="gunicorn workers"
        )

    def handle(self, *args, clients: int, seconds: float, url: str | None, workers: int, **options):
        if clients < 1 or seconds <= 0:
            raise CommandError("--clients must be at least 1 and --seconds positive")
        traffic = corpus_traffic()
        if not traffic.document_ids:
            raise CommandError(
                "no documents to load-test with: ingest some first (make run loads the samples)"
            )
        with _server(workers) if url is None else _given(url) as target:
            self.stderr.write(f"load: {clients} clients for {seconds:g} s against {target}")
            try:
                summary = run_load(target, traffic, clients=clients, seconds=seconds)
            except ValueError as error:
                raise CommandError(str(error)) from error
        # Load must not cost data: the index still holds exactly the database's documents.
        summary["index_agrees"] = check_index().consistent
        self.stdout.write(json.dumps(summary, ensure_ascii=False))
        if summary["errors"] or not summary["index_agrees"]:
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


@contextmanager
def _given(url: str):
    yield url


@contextmanager
def _server(workers: int):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {
        **os.environ,
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": os.environ.get("DJANGO_SECRET_KEY") or secrets.token_urlsafe(50),
        "PORTAL_DATA_DIR": str(settings.DATA_DIR),
        "PORTAL_SECURE_COOKIES": "0",
        # Every client comes from 127.0.0.1: per-client limits would refuse most exports.
        "PORTAL_EXPORT_RATE_LIMIT": "0/60",
        "PORTAL_API_RATE_LIMIT": "0/60",
        "PORTAL_FEED_RATE_LIMIT": "0/60",
    }
    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        env.setdefault("DATABASE_URL", f"sqlite:///{settings.DATABASES['default']['NAME']}")
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


def _wait_until_up(url: str, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise CommandError(f"gunicorn exited with status {process.returncode} before serving")
        try:
            with urllib.request.urlopen(f"{url}/", timeout=2) as response:  # noqa: S310 - loopback only
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise CommandError(f"gunicorn did not answer on {url} within {timeout:.0f} s")
