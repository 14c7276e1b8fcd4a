"""A bounded load test on loopback: N clients for S seconds mixing what people do on the portal.

Each client is a thread with its own keep-alive HTTP connection. The run stops itself by time
and by a request cap, and only ever talks to a loopback address.
"""

from __future__ import annotations

import http.client
import ipaddress
import random
import statistics
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import quote, urlsplit

MAX_REQUESTS_PER_CLIENT = 100_000


@dataclass
class Traffic:
    """What the clients ask for: filled from the corpus being served."""

    words: list[str]
    provinces: list[str]
    years: list[str]
    document_ids: list[int]

    def next_path(self, rng: random.Random) -> tuple[str, str]:
        kind = rng.choices(["search", "facet", "document", "export"], weights=[45, 25, 25, 5])[0]
        if kind == "search" or not (self.provinces or self.years):
            words = " ".join(rng.sample(self.words, k=min(len(self.words), rng.randint(1, 3))))
            return "search", f"/search/?q={quote(words)}"
        if kind == "facet":
            parameter = (
                f"province={quote(rng.choice(self.provinces))}"
                if self.provinces and rng.random() < 0.6
                else f"year={rng.choice(self.years or ['2023'])}"
            )
            return "facet", f"/search/?q={quote(rng.choice(self.words))}&{parameter}"
        if kind == "document" and self.document_ids:
            return "document", f"/documents/{rng.choice(self.document_ids)}/"
        return "export", f"/search/export.csv?q={quote(rng.choice(self.words))}"


@dataclass
class Result:
    latencies_ms: dict[str, list[float]] = field(default_factory=dict)
    statuses: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    def record(self, kind: str, status: int | None, ms: float, error: str | None = None) -> None:
        self.latencies_ms.setdefault(kind, []).append(ms)
        self.statuses[status or "error"] += 1
        if error:
            self.errors.append(error)

    def summary(self, seconds: float) -> dict:
        every = [ms for values in self.latencies_ms.values() for ms in values]
        # Every answer that is not what its kind expects (a 5xx for a reader, anything but the
        # redirect for an upload) or no answer at all.
        failed = len(self.errors)
        return {
            "requests": len(every),
            "requests_per_s": round(len(every) / seconds, 1) if seconds else 0,
            "errors": failed,
            "statuses": {str(k): v for k, v in sorted(self.statuses.items(), key=str)},
            "p50_ms": _percentile(every, 50),
            "p95_ms": _percentile(every, 95),
            "by_kind": {
                kind: {"n": len(v), "p50_ms": _percentile(v, 50), "p95_ms": _percentile(v, 95)}
                for kind, v in sorted(self.latencies_ms.items())
            },
        }


def _percentile(values: list[float], pct: int) -> float | None:
    if not values:
        return None
    if len(values) == 1:
        return round(values[0], 1)
    return round(statistics.quantiles(values, n=100, method="inclusive")[pct - 1], 1)


def require_loopback(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    host = parts.hostname or ""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if parts.scheme != "http" or not loopback:
        raise ValueError(f"{url}: the load test only targets http on a loopback address")
    return host, parts.port or 80


def run_load(
    url: str | list[str],
    traffic: Traffic,
    *,
    clients: int,
    seconds: float,
    seed: int = 1,
    requests_per_client: int = MAX_REQUESTS_PER_CLIENT,
    writes: Callable[[Result, threading.Lock], Callable[[], int]] | None = None,
) -> dict:
    """``url``: one server, or several serving the same portal (client n talks to the n-th, in turn).
    Each client stops at the deadline or after ``requests_per_client`` requests, whichever comes
    first (a fixed number makes a run's traffic independent of the machine's speed).
    ``writes``: starts writers beside the readers (tools/loadwrites.py), recording into the same
    result; it returns the function that waits for them and counts the writes accepted."""
    targets = [require_loopback(u) for u in ([url] if isinstance(url, str) else url)]
    result, lock = Result(), threading.Lock()
    deadline = time.monotonic() + seconds

    def client(number: int) -> None:
        rng = random.Random(seed * 1000 + number)  # noqa: S311 - reproducible traffic, not secrets
        host, port = targets[number % len(targets)]
        connection = http.client.HTTPConnection(host, port, timeout=30)
        for _ in range(requests_per_client):
            if time.monotonic() >= deadline:
                break
            kind, path = traffic.next_path(rng)
            started = time.perf_counter()
            try:
                connection.request("GET", path, headers={"Accept-Language": "vi"})
                response = connection.getresponse()
                response.read()
                status, error = response.status, None
                if status >= 500:
                    error = f"{status} {path}"
            except (OSError, http.client.HTTPException) as problem:
                status, error = None, f"{type(problem).__name__}: {problem} ({path})"
                connection.close()
                connection = http.client.HTTPConnection(host, port, timeout=30)
            with lock:
                result.record(kind, status, (time.perf_counter() - started) * 1000, error)
        connection.close()

    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(clients)]
    started = time.monotonic()
    join_writers = writes(result, lock) if writes else None
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(seconds + 60)
    accepted = join_writers() if join_writers else None
    summary = result.summary(time.monotonic() - started)
    summary.update(clients=clients, seconds=seconds, first_errors=result.errors[:5])
    if accepted is not None:
        summary["writes_accepted"] = accepted
    return summary


def count_rate_limited(urls: list[str], path: str, requests: int, clients: int = 20) -> dict:
    """Send ``requests`` GETs of ``path`` at once from ``clients`` threads, spread over the
    servers ``urls``: how many were let through (200) and refused (429). With the counts shared
    across processes, exactly the limit gets through whichever server answers.

    All come as one client new to the servers (a random documentation address, RFC 5737, in
    X-Forwarded-For: the servers must trust loopback as their proxy), so a count left by an
    earlier run in the same window does not count."""
    targets = [require_loopback(u) for u in urls]
    client_address = f"198.51.100.{random.randint(1, 254)}, 203.0.113.{random.randint(1, 254)}"  # noqa: S311
    statuses: Counter = Counter()
    lock = threading.Lock()
    share = [requests // clients + (n < requests % clients) for n in range(clients)]
    start = threading.Barrier(clients)

    def client(number: int) -> None:
        host, port = targets[number % len(targets)]
        connection = http.client.HTTPConnection(host, port, timeout=30)
        start.wait()
        for _ in range(share[number]):
            try:
                connection.request("GET", path, headers={"X-Forwarded-For": client_address})
                response = connection.getresponse()
                response.read()
                status = response.status
            except (OSError, http.client.HTTPException):
                status = "error"
                connection.close()
                connection = http.client.HTTPConnection(host, port, timeout=30)
            with lock:
                statuses[status] += 1
        connection.close()

    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    return {"sent": requests, "allowed": statuses[200], "refused": statuses[429], "statuses": dict(statuses)}
