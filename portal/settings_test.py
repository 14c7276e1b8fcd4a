"""Settings for the test suite: the real settings, with a throwaway data dir and index.

Tests replace the data dir and index path per test (tests/conftest.py); the default here is a
folder of this test run as well, so a test that forgets the fixture still cannot touch a real
index. The folder is made here by tempfile (a name no one can guess or take first, readable by
this user only) and removed when the process ends.
"""

import atexit
import os
import shutil
import tempfile

os.environ.setdefault("DJANGO_DEBUG", "0")
os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-secret-key-not-for-production")
# Always this run's own folder: a developer's PORTAL_DATA_DIR must never receive test data.
os.environ["PORTAL_DATA_DIR"] = tempfile.mkdtemp(prefix="portal-test-data-")

from .settings import *  # noqa: F403


def _remove_run_data_dir(folder: str = os.environ["PORTAL_DATA_DIR"], maker: int = os.getpid()) -> None:
    # Only by the process that made it: a forked child that exits through atexit must not take
    # its parent's folder with it.
    if os.getpid() == maker:
        shutil.rmtree(folder, ignore_errors=True)


atexit.register(_remove_run_data_dir)

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast user creation

# Limits are switched off for the suite (API conformance runs send hundreds of requests);
# tests/portal/test_rate_limits.py switches them on where it tests them.
PORTAL_RATE_LIMITS = dict.fromkeys(PORTAL_RATE_LIMITS, "0/60")  # noqa: F405
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# The suite runs the database queue's real worker whatever REDIS_URL says (manage.py worker
# follows TASKS); the Redis queue's tests switch to it: with a throwaway server
# (tests/ingest/test_redis_queue.py), or REDIS_URL's (the load test's uploads).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
