"""From a file's bytes to everything a Document row needs, without Django or the database.

This is the expensive part of ingestion (word segmentation), so it is a plain function of plain
values that ``--workers N`` runs in N processes. What needs the database (which province row,
which official row) is looked up by the store step (store.py, lookups.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePath

from documents.metadata import extract_metadata
from documents.metadata.date_years import DATE_LINE
from documents.readers import read_bytes
from documents.readers.base import ReadError
from documents.vietnamese.normalize import normalize_text
from documents.vietnamese.segment import segment

from . import reasons
from .reasons import FileRefused

# The file's creation date (a PDF's /CreationDate) tells when it was printed or scanned, often
# days or years after the meeting: the document's date only when its text gives none, with a
# confidence under the review threshold (documents.metadata.confidence), so staff see it to check.
FILE_DATE_CONFIDENCE = 0.2


@dataclass
class PreparedDocument:
    original_name: str
    extension: str
    content_hash: str
    raw_text: str
    text: str
    segmented: str
    metadata: dict  # Metadata.to_json_dict()
    evidence: dict[str, str] = field(default_factory=dict)
    confidence: dict[str, float] = field(default_factory=dict)
    hints: dict[str, str | None] = field(default_factory=dict)
    text_source: str = "text_layer"  # ReadResult.text_source: the page shows OCR and conversions
    ocr_confidence: float | None = None


def prepare_document(
    data: bytes,
    original_name: str,
    digest: str,
    source_url: str | None = None,
    known_officials: dict[str, str] | None = None,
) -> PreparedDocument:
    """Read, normalize, segment and extract; raise FileRefused with the reason on bad input."""
    extension = PurePath(original_name).suffix.lower()
    try:
        result = read_bytes(data, extension)
    except ReadError as error:
        # The reader's own reason (a Vietnamese msgid and its values): translated where shown.
        raise FileRefused(error.message, **error.params) from error
    text = normalize_text(result.text)
    body = without_date_line(text)
    if not body.strip():
        raise FileRefused(reasons.NO_TEXT)
    hints = {"title": result.title, "url": result.url, "date": result.date}
    metadata = extract_metadata(
        text,
        source_url=source_url or result.url,
        hints=hints,
        known_officials=known_officials,
    )
    fields = metadata.to_json_dict()
    if not fields.get("date") and result.file_date:
        fields["date"] = result.file_date
        metadata.evidence["date"] = f"PDF /CreationDate {result.file_date}"
        metadata.confidence["date"] = FILE_DATE_CONFIDENCE
    return PreparedDocument(
        original_name=original_name,
        extension=extension,
        content_hash=digest,
        raw_text=result.text,
        text=body,
        segmented=segment(body),
        metadata=fields,
        evidence=dict(metadata.evidence),
        confidence=dict(metadata.confidence),
        hints=hints,
        text_source=result.text_source,
        ocr_confidence=result.ocr_confidence,
    )


def without_date_line(text: str) -> str:
    """The text as readers see and search it: without the page's date line (" date 2023-04 ..."),
    which the crawler writes before a page's text. Metadata reads it for the page's date (DESIGN.md
    "Metadata") from the whole text; the raw text keeps it."""
    line = DATE_LINE.match(text)
    return text[line.end() :].lstrip() if line else text
