"""The run lifecycle, in one place: a run starts, its files go through the pipeline (prepare →
store → index), each outcome is recorded, and the run finishes, or is marked interrupted when
stopped half-way (the documents written so far are kept: each was its own transaction).

Used by ``manage.py ingest`` (foreground), by its ``--background`` job, and by the upload's
per-file jobs (uploads.py), which record their outcomes here too.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from documents.models import IngestFailure, IngestRun
from documents.search import batched_indexing

from .claims import worker_identity
from .files import Candidate, iter_candidates
from .lookups import known_officials_by_province
from .outcomes import FAILED, INGESTED, UNCHANGED, UPDATED, Outcome
from .pipeline import ingest_candidate, run_batch

logger = logging.getLogger(__name__)

COUNTERS = {INGESTED: "ingested", UPDATED: "updated", UNCHANGED: "unchanged", FAILED: "failed"}
# How often a run's counters reach the database while it runs (the admin shows them): a save
# per document was a noticeable share of a document's write. finish_run always saves them.
COUNTERS_EVERY_S = 1.0


def start_run(origin: str, arguments: Iterable[str]) -> IngestRun:
    """A new run; a command's is claimed by this process (an upload's files are claimed one by
    one by their jobs), so recovery can tell when it died (recovery.py)."""
    claimed_by = "" if origin == "upload" else worker_identity()
    arguments = [str(a) for a in arguments]
    return IngestRun.objects.create(origin=origin, arguments=arguments, claimed_by=claimed_by)


def _record_failure(run: IngestRun, outcome: Outcome) -> None:
    reason = outcome.reason
    IngestFailure.objects.create(
        run=run,
        path=outcome.path[:1000],
        reason=reason.message if reason else "",
        reason_params=dict(reason.params) if reason else {},
    )


def record_outcome(run: IngestRun, outcome: Outcome) -> None:
    """Count the outcome on a run that this process alone writes (a command's)."""
    field = COUNTERS[outcome.status]
    setattr(run, field, getattr(run, field) + 1)
    if outcome.status == FAILED:
        _record_failure(run, outcome)
    now = time.monotonic()
    if outcome.status == FAILED or now - run.counters_saved_at >= COUNTERS_EVERY_S:
        run.save(update_fields=list(COUNTERS.values()))
        run.counters_saved_at = now


def record_shared_outcome(run: IngestRun, outcome: Outcome) -> None:
    """Count the outcome on a run that several job workers may write at once (an upload's):
    an increment in the database, never a value read earlier."""
    with transaction.atomic():
        IngestRun.objects.filter(pk=run.pk).update(
            **{COUNTERS[outcome.status]: F(COUNTERS[outcome.status]) + 1}
        )
        if outcome.status == FAILED:
            _record_failure(run, outcome)


def finish_run(run: IngestRun, status: str = IngestRun.Status.DONE) -> IngestRun:
    run.status = status
    run.finished_at = timezone.now()
    run.save(update_fields=["status", "finished_at", *COUNTERS.values()])
    return run


def finish_shared_run(run: IngestRun) -> bool:
    """Finish a run whose counters the database holds (see record_shared_outcome); True when
    this call finished it (only once, whoever calls last)."""
    finished = IngestRun.objects.filter(pk=run.pk, status=IngestRun.Status.RUNNING).update(
        status=IngestRun.Status.DONE, finished_at=timezone.now()
    )
    return bool(finished)


@contextmanager
def running(run: IngestRun) -> Iterator[IngestRun]:
    """The body stores documents; they are indexed in batches, and whatever was committed is
    indexed also when the body is interrupted. The run ends done, or interrupted."""
    try:
        with batched_indexing():
            yield run
    except BaseException:
        finish_run(run, IngestRun.Status.INTERRUPTED)
        raise
    finish_run(run)


def ingest_paths(
    paths: Iterable[str | Path],
    *,
    workers: int = 1,
    source_url: str | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
    origin: str = "command",
) -> IngestRun:
    """Ingest every file under ``paths``; each outcome is recorded on the returned IngestRun."""
    paths = list(paths)
    run = start_run(origin, paths)

    def report(outcome: Outcome) -> None:
        record_outcome(run, outcome)
        if on_outcome:
            on_outcome(outcome)

    with running(run):
        run_batch(iter_candidates(paths), report, workers=workers, source_url=source_url)
    return run


def ingest_file(
    path: str | Path, *, source_url: str | None = None, display_name: str | None = None
) -> Outcome:
    """One file in this process, outside any run (a test, a one-off); failures are returned."""
    candidate = Candidate(Path(path), display_name=display_name)
    return ingest_candidate(candidate, source_url=source_url, known=known_officials_by_province())
