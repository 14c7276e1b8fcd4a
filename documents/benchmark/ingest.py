"""Ingest throughput: the real ``manage.py ingest --workers N`` on files, against segmentation alone."""

from __future__ import annotations

import os
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


def segmentation_docs_per_s(paths: list[Path], workers: int) -> float:
    """Documents per second that underthesea alone manages on ``workers`` processes."""
    with ProcessPoolExecutor(max_workers=workers) as pool:
        list(pool.map(_segment_file, [str(paths[0])] * workers))  # load the model in every worker
        start = time.perf_counter()
        list(pool.map(_segment_file, [str(p) for p in paths], chunksize=4))
        return len(paths) / (time.perf_counter() - start)


def manage(args: list[str], env: dict, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 - our own manage.py with arguments we build
        [sys.executable, str(Path(settings.BASE_DIR) / "manage.py"), *args],
        env=env,
        cwd=settings.BASE_DIR,
        check=False,
        **kwargs,
    )


def ingest_docs_per_s(paths: list[Path], backend: str, workdir: Path, workers: int) -> float | None:
    """Times ``manage.py ingest`` into a fresh database and index of ``backend``."""
    data_dir = workdir / f"ingest-{backend}"
    data_dir.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings",
        "PORTAL_DATA_DIR": str(data_dir),
        "DATABASE_URL": f"sqlite:///{data_dir / 'portal.sqlite3'}",
        "SEARCH_BACKEND": backend,
    }
    if manage(["migrate", "--verbosity", "0"], env).returncode != 0:
        return None
    start = time.perf_counter()
    done = manage(
        ["ingest", str(paths[0].parent), "--workers", str(workers)],
        env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        return None
    return len(paths) / elapsed
