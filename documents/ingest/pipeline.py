"""One file through the pipeline: read → prepare (pure) → store (one transaction); and a batch
of files, in this process or through forked workers (parallel.py). Indexing follows each commit
(batched by the run, run.py). Any failure of a file is its outcome, never the batch's end.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from django.conf import settings

from . import reasons
from .files import Candidate, content_hash, read_limited
from .lookups import Lookups, known_officials_by_province
from .outcomes import UNCHANGED, Outcome
from .parallel import ParallelBatch
from .prepare import PreparedDocument, prepare_document
from .reasons import FileRefused, Reason
from .store import existing_document, source_of, store_prepared

logger = logging.getLogger(__name__)

# The steps a background job reports while it works on a file (see ingest_candidate's on_step).
PREPARING, STORING = "preparing", "storing"


def read_candidate(candidate: Candidate) -> tuple[bytes, str] | Outcome:
    """The file's bytes and hash, or the outcome that settles it without preparing."""
    if candidate.problem:
        return Outcome.failed(candidate.label, candidate.problem)
    try:
        data = read_limited(candidate.path, settings.PORTAL_MAX_FILE_BYTES)
    except FileRefused as error:
        return Outcome.failed(candidate.label, error.reason)
    digest = content_hash(data)
    existing = existing_document(digest)
    if existing:
        return Outcome(UNCHANGED, candidate.label, existing)
    return data, digest


def store_candidate(
    candidate: Candidate,
    data: bytes,
    prepare: Callable[[], PreparedDocument],
    source_url: str | None,
    lookups: Lookups,
    *,
    held: bool = False,
) -> Outcome:
    """Prepare (here, or by collecting a worker's result) and write; any failure is an outcome.
    A new document is held for review when ``held`` (an upload's)."""
    try:
        source = source_of(candidate.path, source_url)
        outcome = store_prepared(prepare(), data, source, source_url, lookups, held=held)
        outcome.path = candidate.label
    except FileRefused as error:
        outcome = Outcome.failed(candidate.label, error.reason)
    except Exception as error:  # one broken file must not stop the batch
        logger.exception("unexpected error ingesting %s", candidate.label)
        outcome = Outcome.failed(
            candidate.label, Reason(reasons.UNEXPECTED, {"error": f"{type(error).__name__}: {error}"})
        )
    return outcome


def ingest_candidate(
    candidate: Candidate,
    *,
    source_url: str | None,
    known: dict[str, str],
    lookups: Lookups | None = None,
    on_step: Callable[[str], None] = lambda step: None,
    held: bool = False,
) -> Outcome:
    """One file, read, prepared and written in this process; ``on_step`` is told when preparing
    (PREPARING) and then writing (STORING) starts, which a background job shows."""
    read = read_candidate(candidate)
    if isinstance(read, Outcome):
        return read
    data, digest = read

    def prepare() -> PreparedDocument:
        on_step(PREPARING)
        prepared = prepare_document(data, candidate.original_name, digest, source_url, known)
        on_step(STORING)
        return prepared

    return store_candidate(candidate, data, prepare, source_url, lookups or Lookups(), held=held)


def run_batch(
    candidates: Iterable[Candidate],
    report: Callable[[Outcome], None],
    *,
    workers: int = 1,
    source_url: str | None = None,
) -> None:
    """Every candidate through the pipeline, each outcome given to ``report`` in file order."""
    known = known_officials_by_province()
    lookups = Lookups()
    if workers <= 1:
        for candidate in candidates:
            report(ingest_candidate(candidate, source_url=source_url, known=known, lookups=lookups))
        return

    def write(candidate: Candidate, data: bytes, prepare: Callable[[], PreparedDocument]) -> Outcome:
        return store_candidate(candidate, data, prepare, source_url, lookups)

    ParallelBatch(workers, known, source_url, read_candidate, write, report).run(candidates)
