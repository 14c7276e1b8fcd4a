"""Settings come from the environment; every response carries the security headers."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.paths import REPO_ROOT
from tests.portal.helpers import settings_in_subprocess


def test_secret_key_is_required_outside_development(tmp_path):
    result = settings_in_subprocess({"PORTAL_DATA_DIR": str(tmp_path)}, "settings.DEBUG")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_debug_is_off_unless_asked(tmp_path):
    result = settings_in_subprocess(
        {"PORTAL_DATA_DIR": str(tmp_path), "DJANGO_SECRET_KEY": "x" * 50}, "settings.DEBUG, settings.DATA_DIR"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("False") and str(tmp_path) in result.stdout


def test_unknown_search_backend_is_refused_with_the_choices(tmp_path):
    result = settings_in_subprocess(
        {"PORTAL_DATA_DIR": str(tmp_path), "DJANGO_DEBUG": "1", "SEARCH_BACKEND": "solr"}, "1"
    )
    assert result.returncode != 0 and "SEARCH_BACKEND" in result.stderr and "whoosh" in result.stderr


def test_database_url_is_read(tmp_path):
    result = settings_in_subprocess(
        {
            "DJANGO_DEBUG": "1",
            "PORTAL_DATA_DIR": str(tmp_path),
            "DATABASE_URL": "postgres://u:p@db.example:5433/portal",
        },
        "settings.DATABASES['default']['ENGINE'], settings.DATABASES['default']['PORT']",
    )
    assert "postgresql" in result.stdout and "5433" in result.stdout


def test_the_sqlite_database_keeps_a_write_ahead_log(tmp_path):
    # Readers must not wait for an ingest's writes, and a commit must not sync the whole file.
    result = settings_in_subprocess(
        {"DJANGO_DEBUG": "1", "PORTAL_DATA_DIR": str(tmp_path)},
        "__import__('django.db').db.connection.cursor().execute('PRAGMA journal_mode').fetchone()[0], "
        "__import__('django.db').db.connection.cursor().execute('PRAGMA synchronous').fetchone()[0]",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["wal", "1"]  # synchronous 1 = NORMAL


def test_deploy_check_has_no_errors(tmp_path):
    env = {
        "PORTAL_DATA_DIR": str(tmp_path),
        "DJANGO_SECRET_KEY": "a-long-random-production-secret-" + "q7Zp" * 10,
        "DJANGO_ALLOWED_HOSTS": "portal.example.org",
    }
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PORTAL_", "DATABASE_URL"))}
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "ERROR"],
        env={**clean, **env},
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/", "/search/?q=t%E1%BB%89nh", "/admin/login/", "/does-not-exist/"])
def test_every_response_has_the_security_headers(client, url):
    response = client.get(url)
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"


def test_importing_the_settings_creates_no_folder_and_starting_django_creates_the_data_folders(tmp_path):
    data_dir = tmp_path / "fresh"
    env = {"PORTAL_DATA_DIR": str(data_dir), "DJANGO_DEBUG": "1"}
    imported = subprocess.run(
        [sys.executable, "-c", "import portal.settings"],
        env={
            **{
                k: v
                for k, v in os.environ.items()
                if not k.startswith(("DJANGO_", "PORTAL_", "DATABASE_URL"))
            },
            **env,
        },
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert imported.returncode == 0, imported.stderr
    assert not data_dir.exists()
    started = settings_in_subprocess(env, "settings.STATIC_ROOT")
    assert started.returncode == 0, started.stderr
    assert (data_dir / "staticfiles").is_dir()
    assert data_dir.is_dir()  # the SQLite database's folder


def test_opensearch_shards_replicas_and_timeout_are_read(tmp_path):
    result = settings_in_subprocess(
        {
            "DJANGO_DEBUG": "1",
            "PORTAL_DATA_DIR": str(tmp_path),
            "SEARCH_BACKEND": "opensearch",
            "OPENSEARCH_SHARDS": "3",
            "OPENSEARCH_REPLICAS": "1",
            "OPENSEARCH_TIMEOUT": "120",
        },
        "sorted((k, v) for k, v in settings.HAYSTACK_CONNECTIONS['default'].items() if k in "
        "('SHARDS', 'REPLICAS', 'TIMEOUT'))",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[('REPLICAS', 1), ('SHARDS', 3), ('TIMEOUT', 120)]"


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("OPENSEARCH_SHARDS", "three"),
        ("OPENSEARCH_SHARDS", "-1"),
        ("OPENSEARCH_SHARDS", "2.5"),
        ("OPENSEARCH_SHARDS", "²"),
        ("OPENSEARCH_SHARDS", "0"),
        ("OPENSEARCH_TIMEOUT", "0"),
        ("OPENSEARCH_REPLICAS", "one"),
    ],
)
def test_a_bad_opensearch_count_is_refused_naming_the_variable(tmp_path, variable, value):
    result = settings_in_subprocess(
        {
            "DJANGO_DEBUG": "1",
            "PORTAL_DATA_DIR": str(tmp_path),
            "SEARCH_BACKEND": "opensearch",
            variable: value,
        },
        "settings.HAYSTACK_CONNECTIONS",
    )
    assert result.returncode != 0
    assert f"{variable}={value!r} is not a whole number" in result.stderr
    assert "ValueError" not in result.stderr


def test_the_test_settings_data_dir_is_a_private_temporary_folder_removed_at_exit(tmp_path):
    # Not a name another user could guess and make first (it was /tmp/portal-test-data-<pid>).
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PORTAL_", "DATABASE_URL"))}
    code = (
        "import os, stat, django; django.setup(); from django.conf import settings; "
        "print(settings.DATA_DIR, oct(stat.S_IMODE(os.stat(settings.DATA_DIR).st_mode)), os.getpid())"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", code],
            env={**clean, "DJANGO_SETTINGS_MODULE": "portal.settings_test", "TMPDIR": str(temporary)},
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
        for _ in range(2)
    ]
    assert all(run.returncode == 0 for run in runs), [run.stderr[-1000:] for run in runs]
    answers = [run.stdout.split() for run in runs]
    folders = [folder for folder, _, _ in answers]
    assert len(set(folders)) == 2 and all(folder.startswith(str(temporary)) for folder in folders)
    assert all(mode == "0o700" for _, mode, _ in answers)
    assert all(not folder.endswith(f"-{pid}") for folder, _, pid in answers)
    assert not list(temporary.iterdir())  # each process removed its own folder when it ended
