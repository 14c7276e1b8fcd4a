"""Servers the suite uses that .ci/run starts (OpenSearch, Redis, PostgreSQL), and OpenSearch
clusters of their own that a test starts and stops.

Without a service's variable the tests that need it are skipped and say how to start it; under
CI (CI=true) a missing service is a failure, so a broken start cannot pass unnoticed.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from tests.paths import REPO_ROOT

OPENSEARCH_HOW = "start a cluster with `.ci/opensearch.sh 1`"
CLUSTER_SCRIPT = REPO_ROOT / ".ci" / "opensearch.sh"


def required_service_url(variable: str, how: str) -> str:
    url = os.environ.get(variable, "").strip()
    if url:
        return url.rstrip("/")
    if os.environ.get("CI") == "true":
        pytest.fail(f"{variable} is unset under CI=true: .ci/run must start the service ({how})")
    pytest.skip(f"{variable} is unset: {how} and export the URL it prints")


def opensearch_url() -> str:
    return required_service_url("OPENSEARCH_URL", OPENSEARCH_HOW)


@contextmanager
def own_cluster(nodes: int) -> Iterator[str]:
    """A cluster of ``nodes`` nodes started by .ci/opensearch.sh, stopped however the test ends;
    yields its directory (DIR/pids lists one node's pid a line, so a test can stop one)."""
    started = subprocess.run(
        ["bash", str(CLUSTER_SCRIPT), str(nodes)], capture_output=True, text=True, timeout=600, check=False
    )
    assert started.returncode == 0, f".ci/opensearch.sh {nodes} failed:\n{started.stderr[-3000:]}"
    directory = started.stdout.strip().splitlines()[-1].split()[0]
    try:
        yield directory
    finally:
        subprocess.run(["bash", str(CLUSTER_SCRIPT), "stop", directory], check=False)
