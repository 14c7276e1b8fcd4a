"""Indexing the whole Document table with several processes preparing entries and one writing.

Preparing an entry (canonical and folded text, word pairs, compound words, suggestion terms)
is Python work on one core; writing is the engine's. Here this process reads batches of rows and
``workers`` processes prepare them (each backend's ``prepare_entries``: plain values) while this
process writes the previous ones (``write_entries``), in primary-key order, one commit per batch.
``manage.py rebuild_index`` and the benchmark build the index here. The backends' ``update``,
which update_index and every ingest call, is the same two steps in one process, so an index
built here holds the same entries as one update_index builds.
"""

from __future__ import annotations

import logging
import multiprocessing
import time
from collections import deque
from collections.abc import Callable, Iterator

from django.db import connections as db_connections
from django.db import reset_queries
from haystack import connections

from documents.models import Document

logger = logging.getLogger(__name__)

BATCH = 1000


def _backend_and_index(using: str):
    return connections[using].get_backend(), connections[using].get_unified_index().get_index(Document)


def _read(task: tuple[str, int, int]) -> list:
    """The rows whose primary keys lie in [first, last], their province and officials joined."""
    using, first, last = task
    _, index = _backend_and_index(using)
    rows = list(index.index_queryset(using=using).filter(pk__gte=first, pk__lte=last))
    reset_queries()  # with DEBUG on, every query's SQL (whole texts) would stay in memory
    return rows


def _prepare(using: str, rows: list) -> list:
    """The entries of rows read by the writing process (in a worker process: it never opens a
    database connection of its own, so no fork can leave two processes on one connection)."""
    backend, index = _backend_and_index(using)
    return backend.prepare_entries(index, rows)


def batches(pks: list[int], size: int) -> Iterator[tuple[int, int]]:
    """(first, last) primary keys of consecutive runs of ``size`` keys."""
    for offset in range(0, len(pks), size):
        chunk = pks[offset : offset + size]
        yield chunk[0], chunk[-1]


def index_all(
    workers: int = 2,
    using: str = "default",
    batch: int = BATCH,
    progress: Callable[[int, int], None] | None = None,
    attempts: int = 1,
) -> int:
    """Empties the connection's index and writes every Document's entry; returns how many rows
    were read. ``workers`` < 1 prepares in this process. A batch whose write fails is written
    again, ``attempts`` times in all (a cluster that stops answering for a while). ``progress``
    is told (0, rows) before the index is emptied, then (rows written, rows) after each batch."""
    if batch < 1:
        raise ValueError(f"batch: must be at least 1, not {batch}")
    pks = list(Document.objects.order_by("pk").values_list("pk", flat=True))
    tasks = [(using, first, last) for first, last in batches(pks, batch)]
    pool = None
    if workers > 0:
        # The workers are forked before this process opens the index or its writer: a fork must
        # not copy a database connection or an engine's threads and locks in use. Inside a
        # transaction (a test's) the connection stays: closing it would end the transaction, and
        # the workers never use it.
        if not any(c.in_atomic_block for c in db_connections.all(initialized_only=True)):
            db_connections.close_all()
        pool = multiprocessing.get_context("fork").Pool(workers)
    try:
        if progress:
            progress(0, len(pks))
        backend, _ = _backend_and_index(using)
        backend.clear()
        done = 0
        for entries in _in_order(pool, using, tasks, ahead=max(workers, 1) + 1):
            _write(backend, entries, attempts)
            done = min(done + batch, len(pks))
            if progress:
                progress(done, len(pks))
    finally:
        if pool:
            pool.close()
            pool.join()
    return len(pks)


def _write(backend, entries: list, attempts: int) -> None:
    for attempt in range(1, max(1, attempts) + 1):
        try:
            backend.write_entries(entries)
            return
        except Exception:  # any engine's failure, as haystack's update_index retries them
            if attempt >= attempts:
                raise
            logger.warning(
                "writing %d entries failed (attempt %d of %d)", len(entries), attempt, attempts, exc_info=True
            )
            time.sleep(min(2**attempt, 30))


def _in_order(pool, using: str, tasks: list, ahead: int) -> Iterator[list]:
    """Each task's entries in the tasks' order, at most ``ahead`` batches prepared and not yet
    written (Pool.imap would prepare every batch ahead of a slower writer: memory without bound).
    This process reads the rows; the workers only turn them into entries."""
    if pool is None:
        for task in tasks:
            yield _prepare(using, _read(task))
        return
    pending = deque()
    for task in tasks:
        pending.append(pool.apply_async(_prepare, (using, _read(task))))
        if len(pending) >= ahead:
            yield pending.popleft().get()
    while pending:
        yield pending.popleft().get()
