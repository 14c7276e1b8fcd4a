"""Reading the portal's settings in a fresh interpreter, with only the environment given."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.paths import REPO_ROOT


def settings_in_subprocess(env: dict[str, str], expression: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PORTAL_", "DATABASE_URL"))}
    clean.update(env)
    code = f"import django; django.setup(); from django.conf import settings; print({expression})"
    return subprocess.run(
        [sys.executable, "-c", code],
        env={**clean, "DJANGO_SETTINGS_MODULE": "portal.settings"},
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
