"""Background jobs, through Django's Tasks API (the django-tasks backport): a database queue by
default, Redis (RQ) when REDIS_URL is set; ``manage.py worker`` runs them (see settings).

The jobs are thin: what they do is the ingest pipeline's (documents.ingest), the same code the
foreground command runs.
"""

from __future__ import annotations

from django_tasks import task

from documents.ingest import recovery, uploads
from documents.ingest.run import ingest_paths


@task()
def ingest_uploaded_file(file_id: int) -> str:
    """One file of an upload (see documents.ingest.uploads)."""
    recover_abandoned()  # a worker that died before this job left its files claimed
    return uploads.process_file(file_id)


def recover_abandoned(run_id: int | None = None) -> list[str]:
    """The work of dead workers requeued or settled (documents.ingest.recovery)."""
    return recovery.recover(ingest_uploaded_file.enqueue, run_id)


@task()
def ingest_paths_in_background(paths: list[str], source_url: str | None = None, workers: int = 1) -> str:
    """``manage.py ingest --background``: the same run as in the foreground, in the worker."""
    return ingest_paths(paths, workers=workers, source_url=source_url, origin="background").summary


def queue_upload(files: list, refused: list[str]):
    """Receive an upload (spooled, nothing read) and queue one job per file; returns its run."""
    run, queued = uploads.receive(files, refused)
    for file_id in queued:
        ingest_uploaded_file.enqueue(file_id)
    return run
