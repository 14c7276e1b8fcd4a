"""Documents for the security tests, written through services.store_prepared like ingestion does."""

from __future__ import annotations

from documents.models import Document
from tests.factories import stored_document


def make_document(name: str, text: str, **metadata) -> Document:
    """A stored (and, after commit, indexed) document whose metadata is exactly ``metadata``."""
    return stored_document(text, name=name, source_dir="/security", **metadata)
