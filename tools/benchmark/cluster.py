"""What a search server spends beside the portal's own process: for OpenSearch, the JVMs' memory
and the index's size on the cluster (primaries and replicas), read from the cluster's own stats."""

from __future__ import annotations

MB = 1024 * 1024


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
