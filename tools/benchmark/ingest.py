"""Ingest throughput: the real ``manage.py ingest --workers N`` on files, against segmentation alone."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from django.conf import settings


def _segment_file(path: str) -> int:
    from documents.vietnamese.normalize import normalize_text
    from documents.vietnamese.segment import segment

    return len(segment(normalize_text(Path(path).read_text(encoding="utf-8"))))


def segment_files(paths: list[Path], workers: int) -> int:
    """Segments every file on ``workers`` forked processes; the characters segmented."""
    context = multiprocessing.get_context("fork")  # as ingest's workers are made
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        return sum(pool.map(_segment_file, [str(p) for p in paths], chunksize=4))


def segmentation_docs_per_s(paths: list[Path], workdir: Path, workers: int, env: dict) -> float | None:
    """Documents per second of a process that only segments the files (``benchmark --stage
    segment``): timed from its start like ``manage.py ingest``, so both pay for starting Python,
    Django and the workers and for loading underthesea's model, and the difference between the
    two is what ingestion adds to segmentation."""
    start = time.perf_counter()
    done = manage(
        ["benchmark", "--stage", "segment", "--workdir", str(workdir), "--workers", str(workers)],
        env,
        stdout=subprocess.DEVNULL,
    )
    elapsed = time.perf_counter() - start
    return len(paths) / elapsed if done.returncode == 0 else None


def manage(args: list[str], env: dict, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 - our own manage.py with arguments we build
        [sys.executable, str(Path(settings.BASE_DIR) / "manage.py"), *args],
        env=env,
        cwd=settings.BASE_DIR,
        check=False,
        **kwargs,
    )


def ingest_docs_per_s(
    paths: list[Path], backend: str, workdir: Path, workers: int, indexed: bool = True
) -> float | None:
    """Times ``manage.py ingest`` into a fresh database and index of ``backend``; not ``indexed``:
    the same ingest with the search index's signal processor disconnected (``benchmark --stage
    ingest-unindexed``), which tells the database's and the index's shares of ingest apart."""
    data_dir = workdir / (f"ingest-{backend}" if indexed else "ingest-unindexed")
    # Always a fresh database: a run's leftovers (--reuse-corpus) would make every file "unchanged".
    shutil.rmtree(data_dir, ignore_errors=True)
    data_dir.mkdir(parents=True)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings",
        "PORTAL_DATA_DIR": str(data_dir),
        "DATABASE_URL": f"sqlite:///{data_dir / 'portal.sqlite3'}",
        "SEARCH_BACKEND": backend,
    }
    if manage(["migrate", "--verbosity", "0"], env).returncode != 0:
        return None
    if indexed:
        command = ["ingest", str(paths[0].parent), "--workers", str(workers)]
    else:
        command = ["benchmark", "--stage", "ingest-unindexed", "--workdir", str(workdir)]
        command += ["--workers", str(workers)]
    start = time.perf_counter()
    done = manage(
        command,
        env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        return None
    return len(paths) / elapsed


def ingest_unindexed(files: Path, workers: int) -> None:
    """``manage.py ingest`` of ``files`` in this process with the search index's signal processor
    disconnected: documents are written to the database only (this run's throwaway one)."""
    from django.apps import apps
    from django.core.management import call_command

    apps.get_app_config("haystack").signal_processor.teardown()
    call_command("ingest", str(files), workers=workers)
