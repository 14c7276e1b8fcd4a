"""Repeated measure-stage runs summed up: each version's median and range, and times FTS5."""

from __future__ import annotations

import json

from tools.benchmark.repeats import report, runs, summary, times_fts5


def _line(**figures) -> str:
    return json.dumps({"backend": "tantivy", "search_p95_ms": None, **figures})


LOG = [
    "== before 5891358 2026-12-07T21:47:36 load 1.0 1.0 1.0\n",
    _line(search_p95_ms=30.0, facet_p95_ms=50.0, export_rows_per_s=11739) + "\n",
    "== after e19f76c 2026-12-07T21:48:35 load 1.0 1.0 1.0\n",
    _line(search_p95_ms=20.0, facet_p95_ms=40.0) + "\n",
    "a line of the command's own output\n",
    "== fts5 e19f76c 2026-12-07T21:49:37 load 1.0 1.0 1.0\n",
    _line(search_p95_ms=300.0, facet_p95_ms=400.0) + "\n",
    "== after e19f76c 2026-12-07T21:52:17 load 1.0 1.0 1.0\n",
    _line(search_p95_ms=26.0, facet_p95_ms=44.0) + "\n",
    "== before 5891358 2026-12-07T21:53:06 load 1.0 1.0 1.0\n",
    _line(search_p95_ms=40.0, facet_p95_ms=70.0) + "\n",
    "== after e19f76c 2026-12-07T21:54:00 load 1.0 1.0 1.0\n",
    "{}\n",  # a run that printed nothing measured (its figures missing) still counts as a run
    "== end 2026-12-07T21:55:47 load 1.0 1.0 1.0\n",
    _line(search_p95_ms=999.0) + "\n",  # after "end": no label names it
]


def test_each_version_gets_its_runs_median_and_range_and_times_fts5():
    found = runs(LOG)
    assert {label: len(measured) for label, measured in found.items()} == {"before": 2, "after": 3, "fts5": 1}
    table = summary(found)
    assert table["before"]["search_p95_ms"] == (35.0, 30.0, 40.0)
    assert table["after"]["search_p95_ms"] == (23.0, 20.0, 26.0)  # the empty run has no value
    assert "export_rows_per_s" not in table["after"]
    assert "| 11,739 (11,739–11,739) |" in report(found)
    assert times_fts5(table, "after") == {"search_p95_ms": 13.0, "facet_p95_ms": 9.5}
    text = report(found)
    assert "| after (3) | — | 23.0 (20.0–26.0) |" in text
    assert "before: times FTS5 {'search_p95_ms': 8.6, 'facet_p95_ms': 6.7}" in text


def test_no_fts5_run_gives_no_comparison():
    found = runs(LOG[:4])
    assert times_fts5(summary(found), "after") == {}
    assert "times FTS5" not in report(found)
