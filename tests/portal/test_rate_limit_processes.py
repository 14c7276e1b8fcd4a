"""The rate limit is exact across real processes: 4 of them share one limit of 20.

Each process runs the middleware as a server worker would, all starting at the same instant; the
requests they let through must add up to the limit exactly, on SQLite, on PostgreSQL (when
DATABASE_URL names one) and on Redis (when REDIS_URL is set).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid

import dj_database_url
import pytest

from tests.paths import REPO_ROOT

PROCESSES = 4
ATTEMPTS = 25  # each: 100 in all against a limit of 20
LIMIT = 20
# One window for the whole run: the window's length is far beyond the test's.
WINDOW_SECONDS = 10**8

WORKER = """
import sys, time
import django
django.setup()
from django.http import HttpResponse
from django.test import RequestFactory
from portal.ratelimit import RateLimitMiddleware

start_at, attempts, client = float(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
middleware = RateLimitMiddleware(lambda request: HttpResponse("ok"))
requests = [RequestFactory().get("/api/search", REMOTE_ADDR=client) for _ in range(attempts)]
while time.time() < start_at:
    time.sleep(0.001)
print(sum(middleware(request).status_code == 200 for request in requests))
"""


def worker_env(tmp_path, **variables) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "PORTAL_", "DATABASE_URL", "REDIS_URL"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings",
        DJANGO_DEBUG="1",
        PORTAL_DATA_DIR=str(tmp_path),
        PORTAL_API_RATE_LIMIT=f"{LIMIT}/{WINDOW_SECONDS}",
    )
    env.update(variables)
    return env


def migrate(env: dict[str, str]) -> None:
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "-v0"], env=env, cwd=REPO_ROOT, check=True, timeout=300
    )


def allowed_across_processes(env: dict[str, str]) -> list[int]:
    """How many requests each process got through, all of one client, all at once."""
    client = f"198.18.{uuid.uuid4().int % 250}.{uuid.uuid4().int % 250 + 1}"
    start_at = time.time() + 8  # every interpreter has loaded Django by then
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, str(start_at), str(ATTEMPTS), client],
            env=env,
            cwd=REPO_ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(PROCESSES)
    ]
    counts = []
    for worker in workers:
        out, err = worker.communicate(timeout=300)
        assert worker.returncode == 0, err[-2000:]
        counts.append(int(out.strip().splitlines()[-1]))
    return counts


@pytest.mark.slow
def test_exact_on_sqlite(tmp_path):
    env = worker_env(tmp_path)
    migrate(env)
    counts = allowed_across_processes(env)
    assert sum(counts) == LIMIT, counts


@pytest.fixture
def fresh_postgres_database():
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        pytest.skip("DATABASE_URL names no PostgreSQL server")
    import psycopg

    config = dj_database_url.parse(url)
    name = f"portal_ratelimit_{uuid.uuid4().hex[:8]}"
    connect = {"host": config["HOST"], "port": config["PORT"] or 5432, "user": config["USER"]}
    if config["PASSWORD"]:
        connect["password"] = config["PASSWORD"]
    with psycopg.connect(dbname=config["NAME"], autocommit=True, **connect) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield url.rsplit("/", 1)[0] + "/" + name
    finally:
        with psycopg.connect(dbname=config["NAME"], autocommit=True, **connect) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}"')


@pytest.mark.slow
def test_exact_on_postgresql(tmp_path, fresh_postgres_database):
    env = worker_env(tmp_path, DATABASE_URL=fresh_postgres_database)
    migrate(env)
    counts = allowed_across_processes(env)
    assert sum(counts) == LIMIT, counts


@pytest.mark.slow
def test_exact_on_redis(tmp_path):
    url = os.environ.get("REDIS_URL", "")
    if not url:
        pytest.skip("REDIS_URL is unset: start a server with `.ci/redis.sh` and export the URL it prints")
    counts = allowed_across_processes(worker_env(tmp_path, REDIS_URL=url))
    assert sum(counts) == LIMIT, counts
