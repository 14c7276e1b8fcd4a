"""The figures of repeated measure-stage runs (tools/benchmark/alternate.sh's log): for each
version, the median of each figure over its runs and their range, and how many times faster than
FTS5 in the same job each version's median is. One run's p95 is a handful of samples of its
slowest queries: only repeated runs show whether a change moved it more than the machine did.

    .venv/bin/python -m tools.benchmark.repeats runs.log
"""

from __future__ import annotations

import json
import statistics
import sys
from collections.abc import Iterable

FIGURES = (
    "search_p50_ms",
    "search_p95_ms",
    "phrase_p95_ms",
    "facet_p95_ms",
    "folded_p95_ms",
    "long_p50_ms",
    "long_p95_ms",
    "long_facet_p95_ms",
    "export_rows_per_s",
)
# Compared with FTS5 (issue 17: at least 10 times faster in the same run).
AGAINST_FTS5 = ("search_p95_ms", "facet_p95_ms", "long_p95_ms", "long_facet_p95_ms")


def runs(lines: Iterable[str]) -> dict[str, list[dict]]:
    """Each label's runs in order: a "== LABEL ..." line names the JSON line that follows it
    ("== end" closes the log)."""
    found: dict[str, list[dict]] = {}
    label = None
    for line in lines:
        if line.startswith("== "):
            label = line.split()[1] if line.split()[1:2] != ["end"] else None
        elif line.startswith("{") and label is not None:
            found.setdefault(label, []).append(json.loads(line))
            label = None
    return found


def summary(found: dict[str, list[dict]]) -> dict[str, dict[str, tuple[float, float, float]]]:
    """label → figure → (median, lowest, highest) over the label's runs."""
    table = {}
    for label, measured in found.items():
        table[label] = {}
        for figure in FIGURES:
            values = [run[figure] for run in measured if run.get(figure) is not None]
            if values:
                table[label][figure] = (statistics.median(values), min(values), max(values))
    return table


def times_fts5(table, label: str) -> dict[str, float]:
    """How many times FTS5's figure (its median) each of ``label``'s medians is."""
    fts5 = table.get("fts5", {})
    return {
        figure: round(fts5[figure][0] / table[label][figure][0], 1)
        for figure in AGAINST_FTS5
        if figure in fts5 and table[label].get(figure, (0,))[0]
    }


_MS = "{:.1f} ({:.1f}–{:.1f})"
_RATE = "{:,.0f} ({:,.0f}–{:,.0f})"


def report(found: dict[str, list[dict]]) -> str:
    table = summary(found)
    lines = ["| version (runs) | " + " | ".join(FIGURES) + " |", "|---" * (len(FIGURES) + 1) + "|"]
    for label, figures in table.items():
        cells = [
            (_RATE if f.endswith("_per_s") else _MS).format(*figures[f]) if f in figures else "—"
            for f in FIGURES
        ]
        lines.append(f"| {label} ({len(found[label])}) | " + " | ".join(cells) + " |")
    for label in table:
        if label != "fts5" and "fts5" in table:
            lines.append(f"{label}: times FTS5 {times_fts5(table, label)}")
    return "\n".join(lines)


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as log:
        print(report(runs(log)))
