"""The database queue's record of jobs whose worker died: django-tasks marks a job RUNNING when a
worker takes it and only that worker finishes the row, so a worker killed outright (SIGKILL, out
of memory, a restart) leaves it RUNNING for ever. ``manage.py worker`` gives the queue's worker
this process's identity (claims.worker_identity) as its worker id; a RUNNING row whose worker is
a process of this host that no longer exists is marked failed here, saying why. The files such a
job held are requeued or failed by recovery.py, and a requeued file runs as a new job.

A row of another host's worker is left alone (its process cannot be asked), as is one taken by a
worker started some other way (``manage.py db_worker`` names itself with a random id).
"""

from __future__ import annotations

from django.conf import settings
from django.utils import timezone
from django_tasks import TaskResultStatus

from .claims import is_identity, process_alive

DATABASE_QUEUE = "django_tasks_db.DatabaseBackend"


class WorkerDied(Exception):
    """The worker running a job died before it finished (never raised: named on the job's row)."""


# Written as the row's exception class, so the admin's task list can be filtered by it; django-tasks
# imports the class back when the row's result is read, so it must exist.
WORKER_DIED = f"{WorkerDied.__module__}.{WorkerDied.__qualname__}"


def on_database_queue() -> bool:
    """Whether jobs go to the database's queue (else to RQ's). TASKS says it, not REDIS_URL: the
    test settings keep the database's queue whatever REDIS_URL the environment has."""
    return settings.TASKS["default"]["BACKEND"] == DATABASE_QUEUE


def fail_dead_jobs() -> list[str]:
    """Mark failed the RUNNING rows of workers of this host that died; a line per row."""
    if not on_database_queue():  # RQ sees its own dead workers
        return []
    from django_tasks_db.models import DBTaskResult

    done = []
    running = DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING)
    for row in running.only("id", "worker_ids", "task_path"):
        worker = (row.worker_ids or [""])[-1]
        if not is_identity(worker) or process_alive(worker) is not False:
            continue
        marked = DBTaskResult.objects.filter(pk=row.pk, status=TaskResultStatus.RUNNING).update(
            status=TaskResultStatus.FAILED,
            finished_at=timezone.now(),
            exception_class_path=WORKER_DIED,
            traceback=(
                f"The worker running this job ({worker}) died before it finished. Recovery requeued "
                "the files it held (as new jobs) or, at their last attempt, failed them: see the "
                "upload's report."
            ),
        )
        if marked:
            done.append(f"job {row.pk} ({row.task_name}): its worker died, marked failed")
    return done
