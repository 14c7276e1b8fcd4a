"""Documents for the security tests, written through services.store_prepared like ingestion does."""

from __future__ import annotations

import hashlib

from documents import services
from documents.ingest.prepare import PreparedDocument
from documents.models import Document


def make_document(name: str, text: str, **metadata) -> Document:
    """A stored (and, after commit, indexed) document whose metadata is exactly ``metadata``."""
    base = {"officials": [], "references": []}
    base.update(metadata)
    digest = hashlib.sha256(f"{name}\n{text}\n{sorted(metadata.items())!r}".encode()).hexdigest()
    prepared = PreparedDocument(
        original_name=name,
        extension=".txt",
        content_hash=digest,
        raw_text=text,
        text=text,
        segmented=text,
        metadata=base,
    )
    outcome = services.store_prepared(prepared, text.encode(), f"/security/{name}", None)
    return Document.objects.get(pk=outcome.document_id)
