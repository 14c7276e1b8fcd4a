"""The Debian programs some reader tests drive."""

from __future__ import annotations

import os
import shutil

import pytest


def need(*programs: str) -> None:
    """Skip when a Debian tool the test drives is missing; on CI (which installs them, see
    .ci/run) a missing tool is a failure, not a skip."""
    missing = [program for program in programs if shutil.which(program) is None]
    if not missing:
        return
    message = f"needs {', '.join(missing)} (Debian packages; .ci/run installs them)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)
