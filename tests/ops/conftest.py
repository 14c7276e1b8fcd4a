"""Services that .ci/run starts for the suite: an OpenSearch cluster (OPENSEARCH_URL).

Without the variable the tests that need the cluster are skipped and say how to start one;
under CI (CI=true) a missing cluster is a failure, so a broken start cannot pass unnoticed.
"""

from __future__ import annotations

import os

import pytest


def required_service_url(variable: str, how: str) -> str:
    url = os.environ.get(variable, "").strip()
    if url:
        return url.rstrip("/")
    if os.environ.get("CI") == "true":
        pytest.fail(f"{variable} is unset under CI=true: .ci/run must start the service ({how})")
    pytest.skip(f"{variable} is unset: {how} and export the URL it prints")


@pytest.fixture(scope="session")
def opensearch_url() -> str:
    return required_service_url("OPENSEARCH_URL", "start a cluster with `.ci/opensearch.sh 1`")
