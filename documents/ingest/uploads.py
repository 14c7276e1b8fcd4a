"""An upload: files received by the web request, settled by background jobs, one job per file.

``receive`` runs in the request and does no reading: it starts the run, moves each file's bytes
to the spool folder and records the file as queued. ``process_file`` runs in a job worker and
moves files through reading (OCR for images) → storing → indexed, or failed with its reason;
each outcome is recorded on the run, and the job that settles the last file finishes it.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from documents.models import IngestFile, IngestRun
from documents.readers import ocr
from documents.search import batched_indexing, index_pending

from . import reasons
from .claims import worker_identity
from .files import Candidate
from .lookups import known_officials_by_province
from .outcomes import FAILED, UNCHANGED, Outcome
from .pipeline import PREPARING, STORING, ingest_candidate
from .reasons import Reason
from .run import finish_shared_run, record_shared_outcome, start_run

logger = logging.getLogger(__name__)

_MB = 1024 * 1024


def spool_root() -> Path:
    """Where uploaded files wait for their jobs: one folder per upload, removed as it settles."""
    return Path(settings.DATA_DIR) / "uploads"


def safe_name(name: str) -> str:
    """The file name alone (no folders a browser may send), never empty."""
    base = Path(name.replace("\\", "/")).name.strip() or "tep"
    return base[:200]


def _keep(uploaded, target: Path) -> None:
    """The uploaded bytes at ``target``: moved when Django wrote them to disk, else copied."""
    target.parent.mkdir(parents=True)
    temporary = getattr(uploaded, "temporary_file_path", None)
    if temporary:
        shutil.move(temporary(), target)
        return
    with target.open("wb") as handle:
        for chunk in uploaded.chunks():
            handle.write(chunk)


def receive(files: list, refused: list[str]) -> tuple[IngestRun, list[int]]:
    """Start the upload's run: each file spooled and queued, each refused one (over the size
    limit while it arrived) failed at once. Returns the run and the ids of the queued files."""
    run = start_run("upload", [f.name for f in files] + refused)
    folder = spool_root() / str(run.pk)
    queued = []
    try:
        for position, uploaded in enumerate(files):
            target = folder / str(position) / safe_name(uploaded.name)
            _keep(uploaded, target)
            queued.append(
                IngestFile(
                    run=run,
                    position=position,
                    name=uploaded.name[:255],
                    spool=str(target.relative_to(folder)),
                )
            )
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        run.delete()
        raise
    queued = IngestFile.objects.bulk_create(queued)
    limit = f"{settings.PORTAL_MAX_FILE_BYTES / _MB:g}"
    for position, name in enumerate(refused, start=len(files)):
        outcome = Outcome.failed(name, Reason(reasons.UPLOAD_TOO_LARGE, {"limit": limit}))
        row = IngestFile.objects.create(run=run, position=position, name=name[:255])
        settle(row, outcome)
    if not queued:
        finish_shared_run(run)
    return run, [row.pk for row in queued]


# The known officials (a query over every appearance) for the run whose files this worker is
# working through: once per upload, not once per file.
_known: tuple[int, dict[str, str]] | None = None


def _known_officials(run_id: int) -> dict[str, str]:
    global _known  # one value per worker process, replaced when the next upload begins
    if _known is None or _known[0] != run_id:
        _known = (run_id, known_officials_by_province())
    return _known[1]


# Documents a job indexes in one commit: an index commit has a fixed cost, paid once per
# document when each job indexed its own file, and the page shows files reach "indexed" in
# steps of this size.
INDEX_EVERY = 10


def process_file(file_id: int) -> str:
    """The job of one uploaded file: ingest it, then the upload's next queued files while there
    are any (their own jobs then find them taken), indexing in commits of several documents.
    Each file is claimed before it is read, so two workers never take the same one, and a job
    whose file is already taken (or settled) does nothing. Returns what became of its file."""
    row = _claim(IngestFile.objects.filter(pk=file_id))
    if row is None:
        return "taken"
    first = row
    stored: list[int] = []  # files whose documents wait for the next index commit
    with batched_indexing(batch_size=INDEX_EVERY * 1000):  # committed when this job says
        while row is not None:
            _ingest_file(row)
            if row.stage == IngestFile.Stage.STORING:
                stored.append(row.pk)
            if len(stored) >= INDEX_EVERY:
                index_pending()
                _mark_indexed(stored)
            row = _claim(IngestFile.objects.filter(run_id=first.run_id).order_by("position"))
    _mark_indexed(stored)  # the block's end indexed the rest
    unsettled = IngestFile.objects.filter(run_id=first.run_id).exclude(stage__in=_SETTLED)
    if not unsettled.exists():
        finish_upload(first.run)
    first.refresh_from_db(fields=["status"])
    return first.status


def finish_upload(run: IngestRun) -> bool:
    """Finish a run whose files are all settled and drop its spool folder; True when this call
    finished it (several jobs, or recovery, may try)."""
    if not finish_shared_run(run):
        return False
    shutil.rmtree(spool_root() / str(run.pk), ignore_errors=True)
    logger.info("upload run %s finished", run.pk)
    return True


def _claim(files) -> IngestFile | None:
    """The first queued file of ``files``, now marked as being read by this job; None when none
    is left (another worker may take one between the query and the update: try the next)."""
    for pk in files.filter(stage=IngestFile.Stage.QUEUED).values_list("pk", flat=True)[:20]:
        taken = IngestFile.objects.filter(pk=pk, stage=IngestFile.Stage.QUEUED).update(
            stage=IngestFile.Stage.READING,
            claimed_by=worker_identity(),
            heartbeat=timezone.now(),
            attempts=F("attempts") + 1,
        )
        if taken:
            return IngestFile.objects.select_related("run").get(pk=pk)
    return None


def _mark_indexed(stored: list[int]) -> None:
    IngestFile.objects.filter(pk__in=stored, stage=IngestFile.Stage.STORING).update(
        stage=IngestFile.Stage.INDEXED
    )
    stored.clear()


def _ingest_file(row: IngestFile) -> str:
    """Read, prepare and store one claimed file; settle it (stored and waiting for the index
    commit, indexed already when unchanged, or failed with the reason)."""
    path = spool_root() / str(row.run_id) / row.spool
    steps = {PREPARING: IngestFile.Stage.READING, STORING: IngestFile.Stage.STORING}

    def show(step: str) -> None:
        now = timezone.now()
        IngestFile.objects.filter(pk=row.pk).update(stage=steps[step], heartbeat=now)
        # The files this job stored and has still to index are alive too.
        mine = IngestFile.objects.filter(claimed_by=row.claimed_by, stage=IngestFile.Stage.STORING)
        mine.update(heartbeat=now)

    def show_ocr(pages: int) -> None:
        IngestFile.objects.filter(pk=row.pk).update(
            stage=IngestFile.Stage.OCR, ocr_pages=pages, heartbeat=timezone.now()
        )

    try:
        if not row.spool or not path.is_file():
            outcome = Outcome.failed(row.name, Reason(reasons.UPLOAD_LOST))
        else:
            candidate = Candidate(path, display_name=row.name)
            with ocr.on_start(show_ocr):
                outcome = ingest_candidate(
                    candidate,
                    source_url=None,
                    known=_known_officials(row.run_id),
                    on_step=show,
                    held=settings.PORTAL_UPLOADS_REQUIRE_REVIEW,
                )
    except Exception as error:  # the file fails, the queue goes on
        logger.exception("unexpected error ingesting uploaded file %s", row.name)
        outcome = Outcome.failed(
            row.name, Reason(reasons.UNEXPECTED, {"error": f"{type(error).__name__}: {error}"})
        )
    spooled = row.spool
    settle(row, outcome)
    if spooled:  # the file's own folder (position/name) under the upload's
        shutil.rmtree(path.parent, ignore_errors=True)
    return outcome.status


_SETTLED = (IngestFile.Stage.INDEXED, IngestFile.Stage.FAILED)


_SETTLING_FIELDS = ("stage", "status", "document", "reason", "reason_params", "spool", "claimed_by")


def settle(row: IngestFile, outcome: Outcome) -> None:
    """Record the file's outcome on it and on its run, in one transaction."""
    if outcome.status == FAILED:
        row.stage = IngestFile.Stage.FAILED
    elif outcome.status == UNCHANGED:
        row.stage = IngestFile.Stage.INDEXED  # the document it matches is in the index
    else:
        row.stage = IngestFile.Stage.STORING  # indexed at the job's next index commit
    row.status = outcome.status
    row.document_id = outcome.document_id
    row.reason = outcome.reason.message if outcome.reason else ""
    row.reason_params = dict(outcome.reason.params) if outcome.reason else {}
    row.spool = ""
    outcome.path = row.name  # reports name the file as the person who uploaded it did
    with transaction.atomic():
        # Only what settling decides: the job wrote the OCR pages and heartbeat meanwhile.
        row.save(update_fields=[*_SETTLING_FIELDS, "updated_at"])
        record_shared_outcome(row.run, outcome)
