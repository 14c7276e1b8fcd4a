"""A fast smoke run of ``manage.py benchmark``: every stage runs and prints the documented line.

Figures are not asserted (performance is measured, never asserted by a timed test).
"""

from __future__ import annotations

import io
import json
import re
import sqlite3

import pytest
from django.core.management import CommandError, call_command

KEYS = [
    "backend",
    "default",
    "docs",
    "ingest_docs_per_s",
    "index_s",
    "index_mb",
    "search_p50_ms",
    "search_p95_ms",
    "phrase_p95_ms",
    "facet_p95_ms",
    "folded_p95_ms",
    "long_p50_ms",
    "long_p95_ms",
    "long_facet_p95_ms",
    "export_rows_per_s",
    "peak_rss_mb",
    "index_workers",
    "worker_peak_rss_mb",
]


@pytest.mark.slow
@pytest.mark.django_db
def test_benchmark_prints_one_json_line_per_backend(tmp_path):
    out, err = io.StringIO(), io.StringIO()
    work = tmp_path / "work"
    call_command(
        "benchmark",
        docs=30,
        backends="whoosh,tantivy,fts5",
        rounds=1,
        ingest_docs=2,
        workers=1,
        workdir=str(work),
        stdout=out,
        stderr=err,
    )
    lines = [json.loads(line) for line in out.getvalue().splitlines() if line.startswith("{")]
    assert [line["backend"] for line in lines] == ["whoosh", "tantivy", "sqlite-fts5"]
    for line in lines:
        assert list(line) == KEYS
        assert line["docs"] == 30
        assert line["index_s"] >= 0 and line["search_p95_ms"] >= line["search_p50_ms"] > 0
        assert line["export_rows_per_s"] > 0 and line["peak_rss_mb"] > 0
    assert lines[0]["ingest_docs_per_s"] and lines[1]["ingest_docs_per_s"]
    # The index builds prepared their entries in one worker process, FTS5 builds in its own.
    assert [line["index_workers"] for line in lines] == [1, 1, None]
    assert lines[1]["worker_peak_rss_mb"] > 0 and lines[2]["worker_peak_rss_mb"] is None
    assert re.search(
        r"ingest without the search index [\d.]+ documents/s = \d+% of segmentation", err.getvalue()
    )
    # That run wrote both files to its database and nothing to a search index.
    unindexed = work / "ingest-unindexed"
    with sqlite3.connect(unindexed / "portal.sqlite3") as database:
        assert database.execute("SELECT COUNT(*) FROM documents_document").fetchone() == (2,)
    assert not any((unindexed / "index").rglob("*.*"))
    # The benchmark's own database: the test database holds none of its documents.
    from documents.models import Document

    assert not Document.objects.filter(original_name__startswith="bench-").exists()


def test_preparation_cost_is_measured_on_the_database_rows(ingested_samples):
    out = io.StringIO()
    call_command("benchmark", stage="prepare", docs=1, rounds=1, stdout=out)
    cost = json.loads(out.getvalue())
    assert cost["docs"] == 5 and cost["chars_per_doc"] > 100
    assert cost["prepare_ms_per_doc"] > 0 and cost["prepare_ms_per_1000_chars"] > 0


@pytest.mark.django_db
def test_unknown_backend_is_named():
    with pytest.raises(CommandError, match="--backends: unknown solr"):
        call_command("benchmark", docs=10, backends="solr")


@pytest.mark.django_db
def test_measuring_an_index_that_lacks_the_documents_is_refused(ingested_samples, tmp_path):
    from haystack import connections

    # What an index of a previous layout is once opened: empty (tantivy starts such one anew).
    connections["default"].get_backend().clear()
    with pytest.raises(CommandError, match="index holds 0 of the database's 5 documents"):
        call_command("benchmark", stage="measure", backend="tantivy", docs=5, rounds=1, workdir=str(tmp_path))


@pytest.mark.django_db
def test_reusing_a_corpus_needs_a_workdir_holding_one(tmp_path):
    with pytest.raises(CommandError, match="--reuse-corpus: needs --workdir"):
        call_command("benchmark", docs=10, reuse_corpus=True)
    with pytest.raises(CommandError, match="--reuse-corpus: needs --workdir"):
        call_command("benchmark", docs=10, reuse_corpus=True, workdir=str(tmp_path))


def test_rates_are_medians_of_runs_made_in_turns_and_none_if_one_failed():
    from tools.management.commands.benchmark import interleaved_rates

    order = []

    def measure(name, values):
        values = iter(values)

        def run():
            order.append(name)
            return next(values)

        return run

    rates = interleaved_rates({"a": measure("a", [30.0, 50.0, 40.0]), "b": measure("b", [1.0, None, 2.0])}, 3)
    assert rates == {"a": 40.0, "b": None}
    assert order == ["a", "b", "a", "b", "a", "b"]
    assert interleaved_rates({"a": lambda: 12.5}, 0) == {"a": 12.5}  # at least one run
