"""Work left behind by a process that died (killed, out of memory, the machine restarted).

A job claims an upload's file by writing who it is (claims.worker_identity) and when it last
said so (the heartbeat); a command writes who it is on its run. ``recover`` looks at the work
marked as in progress: on this host a claim is abandoned when its process no longer exists; a
file claimed on another host, when its heartbeat is older than PORTAL_INGEST_STALE_MINUTES.

An abandoned file is requeued once; the second time it failed with the reason (the file itself
may be what kills its worker: a decompression bomb, a page that exhausts memory). Nothing of a
file's document is half-written: the store step is one transaction, which the database rolls
back when its process dies. A file whose document was committed but not yet indexed is indexed
here. A run whose files are all settled is finished; a command's run whose process died is
marked interrupted. The worker runs ``recover`` when it starts and before each upload job; the
upload's status page runs it for its own run when staff press its button (a POST: looking at the
page changes nothing).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.db import transaction
from django.utils import timezone

from documents.models import IngestFile, IngestRun
from documents.search import index_documents

from . import reasons
from .claims import abandoned, process_alive
from .dead_jobs import fail_dead_jobs
from .outcomes import FAILED, Outcome
from .reasons import Reason
from .uploads import finish_upload, settle

logger = logging.getLogger(__name__)

# Claims a job takes on a file before recovery gives up on it (see the module's docstring).
MAX_ATTEMPTS = 2
WORKING = (IngestFile.Stage.READING, IngestFile.Stage.OCR, IngestFile.Stage.STORING)
UNSETTLED = (IngestFile.Stage.QUEUED, *WORKING)


def recover(requeue: Callable[[int], object], run_id: int | None = None) -> list[str]:
    """Settle or requeue the abandoned work (of one run, or of all); ``requeue(file_id)`` queues
    a file's job again (documents.tasks gives it). Returns what was done, a line per file or
    run, for the worker's log."""
    now = timezone.now()
    done: list[str] = []
    files = IngestFile.objects.filter(stage__in=WORKING).select_related("run")
    runs = IngestRun.objects.filter(status=IngestRun.Status.RUNNING)
    if run_id is not None:
        files, runs = files.filter(run_id=run_id), runs.filter(pk=run_id)
    for row in files:
        if abandoned(row.claimed_by, row.heartbeat, now):
            done.append(_recover_file(row, requeue))
    for run in runs:
        if run.origin == "upload":
            if not run.files.filter(stage__in=UNSETTLED).exists() and finish_upload(run):
                done.append(f"run {run.pk}: finished")
        elif run.claimed_by and process_alive(run.claimed_by) is False:
            # Only a run of this host: a command sends no heartbeat, another host's may be alive.
            updated = IngestRun.objects.filter(pk=run.pk, status=IngestRun.Status.RUNNING).update(
                status=IngestRun.Status.INTERRUPTED, finished_at=now
            )
            if updated:
                done.append(f"run {run.pk}: its process is gone, marked interrupted")
    # The queue's record of the dead workers' jobs, RUNNING until now (dead_jobs.py).
    done += fail_dead_jobs()
    for line in done:
        logger.warning("recovered: %s", line)
    return done


def _take_over(row: IngestFile, **changes) -> bool:
    """Apply ``changes`` only if nobody else recovered or claimed the file meanwhile."""
    return bool(
        IngestFile.objects.filter(pk=row.pk, stage=row.stage, claimed_by=row.claimed_by).update(**changes)
    )


def _recover_file(row: IngestFile, requeue: Callable[[int], object]) -> str:
    if row.status and row.status != FAILED and row.document_id:
        # Its document was committed; the job died before the index commit that follows.
        index_documents([row.document_id])
        _take_over(row, stage=IngestFile.Stage.INDEXED, claimed_by="")
        return f"file {row.pk} ({row.name}): stored before its worker died, now indexed"
    if row.attempts < MAX_ATTEMPTS:
        if not _take_over(row, stage=IngestFile.Stage.QUEUED, claimed_by="", heartbeat=None):
            return f"file {row.pk} ({row.name}): taken meanwhile"
        requeue(row.pk)
        return f"file {row.pk} ({row.name}): its worker died, queued again"
    with transaction.atomic():
        if not _take_over(row, claimed_by=f"recovered:{row.claimed_by}"[:200]):
            return f"file {row.pk} ({row.name}): taken meanwhile"
        row.claimed_by = ""
        settle(row, Outcome.failed(row.name, Reason(reasons.WORKER_KILLED, {"attempts": str(row.attempts)})))
    return f"file {row.pk} ({row.name}): its worker died {row.attempts} times, failed"
