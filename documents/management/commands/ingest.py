"""manage.py ingest PATH... [--source-url URL] [--workers N] [--background]"""

from __future__ import annotations

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from documents.ingest.files import iter_candidates
from documents.ingest.outcomes import FAILED
from documents.ingest.progress import progress_for
from documents.ingest.run import ingest_paths
from documents.readers import ocr


class Command(BaseCommand):
    help = (
        "Ingest documents (.txt .html .htm .pdf .docx) from files and folders (recursively). "
        "Idempotent: unchanged files are skipped, changed files update their document."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="files or folders to ingest")
        parser.add_argument("--source-url", help="the URL the (single) file was downloaded from")
        parser.add_argument(
            "--workers", type=int, default=1, help="processes that read and segment (default 1)"
        )
        parser.add_argument(
            "--background",
            action="store_true",
            help="queue the ingest as a background job (run by manage.py worker) and return",
        )

    def handle(self, *args, paths, source_url, workers, background, **options):
        if workers < 1:
            raise CommandError("--workers must be at least 1")
        if source_url and (len(paths) != 1 or not Path(paths[0]).is_file()):
            raise CommandError("--source-url names the origin of one file: give exactly one file path")
        if background:
            self.queue(paths, source_url, workers)
            return
        total = sum(1 for _ in iter_candidates(paths))
        # A bar redrawn in place on a terminal; plain lines in a log or a pipe. OCR pages are
        # counted for scans read in this process (forked workers drop the callback).
        terminal = sys.stderr.isatty()
        progress = progress_for(total, sys.stderr if terminal else self.stderr, terminal=terminal)

        def on_outcome(outcome):
            progress.file_done(outcome)
            if outcome.status == FAILED:
                progress.say(f"FAILED {outcome.path}: {outcome.reason.translated()}")

        try:
            with ocr.on_page(progress.ocr_page):
                run = ingest_paths(paths, workers=workers, source_url=source_url, on_outcome=on_outcome)
        except KeyboardInterrupt:
            progress.close()
            self.stderr.write(
                "interrupted: documents written so far are kept; run the command again to finish"
            )
            sys.exit(130)
        progress.close()
        self.stdout.write(run.summary)
        if run.failed:
            sys.exit(1)

    def queue(self, paths: list[str], source_url: str | None, workers: int) -> None:
        from documents.tasks import ingest_paths_in_background

        missing = [path for path in paths if not Path(path).exists()]
        if missing:
            raise CommandError(f"no such file or folder: {', '.join(missing)}")
        # The worker may run in another folder: it is given absolute paths.
        absolute = [str(Path(path).resolve()) for path in paths]
        result = ingest_paths_in_background.enqueue(absolute, source_url, workers)
        self.stdout.write(f"queued as background job {result.id}; a worker (manage.py worker) runs it")
