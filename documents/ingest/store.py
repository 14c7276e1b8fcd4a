"""The store step: one prepared document written (created or updated) in one transaction.

Idempotent by content hash: the same bytes again change nothing; changed bytes from the same
source (path or URL) update that source's document. Each document is written in its own
transaction, so a failure or an interrupt never leaves half a document, and the batch goes on.
Indexing follows the commit (the search signal processor).
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from django.db import IntegrityError, transaction
from django.utils import timezone

from documents.metadata.confidence import fields_to_review
from documents.models import Appearance, Citation, Document

from .citations import cited_numbers
from .lookups import Lookups
from .originals import discard_original, store_original
from .outcomes import INGESTED, UNCHANGED, UPDATED, Outcome
from .prepare import PreparedDocument

logger = logging.getLogger(__name__)

# Metadata fields copied as they are onto Document columns of the same name.
PLAIN_FIELDS = ("doc_type", "number", "level", "meeting_type", "term", "session_no", "period")
# Everything a person may correct in the admin; re-ingesting keeps corrected values.
# "references" stands for the document's citations, "officials" for its appearances.
EDITABLE_FIELDS = (*PLAIN_FIELDS, "title", "date", "province", "chair", "signer", "officials", "references")

_CITED_LENGTH = Citation._meta.get_field("number").max_length


def source_of(path: Path, source_url: str | None) -> str:
    return source_url or str(path.resolve())


def existing_document(digest: str) -> int | None:
    """The id of the document holding these exact bytes, if any."""
    rows = Document.with_held.filter(content_hash=digest).order_by().values_list("pk", flat=True)[:1]
    return next(iter(rows), None)


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


def _apply_metadata(document: Document, prepared: PreparedDocument, lookups: Lookups) -> None:
    meta = prepared.metadata
    keep = set(document.edited_fields or []) if document.pk else set()
    for name in PLAIN_FIELDS:
        if name not in keep:
            setattr(document, name, _fit(name, meta.get(name)))
    if "title" not in keep:
        document.title = (meta.get("title") or prepared.hints.get("title") or prepared.original_name)[:500]
    if "date" not in keep:
        document.date, document.date_precision = parse_partial_date(meta.get("date"))
    if "province" not in keep:
        document.province = lookups.province(meta.get("province"))
    if "chair" not in keep:
        document.chair = lookups.official(meta.get("chair"), *_placed(document, meta, meta.get("chair")))
    if "signer" not in keep:
        document.signer = lookups.official(meta.get("signer"), *_placed(document, meta, meta.get("signer")))


def _placed(document: Document, meta: dict, name: str | None) -> tuple[list[str], str | None, int | None]:
    """The titles the document gives that name, its province and year: where the person served."""
    titles = next((o.get("titles") or [] for o in meta.get("officials") or [] if o.get("name") == name), [])
    province = document.province.name if document.province_id else None
    return titles, province, document.date.year if document.date else None


def _write_appearances(document: Document, officials: list[dict], lookups: Lookups, *, replace: bool) -> None:
    if "officials" in (document.edited_fields or []):
        return
    if replace:
        document.appearances.all().delete()
    seen: set[int] = set()
    rows = []
    for position, mention in enumerate(officials):
        official = lookups.official(
            mention.get("name"),
            mention.get("titles") or [],
            document.province.name if document.province_id else None,
            document.date.year if document.date else None,
        )
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


def _write_citations(document: Document, numbers: list | None, *, replace: bool) -> None:
    if "references" in (document.edited_fields or []):
        return
    if replace:
        document.citations.all().delete()
    Citation.objects.bulk_create(
        Citation(document=document, number=cited.number, kind=cited.kind, issuer=cited.issuer, position=n)
        for n, cited in enumerate(cited_numbers(numbers, _CITED_LENGTH))
    )


def _discard_unless_used(stored_name: str) -> None:
    if not Document.with_held.filter(original_file=stored_name).exists():
        discard_original(stored_name)


def store_prepared(
    prepared: PreparedDocument,
    data: bytes,
    source: str,
    source_url: str | None,
    lookups: Lookups | None = None,
    *,
    held: bool = False,
) -> Outcome:
    """Write one prepared document (create or update) in a single transaction.

    ``lookups`` is shared by the documents of a batch (see lookups.py). A new document is held
    for review when ``held``; an updated one keeps its state (published stays published).
    """
    lookups = lookups or Lookups()
    stored_name = store_original(data, prepared.content_hash, prepared.extension)
    replaced_file = ""
    try:
        with transaction.atomic():
            # Most files are new: ask for the id alone (a full row costs more to select and
            # build), and load the row only for an update.
            same_source = Document.with_held.select_for_update().filter(source=source).order_by()
            found = next(iter(same_source.values_list("pk", flat=True)[:1]), None)
            document = Document.with_held.get(pk=found) if found is not None else None
            status = UPDATED if document else INGESTED
            if document is None:
                document = Document(source=source, published_at=None if held else timezone.now())
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
            _apply_metadata(document, prepared, lookups)
            document.save()
            replace = status == UPDATED  # a new document has none to replace
            _write_appearances(document, prepared.metadata.get("officials") or [], lookups, replace=replace)
            _write_citations(document, prepared.metadata.get("references"), replace=replace)
    except IntegrityError:
        # The same bytes may arrive twice in one batch (two copies of a file, the second read
        # while the first was still in flight) or from another ingest at the same moment: the
        # content hash is unique, and the second is unchanged, not an error. Asking after the
        # fact spares every other document the query.
        lookups.drop_new()
        twin = existing_document(prepared.content_hash)
        if twin is None:
            _discard_unless_used(stored_name)
            raise
        return Outcome(UNCHANGED, source, twin)
    except BaseException:
        lookups.drop_new()
        _discard_unless_used(stored_name)
        raise
    if replaced_file and replaced_file != stored_name:
        _discard_unless_used(replaced_file)
    lookups.keep_new()
    return Outcome(status, source, document.pk)
