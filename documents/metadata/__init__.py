"""Metadata extraction: one module per field, pure functions, no Django imports."""

from __future__ import annotations

from .schema import Metadata, OfficialMention


def extract_metadata(
    text: str,
    source_url: str | None = None,
    hints: dict | None = None,
    known_officials: dict[str, str] | None = None,
) -> Metadata:
    """Fill the metadata schema from a document's normalized text.

    Placeholder until the field extractors land: every field unknown (null), never a guess.
    """
    return Metadata()


__all__ = ["Metadata", "OfficialMention", "extract_metadata"]
