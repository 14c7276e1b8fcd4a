"""The backends the contract suite runs against, each in its own temporary index, and the
search parameters its tests ask with.

Every backend on this machine answers: Whoosh and tantivy always, OpenSearch when
OPENSEARCH_URL names a cluster (.ci/opensearch.sh 1 starts one; under CI=true it must be set,
test_opensearch_is_compared fails otherwise). The connection entry is swapped like
tests/conftest.py does (haystack ignores override_settings).
"""

from __future__ import annotations

import contextlib
import os
from functools import cache
from pathlib import Path

from django.http import QueryDict

from documents.models import Document
from documents.search.params import SearchParams

ENGINES = {
    "whoosh": "documents.search.backends.whoosh.engine.VietnameseWhooshEngine",
    "tantivy": "documents.search.backends.tantivy.engine.TantivyEngine",
}
OPENSEARCH_URL = os.environ.get("OPENSEARCH_URL", "").strip()
if OPENSEARCH_URL:
    ENGINES["opensearch"] = "documents.search.backends.opensearch.engine.OpenSearchEngine"
BACKENDS = tuple(ENGINES)
SAMPLES = Path(__file__).resolve().parent.parent.parent / "samples"


@cache
def _connection(backend: str, path: Path) -> dict:
    entry = {"ENGINE": ENGINES[backend], "PATH": str(path)}
    if backend == "opensearch":
        entry.update(URL=OPENSEARCH_URL, INDEX_NAME=f"contract_{os.getpid()}")
    return entry


def params(**values) -> SearchParams:
    """Search parameters as a query string would give them (a list value repeats the key)."""
    data = QueryDict(mutable=True)
    for key, value in values.items():
        data.setlist(key, value if isinstance(value, list) else [value])
    return SearchParams.from_querydict(data)


@contextlib.contextmanager
def using_backend(backend: str, tmp_path: Path, rebuild: bool = True):
    """The default connection points at ``backend`` (its own index under tmp_path) meanwhile."""
    from haystack import connections

    original = connections.connections_info["default"]
    connections.connections_info["default"] = _connection(backend, tmp_path / f"index-{backend}")
    connections.reload("default")
    try:
        search_backend = connections["default"].get_backend()
        if rebuild:
            index = connections["default"].get_unified_index().get_index(Document)
            search_backend.clear()
            search_backend.update(index, list(index.index_queryset()))
        yield search_backend
    finally:
        if backend == "opensearch":
            connections["default"].get_backend().clear()
        connections.connections_info["default"] = original
        connections.reload("default")
