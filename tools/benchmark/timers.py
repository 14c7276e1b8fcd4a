"""Small measuring helpers: timed calls, percentiles, directory size, peak memory."""

from __future__ import annotations

import resource
import statistics
import time
from collections.abc import Callable, Iterable
from pathlib import Path


def timed_ms(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return (time.perf_counter() - start) * 1000


def latencies(queries: Iterable, run: Callable[[object], object], rounds: int) -> list[float]:
    """Each query once to warm up, then ``rounds`` timed passes over all of them."""
    queries = list(queries)
    for query in queries:
        run(query)
    return [timed_ms(lambda q=query: run(q)) for _ in range(rounds) for query in queries]


def percentile(values: list[float], fraction: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    rank = fraction * (len(ordered) - 1)
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def summary(values: list[float]) -> tuple[float | None, float | None]:
    """(median, p95) in ms, rounded."""
    if not values:
        return None, None
    return round(statistics.median(values), 2), round(percentile(values, 0.95), 2)


def directory_mb(path: Path) -> float:
    total = sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file())
    return round(total / 1_000_000, 1)


def peak_rss_mb(children: bool = False) -> float:
    """Peak resident memory of this process, or of the largest of its finished child processes
    (Linux reports kilobytes)."""
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)
