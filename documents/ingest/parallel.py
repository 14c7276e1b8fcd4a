"""``--workers N``: files prepared (read, segmented, extracted) in N forked processes and
written in this one (the database and the search index each take one writer at a time).

The batch is given how to read a file and how to write a prepared one (pipeline.py), so this
module knows processes, not the database.
"""

from __future__ import annotations

import concurrent.futures as futures
import logging
import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures.process import BrokenProcessPool

from documents.readers import ocr
from documents.search import index_pending

from .files import Candidate
from .outcomes import Outcome
from .prepare import PreparedDocument, prepare_document
from .reasons import WORKER_DIED, Reason

logger = logging.getLogger(__name__)

# How a file is read: its bytes and hash, or the outcome that settles it without preparing.
Read = Callable[[Candidate], "tuple[bytes, str] | Outcome"]
# How a file is written, given a callable that returns it prepared (or raises why not).
Write = Callable[[Candidate, bytes, Callable[[], PreparedDocument]], Outcome]


# The known officials, given to each worker once when it starts: sent with every file instead,
# the map (thousands of names in a grown portal) would be pickled for every document.
_worker_known: dict[str, str] = {}


def _start_worker(known: dict[str, str]) -> None:
    global _worker_known  # one value per worker process, set at its start
    _worker_known = known
    # The parent's OCR callbacks would draw a copy of its progress bar from each worker.
    ocr.forget_callbacks()


def _prepare_in_worker(data: bytes, original_name: str, digest: str, source_url: str | None):
    return prepare_document(data, original_name, digest, source_url, _worker_known)


# How far reading runs ahead of writing. The writer (this process) indexes a batch of documents
# at a time: with only a few files queued, the workers ran dry during every batch. About sixty
# queued files keep two workers busy through one; the byte bound keeps a folder of large PDFs
# from filling the memory.
READ_AHEAD_FILES = 64
READ_AHEAD_BYTES = 256 * 1024 * 1024
# Fewer documents than this are not worth an index commit of their own while waiting (an index
# commit has a fixed cost however few documents it holds).
INDEX_WHILE_WAITING = 24


def read_ahead_is_full(files: int, size: int, workers: int) -> bool:
    """Whether to write the oldest result before reading another file."""
    if files <= workers * 2:  # always enough for every worker to have a next file
        return False
    return files > READ_AHEAD_FILES or size > READ_AHEAD_BYTES


