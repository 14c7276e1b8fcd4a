"""manage.py worker: runs the background jobs (uploads, ingest --background) of the queue the
settings name: the database queue's db_worker by default, RQ's worker when REDIS_URL is set."""

from __future__ import annotations

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from documents.ingest.claims import worker_identity
from documents.tasks import recover_abandoned

# django-tasks-db's limit on a worker id.
MAX_WORKER_ID = 64


class Command(BaseCommand):
    help = "Run the background jobs: the database queue's worker, or RQ's when REDIS_URL is set."

    def add_arguments(self, parser):
        parser.add_argument("--burst", action="store_true", help="run the queued jobs, then stop")

    def handle(self, *args, burst: bool, **options):
        verbosity = options["verbosity"]
        # Work a worker left when it died (this one, before a restart, or another).
        for line in recover_abandoned():
            self.stdout.write(line)
        if settings.REDIS_URL:
            extra = ["--burst"] if burst else []
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
            return
        extra = ["--batch"] if burst else []
        # The queue records who runs each job: this process's identity lets recovery tell a job
        # whose worker died (documents/ingest/dead_jobs.py). db_worker runs jobs in this process.
        identity = worker_identity()
        if len(identity) <= MAX_WORKER_ID:
            extra += ["--worker-id", identity]
        # No autoreload: a reloading worker runs its jobs in a child beside a watcher thread,
        # and the ingest workers it forks would start from a multi-threaded process.
        call_command("db_worker", "--no-reload", *extra, verbosity=verbosity)
