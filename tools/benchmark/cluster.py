"""What a search server spends beside the portal's own process: for OpenSearch, the JVMs' memory
and the index's size on the cluster (primaries and replicas), read from the cluster's own stats;
and its request cache, off while the benchmark measures."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

MB = 1024 * 1024
REQUEST_CACHE = "index.requests.cache.enable"


@contextmanager
def request_cache_off(backend) -> Iterator[None]:
    """OpenSearch's shard request cache off for ``backend``'s index inside the block, then as it
    was. The benchmark asks the same queries round after round: the cache kept the answers of
    its requests without hits (facet counts, the "did you mean" lexicon, counts) and answered the
    repeats from memory, which a server's varied traffic would not. Nothing for an embedded
    backend."""
    conn = getattr(backend, "conn", None)
    if conn is None:
        yield
        return
    index = backend.index_name
    # Set on the index by someone (kept), or absent: the cluster's default (on) again after.
    before = request_cache_setting(conn, index)
    conn.indices.put_settings(index=index, body={REQUEST_CACHE: False})
    try:
        yield
    finally:
        conn.indices.put_settings(index=index, body={REQUEST_CACHE: before})


def request_cache_setting(conn, index: str) -> str | None:
    """The request cache's setting on ``index`` as the cluster keeps it ("true"/"false"), or None
    when the index does not set it (the cluster then leaves its answer out entirely)."""
    found = conn.indices.get_settings(index=index, name=REQUEST_CACHE, flat_settings=True)
    return next((entry["settings"].get(REQUEST_CACHE) for entry in found.values()), None)


def server_figures(backend) -> dict:
    """Figures of the cluster behind ``backend``; none for an embedded backend."""
    conn = getattr(backend, "conn", None)
    if conn is None:
        return {}
    stats = conn.nodes.stats(metric="jvm")["nodes"].values()
    heap_used = sum(node["jvm"]["mem"]["heap_used_in_bytes"] for node in stats)
    heap_max = sum(node["jvm"]["mem"]["heap_max_in_bytes"] for node in stats)
    non_heap = sum(node["jvm"]["mem"]["non_heap_committed_in_bytes"] for node in stats)
    store = conn.indices.stats(index=backend.index_name, metric="store")["_all"]["total"]["store"]
    return {
        "nodes": len(stats),
        "jvm_heap_used_mb": round(heap_used / MB),
        "jvm_heap_max_mb": round(heap_max / MB),
        "jvm_non_heap_mb": round(non_heap / MB),
        "index_mb": round(store["size_in_bytes"] / MB, 1),
    }
