"""``manage.py benchmark --docs N``: every search backend side by side on one generated corpus.

Everything happens in a throwaway work directory (its own SQLite database and indexes, never the
portal's data): one process builds the corpus, then one process per backend indexes it and times
queries, so each backend's peak memory is its own. Prints one JSON line per backend.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import statistics
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from tools.benchmark.ingest import ingest_docs_per_s, manage, segmentation_docs_per_s

logger = logging.getLogger(__name__)

HAYSTACK_BACKENDS = ("whoosh", "tantivy", "opensearch")
ALL_BACKENDS = (*HAYSTACK_BACKENDS, "fts5")
SEGMENTATION = "segmentation alone"
UNINDEXED = "ingest without the search index"


def interleaved_rates(measures: dict[str, Callable[[], float | None]], rounds: int) -> dict:
    """The median of ``rounds`` runs of each measure (None when a run failed), run in turns
    (a, b, a, b, ...). Single runs of a few seconds scatter on shared machines, and the machine's
    speed drifts by as much within minutes: runs of one kind bunched together would carry the drift
    into the ratios."""
    runs: dict[str, list] = {name: [] for name in measures}
    for _ in range(max(1, rounds)):
        for name, measure in measures.items():
            runs[name].append(measure())
    return {name: None if None in rates else statistics.median(rates) for name, rates in runs.items()}


class Command(BaseCommand):
    help = "Build a realistic corpus of N documents and measure every search backend on it."

    def add_arguments(self, parser):
        parser.add_argument("--docs", type=int, default=1000, help="documents in the corpus (default 1000)")
        parser.add_argument(
            "--backends",
            default="whoosh,tantivy,fts5" + (",opensearch" if os.environ.get("OPENSEARCH_URL") else ""),
            help="comma-separated: whoosh, tantivy, opensearch, fts5 (default: all available)",
        )
        parser.add_argument(
            "--rounds",
            type=int,
            default=3,
            help="timed passes over each query list, and runs of segmentation alone and of ingest (median)",
        )
        parser.add_argument(
            "--ingest-docs", type=int, default=100, help="files timed through `manage.py ingest` (0: skip)"
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=os.cpu_count() or 1,
            help="worker processes of the ingest, and those preparing index entries for the index build",
        )
        parser.add_argument("--workdir", help="work directory to use (default: a new temporary one)")
        parser.add_argument("--keep", action="store_true", help="keep the work directory afterwards")
        parser.add_argument(
            "--reuse-corpus",
            action="store_true",
            help="measure the corpus an earlier --keep run left in --workdir instead of building it again",
        )
        # Internal: the stages run in child processes.
        parser.add_argument(
            "--stage",
            choices=("build", "measure", "index", "segment", "ingest-unindexed", "prepare"),
            help=None,
        )
        parser.add_argument("--backend", help=None)

    def handle(
        self,
        *args,
        docs: int,
        backends: str,
        rounds: int,
        ingest_docs: int,
        workers: int,
        workdir: str | None,
        keep: bool,
        reuse_corpus: bool,
        stage: str | None,
        backend: str | None,
        **options,
    ):
        if docs < 1:
            raise CommandError("--docs: must be at least 1")
        if stage == "build":
            return self._build(docs, Path(workdir), ingest_docs)
        if stage == "index":
            from tools.benchmark.measure import measure_index_build

            return self.stdout.write(json.dumps(measure_index_build(workers)))
        if stage == "prepare":
            from tools.benchmark.prepare_cost import prepare_cost

            return self.stdout.write(json.dumps(prepare_cost(rounds)))
        if stage == "measure":
            return self._measure(backend, docs, rounds, Path(workdir))
        if stage == "segment":
            from tools.benchmark.ingest import segment_files

            chars = segment_files(sorted((Path(workdir) / "files").glob("*.txt")), workers)
            return self.stdout.write(json.dumps({"characters": chars}))
        if stage == "ingest-unindexed":
            from tools.benchmark.ingest import ingest_unindexed

            return ingest_unindexed(Path(workdir) / "files", workers)
        chosen = [b.strip() for b in backends.split(",") if b.strip()]
        unknown = [b for b in chosen if b not in ALL_BACKENDS]
        if unknown:
            raise CommandError(
                f"--backends: unknown {', '.join(unknown)}; choose from {', '.join(ALL_BACKENDS)}"
            )
        if reuse_corpus and not (workdir and (Path(workdir) / "corpus.sqlite3").is_file()):
            raise CommandError("--reuse-corpus: needs --workdir holding an earlier run's corpus.sqlite3")
        work = Path(workdir) if workdir else Path(tempfile.mkdtemp(prefix="portal-benchmark-"))
        work.mkdir(parents=True, exist_ok=True)
        try:
            self._run(work, docs, chosen, rounds, ingest_docs, workers, reuse_corpus)
        finally:
            if not keep and not workdir:
                shutil.rmtree(work, ignore_errors=True)

    # --- the parent: stages in child processes -------------------------------------------------
    def _env(self, work: Path, backend: str) -> dict:
        return {
            **os.environ,
            # The real settings (a test settings module would move the data dir elsewhere).
            "DJANGO_SETTINGS_MODULE": "portal.settings",
            "PORTAL_DATA_DIR": str(work / f"data-{backend}"),
            "DATABASE_URL": f"sqlite:///{work / 'corpus.sqlite3'}",
            "SEARCH_BACKEND": backend if backend in HAYSTACK_BACKENDS else "whoosh",
            # Never the deployment's own index on a shared cluster.
            "OPENSEARCH_INDEX": f"benchmark-{work.name}-{backend}".lower(),
            "PORTAL_EXPORT_MAX_ROWS": str(10**9),
        }

    def _child(self, work: Path, backend: str, args: list[str]) -> dict:
        done = manage(
            ["benchmark", *args, "--workdir", str(work)],
            self._env(work, backend),
            stdout=subprocess.PIPE,
            text=True,
        )
        lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
        if done.returncode != 0 or not lines:
            raise CommandError(f"benchmark stage for {backend} failed (exit {done.returncode})")
        return json.loads(lines[-1])

    def _run(
        self,
        work: Path,
        docs: int,
        chosen: list[str],
        rounds: int,
        ingest_docs: int,
        workers: int,
        reuse_corpus: bool = False,
    ):
        if reuse_corpus:
            self.stderr.write(f"measuring the corpus already in {work}")
        else:
            self._build_corpus(work, docs, ingest_docs)
        files = sorted((work / "files").glob("*.txt"))
        ingest_rates = self._ingest_rates(work, files, chosen, rounds, workers) if files else {}
        for backend in chosen:
            self.stderr.write(f"measuring {backend}")
            built = {}
            if backend in HAYSTACK_BACKENDS:  # FTS5 builds its table inside its measure stage
                built = self._child(
                    work, backend, ["--stage", "index", "--backend", backend, "--workers", str(workers)]
                )
            line = self._child(
                work,
                backend,
                ["--stage", "measure", "--backend", backend, "--docs", str(docs), "--rounds", str(rounds)],
            )
            if built:
                line["peak_rss_mb"] = max(line["peak_rss_mb"], built.pop("peak_rss_mb"))
                # A cluster's index size comes from the measure stage (no folder to weigh).
                line.update({key: value for key, value in built.items() if value is not None})
            line["default"] = backend == settings.SEARCH_BACKEND
            if backend in ingest_rates:
                rate = ingest_rates[backend]
                line["ingest_docs_per_s"] = round(rate, 1) if rate else None
            self.stdout.write(json.dumps(line, ensure_ascii=False))

    def _ingest_rates(self, work: Path, files: list[Path], chosen: list[str], rounds: int, workers: int):
        """Documents/s of segmentation alone, of each backend's ingest and of ingest without the
        search index (the database's share), measured in turns."""
        segment_env = self._env(work, "segment")
        measures = {
            SEGMENTATION: lambda: segmentation_docs_per_s(files, work, workers, segment_env),
            # The backend named is never written to: any installed one does.
            UNINDEXED: lambda: ingest_docs_per_s(files, "tantivy", work, workers, indexed=False),
        }
        for backend in chosen:
            if backend in HAYSTACK_BACKENDS:
                measures[backend] = lambda b=backend: ingest_docs_per_s(files, b, work, workers)
        rates = interleaved_rates(measures, rounds)
        alone = rates.pop(SEGMENTATION)
        self.stderr.write(
            f"segmentation alone: {alone or 0:.1f} documents/s ({len(files)} files, {workers} processes, "
            f"from process start, median of {rounds}, in turns with each backend's ingest)"
        )
        for name, rate in rates.items():
            if rate and alone:
                label = name if name == UNINDEXED else f"{name}: ingest"
                self.stderr.write(
                    f"{label} {rate:.1f} documents/s = {rate / alone:.0%} "
                    f"of segmentation alone (cost {alone / rate - 1:+.0%})"
                )
        rates.pop(UNINDEXED)
        return rates

    def _build_corpus(self, work: Path, docs: int, ingest_docs: int) -> None:
        logger.info("building %d documents in %s", docs, work)
        self.stderr.write(f"building a corpus of {docs} documents in {work}")
        if manage(["migrate", "--verbosity", "0"], self._env(work, "build")).returncode != 0:
            raise CommandError("could not create the benchmark database")
        built = self._child(
            work, "build", ["--stage", "build", "--docs", str(docs), "--ingest-docs", str(ingest_docs)]
        )
        self.stderr.write(
            f"corpus built in {built['build_s']:.1f} s ({built['sentences']} distinct sentences)"
        )

    # --- the children ---------------------------------------------------------------------------
    def _build(self, docs: int, work: Path, ingest_docs: int) -> None:
        import time

        from tools.benchmark.corpus import CorpusBuilder, build_corpus, write_files

        start = time.perf_counter()
        builder = CorpusBuilder()
        build_corpus(docs, builder)
        if ingest_docs:
            write_files(min(ingest_docs, docs), work / "files")
        self.stdout.write(
            json.dumps({"build_s": time.perf_counter() - start, "sentences": len(builder.sentences)})
        )

    def _measure(self, backend: str, docs: int, rounds: int, work: Path) -> None:
        from documents.models import Document

        docs = Document.objects.count()
        if backend == "fts5":
            from tools.benchmark.fts5 import measure_fts5
            from tools.benchmark.measure import export_rows

            line = measure_fts5(work, docs, rounds, export_rows)
        else:
            from tools.benchmark.measure import measure_queries
            from tools.benchmark.research import indexed_documents

            indexed = indexed_documents()
            if indexed != docs:
                # An index of another layout opens empty: its figures would time an empty index.
                raise CommandError(
                    f"--stage measure: the {backend} index holds {indexed} of the database's {docs} "
                    "documents; build it first (--stage index, or manage.py rebuild_index --noinput)"
                )
            line = measure_queries(backend, docs, rounds)
        self.stdout.write(json.dumps(line, ensure_ascii=False))