def threads_in_process() -> int:
    """Threads of this process, native ones included (tantivy's), where the system tells."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return threading.active_count()


def fork_workers(workers: int, known: dict[str, str]) -> futures.ProcessPoolExecutor:
    """The pool of forked workers; they inherit the loaded code and never touch the database.

    Fork them while this process has no other thread. Forked from a process with one more
    thread (even a sleeping one, such as tqdm's monitor), underthesea segments about a tenth
    slower in the children, and the same shows with a bare ``os.fork`` next to an idle thread.
    Python code runs at its usual speed there; the loss is in underthesea's native tagger, most
    likely because the C/C++ runtime keeps to its multi-threaded (atomic, locking) paths in a
    child of a multi-threaded process.
    """
    threads = threads_in_process()
    if threads > 1:
        logger.info(
            "forking %d ingest workers from a process with %d threads: they segment slower",
            workers,
            threads,
        )
    context = multiprocessing.get_context("fork")
    pool = futures.ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_start_worker, initargs=(known,)
    )
    # Forked at once (not at the first submit) while no thread has started yet; the pool's
    # own threads start after the fork.
    pool.submit(int).result()
    return pool


class ParallelBatch:
    """Files prepared by forked workers and written here, in the order of the files.

    A worker that dies (the out-of-memory killer, a crash in a native library) breaks the whole
    pool: every file not yet prepared fails with the one that killed it, and which one that was
    is not known. So the files in flight that were prepared are written, the others are prepared
    again one at a time in a pool of one, where only a file that kills its worker again fails,
    and a new pool takes the rest of the batch.
    """

    def __init__(
        self,
        workers: int,
        known: dict[str, str],
        source_url: str | None,
        read: Read,
        write: Write,
        report: Callable[[Outcome], None],
    ):
        self.workers, self.known, self.source_url = workers, known, source_url
        self.read, self._write, self.report = read, write, report
        self.in_flight: deque[tuple[Candidate, bytes, str, futures.Future]] = deque()
        self.in_flight_bytes = 0
        self.pool: futures.ProcessPoolExecutor | None = None

    def run(self, candidates: Iterable[Candidate]) -> None:
        self.pool = fork_workers(self.workers, self.known)
        try:
            for candidate in candidates:
                read = self.read(candidate)
                if isinstance(read, Outcome):
                    self.report(read)
                    continue
                data, digest = read
                self.submit(candidate, data, digest)
                # Results are written in the order of the files.
                self.write_while(
                    lambda: read_ahead_is_full(len(self.in_flight), self.in_flight_bytes, self.workers)
                )
            # The last files are being prepared: what is written meanwhile is indexed meanwhile,
            # instead of all at the end, with the workers done.
            self.write_while(lambda: bool(self.in_flight), index_while_waiting=True)
        except BaseException:
            for *_, job in self.in_flight:
                job.cancel()
            self.pool.shutdown(wait=False, cancel_futures=True)
            raise
        self.pool.shutdown()

    def submit(self, candidate: Candidate, data: bytes, digest: str) -> None:
        try:
            job = self._submit_to(self.pool, candidate, data, digest)
        except BrokenProcessPool:
            self.recover()
            job = self._submit_to(self.pool, candidate, data, digest)
        self.in_flight.append((candidate, data, digest, job))
        self.in_flight_bytes += len(data)

    def _submit_to(self, pool, candidate: Candidate, data: bytes, digest: str) -> futures.Future:
        return pool.submit(_prepare_in_worker, data, candidate.original_name, digest, self.source_url)

    def write_while(self, more: Callable[[], bool], index_while_waiting: bool = False) -> None:
        while more():
            candidate, data, _, job = self.in_flight[0]
            if index_while_waiting and not job.done():
                index_pending(at_least=INDEX_WHILE_WAITING)
            if isinstance(job.exception(), BrokenProcessPool):  # waits for the job
                self.recover()
                continue
            self.in_flight.popleft()
            self.in_flight_bytes -= len(data)
            self.write(candidate, data, job)

    def write(self, candidate: Candidate, data: bytes, job: futures.Future) -> None:
        self.report(self._write(candidate, data, job.result))

    def recover(self) -> None:
        """After a worker died: write what was prepared, retry the rest alone, start a new pool."""
        self.pool.shutdown(wait=False, cancel_futures=True)
        suspects = list(self.in_flight)
        self.in_flight.clear()
        self.in_flight_bytes = 0
        alone: futures.ProcessPoolExecutor | None = None
        try:
            for candidate, data, digest, job in suspects:
                if job.done() and not job.cancelled() and not isinstance(job.exception(), BrokenProcessPool):
                    self.write(candidate, data, job)
                    continue
                alone = alone or fork_workers(1, self.known)
                retried = self._submit_to(alone, candidate, data, digest)
                if isinstance(retried.exception(), BrokenProcessPool):
                    logger.error("a worker process died preparing %s", candidate.label)
                    self.report(Outcome.failed(candidate.label, Reason(WORKER_DIED)))
                    alone.shutdown(wait=False, cancel_futures=True)
                    alone = None
                else:
                    self.write(candidate, data, retried)
        finally:
            if alone:
                alone.shutdown()
        # Forked beside the index writer's threads now, so slower (see fork_workers); this
        # happens only after a worker died.
        self.pool = fork_workers(self.workers, self.known)
