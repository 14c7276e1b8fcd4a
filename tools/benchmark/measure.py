"""Measures one haystack backend (the process's default connection) on the corpus in the database.

Index build through the backend's batch update, in one process. In another, as a server would
start: query latency through the search service (1-3 words, phrases, accent-insensitive) and, for
the facet figure, end to end through the Django search view with a province selected (the page
computes every facet); export of the whole corpus through the CSV export view, the median of
``rounds`` runs (falling back to ids from the backend + rows from the database in chunks).
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from django.http import QueryDict
from django.test import Client
from haystack import connections

from documents.models import Document
from documents.search import SearchParams, index_all
from documents.search import iter_ids as iter_document_ids
from documents.search import search as run_search

from .cluster import request_cache_off, server_figures
from .queries import FACET_PROVINCES, FOLDED, LONG, PHRASES, WORDS
from .timers import directory_mb, latencies, peak_rss_mb, summary

logger = logging.getLogger(__name__)


def _params(**values) -> SearchParams:
    data = QueryDict(mutable=True)
    for key, value in values.items():
        data[key] = value
    return SearchParams.from_querydict(data)


def build_index(workers: int) -> float:
    """Seconds to index the whole corpus: ``workers`` processes prepare the entries, this one
    writes them (documents.search.bulk: the backends' own prepare and write steps)."""
    start = time.perf_counter()
    index_all(workers, progress=lambda done, total: logger.info("indexed %d/%d", done, total))
    return time.perf_counter() - start


def export_rows(ids) -> int:
    """Rows of the export columns for ``ids``, read in chunks (the fallback export path)."""
    rows = 0
    ids = list(ids)
    for offset in range(0, len(ids), 1000):
        chunk = ids[offset : offset + 1000]
        found = Document.objects.filter(pk__in=chunk).select_related("province").in_bulk()
        rows += sum(1 for pk in chunk if pk in found)
    return rows


def _export_through_view(client: Client) -> int | None:
    response = client.get("/search/export.csv", {"sort": "newest"})
    if response.status_code != 200:
        logger.warning("export view answered %s; timing ids + rows instead", response.status_code)
        return None
    lines = 0
    for chunk in response.streaming_content if response.streaming else [response.content]:
        lines += chunk.count(b"\n")
    return lines


def _median_export(client: Client, rounds: int) -> tuple[float, int]:
    """(seconds, rows) of the median of ``rounds`` whole-corpus exports: one export of 100,000
    rows is a single long sample, as noisy on these machines as a single query."""
    samples = []
    for _ in range(max(1, rounds)):
        start = time.perf_counter()
        rows = _export_through_view(client)
        if rows is None:
            rows = export_rows(iter_document_ids(_params(sort="newest")))
        samples.append((time.perf_counter() - start, rows))
    return sorted(samples)[len(samples) // 2]


def measure_index_build(workers: int) -> dict:
    """Builds the index from the database: time, size, this process's peak memory and the
    largest of the preparing workers'."""
    index_s = build_index(workers)
    path = Path(connections["default"].options.get("PATH", ""))
    return {
        "index_s": round(index_s, 2),
        "index_workers": workers,
        "index_mb": directory_mb(path) if path.exists() else None,
        "peak_rss_mb": peak_rss_mb(),
        "worker_peak_rss_mb": peak_rss_mb(children=True) if workers > 0 else None,
    }


def measure_queries(name: str, docs: int, rounds: int) -> dict:
    """Latencies and export on the index already built, in a process that did not build it: a
    serving process never indexes 100,000 documents first. Measured in the building process, the
    facet page was slower and its latency far more variable than in a fresh process on the same
    index."""
    client = Client(HTTP_HOST="localhost")

    # Off while measuring (OpenSearch's request cache): the rounds repeat the same queries.
    with request_cache_off(connections["default"].get_backend()):
        search = latencies(WORDS, lambda q: run_search(_params(q=q), facets=False), rounds)
        phrase = latencies(PHRASES, lambda q: run_search(_params(q=q), facets=False), rounds)
        folded = latencies(FOLDED, lambda q: run_search(_params(q=q), facets=False), rounds)
        long = latencies(LONG, lambda q: run_search(_params(q=q), facets=False), rounds)

        def page(pair) -> None:
            response = client.get("/search/", {"q": pair[0], "province": pair[1]})
            if response.status_code != 200:
                raise RuntimeError(f"/search/ answered {response.status_code}")

        pairs = list(zip(WORDS, FACET_PROVINCES * 2, strict=False))
        facet = latencies(pairs, page, rounds)
        long_facet = latencies(list(zip(LONG, FACET_PROVINCES, strict=False)), page, rounds)

        export_s, rows = _median_export(client, rounds)
    return {
        "backend": name,
        "default": False,  # filled in by the command, which knows the configured default
        "docs": docs,
        "ingest_docs_per_s": None,
        "index_s": None,  # filled in from the stage that built the index
        "index_mb": None,
        "search_p50_ms": summary(search)[0],
        "search_p95_ms": summary(search)[1],
        "phrase_p95_ms": summary(phrase)[1],
        "facet_p95_ms": summary(facet)[1],
        "folded_p95_ms": summary(folded)[1],
        "long_p50_ms": summary(long)[0],
        "long_p95_ms": summary(long)[1],
        "long_facet_p95_ms": summary(long_facet)[1],
        "export_rows_per_s": round(min(rows, docs) / export_s) if export_s else None,
        "peak_rss_mb": peak_rss_mb(),
        # The index build's preparing processes and the largest one's peak (filled in by the
        # command from the stage that built the index).
        "index_workers": None,
        "worker_peak_rss_mb": None,
        # A server backend's own memory and index size, after the queries and exports.
        **server_figures(connections["default"].get_backend()),
    }
