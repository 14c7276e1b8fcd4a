"""The OpenSearch cluster .ci/run starts for the suite (OPENSEARCH_URL): see tests/services.py."""

from __future__ import annotations

import pytest

from tests import services


@pytest.fixture(scope="session")
def opensearch_url() -> str:
    return services.opensearch_url()
