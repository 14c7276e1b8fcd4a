"""CSL-JSON (Zotero, Pandoc, citeproc): an array of items of type "report", streamed."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from .reference import Reference

CONTENT_TYPE = "application/vnd.citationstyles.csl+json"
EXTENSION = "csl.json"
ITEMS_PER_CHUNK = 200


def item(reference: Reference) -> dict:
    accessed = reference.accessed
    data = {
        "id": f"doc-{reference.pk}",
        "type": "report",
        "title": reference.title,
        "publisher": reference.publisher,
        "publisher-place": reference.place,
        "number": reference.number,
        "genre": reference.genre,
        "URL": reference.url,
        "abstract": reference.abstract,
        "note": reference.citation,
        "language": "vi",
        "accessed": {"date-parts": [[accessed.year, accessed.month, accessed.day]]},
    }
    if reference.date_parts:
        data["issued"] = {"date-parts": [list(reference.date_parts)]}
    return {name: value for name, value in data.items() if value}


def stream(references: Iterable[Reference]) -> Iterator[bytes]:
    parts: list[str] = ["["]
    separator = "\n"
    for reference in references:
        parts.append(separator + json.dumps(item(reference), ensure_ascii=False))
        separator = ",\n"
        if len(parts) == ITEMS_PER_CHUNK:
            yield "".join(parts).encode("utf-8")
            parts.clear()
    parts.append("\n]\n")
    yield "".join(parts).encode("utf-8")
