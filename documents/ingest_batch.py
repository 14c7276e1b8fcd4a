"""Running ingestion over many files: reading and segmenting in worker processes, writing in
this one (the database and the search index each take one writer at a time)."""

from __future__ import annotations

import concurrent.futures as futures
import logging
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable
from pathlib import Path

from django.conf import settings

from .ingest.files import Candidate, FileRefused, content_hash, read_limited
from .ingest.prepare import prepare_document
from .models import Document, IngestRun
from .services import (
    FAILED,
    UNCHANGED,
    IngestOutcome,
    known_officials_by_province,
    record_outcome,
    source_of,
    store_prepared,
)

logger = logging.getLogger(__name__)


def _read(candidate: Candidate) -> tuple[bytes, str] | IngestOutcome:
    """The file's bytes and hash, or the outcome that settles it without segmenting."""
    name = str(candidate.path)
    if candidate.problem:
        return IngestOutcome(FAILED, name, reason=candidate.problem)
    try:
        data = read_limited(candidate.path, settings.PORTAL_MAX_FILE_BYTES)
    except FileRefused as error:
        return IngestOutcome(FAILED, name, reason=str(error))
    digest = content_hash(data)
    existing = Document.objects.filter(content_hash=digest).values_list("pk", flat=True).first()
    if existing:
        return IngestOutcome(UNCHANGED, name, existing)
    return data, digest


def run_batch(
    run: IngestRun,
    candidates: Iterable[Candidate],
    *,
    workers: int = 1,
    source_url: str | None = None,
    on_outcome: Callable[[IngestOutcome], None] | None = None,
) -> None:
    known = known_officials_by_province()

    def finish(candidate: Candidate, data: bytes, prepare: Callable[[], object]) -> IngestOutcome:
        name = str(candidate.path)
        try:
            prepared = prepare()
            outcome = store_prepared(prepared, data, source_of(candidate.path, source_url), source_url)
            outcome.path = name
        except FileRefused as error:
            outcome = IngestOutcome(FAILED, name, reason=str(error))
        except Exception as error:  # one broken file must not stop the batch
            logger.exception("unexpected error ingesting %s", name)
            outcome = IngestOutcome(FAILED, name, reason=f"unexpected error: {type(error).__name__}: {error}")
        return outcome

    def report(outcome: IngestOutcome) -> None:
        record_outcome(run, outcome)
        if on_outcome:
            on_outcome(outcome)

    if workers <= 1:
        for candidate in candidates:
            read = _read(candidate)
            if isinstance(read, IngestOutcome):
                report(read)
                continue
            data, digest = read
            report(
                finish(
                    candidate,
                    data,
                    lambda c=candidate, d=data, h=digest: prepare_document(
                        d, c.path.name, h, source_url, known
                    ),
                )
            )
        return

    # Forked workers inherit the loaded code; they never touch the database.
    context = multiprocessing.get_context("fork")
    in_flight: deque[tuple[Candidate, bytes, futures.Future]] = deque()
    with futures.ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        try:
            for candidate in candidates:
                read = _read(candidate)
                if isinstance(read, IngestOutcome):
                    report(read)
                    continue
                data, digest = read
                job = pool.submit(
                    prepare_document, data, Path(candidate.path).name, digest, source_url, known
                )
                in_flight.append((candidate, data, job))
                # Bounded read-ahead keeps memory flat on large folders; results are written in order.
                while len(in_flight) > workers * 2:
                    done_candidate, done_data, done_job = in_flight.popleft()
                    report(finish(done_candidate, done_data, done_job.result))
            while in_flight:
                done_candidate, done_data, done_job = in_flight.popleft()
                report(finish(done_candidate, done_data, done_job.result))
        except BaseException:
            for _, _, job in in_flight:
                job.cancel()
            pool.shutdown(wait=False, cancel_futures=True)
            raise
