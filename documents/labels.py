"""The labels of a document's coded fields (meeting type, document type...) in the active
language, for pages and exports that write many of them."""

from __future__ import annotations

from collections.abc import Mapping

from django.utils import translation

_TABLES: dict[tuple[int, str | None], dict[str, str]] = {}


def labels_table(labels: Mapping[str, object]) -> dict[str, str]:
    """code → label in the active language. An export asks for a few labels per row and
    translating a lazy string is not free, so each language's table is translated once."""
    key = (id(labels), translation.get_language())
    table = _TABLES.get(key)
    if table is None:
        table = _TABLES[key] = {code: str(text) for code, text in labels.items()}
    return table
