"""manage.py worker: runs the background jobs (uploads, ingest --background) of the queue the
settings name (TASKS): the database queue's db_worker by default, RQ's worker when REDIS_URL is
set."""

from __future__ import annotations

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection

from documents.ingest.claims import worker_identity
from documents.ingest.dead_jobs import on_database_queue
from documents.tasks import recover_abandoned


class Command(BaseCommand):
    help = "Run the background jobs: the database queue's worker, or RQ's when REDIS_URL is set."

    def add_arguments(self, parser):
        parser.add_argument("--burst", action="store_true", help="run the queued jobs, then stop")

    def handle(self, *args, burst: bool, **options):
        verbosity = options["verbosity"]
        # Work a worker left when it died (this one, before a restart, or another).
        for line in recover_abandoned():
            self.stdout.write(line)
        # The worker of the queue the jobs are sent to (TASKS), whatever REDIS_URL says: a worker
        # chosen by REDIS_URL alone waited on Redis for jobs the database's queue held.
        if on_database_queue():
            self.run_database_queue(burst, verbosity)
        else:
            self.run_rq(burst, verbosity)

    def run_rq(self, burst: bool, verbosity: int) -> None:
        extra = ["--burst"] if burst else []
        # RQ runs each job in a forked child; with a database in this process's memory (the test
        # suite's SQLite) the child would write to its own copy, so the jobs run here instead.
        if getattr(connection, "is_in_memory_db", lambda: False)():
            extra += ["--worker-class", "rq.SimpleWorker"]
        # RQ must build jobs with the Tasks backend's own class (django-tasks-rq's rule); its
        # scheduler runs the jobs queued for later (index writes retried: search/index_retry.py).
        call_command(
            "rqworker",
            "default",
            "--job-class",
            "django_tasks_rq.Job",
            "--with-scheduler",
            *extra,
            verbosity=verbosity,
        )

    def run_database_queue(self, burst: bool, verbosity: int) -> None:
        # The queue records who runs each job: this process's identity lets recovery tell a job
        # whose worker died (documents/ingest/dead_jobs.py). db_worker runs jobs in this process.
        # At most MAX_IDENTITY characters, the queue's column (claims.worker_identity).
        extra = ["--worker-id", worker_identity()]
        if burst:
            extra.append("--batch")
        # No autoreload: a reloading worker runs its jobs in a child beside a watcher thread,
        # and the ingest workers it forks would start from a multi-threaded process.
        call_command("db_worker", "--no-reload", *extra, verbosity=verbosity)
