"""SQLite FTS5 as a baseline: the same texts (canonical and folded), the same kinds of query.

Not a portal backend: it shows what a plain database index does on this machine. Its own file
in the benchmark's work directory; facets are a GROUP BY over the matching rows.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from documents.models import Document
from documents.search import tokens
from documents.vietnamese.normalize import fold

from .queries import FACET_PROVINCES, FOLDED, LONG, PHRASES, WORDS
from .timers import latencies, peak_rss_mb, summary


def _match(query: str, column: str) -> str:
    """An FTS5 MATCH expression: every word (AND), quoted phrases as phrases."""
    parts = []
    for i, chunk in enumerate(query.split('"')):
        words = tokens(chunk)
        if column == "text_folded":
            words = [fold(w) for w in words]
        if not words:
            continue
        quoted = [f'"{w}"' for w in words]
        parts.append(
            f"{column} : ({' + '.join(quoted)})" if i % 2 else " AND ".join(f"{column} : {q}" for q in quoted)
        )
    return " AND ".join(parts)


class Fts5Baseline:
    def __init__(self, path: Path):
        self.path = path
        path.unlink(missing_ok=True)
        self.db = sqlite3.connect(path)
        self.db.executescript(
            """
            CREATE VIRTUAL TABLE docs USING fts5(text, text_folded, tokenize='unicode61 remove_diacritics 0');
            CREATE TABLE meta(id INTEGER PRIMARY KEY, province TEXT, date_start INTEGER);
            """
        )

    def build(self) -> float:
        start = time.perf_counter()
        rows = Document.objects.order_by("pk").values_list("pk", "title", "text", "province__name", "date")
        batch_docs, batch_meta = [], []
        for pk, title, text, province, date in rows.iterator(chunk_size=2000):
            body = f"{title}\n{text}".lower()
            batch_docs.append((pk, body, fold(body)))
            batch_meta.append((pk, province, int(date.strftime("%Y%m%d")) if date else 0))
            if len(batch_docs) >= 2000:
                self._insert(batch_docs, batch_meta)
        self._insert(batch_docs, batch_meta)
        self.db.execute("INSERT INTO docs(docs) VALUES('optimize')")
        self.db.commit()
        return time.perf_counter() - start

    def _insert(self, docs: list, meta: list) -> None:
        self.db.executemany("INSERT INTO docs(rowid, text, text_folded) VALUES (?, ?, ?)", docs)
        self.db.executemany("INSERT INTO meta VALUES (?, ?, ?)", meta)
        docs.clear()
        meta.clear()

    def search(self, query: str, column: str = "text") -> list[int]:
        match = _match(query, column)
        self.db.execute("SELECT count(*) FROM docs WHERE docs MATCH ?", (match,)).fetchone()
        rows = self.db.execute(
            "SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT 20", (match,)
        ).fetchall()
        return [row[0] for row in rows]

    def facet(self, query: str, province: str) -> list:
        match = _match(query, "text")
        ids = "SELECT rowid FROM docs WHERE docs MATCH ?"
        self.db.execute(
            "SELECT docs.rowid FROM docs JOIN meta ON meta.id = docs.rowid WHERE docs MATCH ? "
            "AND meta.province = ? ORDER BY rank LIMIT 20",
            (match, province),
        ).fetchall()
        return self.db.execute(
            f"SELECT province, count(*) FROM meta WHERE id IN ({ids}) GROUP BY province",  # noqa: S608
            (match,),
        ).fetchall()

    def export_ids(self) -> list[int]:
        return [row[0] for row in self.db.execute("SELECT id FROM meta ORDER BY date_start DESC, id")]


def measure_fts5(workdir: Path, docs: int, rounds: int, export) -> dict:
    baseline = Fts5Baseline(workdir / "fts5.sqlite3")
    index_s = baseline.build()
    search = latencies(WORDS, baseline.search, rounds)
    phrase = latencies(PHRASES, baseline.search, rounds)
    folded = latencies(FOLDED, lambda q: baseline.search(q, "text_folded"), rounds)
    long = latencies(LONG, baseline.search, rounds)
    pairs = [(w, p) for w, p in zip(WORDS, FACET_PROVINCES * 2, strict=False)]
    facet = latencies(pairs, lambda pair: baseline.facet(*pair), rounds)
    long_facet = latencies(
        list(zip(LONG, FACET_PROVINCES, strict=False)), lambda pair: baseline.facet(*pair), rounds
    )
    start = time.perf_counter()
    rows = export(baseline.export_ids())
    export_s = time.perf_counter() - start
    size = (workdir / "fts5.sqlite3").stat().st_size / 1_000_000
    return {
        "backend": "sqlite-fts5",
        "default": False,
        "docs": docs,
        "ingest_docs_per_s": None,
        "index_s": round(index_s, 2),
        "index_mb": round(size, 1),
        "search_p50_ms": summary(search)[0],
        "search_p95_ms": summary(search)[1],
        "phrase_p95_ms": summary(phrase)[1],
        "facet_p95_ms": summary(facet)[1],
        "folded_p95_ms": summary(folded)[1],
        "long_p50_ms": summary(long)[0],
        "long_p95_ms": summary(long)[1],
        "long_facet_p95_ms": summary(long_facet)[1],
        "export_rows_per_s": round(rows / export_s) if export_s else None,
        "peak_rss_mb": peak_rss_mb(),
        # The index build's preparing processes and the largest one's peak (filled in by the
        # command from the stage that built the index).
        "index_workers": None,
        "worker_peak_rss_mb": None,
    }
