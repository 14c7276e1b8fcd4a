"""Writing documents: ingest_file() for one file, ingest_paths() for a batch.

Idempotent by content hash: the same bytes again change nothing; changed bytes from the same
source (path or URL) update that source's document. Each document is written in its own
transaction, so a failure or an interrupt never leaves half a document, and the batch goes on.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from django.db import IntegrityError, transaction
from django.utils import timezone

from .ingest.files import Candidate, iter_candidates
from .ingest.prepare import PreparedDocument
from .ingest.references import References
from .ingest.storage import discard_original, store_original
from .metadata.confidence import fields_to_review
from .models import Appearance, Document, IngestFailure, IngestRun

logger = logging.getLogger(__name__)

INGESTED, UPDATED, UNCHANGED, FAILED = "ingested", "updated", "unchanged", "failed"

# Metadata fields copied as they are onto Document columns of the same name.
PLAIN_FIELDS = ("doc_type", "number", "level", "meeting_type", "term", "session_no", "period", "references")
# Everything a person may correct in the admin; re-ingesting keeps corrected values.
EDITABLE_FIELDS = (*PLAIN_FIELDS, "title", "date", "province", "chair", "signer", "officials")


@dataclass
class IngestOutcome:
    status: str
    path: str
    document_id: int | None = None
    reason: str | None = None


def source_of(path: Path, source_url: str | None) -> str:
    return source_url or str(path.resolve())


def existing_document(digest: str) -> int | None:
    """The id of the document holding these exact bytes, if any."""
    rows = Document.objects.filter(content_hash=digest).order_by().values_list("pk", flat=True)[:1]
    return next(iter(rows), None)


def known_officials_by_province() -> dict[str, str]:
    """person key → province, for officials whose documents all name one province."""
    provinces: dict[str, set[str]] = {}
    rows = Appearance.objects.filter(document__province__isnull=False).values_list(
        "official__key", "document__province__name"
    )
    for key, province in rows.iterator():
        provinces.setdefault(key, set()).add(province)
    return {key: names.pop() for key, names in provinces.items() if len(names) == 1}


def parse_partial_date(value: str | None) -> tuple[dt.date | None, str | None]:
    """ "2023-04-04" / "2023-04" / "2023" → (first day, precision); anything else → (None, None)."""
    if not value:
        return None, None
    parts = value.split("-")
    try:
        if len(parts) == 3:
            return dt.date.fromisoformat(value), Document.DatePrecision.DAY
        if len(parts) == 2:
            return dt.date(int(parts[0]), int(parts[1]), 1), Document.DatePrecision.MONTH
        if len(parts) == 1:
            return dt.date(int(parts[0]), 1, 1), Document.DatePrecision.YEAR
    except ValueError:
        logger.warning("ignoring unreadable date %r from extraction", value)
    return None, None


def _fit(name: str, value):
    """Clip an extracted text to its column: PostgreSQL refuses what SQLite would store, and a
    long extracted value must not cost the whole document."""
    limit = getattr(Document._meta.get_field(name), "max_length", None)
    if limit and isinstance(value, str) and len(value) > limit:
        logger.warning("extracted %s clipped to %d characters", name, limit)
        return value[:limit]
    return value


def _apply_metadata(document: Document, prepared: PreparedDocument, references: References) -> None:
    meta = prepared.metadata
    keep = set(document.edited_fields or []) if document.pk else set()
    for name in PLAIN_FIELDS:
        if name not in keep:
            value = meta.get(name)
            setattr(document, name, _fit(name, value) if value is not None or name != "references" else [])
    if "title" not in keep:
        document.title = (meta.get("title") or prepared.hints.get("title") or prepared.original_name)[:500]
    if "date" not in keep:
        document.date, document.date_precision = parse_partial_date(meta.get("date"))
    if "province" not in keep:
        document.province = references.province(meta.get("province"))
    if "chair" not in keep:
        document.chair = references.official(meta.get("chair"))
    if "signer" not in keep:
        document.signer = references.official(meta.get("signer"))


def _write_appearances(
    document: Document, officials: list[dict], references: References, *, replace: bool
) -> None:
    if "officials" in (document.edited_fields or []):
        return
    if replace:  # a new document has none to replace
        document.appearances.all().delete()
    seen: set[int] = set()
    rows = []
    for position, mention in enumerate(officials):
        official = references.official(mention.get("name"))
        if official is None or official.pk in seen:
            continue
        seen.add(official.pk)
        rows.append(
            Appearance(
                official=official,
                document=document,
                titles=list(mention.get("titles") or []),
                roles=list(mention.get("roles") or []),
                position=position,
            )
        )
    # One INSERT; no per-row signal is needed, the document's own save queued its re-indexing.
    Appearance.objects.bulk_create(rows)


def _discard_unless_used(stored_name: str) -> None:
    if not Document.objects.filter(original_file=stored_name).exists():
        discard_original(stored_name)


def store_prepared(
    prepared: PreparedDocument,
    data: bytes,
    source: str,
    source_url: str | None,
    references: References | None = None,
) -> IngestOutcome:
    """Write one prepared document (create or update) in a single transaction.

    ``references`` is shared by the documents of a batch (see documents.ingest.references).
    """
    references = references or References()
    stored_name = store_original(data, prepared.content_hash, prepared.extension)
    replaced_file = ""
    try:
        with transaction.atomic():
            # Most files are new: ask for the id alone (a full row costs more to select and
            # build), and load the row only for an update.
            same_source = Document.objects.select_for_update().filter(source=source).order_by()
            found = next(iter(same_source.values_list("pk", flat=True)[:1]), None)
            document = Document.objects.get(pk=found) if found is not None else None
            status = UPDATED if document else INGESTED
            if document is None:
                document = Document(source=source)
            else:
                replaced_file = document.original_file.name
            document.source_url = source_url
            document.content_hash = prepared.content_hash
            document.original_name = prepared.original_name[:255]
            document.original_file.name = stored_name
            document.raw_text = prepared.raw_text
            document.text = prepared.text
            document.segmented = prepared.segmented
            document.metadata_evidence = prepared.evidence
            document.metadata_confidence = prepared.confidence
            document.review_fields = fields_to_review(prepared.confidence, document.edited_fields)
            document.text_source, document.ocr_confidence = prepared.text_source, prepared.ocr_confidence
            _apply_metadata(document, prepared, references)
            document.save()
            _write_appearances(
                document, prepared.metadata.get("officials") or [], references, replace=status == UPDATED
            )
    except IntegrityError:
        # The same bytes may arrive twice in one batch (two copies of a file, the second read
        # while the first was still in flight) or from another ingest at the same moment: the
        # content hash is unique, and the second is unchanged, not an error. Asking after the
        # fact spares every other document the query.
        references.drop_new()
        twin = existing_document(prepared.content_hash)
        if twin is None:
            _discard_unless_used(stored_name)
            raise
        return IngestOutcome(UNCHANGED, source, twin)
    except BaseException:
        references.drop_new()
        _discard_unless_used(stored_name)
        raise
    if replaced_file and replaced_file != stored_name:
        _discard_unless_used(replaced_file)
    references.keep_new()
    return IngestOutcome(status, source, document.pk)


def ingest_file(
    path: str | Path,
    *,
    source_url: str | None = None,
    run: IngestRun | None = None,
    display_name: str | None = None,
    known_officials: dict[str, str] | None = None,
    references: References | None = None,
) -> IngestOutcome:
    """Ingest one file in this process. Failures are returned (and recorded on ``run``), not raised.

    ``known_officials`` (see known_officials_by_province) and ``references`` may be made once by
    a caller that ingests several files, such as the upload page.
    """
    from .ingest_batch import ingest_candidate

    known = known_officials if known_officials is not None else known_officials_by_province()
    candidate = Candidate(Path(path), display_name=display_name)
    outcome = ingest_candidate(candidate, source_url=source_url, known=known, references=references)
    if run is not None:
        record_outcome(run, outcome)
    return outcome


_COUNTERS = {INGESTED: "ingested", UPDATED: "updated", UNCHANGED: "unchanged", FAILED: "failed"}
# How often a run's counters reach the database while it runs (the admin shows them): a save per
# document was a noticeable share of a document's budget. finish_run always saves them.
_COUNTERS_EVERY_S = 1.0


def record_outcome(run: IngestRun, outcome: IngestOutcome) -> None:
    field = _COUNTERS[outcome.status]
    setattr(run, field, getattr(run, field) + 1)
    if outcome.status == FAILED:
        IngestFailure.objects.create(run=run, path=outcome.path, reason=outcome.reason or "")
    now = time.monotonic()
    if outcome.status == FAILED or now - run.counters_saved_at >= _COUNTERS_EVERY_S:
        run.save(update_fields=list(_COUNTERS.values()))
        run.counters_saved_at = now


def start_run(origin: str, arguments: Iterable[str]) -> IngestRun:
    return IngestRun.objects.create(origin=origin, arguments=[str(a) for a in arguments])


def finish_run(run: IngestRun, status: str = IngestRun.Status.DONE) -> IngestRun:
    run.status = status
    run.finished_at = timezone.now()
    run.save(update_fields=["status", "finished_at", *_COUNTERS.values()])
    return run


def ingest_paths(
    paths: Iterable[str | Path],
    *,
    workers: int = 1,
    source_url: str | None = None,
    on_outcome: Callable[[IngestOutcome], None] | None = None,
    origin: str = "command",
) -> IngestRun:
    """Ingest every file under ``paths``; each outcome is recorded on the returned IngestRun."""
    from .ingest_batch import run_batch
    from .search import batched_indexing

    paths = list(paths)
    run = start_run(origin, paths)
    try:
        with batched_indexing():
            run_batch(
                run, iter_candidates(paths), workers=workers, source_url=source_url, on_outcome=on_outcome
            )
    except KeyboardInterrupt:
        finish_run(run, IngestRun.Status.INTERRUPTED)
        raise
    return finish_run(run)
