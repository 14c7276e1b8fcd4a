"""Documents written the way ingestion writes them (services.store_prepared), with exactly the
metadata a test gives: no reader, no extraction, no segmentation."""

from __future__ import annotations

import hashlib
import itertools

from documents import services
from documents.ingest.prepare import PreparedDocument
from documents.models import Document

_numbers = itertools.count(1)


def stored_document(
    text: str, *, name: str | None = None, digest: str | None = None, source_dir: str = "/tests", **metadata
) -> Document:
    """A stored (and, after its commit, indexed) document; names and hashes unique unless given."""
    number = next(_numbers)
    name = name or f"doc-{number}.txt"
    base = {"officials": [], "references": []}
    base.update(metadata)
    prepared = PreparedDocument(
        original_name=name,
        extension=".txt",
        content_hash=digest or hashlib.sha256(f"{number}:{name}:{text}".encode()).hexdigest(),
        raw_text=text,
        text=text,
        segmented=text,
        metadata=base,
    )
    outcome = services.store_prepared(prepared, text.encode(), f"{source_dir}/{name}", None)
    return Document.objects.get(pk=outcome.document_id)
