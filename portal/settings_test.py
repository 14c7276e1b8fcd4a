"""Settings for the test suite: the real settings, with a throwaway data dir and index.

Tests replace the data dir and index path per test (tests/conftest.py); the default here is a
folder of this test run as well, so a test that forgets the fixture still cannot touch a real
index. Importing these settings only names that folder: tests/conftest.py's session fixture
makes it and removes it (no side effect at import).
"""

import os
import tempfile
from pathlib import Path

os.environ.setdefault("DJANGO_DEBUG", "0")
os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-secret-key-not-for-production")
# Always this run's own folder: a developer's PORTAL_DATA_DIR must never receive test data.
os.environ["PORTAL_DATA_DIR"] = str(Path(tempfile.gettempdir()) / f"portal-test-data-{os.getpid()}")

from .settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast user creation

# Limits are switched off for the suite (API conformance runs send hundreds of requests);
# tests/portal/test_rate_limits.py switches them on where it tests them.
PORTAL_RATE_LIMITS = dict.fromkeys(PORTAL_RATE_LIMITS, "0/60")  # noqa: F405
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# The suite runs the database queue's real worker whatever REDIS_URL says (manage.py worker
# follows TASKS); the Redis queue's tests switch to it: with a throwaway server
# (tests/ingest/test_redis_queue.py), or REDIS_URL's (the load test's uploads).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
